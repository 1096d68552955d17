//! Errors that lead on: a refused request says what to ask instead.

use protection_pathways::{compute_deadline_value, input::Value, ErrorCode};

fn request(fields: &[(&str, &str)]) -> Value {
    Value::Object(
        fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), Value::String((*v).to_owned())))
            .collect(),
    )
}

#[test]
fn an_eu_rule_asked_of_a_member_state_names_the_request_to_make() {
    let e = compute_deadline_value(&request(&[
        ("jurisdiction", "AT"),
        ("rule", "eu-1182-71"),
        ("from", "2026-11-27"),
        ("period", "P1M"),
    ]))
    .expect_err("not a rule of AT");
    assert_eq!((e.code(), e.path()), (ErrorCode::UnknownValue, "rule"));
    assert!(
        e.message().contains("at-avg-32-33")
            && e.message()
                .contains("jurisdiction \"EU\" with region \"AT\""),
        "{}",
        e.message()
    );
    // And that request answers.
    let d = compute_deadline_value(&request(&[
        ("jurisdiction", "EU"),
        ("region", "AT"),
        ("rule", "eu-1182-71"),
        ("from", "2026-11-27"),
        ("period", "P1M"),
    ]))
    .expect("the EU rule with Austria's holidays");
    assert_eq!(d.date.to_string(), "2026-12-28");
    // A rule of no one gets no such hint.
    let e = compute_deadline_value(&request(&[
        ("jurisdiction", "AT"),
        ("rule", "no-such-rule"),
        ("from", "2026-11-27"),
        ("period", "P1M"),
    ]))
    .expect_err("unknown");
    assert!(!e.message().contains("rule of EU law"), "{}", e.message());
}

/// A baseline profile (issue 20) has no counting rule of its own: it offers none, and an EU rule
/// asked of it leads to jurisdiction "EU" without a region it has no calendar for. The law data's
/// own spelling of an EU rule (`EU/eu-1182-71`) leads there too.
#[test]
fn an_eu_rule_asked_of_a_baseline_member_state_leads_to_the_eu_without_a_region() {
    let e = compute_deadline_value(&request(&[
        ("jurisdiction", "PL"),
        ("rule", "eu-1182-71"),
        ("from", "2026-12-10"),
        ("period", "P1M"),
    ]))
    .expect_err("not a rule of PL");
    assert_eq!((e.code(), e.path()), (ErrorCode::UnknownValue, "rule"));
    assert!(!e.message().contains("national"), "{}", e.message());
    assert!(
        e.message().ends_with("ask it of jurisdiction \"EU\"")
            && e.message().contains("use one of: (none)")
            && !e.message().contains("region"),
        "{}",
        e.message()
    );
    // And that request answers: a month under Reg. 1182/71 from Thursday 10 December 2026
    // ends on Sunday 10 January 2027, which moves to Monday 11 January (art. 3(4)).
    let d = compute_deadline_value(&request(&[
        ("jurisdiction", "EU"),
        ("rule", "eu-1182-71"),
        ("from", "2026-12-10"),
        ("period", "P1M"),
    ]))
    .expect("the EU rule with no holidays");
    assert_eq!(d.date.to_string(), "2027-01-11");
    // The data's spelling of an EU rule, asked of Austria.
    let e = compute_deadline_value(&request(&[
        ("jurisdiction", "AT"),
        ("rule", "EU/eu-1182-71"),
        ("from", "2026-11-27"),
        ("period", "P1M"),
    ]))
    .expect_err("not a rule of AT");
    assert!(
        e.message().contains(
            "'eu-1182-71' is a rule of EU law: ask it of jurisdiction \"EU\" with region \"AT\""
        ),
        "{}",
        e.message()
    );
}
