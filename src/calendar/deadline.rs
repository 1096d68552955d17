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

use std::cell::RefCell;

use serde::{Deserialize, Serialize};

use super::holidays::{Holiday, HolidayCalendar};
use super::{Date, Period, PeriodUnit};
use crate::error::{Error, ErrorCode};
use crate::i18n::{long_date, tr};
use crate::law::calendar_model::HolidayScope;
use crate::law::{self, Citation, CountingRuleData, Provision, Status};

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
    let profile = law::profile(&request.jurisdiction, "jurisdiction")?;
    let kind = request.kind.unwrap_or_default();
    let rule = select_rule(profile, request.rule.as_deref())?;
    let calendar = calendar_for(profile, rule, request.region.as_deref())?;
    let place = Place {
        jurisdiction: &profile.code,
        calendar: calendar.as_ref(),
        strict: false,
        locale,
    };
    count(rule, &place, kind, request.from, request.period)
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
    /// Leave out what is unverified and would make the period longer (unverified holidays, an
    /// unverified roll or minimum of working days): the alternative, earliest reading.
    pub strict: bool,
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
            if profile.kind == law::JurisdictionKind::National {
                known.push("national");
            }
            // An EU rule asked of a Member State: say how to ask for it.
            let eu_rule = profile.code != "EU"
                && law::find_profile("EU")
                    .ok()
                    .flatten()
                    .is_some_and(|eu| eu.counting_rules.iter().any(|r| r.id == id));
            let hint = if eu_rule {
                format!(
                    ". '{id}' is a rule of EU law: ask it of jurisdiction \"EU\" with region \"{}\" (the Member State whose holidays count)",
                    profile.code
                )
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

/// Which days the rule treats as working days, and the holidays met on the way.
struct Workdays<'a> {
    /// Monday first, as `law::model::WEEKDAYS`.
    weekend: [bool; 7],
    calendar: Option<&'a HolidayCalendar>,
    strict: bool,
    met: RefCell<Vec<Holiday>>,
}

