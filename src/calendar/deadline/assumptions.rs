//! What a count cannot know, and what it rests on that is less than verified: the assumptions
//! of one reading, from its `Counting` and the calendar applied. Nothing here moves a date.

use super::super::holidays::HolidayCalendar;
use super::super::PeriodUnit;
use super::count::{reaches, Counting};
use super::explain::{describe_holiday, status_word};
use super::{Assumption, DeadlineKind};
use crate::i18n::{long_date, tr};
use crate::law::Status;

/// The assumptions of `c`, and whether a holiday not encoded could make its end later (the
/// date is then the earliest possible one).
pub(super) fn assumptions(
    c: &Counting<'_>,
    calendar: Option<&HolidayCalendar>,
    l: &str,
) -> (Vec<Assumption>, bool) {
    let rule = c.rule;
    let mut out = Vec::new();
    let holidays_matter = holidays_matter(c);
    let mut earliest_possible = holidays_matter && holidays_unknown(c, calendar, l, &mut out);
    for note in &rule.notes {
        if note.holidays_may_be_missing && holidays_matter {
            earliest_possible = true;
        }
        out.push(Assumption {
            code: note.code.clone(),
            text: format!("{} ({}, {})", note.text, rule.title, note.provision.article),
        });
    }
    let mut weak: Vec<&str> = Vec::new();
    for p in c.used.iter().filter(|p| p.status != Status::Verified) {
        if !weak.contains(&p.article.as_str()) {
            weak.push(p.article.as_str());
        }
    }
    if !weak.is_empty() {
        let weakest = c.used.iter().map(|p| p.status).min();
        out.push(Assumption {
            code: "provision-not-verified".into(),
            text: tr!(
                l,
                "assume-provision-not-verified",
                articles = weak.join(", "),
                rule = rule.title,
                count = weak.len(),
                status = status_word(weakest.unwrap_or(Status::Verified), l),
                url = rule.url
            ),
        });
    }
    let weak_days: Vec<String> = c
        .holidays
        .iter()
        .filter(|h| h.status != Status::Verified)
        .map(|h| format!("{} ({})", h.name, status_word(h.status, l)))
        .collect();
    if !weak_days.is_empty() {
        out.push(Assumption {
            code: "holiday-not-verified".into(),
            text: tr!(
                l,
                "assume-holiday-not-verified",
                days = weak_days.join(", ")
            ),
        });
    }
    (out, earliest_possible)
}

/// Whether holidays can change the result: where working days are counted or the end moves.
fn holidays_matter(c: &Counting<'_>) -> bool {
    let rule = c.rule;
    let moves_end = c.kind != DeadlineKind::Validity
        && c.in_scope
        && (!rule.last_day_roll.is_empty()
            || rule
                .minimum_working_days
                .iter()
                .any(|m| reaches(c.period, m.periods_of_at_least_days)));
    rule.working_days.public_holidays_excluded
        && (c.period.unit() == PeriodUnit::WorkingDays || moves_end)
}

/// Adds to `out` each way a holiday could be missing from the count; true if there is one.
fn holidays_unknown(
    c: &Counting<'_>,
    calendar: Option<&HolidayCalendar>,
    l: &str,
    out: &mut Vec<Assumption>,
) -> bool {
    let (first, end) = (c.first, c.end);
    let Some(cal) = calendar else {
        out.push(Assumption {
            code: "public-holidays-not-applied".into(),
            text: tr!(
                l,
                "assume-public-holidays-not-applied",
                rule = c.rule.title,
                country = c.rule.working_days.public_holidays_of
            ),
        });
        return true;
    };
    let before = out.len();
    if cal.regions_ignored() && cal.regional_days_between(first, end) {
        let codes: Vec<&str> = cal.data().regions.iter().map(|r| r.code.as_str()).collect();
        out.push(Assumption {
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
        let names: Vec<String> = doubtful
            .iter()
            .map(|h| format!("{} ({})", describe_holiday(h, l), long_date(l, h.date)))
            .collect();
        out.push(Assumption {
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
        out.push(Assumption {
            code: "holidays-incomplete".into(),
            text: tr!(l, "assume-holidays-incomplete", reasons = reasons.join(" ")),
        });
    }
    out.len() > before
}
