//! Jurisdiction profiles: what the law says, as data, with its sources.
//!
//! The data lives in `src/jurisdictions/*.toml` and `src/calendars/*.toml`; the build script (`build-script/`) checks
//! it and writes one law pack per jurisdiction (`crate::pack`). This module reads the loaded
//! packs: it holds no facts about a person and applies nothing, it answers "what does this
//! jurisdiction's law provide?".

pub mod calendar_model;
pub mod model;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod check_tests;

pub use calendar_model::CalendarData;
pub use model::{
    in_effect, CountingRuleData, DataDate, Depth, JurisdictionKind, ProfileData, Provision, Status,
};

use crate::error::{Error, ErrorCode};
use crate::pack::{self, PackKind};

/// The version of the rules data: the newest verification date and a hash of the data files.
pub const RULES_VERSION: &str = include_str!(concat!(env!("OUT_DIR"), "/rules_version.txt"));

/// The codes of every profile this engine knows, in code order, loaded or not.
pub fn profile_codes() -> impl Iterator<Item = &'static str> {
    pack::all()
        .filter(|p| p.kind == PackKind::Law && p.profile)
        .map(|p| p.code)
}

fn not_loaded(code: &str, path: &str) -> Error {
    match pack::info(PackKind::Law, code) {
        Some(p) => match pack::require(&pack::in_locale(&[p], words_locale()), path) {
            Err(e) => e,
            Ok(()) => Error::new(ErrorCode::Internal, "", format!("{code} is loaded")),
        },
        None => unknown_jurisdiction(code, path),
    }
}

thread_local! {
    /// The locale of the law's words for the call under way ([`in_words`]).
    static WORDS_LOCALE: std::cell::Cell<&'static str> = const { std::cell::Cell::new("en") };
}

/// Runs `f` with the law data read in `locale`'s words: every profile and calendar `f` finds
/// (`find_profile`, `profile`, `find_calendar`) is the copy in those words where a words pack
/// for it is loaded, and English, the data's own language, where none is.
///
/// The one value the engine keeps beside its arguments. The law data is reached from some
/// twenty places below the API (citations, timeline, guidance, counting); threading a locale
/// through each to choose the words of data that is otherwise the same was rejected as noise
/// on every signature. The API's entry points set it and it is restored on return, also on an
/// error, so a call never sees another's locale.
pub fn in_words<T>(locale: &'static str, f: impl FnOnce() -> T) -> T {
    struct Restore(&'static str);
    impl Drop for Restore {
        fn drop(&mut self) {
            WORDS_LOCALE.set(self.0);
        }
    }
    let _restore = Restore(WORDS_LOCALE.replace(locale));
    f()
}

/// The locale of the law's words now.
pub fn words_locale() -> &'static str {
    WORDS_LOCALE.get()
}

/// The loaded profile `code`, with the pathways it inherits from a baseline copied in (they
/// are packed once, in the baseline), resolved once on first use; in the words of
/// [`words_locale`] where its words pack is loaded (`pack::law` chooses).
fn resolve(code: &str) -> Result<Option<&'static ProfileData>, Error> {
    let Some(entry) = pack::law(code) else {
        return match pack::info(PackKind::Law, code) {
            Some(p) if p.profile => Err(not_loaded(code, "jurisdiction")),
            _ => Ok(None),
        };
    };
    if !entry.has_profile {
        return Ok(None);
    }
    // The English pack is resolved once for every locale that has no words pack of its own
    // (a baseline profile's): what it inherits must then be English too, not the words of
    // whichever locale asked first.
    let english = pack::is_english(code, entry);
    let resolved = entry.resolved.get_or_init(|| {
        let mut p = entry
            .profile
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
            .ok_or_else(|| format!("the profile of {code} was taken before it was resolved"))?;
        if !p.inherit.is_empty() {
            let mut bases = Vec::new();
            for base in profile_codes() {
                // Only a baseline can be inherited from, and a baseline inherits nothing, so
                // this never recurses into the profile being resolved.
                if base != code && p.inherit.iter().any(|e| e.split('/').next() == Some(base)) {
                    let found = if english {
                        in_words("en", || resolve(base))
                    } else {
                        resolve(base)
                    };
                    bases.push(found.map_err(|e| e.message().to_owned())?.ok_or_else(|| {
                        format!("{code} inherits from {base}, which has no profile")
                    })?);
                }
            }
            p.resolve_inheritance(&bases)?;
        }
        Ok(p)
    });
    resolved.as_ref().map(Some).map_err(|e| {
        Error::new(
            ErrorCode::Internal,
            "",
            format!("the rules data for {code} could not be read: {e}"),
        )
    })
}

