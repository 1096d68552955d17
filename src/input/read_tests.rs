//! `input::read` against serde's derive through `input::decode`: the same cases, the same
//! results. Cases come from the golden files and from the case's JSON Schema (every field and
//! every value of every choice), then are broken at random: a node replaced by another kind of
//! value, a field renamed, misspelt, duplicated or added, an enumeration value garbled.

use proptest::prelude::*;
use serde_json::Value as Json;

use super::{decode, read, Value};
use crate::case::Case;

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

/// A value for every property the schema names; `pick` chooses among a choice's values.
fn from_schema(schema: &Json, defs: &Json, pick: usize, key: &str) -> Json {
    if let Some(r) = schema.get("$ref").and_then(Json::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        return from_schema(&defs[name], defs, pick, key);
    }
    if let Some(any) = schema.get("anyOf").and_then(Json::as_array) {
        let first = any
            .iter()
            .find(|s| s["type"] != "null")
            .expect("a non-null branch");
        return from_schema(first, defs, pick, key);
    }
    if let Some(one) = schema.get("oneOf").and_then(Json::as_array) {
        let consts: Vec<&Json> = one.iter().filter_map(|s| s.get("const")).collect();
        if consts.is_empty() {
            // Fact: true, false, "unknown" or null.
            return [
                Json::Bool(true),
                Json::Bool(false),
                Json::from("unknown"),
                Json::Null,
            ][pick % 4]
                .clone();
        }
        return consts[pick % consts.len()].clone();
    }
    if schema.get("pattern").is_some()
        || schema.get("format").and_then(Json::as_str) == Some("date")
    {
        return Json::from(["2026-01-15", "2019-06-30", "2024-02-29"][pick % 3]);
    }
    let types: Vec<&str> = match &schema["type"] {
        Json::String(t) => vec![t.as_str()],
        Json::Array(ts) => ts.iter().filter_map(Json::as_str).collect(),
        _ => vec![],
    };
    match types.iter().find(|t| **t != "null").copied() {
        Some("object") => {
            let mut out = serde_json::Map::new();
            if let Some(props) = schema["properties"].as_object() {
                for (name, sub) in props {
                    out.insert(name.clone(), from_schema(sub, defs, pick, name));
                }
            }
            Json::Object(out)
        }
        Some("array") => {
            let item = &schema["items"];
            Json::Array(
                (0..2)
                    .map(|i| from_schema(item, defs, pick + i, key))
                    .collect(),
            )
        }
        Some("integer") => Json::from([7, 0, 17][pick % 3]),
        Some("string") => Json::from(match key {
            "jurisdiction" => ["AT", "NL", "FR", "ES", "RS", "MD", "EU", "COE"][pick % 8],
            "region" => "ES-MD",
            "scheme" => "victim-permit-cooperation",
            _ => ["NG", "MD", "RO"][pick % 3],
        }),
        Some("boolean") => Json::Bool(pick.is_multiple_of(2)),
        other => panic!("schema kind {other:?} at {key} is not generated"),
    }
}

fn seeds() -> &'static [(String, Value)] {
    static SEEDS: std::sync::OnceLock<Vec<(String, Value)>> = std::sync::OnceLock::new();
    SEEDS.get_or_init(load_seeds)
}

fn load_seeds() -> Vec<(String, Value)> {
    let schema: Json = serde_json::from_str(include_str!("../case/schema.json")).expect("schema");
    let mut out: Vec<(String, Value)> = (0..12)
        .map(|pick| {
            let case = from_schema(&schema, &schema["$defs"], pick, "");
            (format!("schema #{pick}"), to_value(&case))
        })
        .collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/assess");
    for entry in std::fs::read_dir(&dir).expect("tests/cases/assess") {
        let sub = entry.expect("entry").path();
        for file in std::fs::read_dir(&sub).expect("a jurisdiction's cases") {
            let path = file.expect("file").path();
            let text = std::fs::read_to_string(&path).expect("case file");
            let json: Json = serde_json::from_str(&text).expect("case JSON");
            out.push((path.display().to_string(), to_value(&json["input"])));
        }
    }
    out
}

