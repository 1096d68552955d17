//! The engine's bindings: assess, deadlines, calendars, summaries, profiles, packs.

use wasm_bindgen::prelude::*;

use super::{convert, to_js, to_js_error};

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

/// One year's public holidays of a country or region, with the days some counting rules also
/// treat as non-working, and whether the year is complete.
#[wasm_bindgen(js_name = holidays, unchecked_return_type = "HolidayList")]
pub fn holidays(
    #[wasm_bindgen(unchecked_param_type = "HolidaysRequest")] request: JsValue,
) -> Result<JsValue, JsValue> {
    let request = convert::to_value(&request).map_err(|e| to_js_error(&e))?;
    let list = crate::holidays_value(&request).map_err(|e| to_js_error(&e))?;
    to_js(&list)
}

/// The timeline of an assessment as an RFC 5545 calendar (text/calendar): all-day events,
/// reminders before act-by dates, stable UIDs.
#[wasm_bindgen(js_name = toICalendar)]
pub fn to_icalendar(
    #[wasm_bindgen(unchecked_param_type = "Assessment")] assessment: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CalendarOptions | undefined")] options: Option<JsValue>,
) -> Result<String, JsValue> {
    let assessment = convert::to_value(&assessment).map_err(|e| to_js_error(&e))?;
    let options =
        convert::to_value(&options.unwrap_or(JsValue::UNDEFINED)).map_err(|e| to_js_error(&e))?;
    crate::to_icalendar_value(&assessment, &options).map_err(|e| to_js_error(&e))
}

/// A printable summary of a case's assessment in the chosen locale: `{ locale, html, text }`,
/// the HTML a `<section>` with every text escaped.
#[wasm_bindgen(js_name = summary, unchecked_return_type = "Summary")]
pub fn summary(
    #[wasm_bindgen(unchecked_param_type = "Case")] case: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AssessOptions | undefined")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let case = convert::to_value(&case).map_err(|e| to_js_error(&e))?;
    let options =
        convert::to_value(&options.unwrap_or(JsValue::UNDEFINED)).map_err(|e| to_js_error(&e))?;
    let s = crate::summary_value(&case, &options).map_err(|e| to_js_error(&e))?;
    to_js(&s)
}

/// The stable error codes, for callers that want to branch on them.
#[wasm_bindgen(js_name = errorCodes, unchecked_return_type = "string[]")]
pub fn error_codes() -> Result<JsValue, JsValue> {
    let codes: Vec<&str> = crate::ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    to_js(&codes)
}

/// Today's date in the page's time zone, `YYYY-MM-DD`: the JS API's default for `asOf`. This is
/// the only place that reads a clock, and it is the edge, not the core.
pub(super) fn local_today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// A case with `asOf` filled in from the local date when the caller left it out.
fn with_as_of(case: crate::input::Value) -> crate::input::Value {
    use crate::input::Value;
    match case {
        Value::Object(mut fields) => {
            let given = fields
                .iter()
                .any(|(k, v)| k == "asOf" && !matches!(v, Value::Undefined | Value::Null));
            if !given {
                fields.retain(|(k, _)| k != "asOf");
                fields.push(("asOf".to_owned(), Value::String(local_today())));
            }
            Value::Object(fields)
        }
        other => other,
    }
}

/// The full assessment of one case: pathways with states, reasons and citations, facts to
/// establish, warnings and assumptions. `asOf` defaults to today's local date.
///
/// Throws a `ProtectionPathwaysError` (with `code` and `path`) for an invalid case.
#[wasm_bindgen(js_name = assess, unchecked_return_type = "Assessment")]
pub fn assess(
    #[wasm_bindgen(unchecked_param_type = "Case")] case: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AssessOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let case = convert::to_value(&case).map_err(|e| to_js_error(&e))?;
    assessed(case, options)
}

/// A caseload in one call: one item per case, `{ assessment }` (or `{ pathways }` with
/// `detail: "summary"`), or `{ error }` for an invalid case, which never sinks the batch.
#[wasm_bindgen(js_name = assessMany, unchecked_return_type = "BatchItem[]")]
pub fn assess_many(
    #[wasm_bindgen(unchecked_param_type = "Case[]")] cases: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AssessManyOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let cases = convert::to_value(&cases).map_err(|e| to_js_error(&e))?;
    caseload(cases, options)
}

