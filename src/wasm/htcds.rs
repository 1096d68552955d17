//! The HTCDS module's one binding, `fromHTCDS` (built with `--features htcds-module`).

use wasm_bindgen::prelude::*;

use super::{convert, to_js, to_js_error};

#[wasm_bindgen(typescript_custom_section)]
const TS_HTCDS: &str = r#"
/** One HTCDS 2.0 record: field names (`prs_Birthdate`, `vic_TypeOfExploitation`, any case, with
 * or without `__c`) to values; a multi-select as a list or text joined by `;`. */
export type HtcdsRecord = {
    [field: string]: string | string[] | number | boolean | null | undefined | HtcdsEvent[];
    /** Historic Trafficking Events, each an object of `hte_` fields. */
    historicTraffickingEvents?: HtcdsEvent[];
};
/** One Historic Trafficking Event: `hte_Type`, `hte_Country`, `hte_Date`, … */
export type HtcdsEvent = { [field: string]: string | number | null | undefined };
"#;

/// One HTCDS 2.0 record (`prs_`, `vic_`, `hte_`, `cas_` fields) as a case for
/// `{ jurisdiction, region?, asOf? }`: `{ case, used, ignored, unknown }`. Nothing is guessed: a
/// fact the record does not settle stays unknown and is listed in `unknown`.
///
/// Throws a `ProtectionPathwaysError` whose `path` is the HTCDS field for a value outside the
/// standard's value sets or an impossible date.
#[wasm_bindgen(js_name = fromHTCDS, unchecked_return_type = "HtcdsImport")]
pub fn from_htcds(
    #[wasm_bindgen(unchecked_param_type = "HtcdsRecord")] record: JsValue,
    #[wasm_bindgen(unchecked_param_type = "HtcdsOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let record = convert::to_value(&record).map_err(|e| to_js_error(&e))?;
    let options = convert::to_value(&options).map_err(|e| to_js_error(&e))?;
    let read = crate::from_htcds_value(&record, &options).map_err(|e| to_js_error(&e))?;
    to_js(&read)
}

/// The JSON Schema of an HTCDS 2.0 record as `fromHTCDS` reads it.
#[wasm_bindgen(js_name = htcdsSchema)]
pub fn htcds_schema() -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&crate::case::htcds::htcds_schema()).map_err(|_| {
        to_js_error(&crate::Error::new(
            crate::ErrorCode::Internal,
            "",
            "the HTCDS schema is not JSON",
        ))
    })
}