/// Every loaded profile, in code order (in a native build: every profile).
///
/// # Errors
/// `Internal` if a loaded pack cannot be resolved, which would be a build defect.
pub fn profiles() -> Result<Vec<&'static ProfileData>, Error> {
    let mut out = Vec::new();
    for code in profile_codes() {
        if pack::law(code).is_some() {
            if let Some(p) = resolve(code)? {
                out.push(p);
            }
        }
    }
    Ok(out)
}

/// The profile with `code`, if the engine knows one.
///
/// # Errors
/// `pack_not_loaded` if its pack is known but not loaded; `Internal` if it cannot be read.
pub fn find_profile(code: &str) -> Result<Option<&'static ProfileData>, Error> {
    resolve(code)
}

/// The holiday calendar of `code`, if the engine knows one.
///
/// # Errors
/// `pack_not_loaded` if its pack is known but not loaded.
pub fn find_calendar(code: &str) -> Result<Option<&'static CalendarData>, Error> {
    find_calendar_at(code, "jurisdiction")
}

/// [`find_calendar`], with the error at `path` (the field that named the country).
///
/// # Errors
/// `pack_not_loaded` (at `path`) if its pack is known but not loaded.
pub fn find_calendar_at(code: &str, path: &str) -> Result<Option<&'static CalendarData>, Error> {
    match pack::law(code) {
        Some(entry) => Ok(entry.calendar.as_ref()),
        None => match pack::info(PackKind::Law, code) {
            Some(p) if p.calendar => Err(not_loaded(code, path)),
            _ => Ok(None),
        },
    }
}

/// Every loaded holiday calendar, in code order (in a native build: every calendar).
///
/// # Errors
/// None today; kept for the callers that treat reading as fallible.
pub fn calendars() -> Result<Vec<&'static CalendarData>, Error> {
    let mut out = Vec::new();
    for code in calendar_codes() {
        if let Some(c) = find_calendar(code).ok().flatten() {
            out.push(c);
        }
    }
    Ok(out)
}

/// The codes of every calendar this engine knows, in code order, loaded or not.
pub fn calendar_codes() -> impl Iterator<Item = &'static str> {
    pack::all()
        .filter(|p| p.kind == PackKind::Law && p.calendar)
        .map(|p| p.code)
}

/// `unknown_jurisdiction` at `path` for `code`, listing the codes there are.
pub fn unknown_jurisdiction(code: &str, path: &str) -> Error {
    let known: Vec<&str> = profile_codes().collect();
    let hint = if known.iter().any(|k| k.eq_ignore_ascii_case(code)) {
        format!(
            " Codes are written in capitals: '{}'.",
            code.to_ascii_uppercase()
        )
    } else {
        String::new()
    };
    Error::new(
        ErrorCode::UnknownJurisdiction,
        path,
        format!(
            "there is no profile for '{}' yet. Covered: {}.{hint}",
            crate::error::shorten(code),
            known.join(", ")
        ),
    )
}

/// The profile for `code`, with the packs it needs (the EU and COE baselines) loaded.
///
/// # Errors
/// `UnknownJurisdiction` (at `path`) when no profile has that code, with the codes that exist;
/// `pack_not_loaded` (at `path`) when its pack or one it needs is not loaded.
pub fn profile(code: &str, path: &str) -> Result<&'static ProfileData, Error> {
    if !pack::info(PackKind::Law, code).is_some_and(|p| p.profile) {
        return Err(unknown_jurisdiction(code, path));
    }
    let needed = pack::packs_for(&[code.to_owned()], &[])?;
    pack::require(&pack::in_locale(&needed, words_locale()), path)?;
    resolve(code)?.ok_or_else(|| unknown_jurisdiction(code, path))
}

/// A citation as results carry it: instrument, article, where to read it, and how sure we are.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Citation {
    /// The instrument's short title.
    pub instrument: String,
    /// Article, paragraph, point.
    pub article: String,
    /// What the provision says, in plain words.
    pub says: String,
    /// The official text of the instrument.
    pub url: String,
    /// How our reading of the provision was established.
    pub status: Status,
    /// When it was last checked (`YYYY-MM-DD`).
    pub checked: String,
    /// Where it was read.
    pub source: String,
    /// Where `says` comes from when it is not the data's English: `unreviewed` (translated
    /// here) or `official` (the law's own words). Absent for the data's English.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub translation: Option<model::Translation>,
}

