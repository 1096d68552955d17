//! The crate's one error type: a stable machine-readable [`ErrorCode`], the `path` of the
//! offending field, and a message a case worker can act on.
//!
//! Library code returns [`Error`]; the JS edge (`src/wasm/`) turns it into a thrown JS `Error`
//! with `code` and `path` properties. Nothing here knows about JS.

use std::fmt;

/// A stable error code. The string form ([`ErrorCode::as_str`]) is part of the public API:
/// callers branch on it, so a code is never renamed, only added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// A field holds a value of the wrong kind (a number where text was expected, …).
    WrongType,
    /// A required field is absent.
    MissingField,
    /// A field that the API does not know (often a typo of a known one).
    UnknownField,
    /// A value outside a fixed list (e.g. `kind: "deadline"`).
    UnknownValue,
    /// A value of the right type that is not acceptable for another reason.
    InvalidValue,
    /// A date that is not written `YYYY-MM-DD` or does not exist (`2026-02-30`).
    InvalidDate,
    /// A period that is not an ISO 8601 duration this engine counts (`P-1D`, `P1.5M`, `PT5H`).
    InvalidPeriod,
    /// A region that is not an ISO 3166-2 subdivision code.
    InvalidRegion,
    /// A well-formed value outside the range the engine supports (a year 3000 date, `P99999Y`).
    OutOfRange,
    /// A jurisdiction code with no profile.
    UnknownJurisdiction,
    /// A well-formed request that this version cannot answer yet (it says what instead).
    NotSupported,
    /// The input nests deeper than the engine reads (or refers to itself).
    InputTooDeep,
    /// The input is larger than the engine reads.
    InputTooLarge,
    /// The law or locale pack a call needs has not been loaded (the message names the call).
    PackNotLoaded,
    /// Bytes given as a pack are not a whole, unaltered pack this engine knows.
    PackInvalid,
    /// A pack made for another version of the engine.
    PackVersion,
    /// A defect in the engine itself, never in the caller's input.
    Internal,
}

impl ErrorCode {
    /// The stable `snake_case` name of the code.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::WrongType => "wrong_type",
            ErrorCode::MissingField => "missing_field",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::UnknownValue => "unknown_value",
            ErrorCode::InvalidValue => "invalid_value",
            ErrorCode::InvalidDate => "invalid_date",
            ErrorCode::InvalidPeriod => "invalid_period",
            ErrorCode::InvalidRegion => "invalid_region",
            ErrorCode::OutOfRange => "out_of_range",
            ErrorCode::UnknownJurisdiction => "unknown_jurisdiction",
            ErrorCode::NotSupported => "not_supported",
            ErrorCode::InputTooDeep => "input_too_deep",
            ErrorCode::InputTooLarge => "input_too_large",
            ErrorCode::PackNotLoaded => "pack_not_loaded",
            ErrorCode::PackInvalid => "pack_invalid",
            ErrorCode::PackVersion => "pack_version",
            ErrorCode::Internal => "internal",
        }
    }

    /// Every code, for documentation and exhaustive tests.
    pub const ALL: [ErrorCode; 17] = [
        ErrorCode::WrongType,
        ErrorCode::MissingField,
        ErrorCode::UnknownField,
        ErrorCode::UnknownValue,
        ErrorCode::InvalidValue,
        ErrorCode::InvalidDate,
        ErrorCode::InvalidPeriod,
        ErrorCode::InvalidRegion,
        ErrorCode::OutOfRange,
        ErrorCode::UnknownJurisdiction,
        ErrorCode::NotSupported,
        ErrorCode::InputTooDeep,
        ErrorCode::InputTooLarge,
        ErrorCode::PackNotLoaded,
        ErrorCode::PackInvalid,
        ErrorCode::PackVersion,
        ErrorCode::Internal,
    ];

    fn from_str(s: &str) -> Option<ErrorCode> {
        ErrorCode::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error with a stable code, the path of the field it concerns and a plain message.
///
/// The path uses dots for fields and brackets for list items (`person.citizenships[1]`); it is
/// empty when the error concerns the input as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    code: ErrorCode,
    path: String,
    message: String,
    /// Set once the decoder has attached the path, so that outer levels do not overwrite it.
    located: bool,
}

