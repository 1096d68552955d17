//! The conformance-case checker shared by every runner: native Rust, wasm in Node and in
//! Chromium. A runner supplies a function that takes the case's kind (its folder: `deadlines`
//! or `assess`) and its `input` (as JSON), and returns the result as JSON, or the error's
//! `(code, path, message)`.
//!
//! Assessment cases (`assess/…`) hold `description`, `input` (a case), and `expect` with
//! `pathways` (id → `{ "state", "law" }`: the state and the line of law that justifies it),
//! optionally `person` (derived fields), `warnings` (codes), `factsToEstablish` (paths that
//! must be listed), `timeline`, `timelineAbsent`, `guidance`, `provisions` (key → status);
//! or `expectError`.
//!
//! Deadline cases (`deadlines/…`) hold `description`, `law` (why the expectation is right), `input`, and either
//! `expect` (fields of the result to compare: `date`, `earliestPossible`, `period`, `rule`,
//! `ruleStatus`, `calendar`, `holidays` (the dates of the holidays that changed the count),
//! `alternative` (the date without what is unverified), `steps` (step codes), `assumptions`
//! (assumption codes), `texts` (step code → a fragment its text must contain)) or `expectError`
//! (`code`, `path`).

use serde_json::Value as Json;

pub type Outcome = Result<Json, (String, String, String)>;

include!(concat!(env!("OUT_DIR"), "/cases.rs"));

/// Runs every case through `run`; returns the failures, one line each.
pub fn run_all(run: impl Fn(&str, &Json) -> Outcome) -> Vec<String> {
    let mut failures = Vec::new();
    for (name, text) in CASES {
        let kind = name.split('/').next().unwrap_or_default();
        let result = match kind {
            "assess" => check_assessment(text, &|input: &Json| run(kind, input)),
            _ => check(text, &|input: &Json| run(kind, input)),
        };
        if let Err(why) = result {
            failures.push(format!("{name}: {why}"));
        }
    }
    failures
}

