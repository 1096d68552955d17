//! The API the JS edge calls, on untyped input ([`input::Value`]): each function reads its
//! input strictly (unknown fields refused, every error with a code and the field's path),
//! checks that the packs it needs are loaded, and calls the typed core. The option types and the
//! batch types of `assessMany` live here too.

use crate::{assess, calendar, export, i18n, input, law, pack};
use crate::{compute_deadline, Assessment, Case, Deadline, Error, ErrorCode, JurisdictionSummary};

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
///
/// # Examples
/// ```
/// let v = protection_pathways::version();
/// assert_eq!(v.engine, env!("CARGO_PKG_VERSION"));
/// // The newest date the data was verified, `+`, a hash of the data files.
/// let (date, hash) = v.rules.split_once('+').unwrap();
/// assert_eq!((date.len(), hash.len()), (10, 8));
/// ```
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

input::from_value_struct!(JurisdictionsOptions {});

/// The covered jurisdictions with what each covers and when its data was last verified.
///
/// # Errors
/// `Internal` only, if the packed rules data were unreadable.
///
/// # Examples
/// ```
/// use protection_pathways::{jurisdictions, JurisdictionsOptions};
///
/// let all = jurisdictions(&JurisdictionsOptions::default()).unwrap();
/// assert!(all.iter().any(|j| j.code == "AT"));
/// assert!(all.iter().any(|j| j.code == "COE"));
/// ```
pub fn jurisdictions(_options: &JurisdictionsOptions) -> Result<Vec<JurisdictionSummary>, Error> {
    Ok(law::profiles()?
        .into_iter()
        .map(JurisdictionSummary::from)
        .collect())
}

/// [`compute_deadline`] for untyped input (what the JS edge and JSON callers send).
///
/// # Errors
/// See [`compute_deadline`]; plus the input errors (`wrong_type`, `unknown_field`, `invalid_value`, … at the field's path).
///
/// # Examples
/// ```
/// use protection_pathways::{compute_deadline_value, input::json};
///
/// // Austria's four weeks (§ 32(2) AVG) from Thursday 10 December 2026 end on the same
/// // weekday four weeks later, Thursday 7 January 2027, a working day.
/// let request = json::parse(r#"{"jurisdiction":"AT","from":"2026-12-10","period":"P4W"}"#)?;
/// let deadline = compute_deadline_value(&request)?;
/// assert_eq!(deadline.date.to_string(), "2027-01-07");
///
/// // A period is one unit: a mixed one is refused at its field.
/// let bad = json::parse(r#"{"jurisdiction":"AT","from":"2026-12-10","period":"P1M2D"}"#)?;
/// let e = compute_deadline_value(&bad).unwrap_err();
/// assert_eq!(e.path(), "period");
/// # Ok::<(), protection_pathways::Error>(())
/// ```
pub fn compute_deadline_value(request: &input::Value) -> Result<Deadline, Error> {
    object_or_error(
        request,
        "computeDeadline",
        "{ jurisdiction: \"EU\", from: \"2026-11-27\", period: \"P1M\" }",
    )?;
    compute_deadline(&input::read(request)?)
}

/// [`calendar::holidays_of`] for untyped input.
///
/// # Errors
/// See [`calendar::holidays_of`]; plus the input errors (`wrong_type`, `unknown_field`, `invalid_value`, … at the field's path).
///
/// # Examples
/// ```
/// use protection_pathways::{holidays_value, input::json};
///
/// let list = holidays_value(&json::parse(r#"{"country":"AT","year":2026}"#)?)?;
/// // 26 October, the National Day (Nationalfeiertag).
/// assert!(list.holidays.iter().any(|h| h.date.to_string() == "2026-10-26"));
/// # Ok::<(), protection_pathways::Error>(())
/// ```
pub fn holidays_value(request: &input::Value) -> Result<calendar::HolidayList, Error> {
    object_or_error(request, "holidays", "{ country: \"AT\", year: 2026 }")?;
    calendar::holidays_of(&input::read(request)?)
}