impl Error {
    /// An error about the field at `path`.
    pub fn new(code: ErrorCode, path: impl Into<String>, message: impl Into<String>) -> Error {
        Error {
            code,
            path: path.into(),
            message: message.into(),
            located: true,
        }
    }

    /// An error whose path the input decoder fills in.
    pub(crate) fn unlocated(code: ErrorCode, message: impl Into<String>) -> Error {
        Error {
            code,
            path: String::new(),
            message: message.into(),
            located: false,
        }
    }

    /// The stable code.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The path of the offending field (`""` for the input as a whole).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The message for a person.
    pub fn message(&self) -> &str {
        &self.message
    }

    // The serde path (`input::de`) locates its errors level by level; it is native only.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn is_located(&self) -> bool {
        self.located
    }

    /// Attaches `path` unless a deeper level already did.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn locate(mut self, path: impl FnOnce() -> String) -> Error {
        if !self.located {
            self.path = path();
            self.located = true;
        }
        self
    }

    /// Whether the error is about the caller's input rather than a defect of the engine.
    pub fn is_input(&self) -> bool {
        self.code != ErrorCode::Internal
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{} ({})", self.message, self.code)
        } else {
            write!(f, "{}: {} ({})", self.path, self.message, self.code)
        }
    }
}

impl std::error::Error for Error {}

/// A coded message that survives serde's `de::Error::custom`, which carries only text.
///
/// Leaf types (dates, periods) are decoded inside serde visitors, where the only way to report
/// a failure is `E::custom(impl Display)`. We want a specific code (`invalid_date`), not a
/// generic one, so the message is prefixed with a marker and the code; the input decoder's
/// `custom` reads it back. Any other deserializer would show the marker, but the crate only
/// decodes input through its own.
pub(crate) struct Coded<'a> {
    pub code: ErrorCode,
    pub message: &'a str,
}

const MARK: char = '\u{1}';

impl fmt::Display for Coded<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{MARK}{}{MARK}{}", self.code.as_str(), self.message)
    }
}

