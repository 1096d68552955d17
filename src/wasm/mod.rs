//! The JS boundary: the only module that knows JS. It converts and forwards; it decides nothing.
//!
//! Inputs arrive as `JsValue`, become an [`input::Value`](crate::input::Value) (with depth, size
//! and text-length limits, so a cyclic or huge object is an error, not a crash), and go to the
//! core. Results go back as plain JSON-compatible objects; errors are thrown as JS `Error`
//! objects carrying `code` and `path`.

mod convert;
// The engine's module: everything but fromHTCDS.
#[cfg(not(feature = "htcds-module"))]
mod engine;
#[cfg(not(feature = "htcds-module"))]
pub use engine::*;
#[cfg(not(feature = "htcds-module"))]
pub mod widget;
// The HTCDS module (`--features htcds-module`): fromHTCDS alone, a wasm of its own that only a
// page reading HTCDS exports downloads (the engine's is at its size budget, DESIGN.md).
#[cfg(feature = "htcds-module")]
mod htcds;

use wasm_bindgen::prelude::*;

use crate::error::Error;

// The case's types are in both modules' declarations (the HTCDS module returns a case).
#[wasm_bindgen(typescript_custom_section)]
const TS_FACT: &str = r#"
/** A yes/no fact that may be unknown: true, false, or unknown ("unknown", null or absent). */
export type Fact = boolean | "unknown" | null;
"#;

/// Turns a core error into a thrown JS `Error` with `code` and `path` properties.
pub(crate) fn to_js_error(error: &Error) -> JsValue {
    let js = js_sys::Error::new(error.message());
    js.set_name("ProtectionPathwaysError");
    // Setting a property on a fresh Error object cannot fail; if it somehow did, the message
    // still reaches the caller.
    let _ = js_sys::Reflect::set(&js, &"code".into(), &error.code().as_str().into());
    let _ = js_sys::Reflect::set(&js, &"path".into(), &error.path().into());
    js.into()
}

pub(crate) fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    // One JSON text and one JSON.parse: V8 builds the objects far faster than one boundary
    // call per string and field would (serde-wasm-bindgen). The output is plain JSON anyway.
    let internal = |what: String| to_js_error(&Error::new(crate::ErrorCode::Internal, "", what));
    let text = serde_json::to_string(value)
        .map_err(|e| internal(format!("the result could not be converted: {e}")))?;
    js_sys::JSON::parse(&text).map_err(|_| internal("the result could not be read back".to_owned()))
}