/// The timeline of an assessment (as `assess` returned it) as an RFC 5545 calendar.
///
/// # Errors
/// `wrong_type` unless `assessment` is an object; input errors at the field at fault
/// (`timeline[0].date`), `unknown_field` in the options.
///
/// # Examples
/// ```
/// use protection_pathways::{assess_value, input::{json, Value}, to_icalendar_value};
///
/// let case = json::parse(
///     r#"{"jurisdiction":"AT","asOf":"2026-11-27","reflection":{"startDate":"2026-11-02"}}"#,
/// )?;
/// let assessment = assess_value(&case, &Value::Undefined)?;
/// // What JS passes back: the assessment as it crossed.
/// let crossed = json::parse(&serde_json::to_string(&assessment).unwrap())?;
/// let ics = to_icalendar_value(&crossed, &Value::Undefined)?;
/// assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.contains("BEGIN:VEVENT"));
/// # Ok::<(), protection_pathways::Error>(())
/// ```
pub fn to_icalendar_value(
    assessment: &input::Value,
    options: &input::Value,
) -> Result<String, Error> {
    object_or_error(assessment, "toICalendar", "the result of assess(case)")?;
    let source = export::icalendar::CalendarSource::read(assessment)?;
    let options: export::icalendar::CalendarOptions = options_value(options)?;
    // The calendar's words are in the assessment's locale: its pack must be loaded.
    let locale = i18n::negotiate_known(source.locale.as_deref(), "locale").unwrap_or("en");
    pack::require_locale(locale, "locale")?;
    Ok(export::icalendar::to_icalendar(&source, &options))
}

/// The printable summary of a case's assessment, in the locale of `options` (as for `assess`).
///
/// # Errors
/// The errors of [`assess_value`].
///
/// # Examples
/// ```
/// use protection_pathways::{input::json, summary_value};
///
/// let case = json::parse(r#"{"jurisdiction":"NL","asOf":"2026-11-27"}"#)?;
/// let summary = summary_value(&case, &json::parse(r#"{"locale":"nl"}"#)?)?;
/// assert_eq!(summary.locale, "nl");
/// # Ok::<(), protection_pathways::Error>(())
/// ```
pub fn summary_value(
    case: &input::Value,
    options: &input::Value,
) -> Result<export::summary::Summary, Error> {
    Ok(export::summary::summary(&assess_value(case, options)?))
}

/// [`jurisdictions`] for untyped options (`undefined`, `null` or an object).
///
/// # Errors
/// The input errors (`wrong_type`, `unknown_field` for an option that does not exist).
///
/// # Examples
/// ```
/// use protection_pathways::{input::{json, Value}, jurisdictions_value};
///
/// assert!(!jurisdictions_value(&Value::Undefined)?.is_empty());
/// // An option that does not exist is refused, never ignored.
/// let e = jurisdictions_value(&json::parse(r#"{"asOf":"2026-01-01"}"#)?).unwrap_err();
/// assert_eq!(e.code().as_str(), "unknown_field");
/// # Ok::<(), protection_pathways::Error>(())
/// ```
pub fn jurisdictions_value(options: &input::Value) -> Result<Vec<JurisdictionSummary>, Error> {
    jurisdictions(&options_value(options)?)
}

/// What a page will use, for [`packs_for`]: jurisdiction codes and locale tags. With neither,
/// every pack; with one, the other defaults to none (jurisdictions) or English (locales).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PackRequest {
    /// Jurisdiction codes (`AT`): each brings its law pack and the packs it needs.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub jurisdictions: Option<Vec<String>>,
    /// Locale tags (`de`, `de-AT`): each brings its locale pack.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub locales: Option<Vec<String>>,
}

input::from_value_struct!(PackRequest {
    jurisdictions,
    locales
});

