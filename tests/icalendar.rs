//! `toICalendar` output read back by a real parser (the PyPI `icalendar` package, in the venv of
//! `tools/setup.sh python`; `make test` passes its path in `PP_PYTHON`).
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use protection_pathways::export::icalendar::{to_icalendar, CalendarOptions, CalendarSource};
use protection_pathways::{assess, Case};
use serde_json::Value as Json;

fn parse(text: &str) -> Json {
    let dir = std::env::temp_dir().join(format!("pp-ics-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join(format!(
        "{:x}.ics",
        text.len() * 31 + text.bytes().map(usize::from).sum::<usize>()
    ));
    std::fs::write(&file, text).expect("write");
    let python = std::env::var("PP_PYTHON").unwrap_or_else(|_| "target/pyvenv/bin/python".into());
    let out = Command::new(&python)
        .arg("tools/check-ics.py")
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python} (run `tools/setup.sh python`): {e}"));
    let _ = std::fs::remove_file(&file);
    assert!(
        out.status.success(),
        "icalendar could not parse the calendar: {}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn case(text: &str) -> Case {
    serde_json::from_str(text).expect("case")
}

#[test]
fn every_timeline_entry_becomes_an_all_day_event_a_parser_reads_back() {
    let hostile =
        "Karte plus; \"B8/3\", a\\b\nsecond line <img src=x onerror=alert(1)> \u{202e}évident 😀 "
            .repeat(3);
    let c = case(&format!(
        r#"{{"jurisdiction":"AT","asOf":"2026-11-27",
        "person":{{"dateOfBirth":"2009-03-10"}},
        "identification":{{"referralDate":"2026-11-10"}},
        "reflection":{{"startDate":"2026-11-20"}},
        "stay":{{"asylum":{{"lodgedDate":"2026-03-01","procedure":"regular","decision":"rejected","decisionNotifiedDate":"2026-11-26"}}}},
        "permits":[{{"scheme":{},"from":"2025-12-01","until":"2026-12-24"}}]}}"#,
        serde_json::to_string(&hostile).expect("json")
    ));
    let a = assess(&c).expect("assess");
    assert!(a.timeline.len() >= 5, "{:?}", a.timeline);
    let text = to_icalendar(&CalendarSource::from(&a), &CalendarOptions::default());
    let parsed = parse(&text);
    assert_eq!(parsed["problems"], Json::Array(vec![]), "{text}");
    assert_eq!(parsed["version"], "2.0");
    let events = parsed["events"].as_array().expect("events");
    assert_eq!(events.len(), a.timeline.len());
    for (e, entry) in events.iter().zip(&a.timeline) {
        assert_eq!(e["dtstart"], entry.date.to_string(), "{}", entry.id);
        let next = entry.date.next_day().expect("next day").to_string();
        assert_eq!(e["dtend"], next, "all-day: ends the next day (exclusive)");
        assert_eq!(
            e["dtstamp"], "2026-11-27T00:00:00+00:00",
            "DTSTAMP from asOf, not a clock"
        );
        assert!(
            e["summary"]
                .as_str()
                .is_some_and(|s| s.ends_with(&entry.label)),
            "{} ≠ {}",
            e["summary"],
            entry.label
        );
        assert!(e["description"]
            .as_str()
            .is_some_and(|d| d.contains("not legal advice")));
        let alarms = e["alarms"].as_array().expect("alarms").len();
        let act_by = entry.kind == protection_pathways::law::model::TimelineKind::ActBy;
        assert_eq!(alarms, if act_by { 2 } else { 0 }, "{}", entry.id);
        if act_by {
            assert_eq!(e["alarms"][0], "-7 days, 0:00:00");
        }
    }
    // The permit's free-text scheme comes back exactly, with its separators and line break.
    let permit = events
        .iter()
        .find(|e| {
            e["summary"]
                .as_str()
                .is_some_and(|s| s.starts_with("Protected until: Last day of validity"))
        })
        .expect("permit expiry");
    let shown: String = hostile.replace('\n', " ").chars().take(40).collect();
    assert!(
        permit["summary"]
            .as_str()
            .is_some_and(|s| s.contains(&shown)),
        "{}",
        permit["summary"]
    );
    // Exporting again gives the same UIDs; another case reference gives others.
    let again = parse(&to_icalendar(
        &CalendarSource::from(&a),
        &CalendarOptions::default(),
    ));
    assert_eq!(again["events"][0]["uid"], events[0]["uid"]);
    let other = parse(&to_icalendar(
        &CalendarSource::from(&a),
        &CalendarOptions {
            case_ref: Some("case 2".into()),
            reminder_days: Some(vec![14]),
            label: None,
        },
    ));
    assert_ne!(other["events"][0]["uid"], events[0]["uid"]);
    // A label (a caseload's case number) is written before each summary, escaped as text.
    let labelled = parse(&to_icalendar(
        &CalendarSource::from(&a),
        &CalendarOptions {
            label: Some("R-7; row 3".into()),
            ..CalendarOptions::default()
        },
    ));
    for (e, plain) in labelled["events"]
        .as_array()
        .unwrap()
        .iter()
        .zip(events.iter())
    {
        assert_eq!(
            e["summary"].as_str().unwrap(),
            format!("R-7; row 3: {}", plain["summary"].as_str().unwrap())
        );
        assert_eq!(e["uid"], plain["uid"], "the label is not part of the UID");
    }
    let uids: std::collections::BTreeSet<&str> =
        events.iter().filter_map(|e| e["uid"].as_str()).collect();
    assert_eq!(
        uids.len(),
        events.len(),
        "UIDs are unique within a calendar"
    );
    assert!(
        !text.contains("case 2") && !other.to_string().contains("case 2"),
        "the case reference is never written out"
    );
}

