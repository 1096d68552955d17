//! Reading a case from a [`Value`] without serde's visitors.
//!
//! serde's derived `Deserialize`, driven through [`super::de`], was monomorphised once per type of
//! the case: 175 functions and ~60 KB of the wasm before wasm-opt, most of the widget's size
//! budget. [`FromValue`] reads the same shape with a handful of shared, non-generic routines
//! (an object's fields, a choice among names, a bounded whole number); the types of the case
//! implement it through the `model!` macro in `crate::case`. It accepts exactly what the serde
//! path accepts, with the same error codes and paths: `read_tests.rs` decodes generated
//! and mutated cases both ways and compares. The serde derive stays for Rust callers.

use super::path::Path;
use super::Value;
use crate::calendar::Date;
use crate::error::{number_text, quoted_list, shorten, Error, ErrorCode};
use crate::i18n::kebab;

/// A type read from untyped input, strictly (unknown fields and wrong kinds are errors).
pub(crate) trait FromValue: Sized {
    /// Reads `value`, found at `at`.
    ///
    /// # Errors
    /// An [`Error`] with a stable code and the path of the first offending field.
    fn from_value(value: &Value, at: &Path<'_>) -> Result<Self, Error>;

    /// The value of field `name` of the object at `at` when the field is absent: an error
    /// (the field is required) unless the type has a meaning for "absent" (`Option`).
    ///
    /// # Errors
    /// `missing_field` at the field.
    fn absent(at: &Path<'_>, name: &str) -> Result<Self, Error> {
        Err(missing(at, name))
    }
}

/// `impl FromValue` for a struct whose fields are listed (snake_case, in declaration order): a
/// field given is read with its type's `FromValue`; unknown fields are refused. What serde's
/// derive with `deny_unknown_fields` accepts, without its visitors.
///
/// `Name { a, b }`: an absent field is read by its type's `absent` (an error unless the type
/// says what absence means, as `Option` and lists do). `default Name { a, b }`: an absent field
/// keeps the struct's `Default` (serde's container `default`), and so does the struct itself
/// where it is absent.
macro_rules! from_value_struct {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl $crate::input::FromValue for $name {
            fn from_value(
                value: &$crate::input::Value,
                at: &$crate::input::Path<'_>,
            ) -> Result<Self, $crate::Error> {
                $(let mut $field = None;)*
                $crate::input::read::fields(value, at, &[$(stringify!($field)),*], &mut |_i, _v, _at| {
                    let mut _n = 0;
                    $(
                        if _i == _n {
                            $field = Some($crate::input::FromValue::from_value(_v, _at)?);
                        }
                        _n += 1;
                    )*
                    Ok(())
                })?;
                Ok($name {
                    $($field: match $field {
                        Some(v) => v,
                        None => $crate::input::FromValue::absent(at, stringify!($field))?,
                    },)*
                })
            }
        }
    };
    (default $name:ident { $($field:ident),* $(,)? }) => {
        impl $crate::input::FromValue for $name {
            fn from_value(
                value: &$crate::input::Value,
                at: &$crate::input::Path<'_>,
            ) -> Result<Self, $crate::Error> {
                // Straight into the defaults (less code than through `Option`s).
                let mut out = Self::default();
                $crate::input::read::fields(value, at, &[$(stringify!($field)),*], &mut |_i, _v, _at| {
                    let mut _n = 0;
                    $(
                        if _i == _n {
                            out.$field = $crate::input::FromValue::from_value(_v, _at)?;
                        }
                        _n += 1;
                    )*
                    Ok(())
                })?;
                Ok(out)
            }

            fn absent(_: &$crate::input::Path<'_>, _: &str) -> Result<Self, $crate::Error> {
                Ok(Self::default())
            }
        }
    };
}
pub(crate) use from_value_struct;

/// `impl FromValue` for a fieldless enum whose variants are listed (spelt in kebab-case in the
/// input, as serde's `rename_all = "kebab-case"` does).
macro_rules! from_value_enum {
    ($name:ident { $($variant:ident),* $(,)? }) => {
        impl $crate::input::FromValue for $name {
            fn from_value(
                value: &$crate::input::Value,
                at: &$crate::input::Path<'_>,
            ) -> Result<Self, $crate::Error> {
                const ALL: &[$name] = &[$($name::$variant),*];
                let i = $crate::input::read::variant(value, at, &[$(stringify!($variant)),*])?;
                // `variant` returns an index into the same list.
                Ok(ALL[i])
            }
        }
    };
}
pub(crate) use from_value_enum;

