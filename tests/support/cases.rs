//! The conformance-case checker shared by every runner: native Rust, wasm in Node and in
//! Chromium. A runner supplies a function that takes a case's `input` (as JSON) and returns the
//! result as JSON, or the error's `(code, path, message)`.
//!
//! A case file holds `description`, `law` (why the expectation is right), `input`, and either
//! `expect` (fields of the result to compare: `date`, `earliestPossible`, `period`, `rule`,
//! `ruleStatus`, `steps` (step codes), `assumptions` (assumption codes), `texts` (step code →
//! a fragment its text must contain)) or `expectError`
//! (`code`, `path`).

use serde_json::Value as Json;

pub type Outcome = Result<Json, (String, String, String)>;

include!(concat!(env!("OUT_DIR"), "/cases.rs"));

/// Runs every case through `run`; returns the failures, one line each.
pub fn run_all(run: impl Fn(&Json) -> Outcome) -> Vec<String> {
    let mut failures = Vec::new();
    for (name, text) in CASES {
        if let Err(why) = check(text, &run) {
            failures.push(format!("{name}: {why}"));
        }
    }
    failures
}

fn check(text: &str, run: &impl Fn(&Json) -> Outcome) -> Result<(), String> {
    let case: Json = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    for field in ["description", "law", "input"] {
        if case.get(field).is_none() {
            return Err(format!("the case has no '{field}'"));
        }
    }
    let outcome = run(&case["input"]);
    if let Some(want) = case.get("expectError") {
        return match outcome {
            Ok(got) => Err(format!("expected error {want}, got result {}", got["date"])),
            Err((code, path, message)) => {
                if want["code"] != code.as_str() || want["path"] != path.as_str() {
                    Err(format!(
                        "expected error {want}, got {code} at '{path}': {message}"
                    ))
                } else if message.trim().is_empty() {
                    Err("the error has no message".to_owned())
                } else {
                    Ok(())
                }
            }
        };
    }
    let want = case
        .get("expect")
        .ok_or("the case has neither 'expect' nor 'expectError'")?;
    let got = outcome.map_err(|(c, p, m)| format!("unexpected error {c} at '{p}': {m}"))?;
    // The same input twice gives the same output, byte for byte.
    let again = run(&case["input"]).map_err(|e| format!("second run failed: {e:?}"))?;
    // Compared as text: byte-identical, not just structurally equal.
    let (first_text, second_text) = (got.to_string(), again.to_string());
    if first_text != second_text {
        return Err("two runs gave different results".to_owned());
    }
    let steps = got["steps"].as_array().ok_or("no steps")?;
    let last = steps.last().ok_or("no steps")?;
    if last["code"] != "result" || last["date"] != got["date"] {
        return Err(format!(
            "the last step must be the result on {}: {last}",
            got["date"]
        ));
    }
    for step in steps {
        if step["text"].as_str().is_none_or(str::is_empty) {
            return Err(format!("a step without text: {step}"));
        }
    }
    let codes = |list: &Json| -> Vec<Json> {
        list.as_array()
            .map(|a| a.iter().map(|s| s["code"].clone()).collect())
            .unwrap_or_default()
    };
    let obj = want.as_object().ok_or("'expect' is not an object")?;
    for (key, value) in obj {
        let actual = match key.as_str() {
            "date" | "earliestPossible" | "period" => got[key].clone(),
            "rule" => got["rule"]["id"].clone(),
            "ruleStatus" => got["rule"]["status"].clone(),
            "steps" => Json::Array(codes(&got["steps"])),
            "assumptions" => Json::Array(codes(&got["assumptions"])),
            "texts" => {
                // { "<step code>": "a fragment its text must contain" }: explanations are
                // part of the result and are checked like dates.
                let wanted = value.as_object().ok_or("'texts' is not an object")?;
                for (code, fragment) in wanted {
                    let fragment = fragment.as_str().ok_or("a 'texts' fragment is not text")?;
                    let found = steps.iter().any(|s| {
                        s["code"] == code.as_str()
                            && s["text"].as_str().is_some_and(|t| t.contains(fragment))
                    });
                    if !found {
                        return Err(format!(
                            "no '{code}' step says \"{fragment}\": {}",
                            got["steps"]
                        ));
                    }
                }
                continue;
            }
            other => return Err(format!("unknown expectation '{other}'")),
        };
        if actual != *value {
            return Err(format!("{key}: expected {value}, got {actual}"));
        }
    }
    Ok(())
}
