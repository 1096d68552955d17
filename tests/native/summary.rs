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
