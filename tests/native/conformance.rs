//! Runs the conformance cases in `tests/cases/` against the native build.
#![cfg(not(target_arch = "wasm32"))]

use super::cases;
use super::json::to_value;

use protection_pathways::input::Value;

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