fn check(text: &str, run: &dyn Fn(&Json) -> Outcome) -> Result<(), String> {
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
            "date" | "earliestPossible" | "period" | "calendar" => got[key].clone(),
            // The dates of the holidays that changed the count.
            "holidays" => Json::Array(
                got["holidays"]
                    .as_array()
                    .map(|a| a.iter().map(|h| h["date"].clone()).collect())
                    .unwrap_or_default(),
            ),
            // The date without what is unverified, or null.
            "alternative" => got["alternative"]["date"].clone(),
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

fn check_assessment(text: &str, run: &dyn Fn(&Json) -> Outcome) -> Result<(), String> {
    let case: Json = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    for field in ["description", "input"] {
        if case.get(field).is_none() {
            return Err(format!("the case has no '{field}'"));
        }
    }
    let outcome = run(&case["input"]);
    if let Some(want) = case.get("expectError") {
        return match outcome {
            Ok(_) => Err(format!("expected error {want}, got an assessment")),
            Err((code, path, message))
                if want["code"] == code.as_str()
                    && want["path"] == path.as_str()
                    && !message.is_empty() =>
            {
                Ok(())
            }
            Err((code, path, message)) => Err(format!(
                "expected error {want}, got {code} at '{path}': {message}"
            )),
        };
    }
    let want = case
        .get("expect")
        .ok_or("the case has neither 'expect' nor 'expectError'")?;
    let got = outcome.map_err(|(c, p, m)| format!("unexpected error {c} at '{p}': {m}"))?;
    let again = run(&case["input"]).map_err(|e| format!("second run failed: {e:?}"))?;
    let (first_text, second_text) = (got.to_string(), again.to_string());
    if first_text != second_text {
        return Err("two runs gave different results".to_owned());
    }
    let pathways = got["pathways"].as_array().ok_or("no pathways")?;
    let no_pathways = serde_json::Map::new();
    let expected = match want.get("pathways") {
        Some(p) => p.as_object().ok_or("'expect.pathways' must be an object")?,
        None => &no_pathways,
    };
    if expected.is_empty() && want.get("timeline").is_none() && want.get("guidance").is_none() {
        return Err("a case must expect a pathway state, a timeline entry or guidance".to_owned());
    }
    check_timeline(&got, want)?;
    check_provisions(&got, want)?;
    check_guidance(&got, want)?;
    for (id, exp) in expected {
        let law = exp["law"].as_str().unwrap_or_default();
        if law.trim().is_empty() {
            return Err(format!(
                "{id}: every expectation needs the line of law that justifies it"
            ));
        }
        let found = pathways
            .iter()
            .find(|p| p["id"] == id.as_str())
            .ok_or(format!("no pathway '{id}' in the result"))?;
        if found["state"] != exp["state"] {
            return Err(format!(
                "{id}: expected {}, got {} ({})",
                exp["state"], found["state"], found["explanation"]
            ));
        }
        let explanation = found["explanation"].as_str().unwrap_or_default();
        if let Some(fragment) = exp.get("explains").and_then(Json::as_str) {
            if !explanation.contains(fragment) {
                return Err(format!(
                    "{id}: the explanation does not say \"{fragment}\": {explanation}"
                ));
            }
        }
        if let Some(fragment) = exp.get("mustNotSay").and_then(Json::as_str) {
            if explanation.contains(fragment) {
                return Err(format!(
                    "{id}: the explanation says \"{fragment}\": {explanation}"
                ));
            }
        }
        if let Some(status) = exp.get("status") {
            if found["status"] != *status {
                return Err(format!(
                    "{id}: expected status {status}, got {}",
                    found["status"]
                ));
            }
        }
        if let Some(who) = exp.get("decidedBy").and_then(Json::as_str) {
            let named = found["decidedBy"].as_array().is_some_and(|a| {
                a.iter()
                    .any(|x| x["name"].as_str().is_some_and(|n| n.contains(who)))
            });
            if !named {
                return Err(format!(
                    "{id}: no deciding authority named \"{who}\": {}",
                    found["decidedBy"]
                ));
            }
        }
        if let Some(facts) = exp.get("facts") {
            if found["factsToEstablish"] != *facts {
                return Err(format!(
                    "{id}: expected facts to establish {facts}, got {}",
                    found["factsToEstablish"]
                ));
            }
        }
        if let Some(params) = exp.get("parameters").and_then(Json::as_object) {
            // `parameters`: name → a fragment the value must contain, or null for "absent";
            // each cited provision must hold the status given in `expect.provisions`.
            for (name, fragment) in params {
                let value = found["parameters"].as_array().and_then(|a| {
                    a.iter()
                        .find(|x| x["name"] == name.as_str())
                        .and_then(|x| x["value"].as_str())
                });
                match (fragment.as_str(), value) {
                    (None, None) => {}
                    (None, Some(v)) => {
                        return Err(format!("{id}: parameter {name} should be absent: {v}"))
                    }
                    (Some(f), Some(v)) if v.contains(f) => {}
                    (Some(f), v) => {
                        return Err(format!(
                            "{id}: parameter {name} should say \"{f}\", got {v:?}"
                        ))
                    }
                }
            }
        }
        if let Some(name) = exp.get("name") {
            if found["name"] != *name {
                return Err(format!(
                    "{id}: expected the version {name}, got {}",
                    found["name"]
                ));
            }
        }
        if found["explanation"].as_str().is_none_or(str::is_empty) {
            return Err(format!("{id}: no explanation"));
        }
    }
    for p in pathways {
        // Every pathway cites its basis, and every reason its provision, once in `provisions`.
        let cited = |key: &Json| {
            key.as_str().is_some_and(|k| {
                got["provisions"][k]["article"]
                    .as_str()
                    .is_some_and(|a| !a.is_empty())
            })
        };
        if !cited(&p["basis"]) {
            return Err(format!(
                "{}: basis {} is not in provisions",
                p["id"], p["basis"]
            ));
        }
        if let Some(r) = p["reasons"]
            .as_array()
            .and_then(|rs| rs.iter().find(|r| !cited(&r["provision"])))
        {
            return Err(format!(
                "{}: reason cites {} which is not in provisions",
                p["id"], r["provision"]
            ));
        }
        if p["state"] == "possible"
            && p["factsToEstablish"].as_array().is_none_or(Vec::is_empty)
            && !p["reasons"]
                .as_array()
                .is_some_and(|r| r.iter().any(|x| x["test"] == "state-choice"))
        {
            return Err(format!("{}: possible, but no fact to establish", p["id"]));
        }
    }
    if let Some(person) = want.get("person").and_then(Json::as_object) {
        for (key, value) in person {
            if got["person"][key] != *value {
                return Err(format!(
                    "person.{key}: expected {value}, got {}",
                    got["person"][key]
                ));
            }
        }
    }
    if let Some(codes) = want.get("warnings") {
        let got_codes: Vec<Json> = got["warnings"]
            .as_array()
            .map(|w| w.iter().map(|x| x["code"].clone()).collect())
            .unwrap_or_default();
        if Json::Array(got_codes.clone()) != *codes {
            return Err(format!(
                "warnings: expected {codes}, got {}",
                Json::Array(got_codes)
            ));
        }
    }
    if let Some(codes) = want.get("assumptions").and_then(Json::as_array) {
        // `assumptions`: codes the assessment's own assumptions must include.
        let got_codes: Vec<&Json> = got["assumptions"]
            .as_array()
            .map(|a| a.iter().map(|x| &x["code"]).collect())
            .unwrap_or_default();
        for code in codes {
            if !got_codes.contains(&code) {
                return Err(format!("assumptions: {code} is not among {got_codes:?}"));
            }
        }
    }
    if let Some(paths) = want.get("factsToEstablish").and_then(Json::as_array) {
        let listed: Vec<&Json> = got["factsToEstablish"]
            .as_array()
            .map(|f| f.iter().map(|x| &x["path"]).collect())
            .unwrap_or_default();
        for path in paths {
            if !listed.contains(&path) {
                return Err(format!("factsToEstablish: {path} is not listed"));
            }
        }
    }
    Ok(())
}

/// `expect.timeline`: entry id → `{ "date", "law", and optionally "kind", "earliestPossible",
/// "alternative" (its date, or null), "overdue", "daysRemaining", "status", "period",
/// "provision" }`;
/// `expect.timelineAbsent`: ids that must not appear. Every entry is in date order and cites a
/// provision that `provisions` holds.
fn check_timeline(got: &Json, want: &Json) -> Result<(), String> {
    let entries = got["timeline"].as_array().ok_or("no timeline")?;
    let dates: Vec<&str> = entries.iter().filter_map(|e| e["date"].as_str()).collect();
    if dates.windows(2).any(|w| w[0] > w[1]) {
        return Err(format!("the timeline is not in date order: {dates:?}"));
    }
    for e in entries {
        if let Some(key) = e["provision"].as_str() {
            if got["provisions"][key]["article"]
                .as_str()
                .is_none_or(str::is_empty)
            {
                return Err(format!(
                    "timeline {}: provision {key} is not in provisions",
                    e["id"]
                ));
            }
        }
        if e["steps"].as_array().is_none_or(Vec::is_empty) {
            return Err(format!("timeline {}: no explanation steps", e["id"]));
        }
    }
    if let Some(absent) = want.get("timelineAbsent").and_then(Json::as_array) {
        for id in absent {
            if entries.iter().any(|e| e["id"] == *id) {
                return Err(format!("timeline: {id} should not be there"));
            }
        }
    }
    let Some(expected) = want.get("timeline").and_then(Json::as_object) else {
        return Ok(());
    };
    for (id, exp) in expected {
        if exp["law"].as_str().is_none_or(|l| l.trim().is_empty()) {
            return Err(format!(
                "timeline {id}: every expectation needs its line of law"
            ));
        }
        let e = entries
            .iter()
            .find(|e| e["id"] == id.as_str())
            .ok_or(format!("timeline: no entry '{id}' in {dates:?}"))?;
        for key in [
            "date",
            "kind",
            "earliestPossible",
            "overdue",
            "daysRemaining",
            "status",
            "period",
            "provision",
        ] {
            if let Some(v) = exp.get(key) {
                if e[key] != *v {
                    return Err(format!(
                        "timeline {id}: {key}: expected {v}, got {}",
                        e[key]
                    ));
                }
            }
        }
        if let Some(v) = exp.get("alternative") {
            if e["alternative"]["date"] != *v {
                return Err(format!(
                    "timeline {id}: alternative: expected {v}, got {}",
                    e["alternative"]
                ));
            }
        }
    }
    Ok(())
}

/// `expect.provisions`: key → `{ "status", "article", "law" }`: the provision the assessment
/// cites under that key has that status and, where given, an article containing that text.
fn check_provisions(got: &Json, want: &Json) -> Result<(), String> {
    let Some(expected) = want.get("provisions").and_then(Json::as_object) else {
        return Ok(());
    };
    for (key, exp) in expected {
        if exp["law"].as_str().is_none_or(|l| l.trim().is_empty()) {
            return Err(format!(
                "provision {key}: every expectation needs its line of law"
            ));
        }
        let found = &got["provisions"][key.as_str()];
        if found.is_null() {
            return Err(format!("provision {key} is not cited"));
        }
        if let Some(status) = exp.get("status") {
            if found["status"] != *status {
                return Err(format!(
                    "provision {key}: expected status {status}, got {}",
                    found["status"]
                ));
            }
        }
        if let Some(article) = exp.get("article").and_then(Json::as_str) {
            if !found["article"]
                .as_str()
                .is_some_and(|a| a.contains(article))
            {
                return Err(format!(
                    "provision {key}: expected article \"{article}\", got {}",
                    found["article"]
                ));
            }
        }
    }
    Ok(())
}

/// `expect.guidance`: `{ "law", "steps": [ids that must apply], "notSteps": [ids that must not],
/// "contacts": [ids that must be named], "cited" / "notCited": [provision keys], "first": pathway
/// ranked first }`. Every step cites
/// provisions that `provisions` holds.
fn check_guidance(got: &Json, want: &Json) -> Result<(), String> {
    let g = &got["guidance"];
    let steps: Vec<&str> = g["steps"]
        .as_array()
        .ok_or("no guidance steps")?
        .iter()
        .filter_map(|s| s["id"].as_str())
        .collect();
    for s in g["steps"].as_array().into_iter().flatten() {
        for k in s["provisions"].as_array().into_iter().flatten() {
            let k = k.as_str().unwrap_or_default();
            if got["provisions"][k]["article"]
                .as_str()
                .is_none_or(str::is_empty)
            {
                return Err(format!(
                    "guidance {}: provision {k} is not in provisions",
                    s["id"]
                ));
            }
        }
        if s["title"]
            .as_str()
            .is_none_or(|t| t.starts_with("guidance-"))
        {
            return Err(format!("guidance {}: no words", s["id"]));
        }
    }
    let Some(exp) = want.get("guidance") else {
        return Ok(());
    };
    if exp["law"].as_str().is_none_or(|l| l.trim().is_empty()) {
        return Err("guidance: the expectation needs its line of law".into());
    }
    for id in exp["steps"].as_array().into_iter().flatten() {
        if !steps.iter().any(|s| Some(*s) == id.as_str()) {
            return Err(format!("guidance: step {id} missing from {steps:?}"));
        }
    }
    for id in exp["notSteps"].as_array().into_iter().flatten() {
        if steps.iter().any(|s| Some(*s) == id.as_str()) {
            return Err(format!("guidance: step {id} should not apply"));
        }
    }
    let contacts: Vec<&str> = g["contacts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["id"].as_str())
        .collect();
    for id in exp["contacts"].as_array().into_iter().flatten() {
        if !contacts.iter().any(|c| Some(*c) == id.as_str()) {
            return Err(format!("guidance: contact {id} missing from {contacts:?}"));
        }
    }
    let cited: Vec<&str> = g["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|s| s["provisions"].as_array().into_iter().flatten())
        .filter_map(|k| k.as_str())
        .collect();
    for k in exp["notCited"].as_array().into_iter().flatten() {
        if cited.iter().any(|c| Some(*c) == k.as_str()) {
            return Err(format!("guidance: {k} should not be cited"));
        }
    }
    for k in exp["cited"].as_array().into_iter().flatten() {
        if !cited.iter().any(|c| Some(*c) == k.as_str()) {
            return Err(format!("guidance: {k} should be cited, got {cited:?}"));
        }
    }
    if let Some(first) = exp.get("first") {
        if g["ranked"][0]["pathway"] != *first {
            return Err(format!(
                "guidance: {first} should rank first, got {}",
                g["ranked"][0]
            ));
        }
    }
    Ok(())
}