impl Citation {
    /// The citation of `provision` in `rule`.
    pub fn of(rule: &CountingRuleData, provision: &Provision) -> Citation {
        Citation {
            instrument: rule.title.clone(),
            article: provision.article.clone(),
            says: provision.says.clone(),
            url: rule.url.clone(),
            status: provision.status,
            checked: provision.checked.as_str().to_owned(),
            source: provision.source.clone(),
            translation: provision.translation,
        }
    }
}

/// One entry of [`jurisdictions`](crate::jurisdictions): a covered jurisdiction and what it covers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct JurisdictionSummary {
    /// `COE`, `EU` or an ISO 3166-1 alpha-2 code.
    pub code: String,
    /// Its name in English.
    pub name: String,
    /// `baseline` or `national`.
    pub kind: JurisdictionKind,
    /// How much of the state's law is encoded: `full`, or `baseline` (the Convention's and the
    /// EU's minimum rights and a few sourced national facts; nothing else of national law).
    pub depth: Depth,
    /// What the profile covers today.
    pub summary: String,
    /// When its data was last checked against the sources (`YYYY-MM-DD`).
    pub last_verified: String,
    /// The counting rules `computeDeadline` can apply for it (ids).
    pub counting_rules: Vec<String>,
    /// The rule used when a request names none (`null` when it has none).
    pub default_counting_rule: Option<String>,
    /// The holiday calendar that rule applies (`null` for rules that take the place from the
    /// request, such as the EU's).
    pub holiday_calendar: Option<String>,
    /// The regions with holidays of their own, for `computeDeadline`'s `region`.
    pub regions: Vec<String>,
}