/// Reads `value` into `T` from the root of an input.
///
/// # Errors
/// As [`FromValue::from_value`].
pub(crate) fn read<T: FromValue>(value: &Value) -> Result<T, Error> {
    T::from_value(value, &Path::Root)
}

#[cold]
#[inline(never)]
pub(crate) fn wrong(value: &Value, at: &Path<'_>, expected: &str) -> Error {
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
    let known = || {
        // As serde's `rename_all = "kebab-case"` spells a variant.
        let names: Vec<String> = variants.iter().map(|v| kebab(v)).collect();
        quoted_list(&names.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let Value::String(text) = value else {
        return Err(wrong(value, at, &format!("one of: {}", known())));
    };
    variants
        .iter()
        .position(|v| kebab_eq(text, v))
        .ok_or_else(|| {
            Error::new(
                ErrorCode::UnknownValue,
                at.render(),
                format!(
                    "'{}' is not a known value; use one of: {}",
                    shorten(text),
                    known()
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

/// A whole number from `min` to `max`.
#[inline(never)]
pub(crate) fn whole(value: &Value, at: &Path<'_>, min: f64, max: f64) -> Result<f64, Error> {
    match value {
        Value::Number(n) if n.is_finite() && n.fract() == 0.0 => {
            if *n < min || *n > max {
                Err(Error::new(
                    ErrorCode::OutOfRange,
                    at.render(),
                    format!(
                        "{} is outside the accepted range {}–{}",
                        number_text(*n),
                        number_text(min),
                        number_text(max)
                    ),
                ))
            } else {
                Ok(*n)
            }
        }
        _ => Err(wrong(value, at, "a whole number")),
    }
}

macro_rules! whole_numbers {
    ($($ty:ty),*) => {$(
        impl FromValue for $ty {
            fn from_value(value: &Value, at: &Path<'_>) -> Result<$ty, Error> {
                // In range and integral, so the cast is exact.
                whole(value, at, f64::from(<$ty>::MIN), f64::from(<$ty>::MAX)).map(|n| n as $ty)
            }
        }
    )*};
}
whole_numbers!(u8, u16, i16);

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

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: &Value, at: &Path<'_>) -> Result<Option<T>, Error> {
        match value {
            Value::Undefined | Value::Null => Ok(None),
            _ => T::from_value(value, at).map(Some),
        }
    }

    fn absent(_: &Path<'_>, _: &str) -> Result<Option<T>, Error> {
        Ok(None)
    }
}

impl FromValue for crate::calendar::Period {
    fn from_value(value: &Value, at: &Path<'_>) -> Result<Self, Error> {
        use crate::calendar::Period;
        let coded = |code, message: &str| Error::new(code, at.render(), message);
        match value {
            Value::String(s) => Period::parse_iso(s).map_err(|e| coded(e.code, &e.message)),
            Value::Object(_) => {
                let mut amount: Option<f64> = None;
                fields(value, at, &["working_days"], &mut |_, v, at| {
                    match v {
                        Value::Number(n) if n.is_finite() => amount = Some(*n),
                        _ => return Err(wrong(v, at, "a number")),
                    }
                    Ok(())
                })?;
                let Some(amount) = amount else {
                    return Err(missing(at, "working_days"));
                };
                Period::working_days(amount).map_err(|e| coded(e.code, &e.message))
            }
            _ => Err(wrong(
                value,
                at,
                "a period such as \"P30D\", \"P1M\" or { workingDays: 10 }",
            )),
        }
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    /// An absent list is empty (every list of the inputs is optional).
    fn absent(_: &Path<'_>, _: &str) -> Result<Vec<T>, Error> {
        Ok(Vec::new())
    }

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

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn a_choice_given_as_another_kind_lists_the_choices() {
        let person = Value::Object(vec![("gender".into(), Value::Number(1.0))]);
        let case = Value::Object(vec![
            ("jurisdiction".into(), Value::String("AT".into())),
            ("person".into(), person),
        ]);
        let e = read::<crate::case::Case>(&case).expect_err("a number is not a gender");
        assert_eq!(
            (e.code(), e.path()),
            (ErrorCode::WrongType, "person.gender")
        );
        assert!(
            e.message()
                .contains("'male', 'female', 'transgender-non-conforming', 'unknown'")
                && e.message().ends_with("got the number 1"),
            "{}",
            e.message()
        );
    }
}
