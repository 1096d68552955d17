//! One time limit: from an event and a period to the last day to act, with every step explained.
//!
//! Counting follows the rule's data (see `law::CountingRuleData`):
//! 1. the day of the event is not counted;
//! 2. days and working days are counted one by one from the next day; weeks, months and years
//!    end on the same weekday or date as the event, clamped to the month's last day;
//! 3. a last day that is not a working day moves to the next working day, where the rule says so;
//! 4. a period of N days or more is extended until it includes its minimum of working days,
//!    where the rule says so.
//!
//! Public holidays come from the rule's calendar (`src/calendars/`), narrowed to a region where
//! one is given. Where a holiday could be missing — no place given for an EU rule, a region not
//! chosen, a year the calendar does not cover — every step above can only move the end later
//! once it is added, so the date returned is the earliest possible one and the result says so
//! (law/README principle 1). Where an unverified holiday moved the end, the result also gives
//! the date without it.
//!
//! A *validity* counts its first day and is never moved: it is counted as a time limit from the
//! day before, without the roll and the minimum of working days (law/README principle 2).
//!
//! The rooms: `count.rs` counts one reading in the phases above as typed steps (no words);
//! `workdays.rs` says which days are working days; `explain.rs` words the steps;
//! `assumptions.rs` says what the count could not know; `reading.rs` counts both readings and
//! is the one place that chooses which date comes first. This file holds the request and result
//! types, the choice of rule and calendar, and `compute_deadline`.

mod assumptions;
mod count;
mod explain;
mod reading;
mod workdays;

use serde::{Deserialize, Serialize};

pub use self::reading::{earliest, Reading, Readings};
use super::holidays::HolidayCalendar;
use super::{Date, Period};
use crate::error::{Error, ErrorCode};
use crate::law::{self, Citation, CountingRuleData, Status};

/// What a time limit is: a limit after an event, or a validity that counts its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum DeadlineKind {
    /// "Within 1 month of notification": the event day is not counted.
    #[default]
    TimeLimit,
    /// "Valid for 6 months from 10 February": the first day counts, and weekends and holidays
    /// never move the end.
    Validity,
}

crate::input::from_value_enum!(DeadlineKind {
    TimeLimit,
    Validity
});

/// A request for one time limit, as `computeDeadline` takes it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DeadlineRequest {
    /// Whose rules and calendar apply: `EU`, `COE`, or a covered state's ISO code.
    pub jurisdiction: String,
    /// The triggering event (notification, decision, grant), `YYYY-MM-DD`.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub from: Date,
    /// The period: an ISO 8601 duration with one unit (`P10D`, `P4W`, `P1M`, `P1Y`) or
    /// `{ workingDays: 10 }`.
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "string | { workingDays: number }")
    )]
    pub period: Period,
    /// `time-limit` (default) or `validity`.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub kind: Option<DeadlineKind>,
    /// The counting rule: a rule id (`eu-1182-71`) or `national`; default: the jurisdiction's own.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub rule: Option<String>,
    /// Where the act is done, for the holidays: an ISO 3166-2 region of the jurisdiction
    /// (`ES-MD`) where regional holidays matter; for EU rules, the Member State (`AT`) or one of
    /// its regions.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub region: Option<String>,
    /// The language of the steps and assumptions (BCP 47; default English).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub locale: Option<String>,
}

crate::input::from_value_struct!(DeadlineRequest {
    jurisdiction,
    from,
    period,
    kind,
    rule,
    region,
    locale
});

/// The counting rule a result applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct RuleApplied {
    /// The rule's id (`eu-1182-71`).
    pub id: String,
    /// The instrument's short title.
    pub title: String,
    /// The instrument's full title.
    pub instrument: String,
    /// The official text.
    pub url: String,
    /// The weakest status among the provisions this result rests on.
    pub status: Status,
}

/// One line of the explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Step {
    /// What the step does, as a stable code: `event`, `count`, `month-end`, `roll`,
    /// `minimum-working-days`, `result`.
    pub code: String,
    /// The step in words.
    pub text: String,
    /// The date the step arrives at.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub date: Date,
    /// The provision applied, where one is.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub citation: Option<Citation>,
}

