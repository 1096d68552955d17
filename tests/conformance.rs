//! Runs the conformance cases in `tests/cases/` against the native build.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/cases.rs"]
mod cases;

use protection_pathways::input::Value;
use serde_json::Value as Json;

fn to_value(json: &Json) -> Value {
    match json {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
        Json::String(s) => Value::String(s.clone()),
        Json::Array(items) => Value::Array(items.iter().map(to_value).collect()),
        Json::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(k, v)| (k.clone(), to_value(v)))
                .collect(),
        ),
    }
}

#[test]
fn conformance_cases_hold_natively() {
    assert!(
        cases::CASES.len() >= 30,
        "the case index is missing cases: {}",
        cases::CASES.len()
    );
    let failures = cases::run_all(|kind, input| {
        let result = match kind {
            "assess" => protection_pathways::assess_value(&to_value(input), &Value::Undefined)
                .map(|a| serde_json::to_value(a).expect("results serialise")),
            _ => protection_pathways::compute_deadline_value(&to_value(input))
                .map(|d| serde_json::to_value(d).expect("results serialise")),
        };
        result.map_err(|e| {
            (
                e.code().as_str().to_owned(),
                e.path().to_owned(),
                e.message().to_owned(),
            )
        })
    });
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
