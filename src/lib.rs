//! # protection-pathways
//!
//! A rules engine that tells the people who help trafficked persons in Europe which protection
//! and residence channels a person can use, which deadlines apply, and where to refer them.
//! It runs wherever Rust runs; the npm package wraps it as WebAssembly for browsers and Node.
//!
//! The entry points are the functions the JS API calls, each taking untyped input (what JS and
//! JSON callers send) and reading it strictly: [`assess_value`] (one case: pathways, timeline,
//! guidance, questions), [`assess_many_value`], [`compute_deadline_value`], [`holidays_value`],
//! [`to_icalendar_value`], [`summary_value`], [`jurisdictions_value`], [`jurisdiction_value`],
//! [`packs_for_value`], [`case_schema`] and [`version`]; Rust callers can use the typed
//! [`assess()`] and [`compute_deadline`]. Every result explains itself step by step and cites the
//! provisions applied with the status of our reading of each. The law and the words are packs
//! ([`pack`]); native builds carry them all, the wasm loads those a page needs.
//!
//! The architecture and its invariants, each with the test that holds it: `ARCHITECTURE.md`.
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
// A function over clippy.toml's threshold says why above its `allow` (STYLE: split what needs
// a table of contents).
#![warn(clippy::too_many_lines)]

pub mod assess;
pub mod calendar;
pub mod case;
mod error;
pub mod export;
pub mod i18n;
pub mod input;
pub mod law;
pub mod logic;
pub mod pack;
mod sort;

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

mod api;

pub use api::*;
pub use assess::{assess, Assessment};
pub use calendar::{compute_deadline, Deadline, DeadlineRequest};
pub use case::Case;
pub use error::{Error, ErrorCode};
pub use law::{Citation, JurisdictionSummary};