/// Every node of `v`, depth first, counted; `f` changes the `n`-th.
fn mutate_nth(v: &mut Value, n: &mut usize, f: &mut dyn FnMut(&mut Value)) -> bool {
    if *n == 0 {
        f(v);
        return true;
    }
    *n -= 1;
    match v {
        Value::Array(items) => items.iter_mut().any(|i| mutate_nth(i, n, f)),
        Value::Object(fields) => fields.iter_mut().any(|(_, x)| mutate_nth(x, n, f)),
        _ => false,
    }
}

fn count(v: &Value) -> usize {
    1 + match v {
        Value::Array(items) => items.iter().map(count).sum(),
        Value::Object(fields) => fields.iter().map(|(_, x)| count(x)).sum(),
        _ => 0,
    }
}

fn replacement(kind: u8, payload: u32) -> Option<Value> {
    let texts = [
        "unknown",
        "x",
        "male",
        "forced-labour",
        "forced_labour",
        "ForcedLabour",
        "2026-02-30",
        "2026-02-28",
        "26-2-28",
        "",
        "transgender-non-conforming",
        "rejected",
        "AT",
    ];
    let numbers = [
        0.0,
        1.5,
        -1.0,
        255.0,
        256.0,
        300.0,
        f64::NAN,
        f64::INFINITY,
        1e300,
        17.0,
    ];
    Some(match kind % 10 {
        0 => Value::Null,
        1 => Value::Undefined,
        2 => Value::Bool(payload.is_multiple_of(2)),
        3 => Value::Number(numbers[payload as usize % numbers.len()]),
        4 => Value::String(texts[payload as usize % texts.len()].to_owned()),
        5 => Value::Array(vec![Value::String("NG".into())]),
        6 => Value::Object(vec![]),
        _ => return None,
    })
}

fn mutate(v: &mut Value, node: u32, kind: u8, payload: u32) {
    let mut n = node as usize % count(v);
    match replacement(kind, payload) {
        Some(new) => {
            mutate_nth(v, &mut n, &mut |x| *x = new.clone());
        }
        None => {
            mutate_nth(v, &mut n, &mut |x| {
                if let Value::Object(fields) = x {
                    let len = fields.len();
                    match kind % 10 {
                        // Misspell or re-case a field name.
                        7 if len > 0 => {
                            let key = &mut fields[payload as usize % len].0;
                            *key = match payload % 3 {
                                0 => key.to_uppercase(),
                                1 => format!("{key}s"),
                                _ => key.chars().skip(1).collect(),
                            };
                        }
                        // Give a field twice.
                        8 if len > 0 => {
                            let copy = fields[payload as usize % len].clone();
                            fields.push(copy);
                        }
                        // Add a field no type has, or drop one (jurisdiction included).
                        _ if payload.is_multiple_of(2) => {
                            fields.push(("zz".into(), Value::Bool(true)))
                        }
                        _ if len > 0 => {
                            fields.remove(payload as usize % len);
                        }
                        _ => {}
                    }
                }
            });
        }
    }
}

fn same(v: &Value) -> Result<(), String> {
    same_as::<Case>(v)
}

fn same_as<T>(v: &Value) -> Result<(), String>
where
    T: super::FromValue + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let by_serde = decode::<T>(v);
    let by_read = read::<T>(v);
    match (&by_serde, &by_read) {
        (Ok(a), Ok(b)) if a == b => Ok(()),
        (Err(a), Err(b))
            if a.code() == b.code() && a.path() == b.path() && !b.message().is_empty() =>
        {
            Ok(())
        }
        _ => Err(format!("{v:?}\nserde: {by_serde:?}\nread: {by_read:?}")),
    }
}

#[test]
fn every_seed_reads_as_serde_decodes_it() {
    let seeds = seeds();
    assert!(seeds.len() > 40, "{} seeds", seeds.len());
    for (name, seed) in seeds {
        same(seed).unwrap_or_else(|e| panic!("{name}: {e}"));
        // The schema's cases and the golden files other than error cases are valid: the
        // comparison is not only of errors.
        if !name.contains("/error-") {
            assert!(read::<Case>(seed).is_ok(), "{name}");
        }
    }
}

