//! Counting one period under one rule, in phases: the start (which day counts first), the
//! period added, the roll of a last day off non-working days, the minimum of working days.
//! Each phase records what it did as a typed step with the provision it applied, and the
//! holidays it met. No words here (`explain.rs`), no assumptions (`assumptions.rs`), and no
//! choice between readings (`reading.rs`): one call counts one reading.

use super::super::holidays::Holiday;
use super::super::{Date, Period, PeriodUnit};
use super::workdays::{NotWorking, Workdays};
use super::{too_late, DeadlineKind, Reading};
use crate::error::{Error, ErrorCode};
use crate::law::model::AppliesUpTo;
use crate::law::{CountingRuleData, Provision, Status};

/// What one step of the count did.
#[derive(Debug, Clone)]
pub(super) enum StepKind<'r> {
    /// The rule counts a period in days as working days.
    DaysAreWorkingDays,
    /// The event, and the first day counted (the event itself for a validity, and in the strict
    /// reading where the event day's exclusion is unverified).
    Event { first: Date },
    /// A period in days counted from `first`.
    Days { first: Date },
    /// A period in weeks: the same weekday `weeks` weeks later.
    Weeks { weeks: u32 },
    /// A period in months or years: the same date that many months later.
    Months,
    /// A period in months or years whose matching date (day `missing_day` of the end's month)
    /// does not exist: the month's last day.
    MonthEnd { missing_day: i8 },
    /// A period in working days, skipping the rule's weekend and `holidays`.
    WorkingDays { first: Date, holidays: Vec<Holiday> },
    /// The rule does not apply to a period this long.
    RuleNotApplicable { limit: &'r AppliesUpTo },
    /// The last day `from` was not a working day: the end moves to the step's date.
    Roll { from: Date, why: NotWorking },
    /// A minimum of working days checked from `first`: `before` were counted to `unextended`.
    Minimum {
        first: Date,
        unextended: Date,
        before: u32,
        minimum: u32,
    },
    /// The last day.
    Result,
}

/// One step: what it did, the date it arrives at, the provision it applied.
#[derive(Debug, Clone)]
pub(super) struct CountStep<'r> {
    pub kind: StepKind<'r>,
    pub date: Date,
    pub provision: Option<&'r Provision>,
}

/// A part of the count that rests on an unverified provision or holiday: the strict reading
/// leaves it out.
#[derive(Debug, Clone)]
pub(super) enum Unverified<'r> {
    EventDay(&'r Provision),
    WorkingDays(&'r Provision),
    Roll(&'r Provision),
    Minimum(&'r Provision),
    Holiday(Holiday),
}

/// One reading of one period, counted.
#[derive(Debug, Clone)]
pub(super) struct Counting<'r> {
    pub rule: &'r CountingRuleData,
    pub kind: DeadlineKind,
    /// The event, as given.
    pub event: Date,
    /// The day the count runs from (the event, or for a validity the day before).
    pub from: Date,
    /// The first day counted.
    pub first: Date,
    /// The period as counted (days become working days where the rule says so).
    pub period: Period,
    /// Whether the rule applies to a period this long.
    pub in_scope: bool,
    pub end: Date,
    pub steps: Vec<CountStep<'r>>,
    /// The provisions the end rests on.
    pub used: Vec<&'r Provision>,
    /// The holidays that changed the count, by date.
    pub holidays: Vec<Holiday>,
    pub unverified: Vec<Unverified<'r>>,
}

impl Counting<'_> {
    fn validity(&self) -> bool {
        self.kind == DeadlineKind::Validity
    }
}

/// Counts `period` from `event` under `rule`, in one reading.
///
/// # Errors
/// `out_of_range` when a day before 1900 or after 2199 would be needed.
pub(super) fn count<'r>(
    rule: &'r CountingRuleData,
    workdays: &Workdays<'_>,
    reading: Reading,
    kind: DeadlineKind,
    event: Date,
    period: Period,
) -> Result<Counting<'r>, Error> {
    let mut c = start(rule, reading, kind, event, period)?;
    add_period(&mut c, workdays)?;
    let validity = c.validity();
    if let (false, Some(limit), false) = (c.in_scope, &rule.applies_up_to, validity) {
        c.used.push(&limit.provision);
        c.steps.push(CountStep {
            kind: StepKind::RuleNotApplicable { limit },
            date: c.end,
            provision: Some(&limit.provision),
        });
    }
    if !validity && c.in_scope {
        roll(&mut c, workdays, reading)?;
        minimum(&mut c, workdays, reading)?;
    }
    c.steps.push(CountStep {
        kind: StepKind::Result,
        date: c.end,
        provision: None,
    });
    let (first, end) = (c.first, c.end);
    c.holidays.retain(|h| h.date >= first && h.date <= end);
    crate::sort::sort_by_key(&mut c.holidays, |h| h.date);
    c.holidays.dedup_by_key(|h| h.date);
    let unverified_days: Vec<Unverified<'r>> = c
        .holidays
        .iter()
        .filter(|h| h.status == Status::Unverified)
        .map(|h| Unverified::Holiday(h.clone()))
        .collect();
    c.unverified.extend(unverified_days);
    Ok(c)
}

