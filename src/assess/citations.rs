//! Citations: a provision key (`EU/…` for a baseline's) as the instrument, article, words,
//! status and source the result carries, and the provisions a result rests on.

use std::collections::BTreeMap;

use crate::law::{self, Citation, ProfileData, Status};

pub(super) fn citation(profile: &ProfileData, key: &str) -> Citation {
    // Keys are checked when the data is built (ProfileData::check); a missing one would be a
    // build defect, shown rather than hidden.
    match profile.provisions.get(key) {
        Some(p) => {
            let instrument = profile.instruments.get(&p.instrument);
            Citation {
                instrument: instrument
                    .map(|i| i.title.clone())
                    .unwrap_or_else(|| p.instrument.clone()),
                article: p.article.clone(),
                says: p.says.clone(),
                url: instrument.map(|i| i.url.clone()).unwrap_or_default(),
                status: p.status,
                checked: p.checked.as_str().to_owned(),
                source: p.source.clone(),
                translation: p.translation,
            }
        }
        None => Citation {
            instrument: String::new(),
            article: key.to_owned(),
            says: "provision missing from the data".into(),
            url: String::new(),
            status: Status::Unverified,
            checked: String::new(),
            source: String::new(),
            translation: None,
        },
    }
}

/// The status of provision `key` (unverified if it were missing, which the build prevents).
pub(super) fn status_of(profile: &ProfileData, key: &str) -> Status {
    profile
        .provisions
        .get(key)
        .map_or(Status::Unverified, |p| p.status)
}

/// "Instrument, article" for provision `key`, for explanations.
pub(super) fn cite_of(profile: &ProfileData, key: &str) -> String {
    // Borrowed, not via `citation()`: that clones every text of the provision, and this runs
    // for every condition of every pathway.
    match profile.provisions.get(key) {
        Some(p) => {
            let instrument = profile
                .instruments
                .get(&p.instrument)
                .map_or(p.instrument.as_str(), |i| i.title.as_str());
            format!("{instrument}, {}", p.article)
        }
        None => key.to_owned(),
    }
}

/// The citations of `keys`, once each.
pub(super) fn provisions_for<'k>(
    profile: &ProfileData,
    keys: impl Iterator<Item = &'k str>,
) -> BTreeMap<String, Citation> {
    let mut out = BTreeMap::new();
    for key in keys {
        if out.contains_key(key) {
            continue;
        }
        // A baseline's provision cited from another profile (an EU time limit of a Member
        // State's timeline, a COE guidance rule) comes from that baseline's profile.
        let base = key
            .split_once('/')
            .filter(|_| !profile.provisions.contains_key(key))
            .and_then(|(b, k)| Some((law::find_profile(b).ok()??, k)));
        let c = match base {
            Some((p, k)) => citation(p, k),
            None => citation(profile, key),
        };
        out.insert(key.to_owned(), c);
    }
    out
}
