//! Every Party to the Council of Europe Convention on Action against Trafficking in Human Beings
//! (CETS No. 197) answers something true (issue 20): a profile, full or baseline; at least one
//! sourced contact; a recovery and reflection period whose basis has a dated source; and a
//! baseline profile that says, in the result itself, that national law beyond its facts is not
//! encoded.
#![cfg(not(target_arch = "wasm32"))]

use protection_pathways::assess::{assess_in, PathwayState};
use protection_pathways::law::{self, model::Channel, Depth, JurisdictionKind};
use protection_pathways::{case::Case, jurisdictions, JurisdictionsOptions};

/// The 48 Parties: the 46 member States of the Council of Europe, Belarus and Israel (the
/// Convention's chart of signatures and ratifications, as the COE and national profiles cite it:
/// provision `coe-parties`, https://www.coe.int/en/web/anti-human-trafficking/anti-trafficking-convention).
const PARTIES: [&str; 48] = [
    "AD", "AL", "AM", "AT", "AZ", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE", "ES",
    "FI", "FR", "GB", "GE", "GR", "HR", "HU", "IE", "IL", "IS", "IT", "LI", "LT", "LU", "LV", "MC",
    "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "SM", "TR", "UA",
];

#[test]
fn every_party_has_a_profile_and_nothing_else_is_a_state() {
    let all = jurisdictions(&JurisdictionsOptions::default()).expect("jurisdictions");
    for code in PARTIES {
        let j = all
            .iter()
            .find(|j| j.code == code)
            .unwrap_or_else(|| panic!("{code}, a Party to CETS 197, has no profile"));
        assert_eq!(j.kind, JurisdictionKind::National, "{code}");
    }
    // Every state profile is a Party's (the Convention is the floor the baselines build on).
    for j in all.iter().filter(|j| j.kind == JurisdictionKind::National) {
        assert!(
            PARTIES.contains(&j.code.as_str()),
            "{} is not a Party",
            j.code
        );
    }
    assert_eq!(
        all.iter()
            .filter(|j| j.kind == JurisdictionKind::National)
            .count(),
        48
    );
}

#[test]
fn every_party_has_a_contact_and_a_dated_source_for_its_reflection_period() {
    for code in PARTIES {
        let p = law::profile(code, "jurisdiction").expect("profile");
        assert!(!p.contacts.is_empty(), "{code}: no contact");
        for c in &p.contacts {
            assert!(
                !c.provision.checked.as_str().is_empty() && !c.provision.source.trim().is_empty(),
                "{code}: contact {} has no dated source",
                c.id
            );
            assert!(
                !(c.phone.is_empty() && c.email.is_empty() && c.website.is_empty()),
                "{code}: contact {} gives no way to reach it",
                c.id
            );
        }
        let reflection: Vec<_> = p
            .pathways
            .iter()
            // The version in force (older ones keep the source they were read from); where the
            // law has none (Italy), the source that says so.
            .filter(|x| x.channel == Channel::ReflectionPeriod && x.until.is_none())
            .collect();
        assert!(
            !reflection.is_empty(),
            "{code}: no recovery and reflection period"
        );
        for r in reflection {
            let basis = p
                .provisions
                .get(&r.basis)
                .unwrap_or_else(|| panic!("{code}: {} cites no provision {}", r.id, r.basis));
            assert!(
                !basis.checked.as_str().is_empty(),
                "{code}: {} has no date checked",
                r.basis
            );
            assert!(
                !basis.source.trim().is_empty(),
                "{code}: {} says nothing of where it was read",
                r.basis
            );
            // A baseline's facts were all read on the web, where a reader can check them.
            if p.depth == Depth::Baseline {
                assert!(
                    basis.source.contains("http"),
                    "{code}: the source of {} is not an address: {}",
                    r.basis,
                    basis.source
                );
            }
        }
    }
}