#[test]
fn fields_from_the_input_cannot_inject_lines() {
    let mut a = assess(&case(
        r#"{"jurisdiction":"FR","asOf":"2026-10-20","stay":{"asylum":{"lodgedDate":"2026-01-10","procedure":"regular","decision":"rejected","decisionNotifiedDate":"2026-10-11"}}}"#,
    ))
    .expect("assess");
    a.engine = "0.1\r\nBEGIN:VEVENT\r\nUID:evil".into();
    a.rules = "x\nEND:VCALENDAR".into();
    let mut source = CalendarSource::from(&a);
    for c in source.provisions.values_mut() {
        c.url = "https://example.org/a b\u{7}".into();
    }
    // One entry, moved to the last day the engine handles (France also dates the legal-aid
    // request; it is left out here).
    source.timeline.truncate(1);
    source.timeline[0].date =
        protection_pathways::calendar::Date::parse("2199-12-31").expect("date");
    let text = to_icalendar(&source, &CalendarOptions::default());
    let parsed = parse(&text);
    assert_eq!(parsed["events"].as_array().map(Vec::len), Some(1), "{text}");
    assert!(
        !text.contains("UID:evil") && !text.contains("\nEND:VCALENDAR\r\nEND"),
        "{text}"
    );
    assert!(
        !text.contains("URL:"),
        "a URL with a space or control character is left out"
    );
    assert!(
        !text.contains("DTEND"),
        "no DTEND after the last day the engine handles"
    );
}

#[test]
fn an_assessment_without_dates_gives_an_empty_but_valid_calendar() {
    let a = assess(&case(r#"{"jurisdiction":"EU"}"#)).expect("assess");
    let parsed = parse(&to_icalendar(
        &CalendarSource::from(&a),
        &CalendarOptions::default(),
    ));
    assert_eq!(parsed["events"], Json::Array(vec![]));
}

/// A calendar from an assessment in another language is written in it: its name, titles,
/// descriptions and reminders, with the law's own description of each time limit; a parser
/// reads it back with the same dates as the English one.
#[test]
fn a_calendar_is_written_in_the_assessments_language() {
    let c = case(
        r#"{"jurisdiction":"AT","asOf":"2026-11-27",
        "stay":{"asylum":{"lodgedDate":"2026-03-01","procedure":"regular","decision":"rejected","decisionNotifiedDate":"2026-11-26"}},
        "permits":[{"from":"2025-12-01","until":"2026-12-24"}]}"#,
    );
    let en = assess(&c).expect("assess");
    let de = protection_pathways::assess::assess_in(&c, "de").expect("assess");
    let (en_text, de_text) = (
        to_icalendar(&CalendarSource::from(&en), &CalendarOptions::default()),
        to_icalendar(&CalendarSource::from(&de), &CalendarOptions::default()),
    );
    let (en_cal, de_cal) = (parse(&en_text), parse(&de_text));
    assert_eq!(de_cal["problems"], Json::Array(vec![]), "{de_text}");
    let dates = |cal: &Json| -> Vec<Json> {
        cal["events"]
            .as_array()
            .expect("events")
            .iter()
            .map(|e| e["dtstart"].clone())
            .collect()
    };
    assert_eq!(dates(&en_cal), dates(&de_cal));
    let appeal = de_cal["events"]
        .as_array()
        .expect("events")
        .iter()
        .find(|e| {
            e["summary"]
                .as_str()
                .is_some_and(|s| s.contains("Asylentscheidung"))
        })
        .unwrap_or_else(|| panic!("a German appeal title: {de_text}"));
    let description = appeal["description"].as_str().expect("description");
    assert!(
        description.contains("keine Rechtsberatung"),
        "{description}"
    );
    assert!(
        description.contains("Montag, 28. Dezember 2026"),
        "{description}"
    );
    // The law's words are in German too (src/law-words/de/AT.ftl); the court's abbreviation,
    // a legal name, stays.
    assert!(
        description.contains("Bundesverwaltungsgericht (BVwG)")
            && !description.contains("Federal Administrative Court"),
        "{description}"
    );
    assert!(
        !de_text.contains("not legal advice") && !de_text.contains("ics-"),
        "{de_text}"
    );
}
