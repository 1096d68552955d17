//! Reading a case from a [`Value`] without serde's visitors.
//!
//! serde's derived `Deserialize`, driven through [`super::de`], was monomorphised once per type of
//! the case: 175 functions and ~60 KB of the wasm before wasm-opt, most of the widget's size
//! budget. [`FromValue`] reads the same shape with a handful of shared, non-generic routines
//! (an object's fields, a choice among names, a bounded whole number); the types of the case
//! implement it through the `model!` macro in `crate::case`. It accepts exactly what the serde
//! path accepts, with the same error codes and paths: `read_tests.rs` decodes generated
//! and mutated cases both ways and compares. The serde derive stays for Rust callers.

use super::de::Path;
use super::Value;
use crate::calendar::Date;
use crate::case::Fact;
use crate::error::{number_text, quoted_list, shorten, Error, ErrorCode};

/// A type read from untyped input, strictly (unknown fields and wrong kinds are errors).
pub(crate) trait FromValue: Sized {
    /// Reads `value`, found at `at`.
    ///
    /// # Errors
    /// An [`Error`] with a stable code and the path of the first offending field.
    fn from_value(value: &Value, at: &Path<'_>) -> Result<Self, Error>;
}

/// Reads `value` into `T` from the root of an input.
///
/// # Errors
/// As [`FromValue::from_value`].
pub(crate) fn read<T: FromValue>(value: &Value) -> Result<T, Error> {
    T::from_value(value, &Path::Root)
}

#[cold]
#[inline(never)]
fn wrong(value: &Value, at: &Path<'_>, expected: &str) -> Error {
    Error::new(
        ErrorCode::WrongType,
        at.render(),
        format!("expected {expected}, got {}", value.describe()),
    )
}

/// The fields of an object whose field names are `names` (snake_case, as in Rust; the input
/// spells them in camelCase). `set` is called with each present field's index, value and path;
/// a field set to `undefined` is absent, as in JSON.
///
/// # Errors
/// `wrong_type` for anything but an object, `unknown_field` at the field, `invalid_value` for a
/// field given twice, and whatever `set` returns.
#[inline(never)]
pub(crate) fn fields(
    value: &Value,
    at: &Path<'_>,
    names: &[&str],
    set: &mut dyn FnMut(usize, &Value, &Path<'_>) -> Result<(), Error>,
) -> Result<(), Error> {
    let Value::Object(entries) = value else {
        return Err(wrong(value, at, "an object"));
    };
    let mut seen = vec![false; names.len()];
    for (key, value) in entries {
        if *value == Value::Undefined {
            continue;
        }
        let path = Path::Field(at, key);
        let Some(i) = names.iter().position(|n| camel_eq(key, n)) else {
            return Err(unknown_field(key, names, &path));
        };
        if std::mem::replace(&mut seen[i], true) {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                at.render(),
                format!("the field '{}' is given twice", shorten(key)),
            ));
        }
        set(i, value, &path)?;
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn unknown_field(key: &str, names: &[&str], at: &Path<'_>) -> Error {
    let known: Vec<String> = names.iter().map(|n| camel(n)).collect();
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    Error::new(
        ErrorCode::UnknownField,
        at.render(),
        format!(
            "'{}' is not a known field here; known fields: {}",
            shorten(key),
            quoted_list(&known)
        ),
    )
}

/// The error for a required field that is absent.
#[cold]
#[inline(never)]
pub(crate) fn missing(at: &Path<'_>, name: &str) -> Error {
    let name = camel(name);
    Error::new(
        ErrorCode::MissingField,
        Path::Field(at, &name).render(),
        format!("'{name}' is required"),
    )
}

/// Which of `variants` (UpperCamelCase, as in Rust; the input spells them in kebab-case) the text
/// `value` names.
///
/// # Errors
/// `wrong_type` for anything but text, `unknown_value` for text that names none.
#[inline(never)]
pub(crate) fn variant(value: &Value, at: &Path<'_>, variants: &[&str]) -> Result<usize, Error> {
    let Value::String(text) = value else {
        return Err(wrong(value, at, "text"));
    };
    variants
        .iter()
        .position(|v| kebab_eq(text, v))
        .ok_or_else(|| {
            let known: Vec<String> = variants.iter().map(|v| kebab(v)).collect();
            let known: Vec<&str> = known.iter().map(String::as_str).collect();
            Error::new(
                ErrorCode::UnknownValue,
                at.render(),
                format!(
                    "'{}' is not a known value; use one of: {}",
                    shorten(text),
                    quoted_list(&known)
                ),
            )
        })
}

/// `snake_case` → `camelCase`, as serde's `rename_all = "camelCase"` spells a field.
fn camel(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `UpperCamelCase` → `kebab-case`, as serde's `rename_all = "kebab-case"` spells a variant.
fn kebab(upper_camel: &str) -> String {
    let mut out = String::with_capacity(upper_camel.len() + 4);
    for (i, c) in upper_camel.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether `key` is `snake` spelt in camelCase (without building the string).
fn camel_eq(key: &str, snake: &str) -> bool {
    let mut k = key.bytes();
    let mut s = snake.bytes();
    loop {
        match s.next() {
            None => return k.next().is_none(),
            Some(b'_') => match s.next() {
                Some(c) if k.next() == Some(c.to_ascii_uppercase()) => {}
                _ => return false,
            },
            Some(c) => {
                if k.next() != Some(c) {
                    return false;
                }
            }
        }
    }
}

/// Whether `text` is `upper_camel` spelt in kebab-case.
fn kebab_eq(text: &str, upper_camel: &str) -> bool {
    let mut t = text.bytes();
    for (i, c) in upper_camel.bytes().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 && t.next() != Some(b'-') {
                return false;
            }
            if t.next() != Some(c.to_ascii_lowercase()) {
                return false;
            }
        } else if t.next() != Some(c) {
            return false;
        }
    }
    t.next().is_none()
}

/// A whole number from 0 to `max`.
#[inline(never)]
fn whole(value: &Value, at: &Path<'_>, max: u32) -> Result<u32, Error> {
    match value {
        Value::Number(n) if n.is_finite() && n.fract() == 0.0 => {
            if *n < 0.0 || *n > f64::from(max) {
                Err(Error::new(
                    ErrorCode::OutOfRange,
                    at.render(),
                    format!("{} is outside the accepted range 0–{max}", number_text(*n)),
                ))
            } else {
                // In range and integral, so the cast is exact.
                Ok(*n as u32)
            }
        }
        _ => Err(wrong(value, at, "a whole number")),
    }
}

impl FromValue for u8 {
    fn from_value(value: &Value, at: &Path<'_>) -> Result<u8, Error> {
        // In 0..=255 by the bound.
        whole(value, at, u32::from(u8::MAX)).map(|n| n as u8)
    }
}

impl FromValue for String {
    fn from_value(value: &Value, at: &Path<'_>) -> Result<String, Error> {
        match value {
            Value::String(s) => Ok(s.clone()),
            _ => Err(wrong(value, at, "text")),
        }
    }
}

impl FromValue for Date {
    fn from_value(value: &Value, at: &Path<'_>) -> Result<Date, Error> {
        match value {
            Value::String(s) => {
                Date::parse(s).map_err(|e| Error::new(e.code, at.render(), e.message))
            }
            _ => Err(wrong(value, at, "a date written YYYY-MM-DD")),
        }
    }
}

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

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: &Value, at: &Path<'_>) -> Result<Option<T>, Error> {
        match value {
            Value::Undefined | Value::Null => Ok(None),
            _ => T::from_value(value, at).map(Some),
        }
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    fn from_value(value: &Value, at: &Path<'_>) -> Result<Vec<T>, Error> {
        let Value::Array(items) = value else {
            return Err(wrong(value, at, "a list"));
        };
        items
            .iter()
            .enumerate()
            .map(|(i, item)| T::from_value(item, &Path::Index(at, i)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn spells_names_as_serde_renames_them() {
        for (snake, camel_case) in [
            ("date_of_birth", "dateOfBirth"),
            ("as_of", "asOf"),
            ("min", "min"),
        ] {
            assert_eq!(camel(snake), camel_case);
            assert!(camel_eq(camel_case, snake));
            assert!(!camel_eq(snake, snake) || snake == camel_case, "{snake}");
        }
        for wrong in [
            "dateofbirth",
            "DateOfBirth",
            "dateOfBirt",
            "dateOfBirthX",
            "",
        ] {
            assert!(!camel_eq(wrong, "date_of_birth"), "{wrong}");
        }
        assert_eq!(
            kebab("TransgenderNonConforming"),
            "transgender-non-conforming"
        );
        assert!(kebab_eq("forced-labour", "ForcedLabour"));
        for wrong in [
            "forcedlabour",
            "forced_labour",
            "Forced-labour",
            "forced-labou",
            "-forced-labour",
        ] {
            assert!(!kebab_eq(wrong, "ForcedLabour"), "{wrong}");
        }
    }
}