/// One pack a page needs.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PackFile {
    /// Its name (`law/AT`, `locale/de`).
    pub name: String,
    /// Its file in the package's `packs/` folder.
    pub file: String,
    /// Whether it is loaded already.
    pub loaded: bool,
}

/// The packs that serve `request`, each with the packs it needs, in load order.
///
/// # Errors
/// `unknown_jurisdiction` (at `jurisdictions[i]`) for a code with no pack, `invalid_value` (at
/// `locales[i]`) for a tag that is not a language tag, and the input errors of a request.
pub fn packs_for(request: &PackRequest) -> Result<Vec<PackFile>, Error> {
    let packs: Vec<&pack::PackInfo> = match (&request.jurisdictions, &request.locales) {
        (None, None) => pack::all().collect(),
        (j, l) => pack::packs_for(
            j.as_deref().unwrap_or_default(),
            l.as_deref().unwrap_or(&["en".to_owned()]),
        )?,
    };
    Ok(packs
        .into_iter()
        .map(|p| PackFile {
            name: p.name(),
            file: p.file(),
            loaded: pack::is_loaded(p),
        })
        .collect())
}

/// [`packs_for`] for untyped input (`undefined`, `null` or an object).
///
/// # Errors
/// See [`packs_for`].
///
/// # Examples
/// ```
/// use protection_pathways::{input::json, packs_for_value};
///
/// let packs = packs_for_value(&json::parse(r#"{"jurisdictions":["AT"],"locales":["de"]}"#)?)?;
/// let names: Vec<&str> = packs.iter().map(|p| p.name.as_str()).collect();
/// // Austria needs the EU and Council of Europe baselines, here in German (the law's words
/// // in German stand in for the English packs), and German its own words.
/// for name in ["words/AT-de", "words/EU-de", "words/COE-de", "locale/de"] {
///     assert!(names.contains(&name), "{name} in {names:?}");
/// }
/// assert!(!names.contains(&"law/AT"));
/// # Ok::<(), protection_pathways::Error>(())
/// ```
pub fn packs_for_value(request: &input::Value) -> Result<Vec<PackFile>, Error> {
    packs_for(&options_value(request)?)
}

/// Options for [`assess_value`]; unknown fields are refused.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct AssessOptions {
    /// The language of the texts meant for the person (BCP 47: `de`, `sr-Latn`, `fr-BE`);
    /// unsupported languages fall back to English.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub locale: Option<String>,
    /// How much to return: `full` (default: every text), `decision` (states, conditions, dates
    /// and citations by id, without texts) or `states` (pathway states and dates).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub detail: Option<assess::lean::AssessDetail>,
}

input::from_value_struct!(AssessOptions { locale, detail });

fn object_or_error(value: &input::Value, what: &str, example: &str) -> Result<(), Error> {
    if matches!(value, input::Value::Object(_)) {
        Ok(())
    } else {
        Err(Error::new(
            ErrorCode::WrongType,
            "",
            format!(
                "{what} takes an object such as {example}, not {}",
                value.describe()
            ),
        ))
    }
}

fn options_value<T: Default + input::FromValue>(options: &input::Value) -> Result<T, Error> {
    match options {
        input::Value::Undefined | input::Value::Null => Ok(T::default()),
        input::Value::Object(_) => input::read(options),
        other => Err(Error::new(
            ErrorCode::WrongType,
            "",
            format!("the options are an object, not {}", other.describe()),
        )),
    }
}

