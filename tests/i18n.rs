//! The message catalogues: every locale has exactly English's messages with the same variables,
//! and the plural categories the formatter picks are CLDR's (checked against PyPI `babel`, in
//! the venv of `tools/setup.sh python`; `make test` passes its path in `PP_PYTHON`).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::process::Command;

use protection_pathways::i18n::{self, Arg};

fn ids_and_variables(locale: &str) -> BTreeMap<String, Vec<String>> {
    // The packed catalogues, as the engine ships them.
    i18n::message_ids(locale)
        .into_iter()
        .map(|id| (id.to_owned(), i18n::variables(locale, id)))
        .collect()
}

#[test]
fn every_locale_has_exactly_the_english_messages_and_variables() {
    let english = ids_and_variables("en");
    assert!(english.len() > 50, "{} messages", english.len());
    let mut problems = Vec::new();
    for locale in i18n::locales().filter(|l| *l != "en") {
        let theirs = ids_and_variables(locale);
        for (id, vars) in &english {
            match theirs.get(id) {
                None => problems.push(format!("{locale}: missing {id}")),
                Some(v) if v != vars => {
                    problems.push(format!("{locale}: {id} uses {v:?}, English {vars:?}"))
                }
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{locale}: {id} is not an English message"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_locale_formats_every_message_without_a_gap() {
    for locale in i18n::locales() {
        for id in ids_and_variables("en")
            .keys()
            .filter(|id| !id.starts_with('-'))
        {
            let text = i18n::t(
                locale,
                id,
                &[("pathways", Arg::Num(2)), ("deadlines", Arg::Num(1))],
            );
            assert!(!text.is_empty() && text != *id, "{locale}: {id}");
            assert!(
                !text.contains("{$") && !text.contains("{pathways"),
                "{locale}: {id}: {text}"
            );
        }
    }
}

#[test]
fn plural_categories_are_cldrs() {
    let locales: Vec<&str> = i18n::locales().collect();
    let json = oracle("plurals.py", &locales);
    let mut wrong = Vec::new();
    for locale in &locales {
        for (n, want) in json["plurals"][locale].as_object().expect("locale") {
            let n: i64 = n.parse().expect("number");
            let got = i18n::plural(locale, n);
            if got != want.as_str().unwrap_or_default() {
                wrong.push(format!("{locale} {n}: {got}, CLDR {want}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// What a Python oracle (PyPI babel, in the venv of `tools/setup.sh python`) prints for the
/// locales, as JSON.
fn oracle(script: &str, locales: &[&str]) -> serde_json::Value {
    let python = std::env::var("PP_PYTHON").unwrap_or_else(|_| "target/pyvenv/bin/python".into());
    let out = Command::new(&python)
        .arg(format!("tools/{script}"))
        .args(locales)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python} (run `tools/setup.sh python`): {e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// Dates in words follow CLDR's full date format in every locale (weekday and month names,
/// order, punctuation), checked against PyPI `babel` for every day of 2026 and the month ends of
/// 2027–2030.
#[test]
fn long_dates_are_cldrs_full_dates() {
    let locales: Vec<&str> = i18n::locales().collect();
    let json = oracle("dates.py", &locales);
    let mut wrong = Vec::new();
    let mut compared = 0;
    for locale in &locales {
        for (day, want) in json["dates"][locale].as_object().expect("locale") {
            let date: protection_pathways::calendar::Date = day.parse().expect("date");
            let got = i18n::long_date(locale, date);
            compared += 1;
            if got != want.as_str().unwrap_or_default() {
                wrong.push(format!("{locale} {day}: {got:?}, CLDR {want}"));
            }
        }
    }
    assert!(compared > 7 * 400, "{compared} dates compared");
    assert!(
        wrong.is_empty(),
        "{} of {compared} differ:\n{}",
        wrong.len(),
        wrong[..wrong.len().min(20)].join("\n")
    );
}

#[test]
fn locales_are_negotiated_and_english_is_the_fallback() {
    assert_eq!(i18n::negotiate(Some("de-AT"), "locale").expect("ok"), "de");
    assert_eq!(
        i18n::negotiate(Some("sr-Latn-RS"), "locale").expect("ok"),
        "sr-Latn"
    );
    assert_eq!(
        i18n::negotiate(Some("sr"), "locale").expect("ok"),
        "sr-Latn"
    );
    assert_eq!(i18n::negotiate(Some("it"), "locale").expect("ok"), "en");
    assert_eq!(i18n::negotiate(None, "locale").expect("ok"), "en");
    let e = i18n::negotiate(Some("<script>"), "locale").expect_err("not a tag");
    assert_eq!(e.path(), "locale");
    // A message a locale lacks comes in English.
    assert_eq!(i18n::t("de", "no-such-message", &[]), "no-such-message");
    assert_eq!(
        i18n::t(
            "en",
            "question-why",
            &[("pathways", Arg::Num(1)), ("deadlines", Arg::Num(0))]
        ),
        "Your answer can change one pathway and no date."
    );
}