impl<'a> Workdays<'a> {
    fn of(rule: &CountingRuleData, place: &Place<'a>) -> Workdays<'a> {
        let mut weekend = [false; 7];
        for (i, name) in law::model::WEEKDAYS.iter().enumerate() {
            weekend[i] = rule.working_days.weekend.iter().any(|w| w == name);
        }
        Workdays {
            weekend,
            calendar: place
                .calendar
                .filter(|_| rule.working_days.public_holidays_excluded),
            strict: place.strict,
            met: RefCell::new(Vec::new()),
        }
    }

    fn is_weekend(&self, d: Date) -> bool {
        let index = usize::try_from(d.weekday().to_monday_zero_offset()).unwrap_or(0);
        self.weekend[index]
    }

    fn holiday(&self, d: Date) -> Option<Holiday> {
        self.calendar
            .and_then(|c| c.holiday_on(d))
            .filter(|h| !self.strict || h.status != Status::Unverified)
    }

    /// Whether `d` is a working day; a holiday met is remembered for the explanation.
    fn is_working(&self, d: Date) -> bool {
        if self.is_weekend(d) {
            return false;
        }
        match self.holiday(d) {
            Some(h) => {
                let mut met = self.met.borrow_mut();
                if !met.iter().any(|m| m.date == h.date) {
                    met.push(h);
                }
                false
            }
            None => true,
        }
    }

    fn next_working_after(&self, d: Date) -> Option<Date> {
        let mut day = d.next_day()?;
        // Weekends and holidays never fill more than a few weeks; the bound only guards
        // against a defective calendar.
        for _ in 0..60 {
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

    /// Why `d` is not a working day, in words.
    fn why_not_working(&self, d: Date, locale: &str) -> String {
        match self.holiday(d) {
            Some(h) if !self.is_weekend(d) => describe_holiday(&h, locale),
            _ => {
                let day = crate::i18n::t(
                    locale,
                    &format!("weekday-{}", d.weekday().to_monday_one_offset()),
                    &[],
                );
                tr!(locale, "not-working-weekday", weekday = day)
            }
        }
    }
}

fn describe_holiday(h: &Holiday, locale: &str) -> String {
    let kind = tr!(
        locale,
        match h.scope {
            HolidayScope::Public => "holiday-kind-public",
            HolidayScope::Deadlines => "holiday-kind-deadlines",
        }
    );
    if h.name == h.local_name {
        format!("{} ({kind})", h.name)
    } else {
        format!("{} ({}, {kind})", h.name, h.local_name)
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

/// Counts `period` from `from` under `rule` at `place`.
///
/// # Errors
/// `out_of_range` when the end would pass 2199.
pub fn count(
    rule: &CountingRuleData,
    place: &Place<'_>,
    kind: DeadlineKind,
    from: Date,
    period: Period,
) -> Result<Deadline, Error> {
    let mut result = count_once(rule, place, kind, from, period)?;
    if !place.strict && result.rests_on_unverified {
        let strict = Place {
            strict: true,
            ..*place
        };
        let without = count_once(rule, &strict, kind, from, period)?;
        if without.deadline.date < result.deadline.date {
            result.deadline.alternative = Some(Alternative {
                date: without.deadline.date,
                reading: tr!(
                    place.locale,
                    "reading-without-unverified",
                    parts = result.unverified_parts.join("; "),
                    date = long_date(place.locale, without.deadline.date)
                ),
            });
        }
    }
    Ok(result.deadline)
}

/// A result with what it rests on, before the alternative is worked out.
struct Counted {
    deadline: Deadline,
    rests_on_unverified: bool,
    unverified_parts: Vec<String>,
}

#[allow(clippy::too_many_lines)]
fn count_once(
    rule: &CountingRuleData,
    place: &Place<'_>,
    kind: DeadlineKind,
    event: Date,
    period: Period,
) -> Result<Counted, Error> {
    let cite = |p: &Provision| Some(Citation::of(rule, p));
    let l = place.locale;
    let long = |d: Date| long_date(l, d);
    // Days are counted from the day after the event; a period in weeks, months or years ends on
    // the day matching the event's, so it rests on `period_end` instead.
    let mut used: Vec<&Provision> = match period.unit() {
        PeriodUnit::Days | PeriodUnit::WorkingDays => vec![&rule.event_day_excluded],
        PeriodUnit::Weeks | PeriodUnit::Months | PeriodUnit::Years => vec![],
    };
    let mut steps = Vec::new();
    let workdays = Workdays::of(rule, place);
    let validity = kind == DeadlineKind::Validity;
    // A validity counts its first day: count as a time limit from the day before.
    let mut unverified_parts: Vec<String> = Vec::new();
    // The strict reading also drops an unverified exclusion of the event day: a period in days
    // then counts the event day itself, and ends a day earlier.
    let counts_days = matches!(period.unit(), PeriodUnit::Days | PeriodUnit::WorkingDays);
    let event_day_counted = !validity
        && counts_days
        && place.strict
        && rule.event_day_excluded.status == Status::Unverified;
    let (from, first) = if validity || event_day_counted {
        let before = event.add_days(-1).ok_or_else(|| {
            Error::new(
                ErrorCode::OutOfRange,
                "from",
                format!(
                    "a period starting on {} cannot be counted: the engine handles dates from {}",
                    event,
                    super::MIN_YEAR
                ),
            )
        })?;
        (before, event)
    } else {
        (event, event.next_day().ok_or_else(too_late)?)
    };
    if !validity && counts_days && rule.event_day_excluded.status == Status::Unverified {
        unverified_parts.push(tr!(
            l,
            "unverified-event-day",
            article = rule.event_day_excluded.article
        ));
    }
    let period = match (period.unit(), &rule.days_are_working_days) {
        // A validity (a protective period) is not a procedural time limit: its days are
        // calendar days, the shorter and so the guaranteed reading (law/README principle 2).
        (PeriodUnit::Days, Some(p))
            if !(validity || (place.strict && p.status == Status::Unverified)) =>
        {
            if p.status == Status::Unverified {
                unverified_parts.push(tr!(l, "unverified-working-days", article = p.article));
            }
            used.push(p);
            steps.push(Step {
                code: "days-are-working-days".into(),
                text: tr!(l, "step-days-are-working-days", rule = rule.title),
                date: event,
                citation: cite(p),
            });
            Period::new(period.amount(), PeriodUnit::WorkingDays).unwrap_or(period)
        }
        _ => period,
    };

    steps.push(Step {
        code: "event".into(),
        text: if validity {
            tr!(l, "step-event-validity", first = long(first))
        } else {
            tr!(l, "step-event", event = long(from), first = long(first))
        },
        date: event,
        citation: if validity {
            None
        } else {
            cite(&rule.event_day_excluded)
        },
    });
    if validity {
        used.clear();
    }

    let n = period.amount();
    let period_words = period.words(l);
    let mut end = match period.unit() {
        PeriodUnit::Days => {
            let end = from
                .add_days(i32::try_from(n).map_err(|_| too_late())?)
                .ok_or_else(too_late)?;
            steps.push(Step {
                code: "count".into(),
                text: tr!(
                    l,
                    "step-count-days",
                    period = period_words,
                    first = long(first),
                    end = long(end)
                ),
                date: end,
                citation: if validity {
                    None
                } else {
                    cite(&rule.event_day_excluded)
                },
            });
            end
        }
        PeriodUnit::Weeks => {
            used.push(&rule.period_end);
            let end = from
                .add_days(i32::try_from(n * 7).map_err(|_| too_late())?)
                .ok_or_else(too_late)?;
            let weeks = tr!(l, "weeks-later", n = n);
            steps.push(Step {
                code: "count".into(),
                text: tr!(
                    l,
                    if validity {
                        "step-count-weeks-validity"
                    } else {
                        "step-count-weeks"
                    },
                    period = period_words,
                    weeks = weeks,
                    end = long(end)
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
            // A time limit ends on the event's date n months later; a validity ends the day
            // before its first day's date n months later, or on that month's last day where
            // the date does not exist (1 March + 1 month → 31 March; 31 January → 28 February).
            let (end, clamped) = if validity {
                let (same, clamped) = first.add_months_clamped(months).ok_or_else(too_late)?;
                if clamped {
                    (same, true)
                } else {
                    (same.add_days(-1).ok_or_else(too_late)?, false)
                }
            } else {
                from.add_months_clamped(months).ok_or_else(too_late)?
            };
            let month_end = rule.month_end.as_ref().unwrap_or(&rule.period_end);
            if clamped {
                used.push(month_end);
            }
            let text = if clamped {
                let month = crate::i18n::t(l, &format!("month-{}", end.month()), &[]);
                let missing = tr!(
                    l,
                    "date-day-month-year",
                    day = if validity { first.day() } else { from.day() },
                    month = month,
                    year = end.year()
                );
                tr!(
                    l,
                    if validity {
                        "step-month-end-validity"
                    } else {
                        "step-month-end"
                    },
                    period = period_words,
                    missing = missing,
                    end = long(end)
                )
            } else {
                tr!(
                    l,
                    if validity {
                        "step-count-months-validity"
                    } else {
                        "step-count-months"
                    },
                    period = period_words,
                    end = long(end)
                )
            };
            steps.push(Step {
                code: if clamped { "month-end" } else { "count" }.into(),
                text,
                date: end,
                citation: cite(if clamped { month_end } else { &rule.period_end }),
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
            let skipped: Vec<String> = workdays
                .met
                .borrow()
                .iter()
                .map(|h| tr!(l, "holiday-on-date", holiday = h.name, date = long(h.date)))
                .collect();
            steps.push(Step {
                code: "count".into(),
                text: tr!(
                    l,
                    if skipped.is_empty() {
                        "step-count-working-days"
                    } else {
                        "step-count-working-days-holidays"
                    },
                    period = period_words,
                    first = long(first),
                    weekend = weekend_words(rule, l),
                    holidays = skipped.join(", "),
                    end = long(day)
                ),
                date: day,
                citation: cite(&rule.working_days.provision),
            });
            day
        }
    };

    let in_scope = rule
        .applies_up_to
        .as_ref()
        .is_none_or(|limit| period_within(period, limit));
    if let (false, Some(limit), false) = (in_scope, &rule.applies_up_to, validity) {
        used.push(&limit.provision);
        steps.push(Step {
            code: "rule-not-applicable".into(),
            text: tr!(
                l,
                "step-rule-not-applicable",
                rule = rule.title,
                days = limit.days,
                weeks = limit.weeks,
                months = limit.months,
                years = limit.years
            ),
            date: end,
            citation: cite(&limit.provision),
        });
    }
    let usable = |p: &Provision| !(place.strict && p.status == Status::Unverified);
    if !validity && in_scope {
        if let Some(roll) = rule.last_day_roll.first().filter(|p| usable(p)) {
            if !workdays.is_working(end) {
                used.push(roll);
                if roll.status == Status::Unverified {
                    unverified_parts.push(tr!(l, "unverified-roll", article = roll.article));
                }
                let why = workdays.why_not_working(end, l);
                let next = workdays.next_working_after(end).ok_or_else(too_late)?;
                let between = end.days_until(next) > 1;
                steps.push(Step {
                    code: "roll".into(),
                    text: tr!(
                        l,
                        if between {
                            "step-roll-between"
                        } else {
                            "step-roll"
                        },
                        end = long(end),
                        why = why,
                        next = long(next)
                    ),
                    date: next,
                    citation: cite(roll),
                });
                end = next;
            }
        }

        for minimum in rule
            .minimum_working_days
            .iter()
            .filter(|m| usable(&m.provision))
        {
            if !reaches(period, minimum.periods_of_at_least_days) {
                continue;
            }
            let met_before = workdays.met.borrow().clone();
            let before = workdays.count_between(first, end);
            if before >= minimum.working_days {
                // The check changed nothing: the holidays it looked at did not change the count.
                *workdays.met.borrow_mut() = met_before;
            }
            // The result rests on this provision only where it moved the date; a check that
            // changed nothing is shown, but does not lower the result's status.
            if before < minimum.working_days {
                used.push(&minimum.provision);
                if minimum.provision.status == Status::Unverified {
                    unverified_parts.push(tr!(
                        l,
                        "unverified-minimum",
                        article = minimum.provision.article
                    ));
                }
            }
            let unextended = end;
            let mut have = before;
            while have < minimum.working_days {
                end = workdays.next_working_after(end).ok_or_else(too_late)?;
                have += 1;
            }
            let text = if before < minimum.working_days {
                tr!(
                    l,
                    "step-minimum-extended",
                    first = long(first),
                    unextended = long(unextended),
                    before = before,
                    minimum = minimum.working_days,
                    end = long(end)
                )
            } else {
                tr!(
                    l,
                    "step-minimum-met",
                    first = long(first),
                    end = long(end),
                    minimum = minimum.working_days
                )
            };
            steps.push(Step {
                code: "minimum-working-days".into(),
                text,
                date: end,
                citation: cite(&minimum.provision),
            });
        }
    }

    steps.push(Step {
        code: "result".into(),
        text: tr!(
            l,
            if validity {
                "step-result-validity"
            } else {
                "step-result"
            },
            end = long(end)
        ),
        date: end,
        citation: None,
    });

    let holidays: Vec<Holiday> = {
        let mut met = workdays.met.borrow().clone();
        met.retain(|h| h.date >= first && h.date <= end);
        crate::sort::sort_by_key(&mut met, |h| h.date);
        met
    };
    let mut statuses: Vec<Status> = used.iter().map(|p| p.status).collect();
    statuses.extend(holidays.iter().map(|h| h.status));

    let mut assumptions = Vec::new();
    // Holidays can change the result only where working days are counted or the end moves.
    let moves_end = !validity
        && in_scope
        && (!rule.last_day_roll.is_empty()
            || rule
                .minimum_working_days
                .iter()
                .any(|m| reaches(period, m.periods_of_at_least_days)));
    let holidays_matter = rule.working_days.public_holidays_excluded
        && (period.unit() == PeriodUnit::WorkingDays || moves_end);
    let mut earliest_possible = false;
    if holidays_matter {
        match workdays.calendar {
            None => {
                earliest_possible = true;
                assumptions.push(Assumption {
                    code: "public-holidays-not-applied".into(),
                    text: tr!(
                        l,
                        "assume-public-holidays-not-applied",
                        rule = rule.title,
                        country = rule.working_days.public_holidays_of
                    ),
                });
            }
            Some(cal) => {
                if cal.regions_ignored() && cal.regional_days_between(first, end) {
                    earliest_possible = true;
                    let codes: Vec<&str> =
                        cal.data().regions.iter().map(|r| r.code.as_str()).collect();
                    assumptions.push(Assumption {
                        code: "regional-holidays-not-applied".into(),
                        text: tr!(
                            l,
                            "assume-regional-holidays-not-applied",
                            country = cal.data().name,
                            regions = codes.join(", ")
                        ),
                    });
                }
                let doubtful = cal.doubtful_days_between(first, end);
                if !doubtful.is_empty() {
                    earliest_possible = true;
                    let names: Vec<String> = doubtful
                        .iter()
                        .map(|h| format!("{} ({})", describe_holiday(h, l), long(h.date)))
                        .collect();
                    assumptions.push(Assumption {
                        code: "doubtful-holiday".into(),
                        text: tr!(l, "assume-doubtful-holiday", days = names.join(", ")),
                    });
                }
                let mut reasons: Vec<String> = Vec::new();
                for year in first.year()..=end.year() {
                    if !cal.complete_for(year) {
                        let reason = cal.incomplete_reason(year, l);
                        if !reasons.contains(&reason) {
                            reasons.push(reason);
                        }
                    }
                }
                if !reasons.is_empty() {
                    earliest_possible = true;
                    assumptions.push(Assumption {
                        code: "holidays-incomplete".into(),
                        text: tr!(l, "assume-holidays-incomplete", reasons = reasons.join(" ")),
                    });
                }
            }
        }
    }
    for note in &rule.notes {
        if note.holidays_may_be_missing && holidays_matter {
            earliest_possible = true;
        }
        assumptions.push(Assumption {
            code: note.code.clone(),
            text: format!("{} ({}, {})", note.text, rule.title, note.provision.article),
        });
    }
    let status = statuses.iter().copied().min().unwrap_or(Status::Verified);
    let mut weak: Vec<&str> = Vec::new();
    for p in used.iter().filter(|p| p.status != Status::Verified) {
        if !weak.contains(&p.article.as_str()) {
            weak.push(p.article.as_str());
        }
    }
    if !weak.is_empty() {
        assumptions.push(Assumption {
            code: "provision-not-verified".into(),
            text: tr!(
                l,
                "assume-provision-not-verified",
                articles = weak.join(", "),
                rule = rule.title,
                count = weak.len(),
                status = status_word(
                    used.iter()
                        .map(|p| p.status)
                        .min()
                        .unwrap_or(Status::Verified),
                    l
                ),
                url = rule.url
            ),
        });
    }
    let weak_days: Vec<String> = holidays
        .iter()
        .filter(|h| h.status != Status::Verified)
        .map(|h| format!("{} ({})", h.name, status_word(h.status, l)))
        .collect();
    if !weak_days.is_empty() {
        assumptions.push(Assumption {
            code: "holiday-not-verified".into(),
            text: tr!(
                l,
                "assume-holiday-not-verified",
                days = weak_days.join(", ")
            ),
        });
    }

    for h in holidays.iter().filter(|h| h.status == Status::Unverified) {
        unverified_parts.push(tr!(
            l,
            "unverified-holiday",
            holiday = h.name,
            date = long(h.date)
        ));
    }
    let deadline = Deadline {
        date: end,
        earliest_possible,
        from: event,
        period: period.to_iso(),
        kind,
        jurisdiction: place.jurisdiction.to_owned(),
        rule: RuleApplied {
            id: rule.id.clone(),
            title: rule.title.clone(),
            instrument: rule.instrument.clone(),
            url: rule.url.clone(),
            status,
        },
        calendar: workdays.calendar.map(|c| {
            c.region()
                .map_or_else(|| c.data().code.clone(), |r| r.code.clone())
        }),
        holidays,
        steps,
        assumptions,
        alternative: None,
    };
    Ok(Counted {
        deadline,
        rests_on_unverified: !unverified_parts.is_empty(),
        unverified_parts,
    })
}

/// Whether `period` is no longer than the rule's limit.
fn period_within(period: Period, limit: &law::model::AppliesUpTo) -> bool {
    let n = period.amount();
    match period.unit() {
        PeriodUnit::Days | PeriodUnit::WorkingDays => n <= limit.days,
        PeriodUnit::Weeks => n <= limit.weeks,
        PeriodUnit::Months => n <= limit.months,
        PeriodUnit::Years => n <= limit.years,
    }
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

fn weekend_words(rule: &CountingRuleData, locale: &str) -> String {
    let days = match rule.working_days.weekend.as_slice() {
        [] => "none",
        [one] if one == "sunday" => "sunday",
        _ => "saturday-sunday",
    };
    tr!(locale, "weekend-days", days = days)
}

fn status_word(s: Status, locale: &str) -> String {
    tr!(
        locale,
        match s {
            Status::Verified => "status-word-verified",
            Status::Secondary => "status-word-secondary",
            Status::Unverified => "status-word-unverified",
        }
    )
}