/// Whether the reading applies `p`: the strict reading leaves out what is unverified.
fn usable(reading: Reading, p: &Provision) -> bool {
    reading == Reading::AsEncoded || p.status != Status::Unverified
}

/// The first phase: which day counts first, and in which unit.
///
/// The event day is not counted (a validity counts it: counted from the day before). The
/// strict reading also counts the event day where its exclusion is unverified: a period in
/// days then ends a day earlier.
fn start<'r>(
    rule: &'r CountingRuleData,
    reading: Reading,
    kind: DeadlineKind,
    event: Date,
    period: Period,
) -> Result<Counting<'r>, Error> {
    let validity = kind == DeadlineKind::Validity;
    let counts_days = matches!(period.unit(), PeriodUnit::Days | PeriodUnit::WorkingDays);
    let excluded = &rule.event_day_excluded;
    let event_day_counted = !validity && counts_days && !usable(reading, excluded);
    let (from, first) = if validity || event_day_counted {
        let before = event.add_days(-1).ok_or_else(|| {
            Error::new(
                ErrorCode::OutOfRange,
                "from",
                format!(
                    "a period starting on {} cannot be counted: the engine handles dates from {}",
                    event,
                    super::super::MIN_YEAR
                ),
            )
        })?;
        (before, event)
    } else {
        (event, event.next_day().ok_or_else(too_late)?)
    };
    let mut c = Counting {
        rule,
        kind,
        event,
        from,
        first,
        period,
        in_scope: true,
        end: from,
        steps: Vec::new(),
        // Days are counted from the day after the event; a period in weeks, months or years
        // ends on the day matching the event's, so it rests on `period_end` instead.
        used: if counts_days && !validity {
            vec![excluded]
        } else {
            vec![]
        },
        holidays: Vec::new(),
        unverified: Vec::new(),
    };
    if !validity && counts_days && excluded.status == Status::Unverified {
        c.unverified.push(Unverified::EventDay(excluded));
    }
    // A validity (a protective period) is not a procedural time limit: its days are calendar
    // days, the shorter and so the guaranteed reading (law/README principle 2).
    if let (PeriodUnit::Days, Some(p), false) =
        (period.unit(), &rule.days_are_working_days, validity)
    {
        if usable(reading, p) {
            if p.status == Status::Unverified {
                c.unverified.push(Unverified::WorkingDays(p));
            }
            c.used.push(p);
            c.steps.push(CountStep {
                kind: StepKind::DaysAreWorkingDays,
                date: event,
                provision: Some(p),
            });
            c.period = Period::new(period.amount(), PeriodUnit::WorkingDays).unwrap_or(period);
        }
    }
    c.steps.push(CountStep {
        kind: StepKind::Event { first },
        date: event,
        provision: (!validity).then_some(excluded),
    });
    c.in_scope = rule
        .applies_up_to
        .as_ref()
        .is_none_or(|limit| period_within(c.period, limit));
    Ok(c)
}

