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