#[test]
fn every_single_break_of_every_node_fails_the_same_way() {
    // Exhaustive for one change: each node of the schema-built cases replaced by each value
    // the generator knows, and each object's fields re-spelt, duplicated, added to and dropped.
    let mut compared = 0;
    for (name, seed) in seeds().iter().filter(|(n, _)| n.starts_with("schema")) {
        for node in 0..count(seed) {
            for kind in 0..10u8 {
                // As many payloads as the kind tells apart (see `replacement` and `mutate`).
                let payloads = [1, 1, 2, 10, 13, 1, 1, 6, 6, 6][usize::from(kind)];
                for payload in 0..payloads {
                    let mut v = seed.clone();
                    mutate(&mut v, node as u32, kind, payload);
                    same(&v).unwrap_or_else(|e| panic!("{name}, node {node}: {e}"));
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 30_000, "{compared}");
}

#[test]
fn every_choice_of_every_enumeration_is_read() {
    // The schema-built seeds take the n-th value of each choice; twelve seeds cover lists of
    // up to twelve values, and the longest (exploitation forms) has ten.
    let schema: Json = serde_json::from_str(include_str!("../case/schema.json")).expect("schema");
    let longest = schema["$defs"]
        .as_object()
        .expect("defs")
        .values()
        .filter_map(|d| d.get("oneOf").and_then(Json::as_array))
        .map(Vec::len)
        .max()
        .expect("choices");
    assert!(longest <= 12, "{longest}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]
    #[test]
    fn broken_cases_fail_the_same_way(
        seed in 0usize..1000,
        mutations in proptest::collection::vec((any::<u32>(), any::<u8>(), any::<u32>()), 1..4),
    ) {
        let seeds = seeds();
        let mut v = seeds[seed % seeds.len()].1.clone();
        for (node, kind, payload) in mutations {
            mutate(&mut v, node, kind, payload);
        }
        prop_assert!(same(&v).is_ok(), "{}", same(&v).unwrap_err());
    }
}

/// The other inputs read the same way: `computeDeadline`'s and `holidays`'s requests and the
/// options, from the golden deadline files and hand-made objects, broken once at every node.
#[test]
fn requests_and_options_read_as_serde_decodes_them() {
    use crate::calendar::{DeadlineRequest, HolidaysRequest};
    use crate::export::icalendar::CalendarOptions;
    use crate::{AssessManyOptions, AssessOptions, JurisdictionOptions, JurisdictionsOptions};
    let json = |text: &str| to_value(&serde_json::from_str::<Json>(text).expect("JSON"));
    let mut deadlines = Vec::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/deadlines");
    for file in std::fs::read_dir(&dir).expect("tests/cases/deadlines") {
        let text = std::fs::read_to_string(file.expect("file").path()).expect("case file");
        let case: Json = serde_json::from_str(&text).expect("case JSON");
        deadlines.push(to_value(&case["input"]));
    }
    assert!(deadlines.len() > 20, "{}", deadlines.len());
    deadlines.push(json(
        r#"{"jurisdiction":"ES","from":"2026-11-27","period":{"workingDays":10},"kind":"validity","rule":"national","region":"ES-MD","locale":"de"}"#,
    ));
    let holidays = [json(r#"{"country":"ES","year":2026,"region":"ES-MD"}"#)];
    let options = [
        json(r#"{"locale":"fr"}"#),
        json(r#"{"detail":"summary","locale":"nl"}"#),
        json(r#"{"asOf":"2026-11-27"}"#),
        json(r#"{"caseRef":"A-1","reminderDays":[7,1]}"#),
        json("{}"),
    ];
    let mut compared = 0;
    let mut check = |seed: &Value, f: &dyn Fn(&Value) -> Result<(), String>| {
        f(seed).unwrap_or_else(|e| panic!("{e}"));
        for node in 0..count(seed) {
            for kind in 0..10u8 {
                for payload in 0..13u32 {
                    let mut v = seed.clone();
                    mutate(&mut v, node as u32, kind, payload);
                    f(&v).unwrap_or_else(|e| panic!("{e}"));
                    compared += 1;
                }
            }
        }
    };
    for seed in &deadlines {
        check(seed, &same_as::<DeadlineRequest>);
    }
    for seed in &holidays {
        check(seed, &same_as::<HolidaysRequest>);
    }
    for seed in &options {
        check(seed, &same_as::<AssessOptions>);
        check(seed, &same_as::<AssessManyOptions>);
        check(seed, &same_as::<JurisdictionOptions>);
        check(seed, &same_as::<JurisdictionsOptions>);
        check(seed, &same_as::<CalendarOptions>);
    }
    assert!(compared > 20_000, "{compared}");
}