/// The second phase: the period added to the start.
fn add_period<'r>(c: &mut Counting<'r>, workdays: &Workdays<'_>) -> Result<(), Error> {
    let rule = c.rule;
    let validity = c.validity();
    let n = c.period.amount();
    let (end, kind, provision) = match c.period.unit() {
        PeriodUnit::Days => {
            let end = c
                .from
                .add_days(i32::try_from(n).map_err(|_| too_late())?)
                .ok_or_else(too_late)?;
            let first = c.first;
            (
                end,
                StepKind::Days { first },
                (!validity).then_some(&rule.event_day_excluded),
            )
        }
        PeriodUnit::Weeks => {
            c.used.push(&rule.period_end);
            let days = n.checked_mul(7).ok_or_else(too_late)?;
            let end = c
                .from
                .add_days(i32::try_from(days).map_err(|_| too_late())?)
                .ok_or_else(too_late)?;
            (end, StepKind::Weeks { weeks: n }, Some(&rule.period_end))
        }
        PeriodUnit::Months | PeriodUnit::Years => {
            c.used.push(&rule.period_end);
            let months = if c.period.unit() == PeriodUnit::Years {
                n.checked_mul(12).ok_or_else(too_late)?
            } else {
                n
            };
            // A time limit ends on the event's date n months later; a validity ends the day
            // before its first day's date n months later, or on that month's last day where
            // the date does not exist (1 March + 1 month → 31 March; 31 January → 28 February).
            let (end, clamped) = if validity {
                let (same, clamped) = c.first.add_months_clamped(months).ok_or_else(too_late)?;
                if clamped {
                    (same, true)
                } else {
                    (same.add_days(-1).ok_or_else(too_late)?, false)
                }
            } else {
                c.from.add_months_clamped(months).ok_or_else(too_late)?
            };
            if clamped {
                let month_end = rule.month_end.as_ref().unwrap_or(&rule.period_end);
                c.used.push(month_end);
                let missing_day = if validity {
                    c.first.day()
                } else {
                    c.from.day()
                };
                (end, StepKind::MonthEnd { missing_day }, Some(month_end))
            } else {
                (end, StepKind::Months, Some(&rule.period_end))
            }
        }
        PeriodUnit::WorkingDays => {
            c.used.push(&rule.working_days.provision);
            let mut day = c.from;
            for _ in 0..n {
                day = workdays.next_working_after(day).ok_or_else(too_late)?;
            }
            let holidays = workdays.holidays_between(c.first, day);
            c.holidays.extend(holidays.iter().cloned());
            let first = c.first;
            (
                day,
                StepKind::WorkingDays { first, holidays },
                Some(&rule.working_days.provision),
            )
        }
    };
    c.end = end;
    c.steps.push(CountStep {
        kind,
        date: end,
        provision,
    });
    Ok(())
}

/// The third phase: a last day that is not a working day moves to the next working day, where
/// the rule says so.
fn roll(c: &mut Counting<'_>, workdays: &Workdays<'_>, reading: Reading) -> Result<(), Error> {
    let Some(roll) = c.rule.last_day_roll.first().filter(|p| usable(reading, p)) else {
        return Ok(());
    };
    let Some(why) = workdays.why_not_working(c.end) else {
        return Ok(());
    };
    c.used.push(roll);
    if roll.status == Status::Unverified {
        c.unverified.push(Unverified::Roll(roll));
    }
    let next = workdays.next_working_after(c.end).ok_or_else(too_late)?;
    c.holidays.extend(workdays.holidays_between(c.end, next));
    c.steps.push(CountStep {
        kind: StepKind::Roll { from: c.end, why },
        date: next,
        provision: Some(roll),
    });
    c.end = next;
    Ok(())
}

/// The fourth phase: a period of N days or more is extended until it includes its minimum of
/// working days, where the rule says so. A check that changes nothing is shown, but the result
/// does not rest on it.
fn minimum(c: &mut Counting<'_>, workdays: &Workdays<'_>, reading: Reading) -> Result<(), Error> {
    let rule = c.rule;
    for m in rule
        .minimum_working_days
        .iter()
        .filter(|m| usable(reading, &m.provision))
        .filter(|m| reaches(c.period, m.periods_of_at_least_days))
    {
        let unextended = c.end;
        let before = workdays.count_between(c.first, unextended);
        if before < m.working_days {
            c.used.push(&m.provision);
            if m.provision.status == Status::Unverified {
                c.unverified.push(Unverified::Minimum(&m.provision));
            }
            for _ in before..m.working_days {
                c.end = workdays.next_working_after(c.end).ok_or_else(too_late)?;
            }
            c.holidays.extend(workdays.holidays_between(c.first, c.end));
        }
        c.steps.push(CountStep {
            kind: StepKind::Minimum {
                first: c.first,
                unextended,
                before,
                minimum: m.working_days,
            },
            date: c.end,
            provision: Some(&m.provision),
        });
    }
    Ok(())
}

