//! Checks on a decoded case that the types cannot make.
//!
//! Impossible input is an [`Error`] (a birth after `asOf`, an age of 250, a country code that
//! does not exist, a permit that ends before it starts). Facts that are possible but
//! inconsistent (a conclusive identification dated before the referral) are [`Warning`]s in the
//! assessment: the case worker may know something the engine does not, so the engine goes on
//! and says what looks wrong.

use serde::Serialize;

use super::{country, Case, ProceedingsStage};
use crate::calendar::Date;
use crate::error::{Error, ErrorCode};
use crate::i18n::tr;

/// The oldest age the engine accepts, in years.
pub const MAX_AGE: u8 = 120;

/// Something in the case that looks inconsistent; the assessment goes on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Warning {
    /// A stable code (`identification-dates-out-of-order`).
    pub code: String,
    /// What looks wrong, in words.
    pub text: String,
    /// The fields concerned.
    pub paths: Vec<String>,
}

fn warning(code: &str, text: String, paths: &[&str]) -> Warning {
    Warning {
        code: code.to_owned(),
        text,
        paths: paths.iter().map(|p| (*p).to_owned()).collect(),
    }
}

/// The most permits a case may list.
pub const MAX_PERMITS: usize = 100;

/// Checks `case`; returns the warnings (in `locale`'s words), or the first error.
///
/// # Errors
/// `unknown_jurisdiction`, `invalid_region`, `unknown_value` (a country code), `invalid_value`
/// (a date of birth after `asOf`, a permit ending before it starts, an age range upside down),
/// `out_of_range` (an age over 120).
pub fn validate(case: &Case, locale: &str) -> Result<Vec<Warning>, Error> {
    crate::law::profile(&case.jurisdiction, "jurisdiction")?;
    if let Some(region) = &case.region {
        check_region(region, &case.jurisdiction)?;
    }
    check_countries(case)?;
    check_ages(case)?;
    // A person holds a handful of permits; a list far longer is a mistake, and the engine's
    // short-list sort (src/sort.rs) is quadratic in its length.
    if case.permits.len() > MAX_PERMITS {
        return Err(Error::new(
            ErrorCode::InputTooLarge,
            "permits",
            format!(
                "{} permits were given; at most {MAX_PERMITS} are read: give those held in the last years",
                case.permits.len()
            ),
        ));
    }
    for (i, permit) in case.permits.iter().enumerate() {
        if let (Some(from), Some(until)) = (permit.from, permit.until) {
            if until < from {
                return Err(Error::new(
                    ErrorCode::InvalidValue,
                    format!("permits[{i}].until"),
                    format!("the permit ends ({until}) before it starts ({from})"),
                ));
            }
        }
    }
    let mut warnings = Vec::new();
    identification_warnings(case, locale, &mut warnings);
    other_warnings(case, locale, &mut warnings);
    Ok(warnings)
}

fn check_region(region: &str, jurisdiction: &str) -> Result<(), Error> {
    super::check_region_shape(region, "region")?;
    if jurisdiction.len() == 2 && !region.starts_with(jurisdiction) {
        return Err(Error::new(
            ErrorCode::InvalidRegion,
            "region",
            format!("{region} is not a region of {jurisdiction}"),
        ));
    }
    Ok(())
}

fn check_country(code: &str, path: String) -> Result<(), Error> {
    if country::is_country(code) {
        Ok(())
    } else {
        let hint = if country::is_country(&code.to_ascii_uppercase()) {
            format!(
                " (codes are written in capitals: {})",
                code.to_ascii_uppercase()
            )
        } else if code == "UK" {
            " (the ISO code of the United Kingdom is GB)".to_owned()
        } else {
            String::new()
        };
        Err(Error::new(
            ErrorCode::UnknownValue,
            path,
            format!(
                "'{}' is not an ISO 3166-1 alpha-2 country code{hint}",
                crate::error::shorten(code)
            ),
        ))
    }
}

fn check_countries(case: &Case) -> Result<(), Error> {
    for (i, c) in case.person.citizenships.iter().enumerate() {
        check_country(c, format!("person.citizenships[{i}]"))?;
    }
    for (i, e) in case.trafficking_events.iter().enumerate() {
        if let Some(c) = &e.country {
            check_country(c, format!("traffickingEvents[{i}].country"))?;
        }
    }
    if let Some(c) = &case.dublin.other_state {
        check_country(c, "dublin.otherState".to_owned())?;
    }
    Ok(())
}

fn check_ages(case: &Case) -> Result<(), Error> {
    let person = &case.person;
    if let Some(age) = person.claimed_age {
        if age > MAX_AGE {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "person.claimedAge",
                format!("an age of {age} is not possible; give an age up to {MAX_AGE}"),
            ));
        }
    }
    if let Some(range) = &person.age_assessment {
        if range.max > MAX_AGE {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "person.ageAssessment.max",
                format!(
                    "an age of {} is not possible; give an age up to {MAX_AGE}",
                    range.max
                ),
            ));
        }
        if range.min > range.max {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                "person.ageAssessment",
                format!(
                    "the lowest age ({}) is above the highest ({})",
                    range.min, range.max
                ),
            ));
        }
    }
    if let (Some(birth), Some(as_of)) = (person.date_of_birth, case.as_of) {
        if birth > as_of {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                "person.dateOfBirth",
                format!(
                    "the date of birth ({birth}) is after the date of the assessment ({as_of})"
                ),
            ));
        }
        if age_on(birth, as_of) > u32::from(MAX_AGE) {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "person.dateOfBirth",
                format!("a date of birth of {birth} gives an age over {MAX_AGE} on {as_of}"),
            ));
        }
    }
    Ok(())
}

