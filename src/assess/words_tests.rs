//! Every word the engine writes comes from a catalogue. Each conformance case is assessed in a
//! pseudo-locale that wraps every message in `⟦…⟧` (and again without its `asOf`); every text
//! the engine writes must then open with `⟦`, so an English literal in the code fails here
//! whatever it says. The fields that carry the law data's own English (a pathway's name and
//! summary, a provision's words, a contact's notes, the data's notes) are not engine-written and
//! are not looked at; their translation is the law's-own-words issue.

use serde_json::Value as Json;

use crate::i18n::PSEUDO;

/// The keys whose strings the engine writes.
const WORDS: &[&str] = &[
    "explanation",
    "text",
    "reading",
    "rationale",
    "title",
    "why",
    "roleLabel",
    "label",
];

/// Assumption codes whose text is a note taken from the law data as written.
fn data_note_codes() -> Vec<String> {
    let mut codes = vec!["note".to_owned(), "period-unknown".to_owned()];
    for p in crate::law::profiles().expect("the profiles") {
        for r in &p.counting_rules {
            codes.extend(r.notes.iter().map(|n| n.code.clone()));
        }
    }
    codes
}

fn check(v: &Json, at: &str, data_codes: &[String], bad: &mut Vec<String>) {
    match v {
        Json::Object(fields) => {
            let code = fields.get("code").and_then(Json::as_str).unwrap_or("");
            // A pathway the law does not have is explained by the data's own reason.
            let absent = fields.get("inLaw") == Some(&Json::Bool(false));
            // The choices of the region question are the calendar data's region names.
            let region_question = fields.get("fact").and_then(Json::as_str) == Some("region");
            for (k, x) in fields {
                let here = format!("{at}.{k}");
                if region_question && k == "options" {
                    continue;
                }
                match x {
                    Json::String(s) if WORDS.contains(&k.as_str()) => {
                        let from_data =
                            data_codes.iter().any(|c| c == code) || (absent && k == "explanation");
                        if !from_data && !s.starts_with('⟦') {
                            bad.push(format!("{here}: {s}"));
                        }
                    }
                    _ => check(x, &here, data_codes, bad),
                }
            }
        }
        Json::Array(items) => {
            for x in items {
                check(x, &format!("{at}[]"), data_codes, bad);
            }
        }
        _ => {}
    }
}

#[test]
fn every_engine_written_text_comes_from_a_catalogue() {
    let data_codes = data_note_codes();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/assess");
    let mut bad = Vec::new();
    let mut assessed = 0;
    for j in std::fs::read_dir(dir).expect("the case folders") {
        for f in std::fs::read_dir(j.expect("a folder").path()).expect("the cases") {
            let path = f.expect("a case").path();
            let text = std::fs::read_to_string(&path).expect("a case file");
            let json: Json = serde_json::from_str(&text).expect("a case is JSON");
            let mut without_date = json["input"].clone();
            if let Some(o) = without_date.as_object_mut() {
                o.remove("asOf");
            }
            for input in [&json["input"], &without_date] {
                let value = crate::input::json::parse(&input.to_string()).expect("input");
                let Ok(case) = crate::input::read::<crate::case::Case>(&value) else {
                    continue;
                };
                let Ok(a) = super::assess_in(&case, PSEUDO) else {
                    continue;
                };
                assessed += 1;
                let out = serde_json::to_value(&a).expect("an assessment serialises");
                check(&out, &path.display().to_string(), &data_codes, &mut bad);
            }
        }
    }
    assert!(assessed > 200, "only {assessed} assessments");
    assert!(
        bad.is_empty(),
        "{} texts not from a catalogue:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn the_check_finds_a_literal() {
    let out = serde_json::json!({ "assumptions": [{ "code": "no-as-of", "text": "No date" }] });
    let mut bad = Vec::new();
    check(&out, "", &[], &mut bad);
    assert_eq!(bad.len(), 1);
}