/// [`assess()`] for untyped input (what the JS edge and JSON callers send).
///
/// # Errors
/// The input errors (`wrong_type`, `unknown_field`, `unknown_value`, … at the field's path),
/// `pack_not_loaded`, and the validation errors of [`crate::case::validate::validate`].
///
/// # Examples
/// ```
/// use protection_pathways::{assess_value, assess::PathwayState, input::{json, Value}};
///
/// // An EU citizen in Austria: a residence permit for third-country nationals does not
/// // concern her (scope), whatever else is known.
/// let case = json::parse(
///     r#"{"jurisdiction":"AT","asOf":"2026-11-27","person":{"citizenships":["RO"]}}"#,
/// )?;
/// let a = assess_value(&case, &Value::Undefined)?;
/// assert!(a.pathways.iter().any(|p| p.state == PathwayState::NotApplicable));
///
/// // A field the case model does not have is refused at its path.
/// let typo = json::parse(r#"{"jurisdiction":"AT","persn":{}}"#)?;
/// let e = assess_value(&typo, &Value::Undefined).unwrap_err();
/// assert_eq!((e.code().as_str(), e.path()), ("unknown_field", "persn"));
/// # Ok::<(), protection_pathways::Error>(())
/// ```
pub fn assess_value(case: &input::Value, options: &input::Value) -> Result<Assessment, Error> {
    let (case, locale, _) = assess_request(case, options)?;
    assess::assess_in(&case, locale)
}

/// The case, its locale and options, with the packs they need loaded.
fn assess_request(
    case: &input::Value,
    options: &input::Value,
) -> Result<(Case, &'static str, AssessOptions), Error> {
    let options: AssessOptions = options_value(options)?;
    let locale = i18n::negotiate_known(options.locale.as_deref(), "locale")?;
    let case = decode_case(case)?;
    pack::require_for(&case.jurisdiction, locale)?;
    Ok((case, locale, options))
}

/// [`assess_value`] at the detail the options ask for (`detail`: full, decision or states).
///
/// # Errors
/// As [`assess_value`]; `unknown_value` at `detail` for another detail.
///
/// # Examples
/// ```
/// use protection_pathways::{assess::lean::AssessResult, assess_detail_value, input::json};
///
/// let case = json::parse(r#"{"jurisdiction":"FR","asOf":"2026-11-27"}"#)?;
/// let lean = assess_detail_value(&case, &json::parse(r#"{"detail":"states"}"#)?)?;
/// assert!(matches!(lean, AssessResult::States(_)));
/// # Ok::<(), protection_pathways::Error>(())
/// ```
pub fn assess_detail_value(
    case: &input::Value,
    options: &input::Value,
) -> Result<assess::lean::AssessResult, Error> {
    let (case, locale, options) = assess_request(case, options)?;
    assess::assess_at(&case, locale, options.detail.unwrap_or_default())
}

/// A case from untyped input, decoded strictly: what `assess` does first, for callers that
/// keep cases (and for the fuzzer of the decoder).
///
/// # Errors
/// `wrong_type` unless `case` is an object; the input errors at the field at fault
/// (`unknown_field` at `persn`, `invalid_date` at `asOf`, …).
///
/// # Examples
/// ```
/// use protection_pathways::{decode_case, input::json};
///
/// let case = decode_case(&json::parse(r#"{"jurisdiction":"AT","asOf":"2026-11-27"}"#)?)?;
/// assert_eq!(case.jurisdiction, "AT");
/// let e = decode_case(&json::parse(r#"{"jurisdiction":"AT","asOf":"2026-02-30"}"#)?).unwrap_err();
/// assert_eq!(e.path(), "asOf");
/// # Ok::<(), protection_pathways::Error>(())
/// ```
pub fn decode_case(case: &input::Value) -> Result<Case, Error> {
    object_or_error(
        case,
        "assess",
        "{ jurisdiction: \"AT\", asOf: \"2026-11-27\", person: { … } }",
    )?;
    input::read(case)
}

/// How much `assessMany` returns per case.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Detail {
    /// The whole assessment.
    #[default]
    Full,
    /// Pathway states only, for speed.
    Summary,
}

input::from_value_enum!(Detail { Full, Summary });

