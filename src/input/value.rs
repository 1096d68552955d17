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
