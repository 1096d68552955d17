//! Untyped input as it arrives from a caller, and its strict decoding into the engine's types.
//!
//! A host (the JS edge, a test reading a JSON file, a Rust server) first turns what it received
//! into a [`Value`]; the engine reads it into its typed requests and cases with `read`
//! (`FromValue`, no serde visitors: serde's per-type code was too large for the wasm), reporting
//! every problem as an [`Error`] with a stable code and the path of the field. Natively,
//! `decode` does the same through serde for a Rust caller's own types; it is not in the wasm,
//! and `read_tests.rs` holds the two readers to the same answers. Unknown fields are errors, not
//! silently ignored: a misspelt `dateOfBrith` must not become "unknown".

// serde's path over `Value`, for native Rust callers; not in the wasm (see the module doc).
#[cfg(not(target_arch = "wasm32"))]
mod de;
pub mod edit;
pub mod json;
mod path;
pub(crate) mod read;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod read_tests;
mod value;

pub use value::Value;

pub(crate) use path::Path;
pub(crate) use read::{from_value_enum, from_value_struct, read, FromValue};

use crate::error::{Error, ErrorCode};

/// A step of a path while a host reads an input: a field or a list item.
pub(crate) enum Seg {
    Field(String),
    Index(usize),
}

/// `person.citizenships[1]`: the path of the field an error concerns.
pub(crate) fn render(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Field(name) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            Seg::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// How deep an input may nest. Real requests nest a few levels; a cyclic JS object would nest
/// forever, so hosts stop converting here.
pub const MAX_DEPTH: usize = 32;

/// How many values (fields, list items, leaves) one input may hold.
pub const MAX_VALUES: usize = 2_000_000;

/// The longest text accepted in one field, in UTF-16 code units as JS counts them.
pub const MAX_TEXT: usize = 100_000;

/// All the text (values and field names) one input may hold, in UTF-16 code units. Without it,
/// many strings each under [`MAX_TEXT`] could fill gigabytes.
pub const MAX_TOTAL_TEXT: usize = 8_000_000;

/// Decodes `value` into `T`, strictly: wrong types, unknown fields and missing fields are errors.
///
/// # Errors
/// An [`Error`] whose `path` names the first offending field.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode<'de, T: serde::Deserialize<'de>>(value: &'de Value) -> Result<T, Error> {
    T::deserialize(de::ValueDeserializer::root(value)).map_err(|e| e.locate(String::new))
}

/// The error a host reports when an input nests deeper than [`MAX_DEPTH`].
pub fn too_deep(path: &str) -> Error {
    Error::new(
        ErrorCode::InputTooDeep,
        path,
        format!("the input nests more than {MAX_DEPTH} levels deep here (or contains itself)"),
    )
}

/// The error a host reports when an input holds more than [`MAX_VALUES`] values.
pub fn too_large(path: &str) -> Error {
    Error::new(
        ErrorCode::InputTooLarge,
        path,
        format!("the input holds more than {MAX_VALUES} values; split it into smaller calls"),
    )
}

/// The error a host reports when all text together passes [`MAX_TOTAL_TEXT`].
pub fn total_text_too_large(path: &str) -> Error {
    Error::new(
        ErrorCode::InputTooLarge,
        path,
        format!("the input holds more than {MAX_TOTAL_TEXT} characters of text in all; split it into smaller calls"),
    )
}

/// The error a host reports for text longer than [`MAX_TEXT`].
pub fn text_too_long(path: &str) -> Error {
    Error::new(
        ErrorCode::InputTooLarge,
        path,
        format!("this text is longer than {MAX_TEXT} characters"),
    )
}