/// Options for [`assess_many_value`].
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct AssessManyOptions {
    /// `full` (default) or `summary`.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub detail: Option<Detail>,
    /// The language of the texts meant for the person, as for `assess`.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub locale: Option<String>,
}

input::from_value_struct!(AssessManyOptions { detail, locale });

/// A pathway's state, for `detail: "summary"`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PathwaySummary {
    /// The pathway's id.
    pub id: String,
    /// Its state.
    pub state: assess::PathwayState,
}

/// An error in one case of a batch, in place of its result.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct CaseError {
    /// The stable code.
    pub code: String,
    /// The field's path within the case.
    pub path: String,
    /// The message.
    pub message: String,
}

/// One case's outcome in [`assess_many_value`]: exactly one of the three fields is present.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct BatchItem {
    /// The full assessment (`detail: "full"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub assessment: Option<Assessment>,
    /// Pathway states (`detail: "summary"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub pathways: Option<Vec<PathwaySummary>>,
    /// Why this case could not be assessed; the rest of the batch is unaffected.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub error: Option<CaseError>,
}

/// Assesses a caseload: one [`BatchItem`] per case, in order. One invalid case gives an error
/// in its place and never sinks the batch.
///
/// # Errors
/// Only when `cases` is not a list or the options are bad.
///
/// # Examples
/// ```
/// use protection_pathways::{assess_many_value, input::json};
///
/// let cases = json::parse(r#"[{"jurisdiction":"ES"},{"jurisdiction":"XX"}]"#)?;
/// let items = assess_many_value(&cases, &json::parse(r#"{"detail":"summary"}"#)?)?;
/// assert!(items[0].pathways.is_some());
/// // The bad case is an error in its place; the batch goes on.
/// assert_eq!(items[1].error.as_ref().map(|e| e.code.as_str()), Some("unknown_jurisdiction"));
/// # Ok::<(), protection_pathways::Error>(())
/// ```
pub fn assess_many_value(
    cases: &input::Value,
    options: &input::Value,
) -> Result<Vec<BatchItem>, Error> {
    let options: AssessManyOptions = options_value(options)?;
    let input::Value::Array(items) = cases else {
        return Err(Error::new(
            ErrorCode::WrongType,
            "",
            format!("assessMany takes a list of cases, not {}", cases.describe()),
        ));
    };
    let summary = options.detail == Some(Detail::Summary);
    let locale = i18n::negotiate(options.locale.as_deref(), "locale")?;
    let error_item = |e: Error| BatchItem {
        assessment: None,
        pathways: None,
        error: Some(CaseError {
            code: e.code().as_str().to_owned(),
            path: e.path().to_owned(),
            message: e.message().to_owned(),
        }),
    };
    Ok(items
        .iter()
        .map(|case| {
            if summary {
                let states = decode_case(case).and_then(|case| assess::pathway_states(&case));
                match states {
                    Ok(states) => BatchItem {
                        assessment: None,
                        pathways: Some(
                            states
                                .into_iter()
                                .map(|(id, state)| PathwaySummary {
                                    id: id.to_owned(),
                                    state,
                                })
                                .collect(),
                        ),
                        error: None,
                    },
                    Err(e) => error_item(e),
                }
            } else {
                let assessed = decode_case(case).and_then(|case| assess::assess_in(&case, locale));
                match assessed {
                    Ok(a) => BatchItem {
                        assessment: Some(a),
                        pathways: None,
                        error: None,
                    },
                    Err(e) => error_item(e),
                }
            }
        })
        .collect())
}