#[test]
fn a_baseline_profile_says_so_in_the_result_and_in_its_summary() {
    let mut baselines = 0;
    for code in PARTIES {
        let p = law::profile(code, "jurisdiction").expect("profile");
        let case: Case = serde_json::from_str(&format!(
            r#"{{"jurisdiction":"{code}","asOf":"2026-12-07","identification":{{"stage":"reasonable-grounds"}},"person":{{"citizenships":["NG"]}}}}"#
        ))
        .expect("case");
        let a = assess_in(&case, "en").expect("assess");
        let said = a.assumptions.iter().find(|x| x.code == "baseline-profile");
        match p.depth {
            Depth::Baseline => {
                baselines += 1;
                let said = said
                    .unwrap_or_else(|| panic!("{code}: the result does not say it is a baseline"));
                assert!(said.text.contains(&p.name), "{code}: {}", said.text);
                assert!(said.text.contains("not encoded"), "{code}: {}", said.text);
                assert!(p.summary.contains("Nothing else"), "{code}: {}", p.summary);
                // The printable summary says it too, before the pathways.
                let printed = protection_pathways::export::summary::summary(&a);
                let at = printed
                    .text
                    .find(&said.text)
                    .unwrap_or_else(|| panic!("{code}: the summary does not say it is a baseline"));
                assert!(
                    at < printed.text.find(&r_name(&a)).unwrap_or(usize::MAX),
                    "{code}"
                );
                // The reflection period is open on reasonable grounds for a foreign victim.
                let r = a
                    .pathways
                    .iter()
                    .find(|x| x.id == "reflection-period")
                    .unwrap_or_else(|| panic!("{code}: no reflection period in the result"));
                assert!(
                    matches!(r.state, PathwayState::Available | PathwayState::Possible),
                    "{code}: {:?}",
                    r.state
                );
            }
            Depth::Full => assert!(said.is_none(), "{code} is a full profile"),
        }
        // In another language, the note says the national facts are not translated yet.
        if p.depth == Depth::Baseline {
            let de = assess_in(&case, "de").expect("assess in German");
            let note = de
                .assumptions
                .iter()
                .find(|x| x.code == "baseline-profile")
                .map(|x| x.text.clone())
                .unwrap_or_default();
            assert!(note.contains("noch nicht übersetzt"), "{code}: {note}");
        }
    }
    assert_eq!(baselines, 37, "48 Parties, 11 of them with a full profile");
}

/// The label of the first pathway of `a`, as the summary prints it.
fn r_name(a: &protection_pathways::Assessment) -> String {
    a.pathways
        .first()
        .map(|p| p.label.clone())
        .unwrap_or_default()
}

/// A baseline profile has no words pack: its law stays in English in every locale, whatever
/// locale asked first. Found by the pure-JS comparison (tests/js/consumer/purejs.test.mjs):
/// the English pack was resolved once, with the inherited pathways in the words of the first
/// caller's locale, so Andorra's refugee status read "Flüchtlingseigenschaft" in French.
#[test]
fn a_baseline_profile_inherits_in_one_language_whatever_was_asked_first() {
    let case: Case =
        serde_json::from_str(r#"{"jurisdiction":"AD","asOf":"2026-12-07"}"#).expect("case");
    for locale in ["de", "fr", "en", "ro"] {
        let a = assess_in(&case, locale).expect("assess");
        let refugee = a
            .pathways
            .iter()
            .find(|p| p.id == "refugee-status")
            .expect("refugee status");
        assert_eq!(refugee.name, "Refugee status", "in {locale}");
        // The engine's own words are the reader's.
        assert_eq!(a.locale, locale);
    }
    // A full profile keeps its translated law.
    let ie: Case =
        serde_json::from_str(r#"{"jurisdiction":"IE","asOf":"2026-12-07"}"#).expect("case");
    let de = assess_in(&ie, "de").expect("assess");
    let refugee = de
        .pathways
        .iter()
        .find(|p| p.id == "refugee-status")
        .expect("refugee status");
    assert_eq!(refugee.name, "Flüchtlingseigenschaft");
}
