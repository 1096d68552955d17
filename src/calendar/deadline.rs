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
//! Public holidays are not applied yet (the calendars come with the deadlines work). Every step
//! above can only move the end later when a holiday is added, so the date returned is the
//! earliest possible one, and the result says so (law/README principle 1).

use serde::{Deserialize, Serialize};

use super::date::month_name;
use super::{Date, Period, PeriodUnit};
use crate::error::{Error, ErrorCode};
use crate::law::{self, Citation, CountingRuleData, Provision, Status};

/// What a time limit is: a limit after an event, or a validity that counts its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum DeadlineKind {
    /// "Within 1 month of notification": the event day is not counted.
    #[default]
    TimeLimit,
    /// "Valid for 6 months from 10 February": the first day counts. Not supported yet.
    Validity,
}

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
    /// An ISO 3166-2 region (`ES-MD`) where regional holidays matter.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub region: Option<String>,
}

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
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "\"verified\" | \"secondary\" | \"unverified\"")
    )]
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

/// The answer of `computeDeadline`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Deadline {
    /// The last day to act (`YYYY-MM-DD`).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub date: Date,
    /// True when something not yet known (public holidays) could make the real last day later:
    /// the date shown is then the earliest possible one.
    pub earliest_possible: bool,
    /// The event the period runs from.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub from: Date,
    /// The period, normalised (`P1M`, or `10 working days`).
    pub period: String,
    /// `time-limit`.
    pub kind: DeadlineKind,
    /// The jurisdiction whose rule was applied.
    pub jurisdiction: String,
    /// The counting rule and how sure we are of it.
    pub rule: RuleApplied,
    /// The explanation, one step a line.
    pub steps: Vec<Step>,
    /// Readings taken and limits of knowledge.
    pub assumptions: Vec<Assumption>,
}

/// Computes one time limit.
///
/// # Errors
/// An [`Error`] with the path of the field at fault: `unknown_jurisdiction`, `not_supported`
/// (a validity, a region, a national rule or a jurisdiction without a counting rule — the
/// message says what to use instead), `unknown_value` (an unknown rule id), `invalid_region`,
/// `out_of_range` (an end after 2199).
///
/// # Properties
/// The date returned is after the event; where the rule moves a last day off non-working days,
/// it is a working day; a longer period never ends earlier.
pub fn compute_deadline(request: &DeadlineRequest) -> Result<Deadline, Error> {
    let profile = law::profile(&request.jurisdiction, "jurisdiction")?;
    if let Some(region) = &request.region {
        crate::case::check_region_shape(region, "region")?;
        return Err(Error::new(
            ErrorCode::NotSupported,
            "region",
            format!(
                "regional rules are not supported yet, and {} has no regions of its own; leave out 'region'",
                profile.code
            ),
        ));
    }
    let kind = request.kind.unwrap_or_default();
    if kind == DeadlineKind::Validity {
        return Err(Error::new(
            ErrorCode::NotSupported,
            "kind",
            "validities (periods that count their first day) are not supported yet; this version counts time limits after an event ('time-limit')",
        ));
    }
    let rule = select_rule(profile, request.rule.as_deref())?;
    count(rule, request.from, request.period, &profile.code)
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
            if profile.kind == law::JurisdictionKind::National {
                known.push("national");
            }
            Error::new(
                ErrorCode::UnknownValue,
                "rule",
                format!(
                    "'{}' is not a counting rule of {}; use one of: {}",
                    crate::error::shorten(id),
                    profile.code,
                    known.join(", ")
                ),
            )
        })
}

/// Which days the rule treats as working days. Public holidays are not known yet.
struct Workdays {
    /// Monday first, as `law::model::WEEKDAYS`.
    weekend: [bool; 7],
}

impl Workdays {
    fn of(rule: &CountingRuleData) -> Workdays {
        let mut weekend = [false; 7];
        for (i, name) in law::model::WEEKDAYS.iter().enumerate() {
            weekend[i] = rule.working_days.weekend.iter().any(|w| w == name);
        }
        Workdays { weekend }
    }