/// One record of IOM's Human Trafficking Case Data Standard (HTCDS 2.0) as a case, with an
/// account of every field: used (and the case field it filled), ignored (and why), and the
/// facts left unknown (and why). See [`case::htcds`](crate::case::htcds).
///
/// # Errors
/// `missing_field` at `jurisdiction` without one in `options`; the errors of
/// [`from_htcds`](crate::case::htcds::from_htcds), each with the HTCDS field's name as its path.
///
/// # Examples
/// ```
/// use protection_pathways::{from_htcds_value, input::json};
///
/// let record = json::parse(r#"{"prs_Birthdate":"2001-03-04","prs_Citizenship":"NG;ro",
///     "vic_TypeOfExploitation":"Forced begging","prs_FirstName":"Ada"}"#)?;
/// let read = from_htcds_value(&record, &json::parse(r#"{"jurisdiction":"AT"}"#)?)?;
/// let case = serde_json::to_string(&read.case).unwrap();
/// assert_eq!(case, r#"{"jurisdiction":"AT","person":{"dateOfBirth":"2001-03-04","citizenships":["NG","RO"]},"exploitation":{"forms":["forced-labour"]}}"#);
/// // The name is not copied, and says so.
/// assert_eq!(read.ignored[0].reason, "personal-data");
/// # Ok::<(), protection_pathways::Error>(())
/// ```
pub fn from_htcds_value(
    record: &input::Value,
    options: &input::Value,
) -> Result<crate::case::htcds::HtcdsImport, Error> {
    let options: crate::case::htcds::HtcdsOptions = match options {
        input::Value::Object(_) => input::read(options)?,
        _ => {
            return Err(Error::new(
                ErrorCode::MissingField,
                "jurisdiction",
                "fromHTCDS needs { jurisdiction }: HTCDS does not say whose law applies",
            ))
        }
    };
    crate::case::htcds::from_htcds(record, &options)
}

/// The JSON Schema of [`Case`] (draft 2020-12), generated from the Rust types by
/// `tests/schema.rs` and kept in `src/case/schema.json`.
///
/// # Examples
/// ```
/// let schema = protection_pathways::input::json::parse(protection_pathways::case_schema())?;
/// assert!(matches!(schema, protection_pathways::input::Value::Object(_)));
/// # Ok::<(), protection_pathways::Error>(())
/// ```
pub fn case_schema() -> &'static str {
    include_str!("case/schema.json")
}

/// Options for [`jurisdiction_value`].
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct JurisdictionOptions {
    /// The date the law is wanted for (`YYYY-MM-DD`); the latest recorded law when absent.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub as_of: Option<calendar::Date>,
    /// The locale of the law's words (BCP 47; default English, the data's own).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub locale: Option<String>,
}

input::from_value_struct!(JurisdictionOptions { as_of, locale });

/// One profile as in force on a date, with its sources.
///
/// # Errors
/// `wrong_type` when `code` is not text; `unknown_jurisdiction`; bad options.
///
/// # Examples
/// ```
/// use protection_pathways::{input::{json, Value}, jurisdiction_value};
///
/// let at = jurisdiction_value(&Value::String("AT".into()), &Value::Undefined)?;
/// assert!(!at.pathways.is_empty());
/// let e = jurisdiction_value(&Value::String("at".into()), &Value::Undefined).unwrap_err();
/// assert_eq!(e.code().as_str(), "unknown_jurisdiction");
/// # Ok::<(), protection_pathways::Error>(())
/// ```
pub fn jurisdiction_value(
    code: &input::Value,
    options: &input::Value,
) -> Result<assess::ProfileView, Error> {
    let input::Value::String(code) = code else {
        return Err(Error::new(
            ErrorCode::WrongType,
            "",
            format!(
                "jurisdiction takes a code such as \"AT\", not {}",
                code.describe()
            ),
        ));
    };
    let options: JurisdictionOptions = options_value(options).map_err(|e| {
        let path = if e.path().is_empty() {
            "options".to_owned()
        } else {
            format!("options.{}", e.path())
        };
        Error::new(e.code(), path, e.message())
    })?;
    let locale = match &options.locale {
        Some(tag) => i18n::negotiate_known(Some(tag), "options.locale")?,
        None => "en",
    };
    law::in_words(locale, || assess::profile_view(code, options.as_of, "code"))
}
