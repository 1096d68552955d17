//! [`Fact`]: a yes/no fact that may be unknown.

use std::fmt;

use crate::error::{shorten, Error, ErrorCode};
use crate::input::read::wrong;
use crate::input::{FromValue, Path, Value};
use crate::logic::Truth;

/// A yes/no fact about the person: `true`, `false`, or unknown (absent, `null` or `"unknown"`).
///
/// An explicit `"unknown"` lets a form record that the question was asked and not answered,
/// which for the engine is the same as not asked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Fact(pub Option<bool>);

impl Fact {
    /// What the fact says, in three-valued logic.
    pub fn truth(self) -> Truth {
        Truth::from_option(self.0)
    }

    /// Whether the fact is known.
    pub fn is_known(self) -> bool {
        self.0.is_some()
    }
}

impl<'de> serde::Deserialize<'de> for Fact {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Fact, D::Error> {
        struct FactVisitor;
        impl serde::de::Visitor<'_> for FactVisitor {
            type Value = Fact;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("true, false or \"unknown\"")
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Fact, E> {
                Ok(Fact(Some(v)))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Fact, E> {
                Ok(Fact(None))
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<Fact, E> {
                Ok(Fact(None))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Fact, E> {
                if v == "unknown" {
                    Ok(Fact(None))
                } else {
                    Err(E::invalid_value(serde::de::Unexpected::Str(v), &self))
                }
            }
        }
        deserializer.deserialize_any(FactVisitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Fact {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Fact".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "true, false, or unknown (\"unknown\", null or absent)",
            "oneOf": [{ "type": "boolean" }, { "const": "unknown" }, { "type": "null" }]
        })
    }
}

// The engine's reader (input::read) of a fact: here, so that the input layer knows nothing of
// the case's types.
impl FromValue for Fact {
    fn from_value(value: &Value, at: &Path<'_>) -> Result<Fact, Error> {
        const EXPECTED: &str = "true, false or \"unknown\"";
        match value {
            Value::Bool(b) => Ok(Fact(Some(*b))),
            Value::Undefined | Value::Null => Ok(Fact(None)),
            Value::String(s) if s == "unknown" => Ok(Fact(None)),
            Value::String(s) => Err(Error::new(
                ErrorCode::InvalidValue,
                at.render(),
                format!(
                    "\"{}\" is not accepted here; expected {EXPECTED}",
                    shorten(s)
                ),
            )),
            _ => Err(wrong(value, at, EXPECTED)),
        }
    }
}
