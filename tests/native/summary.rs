//! The printable summary: every locale, hostile free text rendered as text, only plain tags.
#![cfg(not(target_arch = "wasm32"))]
// Host-only test code: the sort rule of clippy.toml is the wasm's size budget.
#![allow(clippy::disallowed_methods)]

use protection_pathways::input::Value;

fn case(text: &str) -> Value {
    super::json::parse(text)
}

const HOSTILE: &str = "<img src=x onerror=alert(1)></script>\u{202e}&amp;\"'";

#[test]
fn every_locale_gives_a_summary_with_only_plain_markup() {
    let c = case(&format!(
        r#"{{"jurisdiction":"AT","asOf":"2026-11-27","person":{{"citizenships":["NG"],"gender":"female"}},
        "stay":{{"asylum":{{"lodgedDate":"2026-01-15","procedure":"regular","decision":"rejected","decisionNotifiedDate":"2026-11-26"}}}},
        "permits":[{{"scheme":{},"from":"2025-12-01","until":"2027-01-31"}}]}}"#,
        serde_json::to_string(HOSTILE).expect("json")
    ));
    let mut texts = Vec::new();
    for locale in protection_pathways::i18n::locales() {
        let options = Value::Object(vec![("locale".into(), Value::String(locale.into()))]);
        let s = protection_pathways::summary_value(&c, &options).expect("summary");
        assert_eq!(s.locale, locale);
        assert!(s
            .html
            .starts_with(&format!("<section class=\"pp-summary\" lang=\"{locale}\">")));
        // Only the summary's own tags: no markup from the case gets through.
        let mut rest = s.html.as_str();
        while let Some(i) = rest.find('<') {
            let end = rest[i..].find('>').expect("closed tag") + i;
            let tag = rest[i + 1..end].trim_start_matches('/');
            let name = tag.split(' ').next().unwrap_or_default();
            assert!(
                ["section", "h1", "h2", "p", "ul", "li"].contains(&name),
                "{locale}: <{tag}>"
            );
            rest = &rest[end + 1..];
        }
        assert!(
            s.html
                .contains("&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;"),
            "{locale}"
        );
        assert!(
            s.text.contains("<img src=x onerror=alert(1)>"),
            "{locale}: the text form keeps the text"
        );
        assert!(s.text.contains("2026-12-28"), "{locale}: the appeal date");
        assert!(
            s.text
                .contains("(Aufenthaltsberechtigung besonderer Schutz ("),
            "{locale}: the legal name stays in German beside the translation"
        );
        texts.push(s.text);
    }
    // The locales really differ (a catalogue that fell back to English would not).
    texts.sort();
    texts.dedup();
    assert_eq!(texts.len(), protection_pathways::i18n::locales().count());
}

/// Every conformance case's summary, in every locale but English, has no English words but in
/// legal names, citations and organisations' names (the law's words come from src/law-words;
/// the summary's own from src/locales).
#[test]
fn every_summary_in_another_language_has_no_english_but_names_and_citations() {
    const ENGLISH: &[&str] = &[
        "the", "and", "with", "which", "until", "must", "shall", "been", "have", "their", "where",
        "would", "should", "whether", "because",
    ];
    let mut leaks = Vec::new();
    for (name, text) in super::cases::CASES {
        if !name.starts_with("assess/") {
            continue;
        }
        let case: serde_json::Value = serde_json::from_str(text).expect("a case");
        if case.get("expectError").is_some() {
            continue;
        }
        let input = super::json::parse(&case["input"].to_string());
        for locale in ["de", "fr", "es", "nl", "sr-Latn", "ro"] {
            let options = Value::Object(vec![("locale".into(), Value::String(locale.into()))]);
            let Ok(a) = protection_pathways::assess_value(&input, &options) else {
                continue;
            };
            // A baseline profile's national facts are not translated yet, and its result says
            // so (the assumption `baseline-profile`, checked in tests/native/parties.rs).
            if a.assumptions.iter().any(|x| x.code == "baseline-profile") {
                continue;
            }
            let s = protection_pathways::export::summary::summary(&a);
            // What may stay as written: citations, legal names, organisations, addresses.
            let mut keep: Vec<String> = a
                .provisions
                .values()
                .flat_map(|c| {
                    [
                        format!("{}, {}", c.instrument, c.article),
                        c.instrument.clone(),
                        c.article.clone(),
                    ]
                })
                .chain(a.pathways.iter().map(|p| p.local_name.clone()))
                .chain(a.guidance.contacts.iter().map(|c| c.name.clone()))
                .filter(|k| !k.is_empty())
                .collect();
            keep.sort_by_key(|k| std::cmp::Reverse(k.len()));
            for line in s.text.lines() {
                let mut rest: String = line
                    .split_whitespace()
                    .filter(|w| {
                        !w.starts_with("http") && !w.starts_with("www.") && !w.contains('@')
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                for k in &keep {
                    rest = rest.replace(k.as_str(), " ");
                }
                let words: Vec<String> = rest
                    .split(|c: char| !c.is_alphanumeric())
                    .map(str::to_lowercase)
                    .collect();
                if words.iter().any(|w| ENGLISH.contains(&w.as_str())) {
                    leaks.push(format!("{name} [{locale}]: {line}"));
                }
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "{} lines with English:\n{}",
        leaks.len(),
        leaks[..leaks.len().min(40)].join("\n")
    );
}