impl serde::de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        let text = msg.to_string();
        if let Some(rest) = text.strip_prefix(MARK) {
            if let Some((code, message)) = rest.split_once(MARK) {
                if let Some(code) = ErrorCode::from_str(code) {
                    return Error::unlocated(code, message);
                }
            }
        }
        Error::unlocated(ErrorCode::InvalidValue, text)
    }

    fn invalid_type(
        unexpected: serde::de::Unexpected<'_>,
        expected: &dyn serde::de::Expected,
    ) -> Error {
        // Reached when a type reads any value (`deserialize_any`, e.g. a period, which may be
        // text or an object) and gets a kind it cannot use.
        let got = unexpected_text(unexpected, true);
        Error::unlocated(
            ErrorCode::WrongType,
            format!("expected {expected}, got {got}"),
        )
    }

    fn invalid_value(
        unexpected: serde::de::Unexpected<'_>,
        expected: &dyn serde::de::Expected,
    ) -> Error {
        let got = unexpected_text(unexpected, false);
        Error::unlocated(
            ErrorCode::InvalidValue,
            format!("{got} is not accepted here; expected {expected}"),
        )
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Error {
        Error::unlocated(
            ErrorCode::UnknownValue,
            format!(
                "'{}' is not a known value; use one of: {}",
                shorten(variant),
                quoted_list(expected)
            ),
        )
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Error {
        Error::unlocated(
            ErrorCode::UnknownField,
            format!(
                "'{}' is not a known field here; known fields: {}",
                shorten(field),
                quoted_list(expected)
            ),
        )
    }

    fn missing_field(field: &'static str) -> Error {
        // The decoder adds the field name to the path (see `input::de`).
        Error {
            code: ErrorCode::MissingField,
            path: field.to_owned(),
            message: format!("'{field}' is required"),
            located: false,
        }
    }
}

/// What a caller sent, in words; `kind` names the kind ("the text \"x\"") where an invalid
/// type is reported, a bare value (`"x"`) where an invalid value is. Every variant is spelled
/// out so serde's `Display`, and the float formatter with it, stays out of the wasm.
fn unexpected_text(unexpected: serde::de::Unexpected<'_>, kind: bool) -> String {
    use serde::de::Unexpected as U;
    let prefix = |what: &str| {
        if kind {
            format!("{what} ")
        } else {
            String::new()
        }
    };
    match unexpected {
        U::Bool(b) => format!("{b}"),
        U::Unsigned(n) => format!("{}{n}", prefix("the number")),
        U::Signed(n) => format!("{}{n}", prefix("the number")),
        U::Float(n) => {
            let text = number_text(n);
            if text.starts_with("a ") {
                text
            } else {
                format!("{}{text}", prefix("the number"))
            }
        }
        U::Char(c) => format!("{}\"{}\"", prefix("the text"), shorten(&c.to_string())),
        U::Str(s) => format!("{}\"{}\"", prefix("the text"), shorten(s)),
        U::Bytes(_) => "bytes".to_owned(),
        U::Unit | U::Option => "null".to_owned(),
        U::Seq => "a list".to_owned(),
        U::Map => "an object".to_owned(),
        U::NewtypeStruct | U::Enum => "a value of another kind".to_owned(),
        U::UnitVariant | U::NewtypeVariant | U::TupleVariant | U::StructVariant => {
            "a choice".to_owned()
        }
        U::Other(other) => other.to_owned(),
    }
}

/// A number from the caller in words, without the float formatter (whose code is 17 KB of the
/// wasm): whole numbers as they are, others to at most six decimals, with "about" where the
/// rounding hides a difference (so "120.0000001" never reads as the bound 120).
pub(crate) fn number_text(n: f64) -> String {
    if !n.is_finite() {
        return "a number that is not finite".to_owned();
    }
    let a = n.abs();
    // 2^53: above it not every whole number is a double.
    if a >= 9_007_199_254_740_992.0 {
        let sign = if n < 0.0 { "a negative" } else { "a" };
        return format!("{sign} number of more than 15 digits");
    }
    let whole = a.trunc();
    let mut frac = ((a - whole) * 1e6).round() as u64;
    // `whole` is below 2^53, so this conversion is exact.
    let mut whole = whole as u64;
    if frac == 1_000_000 {
        whole += 1;
        frac = 0;
    }
    let exact = (whole as f64 + frac as f64 / 1e6) == a;
    let sign = if n < 0.0 && (whole > 0 || frac > 0) {
        "-"
    } else {
        ""
    };
    let about = if exact { "" } else { "about " };
    if frac == 0 {
        return format!("{about}{sign}{whole}");
    }
    let digits = format!("{frac:06}");
    format!("{about}{sign}{whole}.{}", digits.trim_end_matches('0'))
}

/// Cuts untrusted text to a length that fits in a message.
pub(crate) fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    let mut chars = s.chars();
    let head: String = chars.by_ref().take(MAX).collect();
    // Control and bidirectional-override characters are shown escaped, so an error message
    // can never reorder or hide the text around it.
    let head: String = head
        .chars()
        .flat_map(|c| {
            if c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
                c.escape_unicode().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

pub(crate) fn quoted_list(items: &[&str]) -> String {
    if items.is_empty() {
        return "none".to_owned();
    }
    items
        .iter()
        .map(|i| format!("'{i}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::Error as _;

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn codes_are_unique_and_round_trip() {
        for code in ErrorCode::ALL {
            assert_eq!(ErrorCode::from_str(code.as_str()), Some(code));
        }
        let mut names: Vec<_> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        crate::sort::sort(&mut names);
        names.dedup();
        assert_eq!(names.len(), ErrorCode::ALL.len());
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn coded_custom_messages_keep_their_code() {
        let e = Error::custom(Coded {
            code: ErrorCode::InvalidDate,
            message: "no such day",
        });
        assert_eq!(e.code(), ErrorCode::InvalidDate);
        assert_eq!(e.message(), "no such day");
        let plain = Error::custom("something else");
        assert_eq!(plain.code(), ErrorCode::InvalidValue);
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn untrusted_text_is_shortened_and_defused() {
        assert_eq!(shorten("abc"), "abc");
        assert!(shorten(&"x".repeat(100)).ends_with('…'));
        assert!(!shorten("a\u{202e}b").contains('\u{202e}'));
    }
}
