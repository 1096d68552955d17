//! JSON (serde_json's, as the test files hold it) to the engine's untyped [`Value`]: the one
//! copy the native tests share.

use protection_pathways::input::Value;
use serde_json::Value as Json;

/// `json` as the engine's untyped input (a number that is not finite becomes NaN).
pub fn to_value(json: &Json) -> Value {
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

/// JSON text as the engine's untyped input.
pub fn parse(text: &str) -> Value {
    to_value(&serde_json::from_str(text).expect("test JSON"))
}
