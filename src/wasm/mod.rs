//! The JS boundary: the only module that knows JS. It converts and forwards; it decides nothing.
//!
//! Inputs arrive as `JsValue`, become an [`input::Value`](crate::input::Value) (with depth, size
//! and text-length limits, so a cyclic or huge object is an error, not a crash), and go to the
//! core. Results go back as plain JSON-compatible objects; errors are thrown as JS `Error`
//! objects carrying `code` and `path`.

mod convert;

use wasm_bindgen::prelude::*;

use crate::error::Error;

/// Turns a core error into a thrown JS `Error` with `code` and `path` properties.
fn to_js_error(error: &Error) -> JsValue {
    let js = js_sys::Error::new(error.message());
    js.set_name("ProtectionPathwaysError");
    // Setting a property on a fresh Error object cannot fail; if it somehow did, the message
    // still reaches the caller.
    let _ = js_sys::Reflect::set(&js, &"code".into(), &error.code().as_str().into());
    let _ = js_sys::Reflect::set(&js, &"path".into(), &error.path().into());
    js.into()
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).map_err(|e| {
        to_js_error(&Error::new(
            crate::ErrorCode::Internal,
            "",
            format!("the result could not be converted: {e}"),
        ))
    })
}

/// The engine version and the rules data version.
#[wasm_bindgen(js_name = version, unchecked_return_type = "VersionInfo")]
pub fn version() -> Result<JsValue, JsValue> {
    to_js(&crate::version())
}

/// The covered jurisdictions with their coverage and the date their data was last verified.
///
/// Throws a `ProtectionPathwaysError` (with `code` and `path`) for bad options.
#[wasm_bindgen(js_name = jurisdictions, unchecked_return_type = "JurisdictionSummary[]")]
pub fn jurisdictions(
    #[wasm_bindgen(unchecked_optional_param_type = "JurisdictionsOptions")] options: Option<
        JsValue,
    >,
) -> Result<JsValue, JsValue> {
    let options =
        convert::to_value(&options.unwrap_or(JsValue::UNDEFINED)).map_err(|e| to_js_error(&e))?;
    let list = crate::jurisdictions_value(&options).map_err(|e| to_js_error(&e))?;
    to_js(&list)
}

/// One time limit with its explanation, citation and assumptions.
///
/// Throws a `ProtectionPathwaysError` (with `code` and `path`) for bad input or what this
/// version cannot compute yet.
#[wasm_bindgen(js_name = computeDeadline, unchecked_return_type = "Deadline")]
pub fn compute_deadline(
    #[wasm_bindgen(unchecked_param_type = "DeadlineRequest")] request: JsValue,
) -> Result<JsValue, JsValue> {
    let request = convert::to_value(&request).map_err(|e| to_js_error(&e))?;
    let deadline = crate::compute_deadline_value(&request).map_err(|e| to_js_error(&e))?;
    to_js(&deadline)
}

/// The stable error codes, for callers that want to branch on them.
#[wasm_bindgen(js_name = errorCodes, unchecked_return_type = "string[]")]
pub fn error_codes() -> Result<JsValue, JsValue> {
    let codes: Vec<&str> = crate::ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    to_js(&codes)
}