/// Whether `period` is no longer than the rule's limit.
fn period_within(period: Period, limit: &AppliesUpTo) -> bool {
    let n = period.amount();
    match period.unit() {
        PeriodUnit::Days | PeriodUnit::WorkingDays => n <= limit.days,
        PeriodUnit::Weeks => n <= limit.weeks,
        PeriodUnit::Months => n <= limit.months,
        PeriodUnit::Years => n <= limit.years,
    }
}

/// Whether `period` is at least `days` days long, for "periods of N days or more".
pub(super) fn reaches(period: Period, days: u32) -> bool {
    match period.unit() {
        PeriodUnit::Days | PeriodUnit::WorkingDays => period.amount() >= days,
        PeriodUnit::Weeks => period.amount().saturating_mul(7) >= days,
        // The shortest month has 28 days.
        PeriodUnit::Months => period.amount().saturating_mul(28) >= days,
        PeriodUnit::Years => period.amount().saturating_mul(365) >= days,
    }
}

#[cfg(test)]
mod tests {
    //! One test per phase, named after the provision it exercises (Regulation 1182/71 unless
    //! said otherwise). Dates are read off a 2026 calendar: 4 March is a Wednesday.
    use super::*;
    use crate::calendar::HolidayCalendar;

    fn d(s: &str) -> Date {
        Date::parse(s).expect("test date")
    }

