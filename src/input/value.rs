//! [`Value`]: a JSON-like tree with JS's `undefined`, built by hosts from what callers pass.

/// An untyped input value.
///
/// `Undefined` exists because JS distinguishes it from `null`: a field set to `undefined` is
/// treated as absent, exactly as `JSON.stringify` would drop it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// JS `undefined`: the same as an absent field.
    Undefined,
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Any number (JS numbers are IEEE doubles; NaN and infinities may arrive).
    Number(f64),
    /// Text.
    String(String),
    /// A list.
    Array(Vec<Value>),
    /// An object, its fields in the caller's order.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// A short description of what the value is, for error messages ("the number 5").
    pub fn describe(&self) -> String {
        match self {
            Value::Undefined => "nothing (undefined)".to_owned(),
            Value::Null => "null".to_owned(),
            Value::Bool(b) => format!("{b}"),
            Value::Number(n) => format!("the number {}", crate::error::number_text(*n)),
            Value::String(s) => format!("the text \"{}\"", crate::error::shorten(s)),
            Value::Array(_) => "a list".to_owned(),
            Value::Object(_) => "an object".to_owned(),
        }
    }

    /// The value of field `name` if this is an object that has it.
    pub fn get(&self, name: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }
}
