//! The words of a count: each typed step of `count.rs` as a sentence in the reader's locale.
//! Nothing here decides a date.

use super::super::holidays::Holiday;
use super::count::{CountStep, Counting, StepKind, Unverified};
use super::workdays::NotWorking;
use super::{DeadlineKind, Step};
use crate::i18n::{long_date, tr};
use crate::law::calendar_model::HolidayScope;
use crate::law::model::Weekday;
use crate::law::{Citation, CountingRuleData, Status};

/// The steps of `c` in words.
pub(super) fn steps(c: &Counting<'_>, locale: &str) -> Vec<Step> {
    c.steps
        .iter()
        .map(|s| Step {
            code: code(&s.kind).into(),
            text: text(c, s, locale),
            date: s.date,
            citation: s.provision.map(|p| Citation::of(c.rule, p)),
        })
        .collect()
}

/// The stable code of a step, as `Step::code` documents it.
fn code(kind: &StepKind<'_>) -> &'static str {
    match kind {
        StepKind::DaysAreWorkingDays => "days-are-working-days",
        StepKind::Event { .. } => "event",
        StepKind::Days { .. }
        | StepKind::Weeks { .. }
        | StepKind::Months
        | StepKind::WorkingDays { .. } => "count",
        StepKind::MonthEnd { .. } => "month-end",
        StepKind::RuleNotApplicable { .. } => "rule-not-applicable",
        StepKind::Roll { .. } => "roll",
        StepKind::Minimum { .. } => "minimum-working-days",
        StepKind::Result => "result",
    }
}

fn text(c: &Counting<'_>, s: &CountStep<'_>, l: &str) -> String {
    let long = |d| long_date(l, d);
    let validity = c.kind == DeadlineKind::Validity;
    // The message of a step that reads differently for a validity.
    let pick =
        |validity_id: &'static str, id: &'static str| if validity { validity_id } else { id };
    let period = c.period.words(l);
    let end = long(s.date);
    match &s.kind {
        StepKind::DaysAreWorkingDays => {
            tr!(l, "step-days-are-working-days", rule = c.rule.title)
        }
        StepKind::Event { first, .. } if validity => {
            tr!(l, "step-event-validity", first = long(*first))
        }
        // The strict reading counted the event day itself (its exclusion is unverified).
        StepKind::Event { first, .. } if *first == c.event => {
            tr!(l, "step-event-counted", event = long(c.event))
        }
        StepKind::Event { first, .. } => {
            tr!(l, "step-event", event = long(c.event), first = long(*first))
        }
        StepKind::Days { first } => tr!(
            l,
            "step-count-days",
            period = period,
            first = long(*first),
            end = end
        ),
        StepKind::Weeks { weeks } => tr!(
            l,
            pick("step-count-weeks-validity", "step-count-weeks"),
            period = period,
            weeks = tr!(l, "weeks-later", n = *weeks),
            end = end
        ),
        StepKind::Months => tr!(
            l,
            pick("step-count-months-validity", "step-count-months"),
            period = period,
            end = end
        ),
        StepKind::MonthEnd { missing_day } => {
            let month = crate::i18n::t(l, &format!("month-{}", s.date.month()), &[]);
            let missing = tr!(
                l,
                "date-day-month-year",
                day = *missing_day,
                month = month,
                year = s.date.year()
            );
            tr!(
                l,
                pick("step-month-end-validity", "step-month-end"),
                period = period,
                missing = missing,
                end = end
            )
        }
        StepKind::WorkingDays { first, holidays } => {
            let skipped: Vec<String> = holidays
                .iter()
                .map(|h| tr!(l, "holiday-on-date", holiday = h.name, date = long(h.date)))
                .collect();
            tr!(
                l,
                if skipped.is_empty() {
                    "step-count-working-days"
                } else {
                    "step-count-working-days-holidays"
                },
                period = period,
                first = long(*first),
                weekend = weekend_words(c.rule, l),
                holidays = skipped.join(", "),
                end = end
            )
        }
        StepKind::RuleNotApplicable { limit } => tr!(
            l,
            "step-rule-not-applicable",
            rule = c.rule.title,
            days = limit.days,
            weeks = limit.weeks,
            months = limit.months,
            years = limit.years
        ),
        StepKind::Roll { from, why } => tr!(
            l,
            if from.days_until(s.date) > 1 {
                "step-roll-between"
            } else {
                "step-roll"
            },
            end = long(*from),
            why = not_working_words(why, l),
            next = end
        ),
        StepKind::Minimum {
            first,
            unextended,
            before,
            minimum,
        } if before < minimum => tr!(
            l,
            "step-minimum-extended",
            first = long(*first),
            unextended = long(*unextended),
            before = *before,
            minimum = *minimum,
            end = end
        ),
        StepKind::Minimum { first, minimum, .. } => tr!(
            l,
            "step-minimum-met",
            first = long(*first),
            end = end,
            minimum = *minimum
        ),
        StepKind::Result => tr!(l, pick("step-result-validity", "step-result"), end = end),
    }
}

/// A part the strict reading leaves out, in words.
pub(super) fn unverified_words(u: &Unverified<'_>, l: &str) -> String {
    match u {
        Unverified::EventDay(p) => tr!(l, "unverified-event-day", article = p.article),
        Unverified::WorkingDays(p) => tr!(l, "unverified-working-days", article = p.article),
        Unverified::Roll(p) => tr!(l, "unverified-roll", article = p.article),
        Unverified::Minimum(p) => tr!(l, "unverified-minimum", article = p.article),
        Unverified::Holiday(h) => tr!(
            l,
            "unverified-holiday",
            holiday = h.name,
            date = long_date(l, h.date)
        ),
    }
}

fn not_working_words(why: &NotWorking, l: &str) -> String {
    match why {
        NotWorking::Holiday(h) => describe_holiday(h, l),
        NotWorking::Weekend(d) => {
            let day = crate::i18n::t(
                l,
                &format!("weekday-{}", d.weekday().to_monday_one_offset()),
                &[],
            );
            tr!(l, "not-working-weekday", weekday = day)
        }
    }
}

/// A holiday's name, its local name where it differs, and what kind of day it is.
pub(super) fn describe_holiday(h: &Holiday, locale: &str) -> String {
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

/// The rule's weekend in words: the usual ones by name, any other as the list of its days.
fn weekend_words(rule: &CountingRuleData, locale: &str) -> String {
    let weekend = rule.working_days.weekend.as_slice();
    let days = match weekend {
        [] => "none",
        [Weekday::Sunday] => "sunday",
        [Weekday::Saturday, Weekday::Sunday] | [Weekday::Sunday, Weekday::Saturday] => {
            "saturday-sunday"
        }
        _ => "other",
    };
    let list: Vec<String> = Weekday::ALL
        .iter()
        .zip(1..)
        .filter(|(day, _)| weekend.contains(day))
        .map(|(_, n)| crate::i18n::t(locale, &format!("weekday-{n}"), &[]))
        .collect();
    tr!(locale, "weekend-days", days = days, list = list.join(", "))
}

pub(super) fn status_word(s: Status, locale: &str) -> String {
    tr!(
        locale,
        match s {
            Status::Verified => "status-word-verified",
            Status::Secondary => "status-word-secondary",
            Status::Unverified => "status-word-unverified",
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_weekend(days: &[Weekday]) -> CountingRuleData {
        let mut rule = crate::law::profile("EU", "jurisdiction")
            .expect("the EU profile")
            .counting_rules[0]
            .clone();
        rule.working_days.weekend = days.to_vec();
        rule
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn the_strict_reading_says_it_counts_the_event_day() {
        // Regression (review of the counting split): the strict reading, which counts an event
        // day whose exclusion is unverified, said "the event is on <the day before>; that day
        // is not counted".
        use super::super::count::count;
        use super::super::workdays::Workdays;
        use super::super::Reading;
        let mut rule = with_weekend(&[Weekday::Saturday, Weekday::Sunday]);
        rule.event_day_excluded.status = Status::Unverified;
        let period = crate::calendar::Period::parse_iso("P2D").expect("period");
        let event = crate::calendar::Date::parse("2026-03-04").expect("date");
        for (reading, counted) in [(Reading::Strict, true), (Reading::AsEncoded, false)] {
            let days = Workdays::of(&rule, None, reading);
            let c = count(
                &rule,
                &days,
                reading,
                DeadlineKind::TimeLimit,
                event,
                period,
            )
            .expect("counted");
            let words = steps(&c, "en");
            let first = &words[0].text;
            assert!(first.contains("Wednesday 4 March 2026"), "{first}");
            assert_eq!(first.contains("this reading counts it"), counted, "{first}");
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn a_weekend_is_named_by_its_own_days() {
        let words = |days: &[Weekday]| weekend_words(&with_weekend(days), "en");
        assert_eq!(
            words(&[Weekday::Saturday, Weekday::Sunday]),
            "Saturdays and Sundays"
        );
        assert_eq!(words(&[Weekday::Sunday]), "Sundays");
        assert_eq!(words(&[]), "no day of the week");
        // Regression (code review 2026-12, P4): a Friday–Saturday weekend was called
        // "Saturdays and Sundays".
        assert_eq!(
            words(&[Weekday::Friday, Weekday::Saturday]),
            "Friday, Saturday"
        );
        assert_eq!(
            weekend_words(&with_weekend(&[Weekday::Friday, Weekday::Saturday]), "de"),
            "Freitag, Samstag"
        );
    }
}
