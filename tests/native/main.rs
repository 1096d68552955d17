//! The pure-Rust integration tests, in one binary with a module per theme (ripgrep's layout):
//! one link of the crate instead of one per file. The tests that need Python (the oracles in
//! `tests/holidays_oracle.rs`, `tests/icalendar.rs`, `tests/i18n.rs`) or a feature
//! (`tests/schema.rs`), and the wasm suites, are binaries of their own.
//!
//! A regression test is named after what broke, and its comment says where it was found.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../support/cases.rs"]
mod cases;
#[path = "../support/json.rs"]
mod json;

mod architecture;
mod assess_properties;
mod conformance;
mod errors_lead_on;
mod htcds;
mod packs;
mod parties;
mod properties;
mod summary;