/// Full years between `birth` and `on` (a birthday counts on the day itself; 29 February
/// birthdays count on 28 February in common years, as `Date::add_months_clamped` does).
pub fn age_on(birth: Date, on: Date) -> u32 {
    let mut years = u32::try_from(on.year() - birth.year()).unwrap_or(0);
    match birth.add_months_clamped(years * 12) {
        Some((birthday, _)) if birthday > on => years = years.saturating_sub(1),
        None => years = years.saturating_sub(1),
        _ => {}
    }
    years
}

fn identification_warnings(case: &Case, l: &str, out: &mut Vec<Warning>) {
    let id = &case.identification;
    let dated = [
        (
            "identification.referralDate",
            id.referral_date,
            "warning-date-referral",
        ),
        (
            "identification.reasonableGroundsDate",
            id.reasonable_grounds_date,
            "warning-date-reasonable-grounds",
        ),
        (
            "identification.conclusiveDate",
            id.conclusive_date,
            "warning-date-conclusive",
        ),
    ];
    for (i, (path_a, a, name_a)) in dated.iter().enumerate() {
        for (path_b, b, name_b) in &dated[i + 1..] {
            if let (Some(a), Some(b)) = (a, b) {
                if b < a {
                    out.push(warning(
                        "identification-dates-out-of-order",
                        tr!(
                            l,
                            "warning-identification-dates-out-of-order",
                            later = tr!(l, name_b),
                            laterDate = b.to_string(),
                            earlier = tr!(l, name_a),
                            earlierDate = a.to_string()
                        ),
                        &[path_a, path_b],
                    ));
                }
            }
        }
    }
    if let Some(stage) = id.stage {
        let implied = id.stage_by_dates();
        if let Some(implied) = implied.filter(|i| *i > stage) {
            out.push(warning(
                "identification-stage-behind-dates",
                tr!(
                    l,
                    "warning-identification-stage-behind-dates",
                    stage = stage.as_str(),
                    implied = implied.as_str()
                ),
                &["identification.stage"],
            ));
        }
    }
}

fn other_warnings(case: &Case, l: &str, out: &mut Vec<Warning>) {
    let person = &case.person;
    if person.stateless.0 == Some(true) && !person.citizenships.is_empty() {
        out.push(warning(
            "stateless-with-citizenship",
            tr!(l, "warning-stateless-with-citizenship"),
            &["person.stateless", "person.citizenships"],
        ));
    }
    if let (Some(birth), Some(claimed), Some(as_of)) =
        (person.date_of_birth, person.claimed_age, case.as_of)
    {
        if age_on(birth, as_of) != u32::from(claimed) {
            out.push(warning(
                "age-and-birth-date-differ",
                tr!(
                    l,
                    "warning-age-and-birth-date-differ",
                    claimed = claimed,
                    age = age_on(birth, as_of)
                ),
                &["person.claimedAge", "person.dateOfBirth"],
            ));
        }
    }
    let coop = &case.cooperation;
    if coop.conviction.0 == Some(true) && coop.proceedings == Some(ProceedingsStage::None) {
        out.push(warning(
            "conviction-without-proceedings",
            tr!(l, "warning-conviction-without-proceedings"),
            &["cooperation.conviction", "cooperation.proceedings"],
        ));
    }
    let no_final_conviction = coop.conviction.0 == Some(false) || coop.proceedings_not_concluded();
    if coop.conviction_date.is_some() && no_final_conviction {
        out.push(warning(
            "conviction-date-contradicted",
            tr!(l, "warning-conviction-date-contradicted"),
            &[
                "cooperation.convictionDate",
                "cooperation.conviction",
                "cooperation.proceedings",
            ],
        ));
    }
    if let Some(as_of) = case.as_of {
        let happened = [
            (
                "identification.referralDate",
                case.identification.referral_date,
            ),
            (
                "identification.reasonableGroundsDate",
                case.identification.reasonable_grounds_date,
            ),
            (
                "identification.conclusiveDate",
                case.identification.conclusive_date,
            ),
            ("reflection.startDate", case.reflection.start_date),
            ("cooperation.convictionDate", coop.conviction_date),
            ("dublin.requestDate", case.dublin.request_date),
            ("dublin.acceptanceDate", case.dublin.acceptance_date),
            (
                "dublin.transferDecisionDate",
                case.dublin.transfer_decision_date,
            ),
        ];
        for (path, date) in happened {
            if let Some(date) = date.filter(|d| *d > as_of) {
                out.push(warning(
                    "date-after-as-of",
                    tr!(
                        l,
                        "warning-date-after-as-of",
                        path = path,
                        date = date.to_string(),
                        asOf = as_of.to_string()
                    ),
                    &[path],
                ));
            }
        }
    }
}
