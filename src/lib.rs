//! # protection-pathways
//!
//! A rules engine that tells the people who help trafficked persons in Europe which protection
//! and residence channels a person can use, which deadlines apply, and where to refer them.
//! It runs wherever Rust runs; the npm package wraps it as WebAssembly for browsers and Node.
//!
//! This version holds the pipeline's first functions: [`version`], [`jurisdictions`] and
//! [`compute_deadline`] (time limits under Regulation 1182/71). Every result explains itself
//! step by step and cites the provision applied with the status of our reading of it.
//!
//! ## Architecture invariants
//! - The core (everything but `src/wasm/`) knows nothing of JS. The only trace of the JS host
//!   are `cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))` attributes that generate the
//!   TypeScript declarations from these types.
//! - The core never reads a clock. Same input, same output, byte for byte.
//! - Nothing panics on input: every problem is an [`Error`] with a stable code and a path.
//!
//! # Examples
//! ```
//! use protection_pathways::{compute_deadline_value, input::Value};
//!
//! let request = Value::Object(vec![
//!     ("jurisdiction".into(), Value::String("EU".into())),
//!     ("from".into(), Value::String("2026-01-31".into())),
//!     ("period".into(), Value::String("P1M".into())),
//! ]);
//! let deadline = compute_deadline_value(&request).unwrap();
//! // 31 January + 1 month → 28 February 2026, a Saturday → Monday 2 March (art. 3(4)).
//! assert_eq!(deadline.date.to_string(), "2026-03-02");
//! ```

#![warn(missing_docs)]

pub mod calendar;
mod error;
pub mod input;
pub mod law;
pub mod logic;

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

pub use calendar::{compute_deadline, Deadline, DeadlineRequest};
pub use error::{Error, ErrorCode};
pub use law::{Citation, JurisdictionSummary};

/// The engine's version (the crate's) and the version of its rules data.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct VersionInfo {
    /// The engine's semantic version.
    pub engine: String,
    /// The rules data version: the newest verification date, `+`, a hash of the data files.
    pub rules: String,
}

/// The engine and rules versions.
pub fn version() -> VersionInfo {
    VersionInfo {
        engine: env!("CARGO_PKG_VERSION").to_owned(),
        rules: law::RULES_VERSION.to_owned(),
    }
}

/// Options for [`jurisdictions`]. None exist yet; unknown fields are refused so that a caller
/// relying on one learns it is not there.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct JurisdictionsOptions {}

/// The covered jurisdictions with what each covers and when its data was last verified.
///
/// # Errors
/// `Internal` only, if the packed rules data were unreadable.
pub fn jurisdictions(_options: &JurisdictionsOptions) -> Result<Vec<JurisdictionSummary>, Error> {
    Ok(law::profiles()?
        .iter()
        .map(JurisdictionSummary::from)
        .collect())
}

/// [`compute_deadline`] for untyped input (what the JS edge and JSON callers send).
///
/// # Errors
/// See [`compute_deadline`]; plus the input errors of [`input::decode`].
pub fn compute_deadline_value(request: &input::Value) -> Result<Deadline, Error> {
    if !matches!(request, input::Value::Object(_)) {
        return Err(Error::new(
            ErrorCode::WrongType,
            "",
            format!(
                "computeDeadline takes an object such as {{ jurisdiction: \"EU\", from: \"2026-11-27\", period: \"P1M\" }}, not {}",
                request.describe()
            ),
        ));
    }
    compute_deadline(&input::decode(request)?)
}

/// [`jurisdictions`] for untyped options (`undefined`, `null` or an object).
///
/// # Errors
/// Input errors of [`input::decode`].
pub fn jurisdictions_value(options: &input::Value) -> Result<Vec<JurisdictionSummary>, Error> {
    let options = match options {
        input::Value::Undefined | input::Value::Null => JurisdictionsOptions::default(),
        input::Value::Object(_) => input::decode(options)?,
        other => {
            return Err(Error::new(
                ErrorCode::WrongType,
                "",
                format!("the options are an object, not {}", other.describe()),
            ))
        }
    };
    jurisdictions(&options)
}