/// One case, its `asOf` defaulted to today's local date, assessed at the options' detail.
fn assessed(case: crate::input::Value, options: Option<JsValue>) -> Result<JsValue, JsValue> {
    let options =
        convert::to_value(&options.unwrap_or(JsValue::UNDEFINED)).map_err(|e| to_js_error(&e))?;
    let assessment =
        crate::assess_detail_value(&with_as_of(case), &options).map_err(|e| to_js_error(&e))?;
    to_js(&assessment)
}

/// A caseload, each case's `asOf` defaulted to today's local date, assessed.
fn caseload(cases: crate::input::Value, options: Option<JsValue>) -> Result<JsValue, JsValue> {
    let cases = match cases {
        crate::input::Value::Array(items) => {
            crate::input::Value::Array(items.into_iter().map(with_as_of).collect())
        }
        other => other,
    };
    let options =
        convert::to_value(&options.unwrap_or(JsValue::UNDEFINED)).map_err(|e| to_js_error(&e))?;
    let items = crate::assess_many_value(&cases, &options).map_err(|e| to_js_error(&e))?;
    to_js(&items)
}

/// One jurisdiction's profile as in force on a date (`{ asOf }`, default: the latest recorded
/// law), with its sources.
#[wasm_bindgen(js_name = jurisdiction, unchecked_return_type = "ProfileView")]
pub fn jurisdiction(
    #[wasm_bindgen(unchecked_param_type = "string")] code: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "JurisdictionOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let code = convert::to_value(&code).map_err(|e| to_js_error(&e))?;
    let options =
        convert::to_value(&options.unwrap_or(JsValue::UNDEFINED)).map_err(|e| to_js_error(&e))?;
    let view = crate::jurisdiction_value(&code, &options).map_err(|e| to_js_error(&e))?;
    to_js(&view)
}

/// Loads a law pack or a locale pack (a file of the package's `packs/` folder) from its bytes.
/// Loading the same pack again does nothing. `init()` and `load()` call this for you.
///
/// Throws a `ProtectionPathwaysError`: `pack_invalid` for bytes that are not a whole, unaltered
/// pack this engine knows, `pack_version` for a pack of another engine version. The engine is
/// unchanged after an error.
#[wasm_bindgen(js_name = loadPack, unchecked_return_type = "LoadedPack")]
pub fn load_pack(bytes: &[u8]) -> Result<JsValue, JsValue> {
    let loaded = crate::pack::load(bytes).map_err(|e| to_js_error(&e))?;
    to_js(&loaded)
}

/// The packs that serve these jurisdictions and locales (`{ jurisdictions: ["AT"], locales:
/// ["de"] }`, each with the packs it needs), with whether each is loaded; with no request, every
/// pack.
#[wasm_bindgen(js_name = packsFor, unchecked_return_type = "PackFile[]")]
pub fn packs_for(
    #[wasm_bindgen(unchecked_optional_param_type = "PackRequest")] request: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let request =
        convert::to_value(&request.unwrap_or(JsValue::UNDEFINED)).map_err(|e| to_js_error(&e))?;
    let files = crate::packs_for_value(&request).map_err(|e| to_js_error(&e))?;
    to_js(&files)
}

/// The names of the loaded packs (`law/AT`, `locale/de`).
#[wasm_bindgen(js_name = loadedPacks, unchecked_return_type = "string[]")]
pub fn loaded_packs() -> Result<JsValue, JsValue> {
    to_js(&crate::pack::loaded())
}

/// `assess` for a case sent as one JSON text (what the package's `assess` does for a plain
/// case: cheaper than reading it across the boundary property by property).
#[wasm_bindgen(js_name = assessJson, skip_typescript)]
pub fn assess_json(text: &str, options: Option<JsValue>) -> Result<JsValue, JsValue> {
    let case = crate::input::json::parse(text).map_err(|e| to_js_error(&e))?;
    assessed(case, options)
}

/// `assessMany` for a caseload sent as one JSON text.
#[wasm_bindgen(js_name = assessManyJson, skip_typescript)]
pub fn assess_many_json(text: &str, options: Option<JsValue>) -> Result<JsValue, JsValue> {
    let cases = crate::input::json::parse(text).map_err(|e| to_js_error(&e))?;
    caseload(cases, options)
}