/// A reading the engine took, or a limit of what it knows, that the user must see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Assumption {
    /// A stable code (`public-holidays-not-applied`).
    pub code: String,
    /// The assumption in words.
    pub text: String,
}

/// The date under another reading, where the result rests on something uncertain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Alternative {
    /// The last day under that reading.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub date: Date,
    /// The reading, in words.
    pub reading: String,
}

/// The answer of `computeDeadline`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Deadline {
    /// The last day to act, or the last day of a validity (`YYYY-MM-DD`).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub date: Date,
    /// True when a holiday the engine does not know could make the real last day later: the
    /// date shown is then the earliest possible one.
    pub earliest_possible: bool,
    /// The event the period runs from (for a validity: its first day).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub from: Date,
    /// The period, normalised (`P1M`, or `10 working days`).
    pub period: String,
    /// `time-limit` or `validity`.
    pub kind: DeadlineKind,
    /// The jurisdiction whose rule was applied.
    pub jurisdiction: String,
    /// The counting rule and how sure we are of it.
    pub rule: RuleApplied,
    /// The holiday calendar applied (`AT`, `ES-MD`), or `null` when none was.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub calendar: Option<String>,
    /// The holidays that changed the count: skipped as non-working days, or rolled over.
    pub holidays: Vec<super::Holiday>,
    /// The explanation, one step a line.
    pub steps: Vec<Step>,
    /// Readings taken and limits of knowledge.
    pub assumptions: Vec<Assumption>,
    /// The date without the holidays whose status is not verified, where it differs: act by
    /// the earlier one to be safe.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub alternative: Option<Alternative>,
}

/// Computes one time limit or validity.
///
/// # Errors
/// An [`Error`] with the path of the field at fault: `unknown_jurisdiction`, `not_supported`
/// (a national rule or a jurisdiction without a counting rule, a country without a calendar —
/// the message says what to use instead), `unknown_value` (an unknown rule id or region),
/// `invalid_region`, `out_of_range` (an end after 2199).
///
/// # Properties
/// The date returned is after the event; where the rule moves a last day off non-working days,
/// it is a working day; a longer period never ends earlier; a validity ends where a time limit
/// from the day before would end before any roll.
pub fn compute_deadline(request: &DeadlineRequest) -> Result<Deadline, Error> {
    let locale = crate::i18n::negotiate_known(request.locale.as_deref(), "locale")?;
    crate::pack::require_for(&request.jurisdiction, locale)?;
    law::in_words(locale, || compute_in(request, locale))
}

/// [`compute_deadline`] in `locale`, its packs loaded.
fn compute_in(request: &DeadlineRequest, locale: &'static str) -> Result<Deadline, Error> {
    let profile = law::profile(&request.jurisdiction, "jurisdiction")?;
    let kind = request.kind.unwrap_or_default();
    let rule = select_rule(profile, request.rule.as_deref())?;
    let calendar = calendar_for(profile, rule, request.region.as_deref())?;
    let place = Place {
        jurisdiction: &profile.code,
        calendar: calendar.as_ref(),
        locale,
    };
    Ok(earliest(rule, &place, kind, request.from, request.period)?.as_encoded())
}

