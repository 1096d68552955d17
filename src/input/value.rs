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
            Value::Number(n) => {
                let text = crate::error::number_text(*n);
                // "a number that is not finite" already says what it is.
                if text.starts_with("a ") {
                    text
                } else {
                    format!("the number {text}")
                }
            }
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

/// A value as JSON (`undefined` as `null`; numbers whole): how a case built from other input
/// (`fromHTCDS`) goes back to the caller.
impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Value::Undefined | Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            // Whole numbers only: a case holds no other (ages, years), and formatting any
            // float would cost the wasm 15 KB. Anything else is refused, never rounded.
            #[allow(clippy::cast_possible_truncation)]
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => s.serialize_i64(*n as i64),
            Value::Number(_) => Err(serde::ser::Error::custom("a number that is not whole")),
            Value::String(t) => s.serialize_str(t),
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Value::Object(fields) => {
                let mut map = s.serialize_map(Some(fields.len()))?;
                for (k, v) in fields {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Value;

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn numbers_are_described_once() {
        assert_eq!(Value::Number(5.0).describe(), "the number 5");
        assert_eq!(
            Value::Number(f64::NAN).describe(),
            "a number that is not finite"
        );
        assert_eq!(
            Value::Number(-1e300).describe(),
            "a negative number of more than 15 digits"
        );
    }
}