    fn is_working(&self, d: Date) -> bool {
        let index = usize::try_from(d.weekday().to_monday_zero_offset()).unwrap_or(0);
        !self.weekend[index]
    }

    fn next_working_after(&self, d: Date) -> Option<Date> {
        let mut day = d.next_day()?;
        // A week always holds a working day (checked in the data), so this ends within 7 steps.
        for _ in 0..7 {
            if self.is_working(day) {
                return Some(day);
            }
            day = day.next_day()?;
        }
        None
    }

    fn count_between(&self, first: Date, last: Date) -> u32 {
        let mut n = 0;
        let mut day = Some(first);
        while let Some(d) = day.filter(|d| *d <= last) {
            n += u32::from(self.is_working(d));
            day = d.next_day();
        }
        n
    }
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

fn count(
    rule: &CountingRuleData,
    from: Date,
    period: Period,
    jurisdiction: &str,
) -> Result<Deadline, Error> {
    let cite = |p: &Provision| Some(Citation::of(rule, p));
    let mut used: Vec<&Provision> = vec![&rule.event_day_excluded];
    let mut steps = Vec::new();
    let workdays = Workdays::of(rule);
    let first = from.next_day().ok_or_else(too_late)?;

    steps.push(Step {
        code: "event".into(),
        text: format!(
            "The event is on {}. That day is not counted; the period runs from {}.",
            from.long(),
            first.long()
        ),
        date: from,
        citation: cite(&rule.event_day_excluded),
    });

    let n = period.amount();
    let mut end = match period.unit() {
        PeriodUnit::Days => {
            let end = from
                .add_days(i32::try_from(n).map_err(|_| too_late())?)
                .ok_or_else(too_late)?;
            steps.push(Step {
                code: "count".into(),
                text: format!(
                    "Counting {period} from {}, the last day is {}.",
                    first.long(),
                    end.long()
                ),
                date: end,
                citation: cite(&rule.event_day_excluded),
            });
            end
        }
        PeriodUnit::Weeks => {
            used.push(&rule.period_end);
            let end = from
                .add_days(i32::try_from(n * 7).map_err(|_| too_late())?)
                .ok_or_else(too_late)?;
            steps.push(Step {
                code: "count".into(),
                text: format!(
                    "A period of {period} ends on the same weekday as the event, {} later: {}.",
                    if n == 1 {
                        "one week".to_owned()
                    } else {
                        format!("{n} weeks")
                    },
                    end.long()
                ),
                date: end,
                citation: cite(&rule.period_end),
            });
            end
        }
        PeriodUnit::Months | PeriodUnit::Years => {
            used.push(&rule.period_end);
            let months = if period.unit() == PeriodUnit::Years {
                n * 12
            } else {
                n
            };
            let (end, clamped) = from.add_months_clamped(months).ok_or_else(too_late)?;
            let text = if clamped {
                format!(
                    "A period of {period} ends on the same date as the event. There is no {} {} {}, so it ends on the last day of that month: {}.",
                    from.day(),
                    month_name(end.month()),
                    end.year(),
                    end.long()
                )
            } else {
                format!(
                    "A period of {period} ends on the same date as the event: {}.",
                    end.long()
                )
            };
            steps.push(Step {
                code: if clamped { "month-end" } else { "count" }.into(),
                text,
                date: end,
                citation: cite(&rule.period_end),
            });
            end
        }
        PeriodUnit::WorkingDays => {
            used.push(&rule.working_days.provision);
            let mut counted = 0;
            let mut day = from;
            while counted < n {
                day = workdays.next_working_after(day).ok_or_else(too_late)?;
                counted += 1;
            }
            steps.push(Step {
                code: "count".into(),
                text: format!(
                    "Counting {period} from {} (not counting {}), the last day is {}.",
                    first.long(),
                    weekend_words(rule),
                    day.long()
                ),
                date: day,
                citation: cite(&rule.working_days.provision),
            });
            day
        }
    };

    if let Some(roll) = rule.last_day_roll.first() {
        if !workdays.is_working(end) {
            used.push(roll);
            let next = workdays.next_working_after(end).ok_or_else(too_late)?;
            steps.push(Step {
                code: "roll".into(),
                text: format!(
                    "{} is a {}, not a working day, so the period ends on the next working day: {}.",
                    end.long(),
                    super::date::weekday_name(end.weekday()),
                    next.long()
                ),
                date: next,
                citation: cite(roll),
            });
            end = next;
        }
    }

    for minimum in &rule.minimum_working_days {
        if !reaches(period, minimum.periods_of_at_least_days) {
            continue;
        }
        let before = workdays.count_between(first, end);
        // The result rests on this provision only where it moved the date; a check that changed
        // nothing is shown, but does not lower the result's status.
        if before < minimum.working_days {
            used.push(&minimum.provision);
        }
        let unextended = end;
        let mut have = before;
        while have < minimum.working_days {
            end = workdays.next_working_after(end).ok_or_else(too_late)?;
            have += 1;
        }
        let text = if before < minimum.working_days {
            format!(
                "The period {} – {} holds only {before} working day{}; it must include at least {}, so it is extended to {}.",
                first.long(),
                unextended.long(),
                if before == 1 { "" } else { "s" },
                minimum.working_days,
                end.long()
            )
        } else {
            format!(
                "The period {} – {} includes at least {} working days, as required.",
                first.long(),
                end.long(),
                minimum.working_days
            )
        };
        steps.push(Step {
            code: "minimum-working-days".into(),
            text,
            date: end,
            citation: cite(&minimum.provision),
        });
    }

    steps.push(Step {
        code: "result".into(),
        text: format!(
            "Last day to act: {}, until the end of that day.",
            end.long()
        ),
        date: end,
        citation: None,
    });

    let mut assumptions = Vec::new();
    let holidays_matter = rule.working_days.public_holidays_excluded;
    if holidays_matter {
        assumptions.push(Assumption {
            code: "public-holidays-not-applied".into(),
            text: format!(
                "Public holidays are not applied yet. Under {} the holidays of {} are not working days, so a holiday on or before the last day can make the period end later. The date shown is the earliest possible one: act by then, or check the holidays.",
                rule.title, rule.working_days.public_holidays_of
            ),
        });
    }
    let status = used
        .iter()
        .map(|p| p.status)
        .min()
        .unwrap_or(Status::Unverified);
    if status != Status::Verified {
        let weak: Vec<&str> = used
            .iter()
            .filter(|p| p.status != Status::Verified)
            .map(|p| p.article.as_str())
            .collect();
        assumptions.push(Assumption {
            code: "provision-not-verified".into(),
            text: format!(
                "{} of {} {} not yet been read in the official text (status: {}); check {} before relying on this date.",
                weak.join(", "),
                rule.title,
                if weak.len() == 1 { "has" } else { "have" },
                status_word(status),
                rule.url
            ),
        });
    }

    Ok(Deadline {
        date: end,
        earliest_possible: holidays_matter,
        from,
        period: period.to_iso(),
        kind: DeadlineKind::TimeLimit,
        jurisdiction: jurisdiction.to_owned(),
        rule: RuleApplied {
            id: rule.id.clone(),
            title: rule.title.clone(),
            instrument: rule.instrument.clone(),
            url: rule.url.clone(),
            status,
        },
        steps,
        assumptions,
    })
}

/// Whether `period` is at least `days` days long, for "periods of N days or more".
fn reaches(period: Period, days: u32) -> bool {
    match period.unit() {
        PeriodUnit::Days | PeriodUnit::WorkingDays => period.amount() >= days,
        PeriodUnit::Weeks => period.amount().saturating_mul(7) >= days,
        // The shortest month has 28 days.
        PeriodUnit::Months => period.amount().saturating_mul(28) >= days,
        PeriodUnit::Years => period.amount().saturating_mul(365) >= days,
    }
}

fn weekend_words(rule: &CountingRuleData) -> String {
    let days: Vec<String> = rule
        .working_days
        .weekend
        .iter()
        .map(|d| {
            let mut chars = d.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str() + "s")
                .unwrap_or_default()
        })
        .collect();
    days.join(" and ")
}

fn status_word(s: Status) -> &'static str {
    match s {
        Status::Verified => "verified",
        Status::Secondary => "secondary source only",
        Status::Unverified => "unverified",
    }
}