/// The holiday calendar a rule applies: its own, or for EU rules the one of the place given.
///
/// # Errors
/// `invalid_region` for a malformed region or one of another country; `not_supported` for a
/// country without a calendar; `unknown_value` for a region the calendar does not list.
pub fn calendar_for(
    profile: &law::ProfileData,
    rule: &CountingRuleData,
    region: Option<&str>,
) -> Result<Option<HolidayCalendar>, Error> {
    let days = &rule.working_days;
    if let Some(code) = &days.calendar {
        if let Some(r) = region {
            crate::case::check_region_shape(r, "region")?;
            if !r.starts_with(&format!("{code}-")) {
                return Err(Error::new(
                    ErrorCode::InvalidRegion,
                    "region",
                    format!("{r} is not a region of {code}"),
                ));
            }
        }
        let cal = HolidayCalendar::of(code, region, "jurisdiction", "region")?;
        return Ok(Some(cal.with_deadline_days(&days.also_non_working)));
    }
    let Some(place) = region else {
        return Ok(None);
    };
    let country = if place.len() == 2 && place.bytes().all(|b| b.is_ascii_uppercase()) {
        None
    } else {
        crate::case::check_region_shape(place, "region")?;
        Some(place)
    };
    if profile.kind == law::JurisdictionKind::National {
        // A national rule without a calendar of its own: nothing to narrow.
        return Err(Error::new(
            ErrorCode::NotSupported,
            "region",
            format!(
                "the rule '{}' has no holiday calendar; leave out 'region'",
                rule.id
            ),
        ));
    }
    let code = &place[..2];
    let cal = HolidayCalendar::of(code, country, "region", "region")?;
    Ok(Some(cal))
}

/// Where a period is counted: whose calendar applies.
pub struct Place<'a> {
    /// The jurisdiction code reported in the result.
    pub jurisdiction: &'a str,
    /// The holidays, where known.
    pub calendar: Option<&'a HolidayCalendar>,
    /// The locale of the steps' and assumptions' words.
    pub locale: &'a str,
}

fn select_rule<'a>(
    profile: &'a law::ProfileData,
    asked: Option<&str>,
) -> Result<&'a CountingRuleData, Error> {
    let id = match asked {
        None | Some("national") if profile.default_counting_rule.is_empty() => {
            let path = if asked.is_some() {
                "rule"
            } else {
                "jurisdiction"
            };
            return Err(Error::new(
                ErrorCode::NotSupported,
                path,
                profile.no_counting_rule_reason.clone(),
            ));
        }
        None => profile.default_counting_rule.as_str(),
        Some("national") if profile.kind == law::JurisdictionKind::Baseline => {
            return Err(Error::new(
                ErrorCode::NotSupported,
                "rule",
                format!(
                    "{} is not a state and has no national rule; its own rule is '{}'",
                    profile.code, profile.default_counting_rule
                ),
            ));
        }
        Some("national") => profile.default_counting_rule.as_str(),
        Some(id) => id,
    };
    profile
        .counting_rules
        .iter()
        .find(|r| r.id == id)
        .ok_or_else(|| {
            let mut known: Vec<&str> = profile
                .counting_rules
                .iter()
                .map(|r| r.id.as_str())
                .collect();
            // "national" only where the state has a rule of its own (a baseline profile has
            // none).
            if profile.kind == law::JurisdictionKind::National
                && !profile.default_counting_rule.is_empty()
            {
                known.push("national");
            }
            if known.is_empty() {
                known.push("(none)");
            }
            // An EU rule asked of a Member State (as `eu-1182-71`, or `EU/eu-1182-71` as the
            // law data writes it): say how to ask for it.
            let bare = id.strip_prefix("EU/").unwrap_or(id);
            let eu_rule = profile.code != "EU"
                && law::find_profile("EU")
                    .ok()
                    .flatten()
                    .is_some_and(|eu| eu.counting_rules.iter().any(|r| r.id == bare));
            // With the state's holidays where it has a rule of its own (every full profile has
            // its calendar); a baseline has neither, so no region to name.
            let hint = if eu_rule {
                let region = if profile.default_counting_rule.is_empty() {
                    String::new()
                } else {
                    format!(
                        " with region \"{}\" (the Member State whose holidays count)",
                        profile.code
                    )
                };
                format!(". '{bare}' is a rule of EU law: ask it of jurisdiction \"EU\"{region}")
            } else {
                String::new()
            };
            Error::new(
                ErrorCode::UnknownValue,
                "rule",
                format!(
                    "'{}' is not a counting rule of {}; use one of: {}{hint}",
                    crate::error::shorten(id),
                    profile.code,
                    known.join(", ")
                ),
            )
        })
}

fn too_late() -> Error {
    Error::new(
        ErrorCode::OutOfRange,
        "period",
        format!(
            "this period would end after {}, beyond the dates this engine handles",
            super::MAX_YEAR
        ),
    )
}