impl From<&ProfileData> for JurisdictionSummary {
    fn from(p: &ProfileData) -> JurisdictionSummary {
        let calendar = p
            .counting_rules
            .iter()
            .find(|r| r.id == p.default_counting_rule)
            .and_then(|r| r.working_days.calendar.clone());
        JurisdictionSummary {
            code: p.code.clone(),
            name: p.name.clone(),
            kind: p.kind,
            depth: p.depth,
            summary: p.summary.clone(),
            last_verified: p.last_verified.as_str().to_owned(),
            counting_rules: p.counting_rules.iter().map(|r| r.id.clone()).collect(),
            default_counting_rule: (!p.default_counting_rule.is_empty())
                .then(|| p.default_counting_rule.clone()),
            holiday_calendar: calendar.clone(),
            regions: calendar
                .as_deref()
                .and_then(|c| find_calendar(c).ok().flatten())
                .map(|c| c.regions.iter().map(|r| r.code.clone()).collect())
                .unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn packed_profiles_load_and_include_the_baselines() {
        let all = profiles().expect("packed data loads");
        let codes: Vec<&str> = all.iter().map(|p| p.code.as_str()).collect();
        assert!(codes.contains(&"COE") && codes.contains(&"EU"), "{codes:?}");
        for p in all {
            p.check().expect("checked at build time too");
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn an_unknown_code_names_the_covered_ones() {
        let err = profile("XX", "jurisdiction").expect_err("no such profile");
        assert_eq!(
            (err.code(), err.path()),
            (ErrorCode::UnknownJurisdiction, "jurisdiction")
        );
        assert!(err.message().contains("EU"), "{}", err.message());
        let lower = profile("eu", "jurisdiction").expect_err("case matters");
        assert!(lower.message().contains("'EU'"), "{}", lower.message());
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn member_states_get_the_inherited_pathways_when_unpacked() {
        // Packed unresolved (the build script), resolved on unpacking: the Member State carries the EU's
        // pathways and their provisions under EU/ keys, as the build checked.
        let at = find_profile("AT").expect("loads").expect("AT");
        assert!(!at.inherit.is_empty());
        for entry in &at.inherit {
            let (base, id) = entry.split_once('/').expect("BASE/id");
            let p = at
                .pathways
                .iter()
                .find(|p| p.id == id)
                .expect("inherited pathway");
            assert!(
                p.basis.starts_with(&format!("{base}/")) && at.provisions.contains_key(&p.basis),
                "{}",
                p.basis
            );
        }
        at.check().expect("a resolved profile checks");
    }

    /// Where a words file quotes the law itself (`.official`), the text is the law's own and
    /// says so; the rest of that file is the project's translation, unreviewed; English is
    /// the data's.
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn the_laws_own_words_are_marked_official() {
        use model::Translation::{Official, Unreviewed};
        let de = in_words("de", || find_profile("DE"))
            .expect("loads")
            .expect("DE");
        let p = &de.provisions["de-59-7"];
        assert_eq!(p.translation, Some(Official));
        assert!(
            p.says
                .contains("Die Ausreisefrist beträgt mindestens drei Monate."),
            "{}",
            p.says
        );
        assert_eq!(
            de.provisions["de-59-7-practice"].translation,
            Some(Unreviewed)
        );
        let coe = in_words("fr", || find_profile("COE"))
            .expect("loads")
            .expect("COE");
        assert_eq!(coe.provisions["cets-13-1"].translation, Some(Official));
        assert!(coe.provisions["cets-13-1"]
            .says
            .contains("délai de rétablissement et de réflexion d’au moins 30 jours"));
        let en = find_profile("DE").expect("loads").expect("DE");
        assert_eq!(en.provisions["de-59-7"].translation, None);
    }

    /// The United Kingdom left the EU: its profile takes the Convention's refugee status and
    /// safe return, and nothing of EU law (its pack still needs the EU's member list, which
    /// every assessment reads to say whether a person is an EU citizen).
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn the_united_kingdom_inherits_no_eu_law() {
        let gb = find_profile("GB").expect("loads").expect("GB");
        assert!(
            gb.inherit.iter().all(|e| e.starts_with("COE/")),
            "{:?}",
            gb.inherit
        );
        for p in &gb.pathways {
            assert!(!p.basis.starts_with("EU/"), "{}: {}", p.id, p.basis);
        }
        assert!(gb.provisions.keys().all(|k| !k.starts_with("EU/")));
        let eu = gb
            .pathways
            .iter()
            .find(|p| p.id == "eu-citizen")
            .expect("said");
        assert!(!eu.exists && eu.absent_reason.contains("2020"));
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn inherited_pathways_bring_every_version_and_their_provisions() {
        let bases: Vec<&ProfileData> = profiles().expect("packed data loads");
        let eu = *bases.iter().find(|p| p.code == "EU").expect("EU");
        let mut state = ProfileData {
            code: "AT".into(),
            kind: JurisdictionKind::National,
            pathways: vec![],
            inherit: vec!["EU/refugee-status".into()],
            ..eu.clone()
        };
        state.resolve_inheritance(&bases).expect("resolves");
        let versions: Vec<(&str, &str)> = state
            .pathways
            .iter()
            .map(|p| {
                (
                    model::date_text(p.from.as_ref()),
                    model::date_text(p.until.as_ref()),
                )
            })
            .collect();
        assert_eq!(versions, [("", "2026-06-30"), ("2026-07-01", "")]);
        for p in &state.pathways {
            assert!(p.basis.starts_with("EU/"), "{}", p.basis);
            assert!(state.provisions.contains_key(&p.basis));
        }
        state.check().expect("the result checks");
        state.inherit = vec!["EU/no-such-pathway".into()];
        assert!(state.resolve_inheritance(&bases).is_err());
        state.inherit = vec!["AT/refugee-status".into()];
        assert!(state
            .resolve_inheritance(&bases)
            .unwrap_err()
            .contains("not a baseline"));
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn summaries_name_the_calendar_and_its_regions() {
        let es = JurisdictionSummary::from(profile("ES", "j").expect("ES"));
        assert_eq!(es.holiday_calendar.as_deref(), Some("ES"));
        assert_eq!(es.regions, ["ES-MD", "ES-CT", "ES-AN"]);
        let eu = JurisdictionSummary::from(profile("EU", "j").expect("EU"));
        assert_eq!((eu.holiday_calendar, eu.regions.len()), (None, 0));
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn rules_version_has_a_date_and_a_hash() {
        let (date, hash) = RULES_VERSION.split_once('+').expect("date+hash");
        assert!(
            crate::calendar::Date::parse(date).is_ok(),
            "{RULES_VERSION}"
        );
        assert_eq!(hash.len(), 8);
    }
}
