//! The same wasm suite in headless Chromium (Debian's chromium and chromium-driver).
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/wasm_suite.rs"]
mod wasm_suite;
