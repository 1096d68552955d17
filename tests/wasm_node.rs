//! The wasm suite in Node (`cargo test --target wasm32-unknown-unknown`, see the Makefile).
#![cfg(target_arch = "wasm32")]

#[path = "support/wasm_suite.rs"]
mod wasm_suite;