    fn eu_rule() -> &'static CountingRuleData {
        crate::law::profile("EU", "jurisdiction")
            .expect("the EU profile")
            .counting_rules
            .iter()
            .find(|r| r.id == "eu-1182-71")
            .expect("Regulation 1182/71")
    }

    fn run(
        rule: &CountingRuleData,
        calendar: Option<&HolidayCalendar>,
        reading: Reading,
        kind: DeadlineKind,
        from: &str,
        period: &str,
    ) -> Counting<'static> {
        let rule: &'static CountingRuleData = Box::leak(Box::new(rule.clone()));
        let workdays = Workdays::of(rule, calendar, reading);
        let period = Period::parse_iso(period).expect("test period");
        count(rule, &workdays, reading, kind, d(from), period).expect("a date in range")
    }

    fn codes(c: &Counting<'_>) -> Vec<&'static str> {
        c.steps
            .iter()
            .map(|s| match s.kind {
                StepKind::DaysAreWorkingDays => "working-days",
                StepKind::Event { .. } => "event",
                StepKind::Days { .. } => "days",
                StepKind::Weeks { .. } => "weeks",
                StepKind::Months => "months",
                StepKind::MonthEnd { .. } => "month-end",
                StepKind::WorkingDays { .. } => "working-days-count",
                StepKind::RuleNotApplicable { .. } => "not-applicable",
                StepKind::Roll { .. } => "roll",
                StepKind::Minimum { .. } => "minimum",
                StepKind::Result => "result",
            })
            .collect()
    }

    fn at() -> HolidayCalendar {
        HolidayCalendar::of("AT", None, "jurisdiction", "region").expect("Austria's holidays")
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn art_3_1_the_event_day_is_not_counted() {
        let c = run(
            eu_rule(),
            None,
            Reading::AsEncoded,
            DeadlineKind::TimeLimit,
            "2026-03-04",
            "P2D",
        );
        assert_eq!((c.first, c.end), (d("2026-03-05"), d("2026-03-06")));
        assert_eq!(codes(&c), ["event", "days", "minimum", "result"]);
        assert!(c.used.iter().any(|p| p.article.starts_with("Art. 3(1)")));
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn art_3_4_a_last_day_on_a_saturday_moves_to_monday() {
        let c = run(
            eu_rule(),
            None,
            Reading::AsEncoded,
            DeadlineKind::TimeLimit,
            "2026-03-04",
            "P3D",
        );
        assert_eq!(c.end, d("2026-03-09"));
        let roll = c
            .steps
            .iter()
            .find(|s| matches!(s.kind, StepKind::Roll { .. }));
        match roll.map(|s| &s.kind) {
            Some(StepKind::Roll {
                from,
                why: NotWorking::Weekend(day),
            }) => {
                assert_eq!((*from, *day), (d("2026-03-07"), d("2026-03-07")));
            }
            other => panic!("expected a roll off Saturday, got {other:?}"),
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn art_3_2_c_a_month_from_31_january_ends_on_the_last_day_of_february() {
        let c = run(
            eu_rule(),
            None,
            Reading::AsEncoded,
            DeadlineKind::TimeLimit,
            "2026-01-31",
            "P1M",
        );
        let month_end = c
            .steps
            .iter()
            .find(|s| matches!(s.kind, StepKind::MonthEnd { missing_day: 31 }));
        assert_eq!(month_end.map(|s| s.date), Some(d("2026-02-28")));
        // 28 February 2026 is a Saturday: art. 3(4) moves the end to Monday.
        assert_eq!(c.end, d("2026-03-02"));
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn art_3_5_two_days_that_hold_a_holiday_are_extended_to_two_working_days() {
        // 26 October is Austria's National Day, a Monday in 2026.
        let cal = at();
        let c = run(
            eu_rule(),
            Some(&cal),
            Reading::AsEncoded,
            DeadlineKind::TimeLimit,
            "2026-10-25",
            "P2D",
        );
        assert_eq!(c.end, d("2026-10-28"));
        assert_eq!(codes(&c), ["event", "days", "minimum", "result"]);
        assert!(matches!(
            c.steps[2].kind,
            StepKind::Minimum {
                before: 1,
                minimum: 2,
                ..
            }
        ));
        let met: Vec<Date> = c.holidays.iter().map(|h| h.date).collect();
        assert_eq!(met, [d("2026-10-26")]);
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn art_3_5_a_check_that_changes_nothing_lists_no_holiday() {
        // Ten days over National Day, ending on a Friday: the holiday changed nothing.
        let cal = at();
        let c = run(
            eu_rule(),
            Some(&cal),
            Reading::AsEncoded,
            DeadlineKind::TimeLimit,
            "2026-10-20",
            "P10D",
        );
        assert_eq!(c.end, d("2026-10-30"));
        assert!(c.holidays.is_empty(), "{:?}", c.holidays);
        assert!(!c.used.iter().any(|p| p.article == "Art. 3(5)"));
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn a_validity_counts_its_first_day_and_is_never_moved() {
        // One month from Sunday 8 March: the last day is Tuesday 7 April, and a validity ending
        // on a weekend would stay there.
        let c = run(
            eu_rule(),
            None,
            Reading::AsEncoded,
            DeadlineKind::Validity,
            "2026-03-08",
            "P1M",
        );
        assert_eq!((c.first, c.end), (d("2026-03-08"), d("2026-04-07")));
        let c = run(
            eu_rule(),
            None,
            Reading::AsEncoded,
            DeadlineKind::Validity,
            "2026-03-01",
            "P6D",
        );
        assert_eq!(c.end, d("2026-03-06"));
        let c = run(
            eu_rule(),
            None,
            Reading::AsEncoded,
            DeadlineKind::Validity,
            "2026-03-02",
            "P6D",
        );
        assert_eq!(
            c.end,
            d("2026-03-07"),
            "a validity ending on a Saturday is not moved"
        );
        assert_eq!(codes(&c), ["event", "days", "result"]);
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn the_strict_reading_counts_an_event_day_whose_exclusion_is_unverified() {
        let mut rule = eu_rule().clone();
        rule.event_day_excluded.status = Status::Unverified;
        let encoded = run(
            &rule,
            None,
            Reading::AsEncoded,
            DeadlineKind::TimeLimit,
            "2026-03-04",
            "P2D",
        );
        assert_eq!(encoded.end, d("2026-03-06"));
        assert!(matches!(
            encoded.unverified.as_slice(),
            [Unverified::EventDay(_)]
        ));
        let strict = run(
            &rule,
            None,
            Reading::Strict,
            DeadlineKind::TimeLimit,
            "2026-03-04",
            "P2D",
        );
        assert_eq!(
            (strict.first, strict.end),
            (d("2026-03-04"), d("2026-03-05"))
        );
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn the_strict_reading_leaves_out_an_unverified_roll() {
        let mut rule = eu_rule().clone();
        for p in &mut rule.last_day_roll {
            p.status = Status::Unverified;
        }
        let strict = run(
            &rule,
            None,
            Reading::Strict,
            DeadlineKind::TimeLimit,
            "2026-03-04",
            "P3D",
        );
        assert_eq!(strict.end, d("2026-03-07"), "Saturday, not moved");
        let encoded = run(
            &rule,
            None,
            Reading::AsEncoded,
            DeadlineKind::TimeLimit,
            "2026-03-04",
            "P3D",
        );
        assert_eq!(encoded.end, d("2026-03-09"));
        assert!(matches!(
            encoded.unverified.as_slice(),
            [Unverified::Roll(_)]
        ));
    }
}
