//! The readings of one time limit for a case: which apply, and each counted.

use crate::case::facts;

use super::super::conditions::{self, Context};
use crate::calendar::{
    calendar_for, earliest, Assumption, Date, Deadline, DeadlineKind, HolidayCalendar, Period,
    PeriodUnit, Place, Readings, Step,
};
use crate::case::{AsylumDecision, AsylumProcedure, Case};
use crate::i18n::{long_date, tr};
use crate::law::model::{RegimeDate, TimeLimitCounting, TimeLimitData, TimeLimitEvent};
use crate::law::{self, CountingRuleData, ProfileData, Status};
use crate::logic::Truth;

use super::Candidate;

pub(super) fn event_date(case: &Case, event: TimeLimitEvent) -> Option<Date> {
    match event {
        TimeLimitEvent::ReflectionStart => case.reflection.start_date,
        TimeLimitEvent::AsylumDecisionNotified => {
            asylum(case).and_then(|a| a.decision_notified_date)
        }
        TimeLimitEvent::AsylumRegistered => asylum(case).and_then(|a| a.registered_date),
        TimeLimitEvent::DublinRequest => case.dublin.request_date,
        TimeLimitEvent::DublinAcceptance => case.dublin.acceptance_date,
        TimeLimitEvent::TransferDecisionNotified => case.dublin.transfer_decision_date,
    }
}

fn asylum(case: &Case) -> Option<&crate::case::Asylum> {
    case.stay.asylum.as_ref()
}

/// What is not known about whether a reading applies, and the case fields behind it.
#[derive(Debug, Clone, Default)]
struct Doubts {
    why: Vec<String>,
    facts: Vec<&'static str>,
}

/// Why a time limit whose date the case gives has no reading at all: the law data could not be
/// applied. The build's checks should make this unreachable; the assessment says it anyway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Defect {
    /// The data field that could not be applied (`rule`, `period`).
    pub field: &'static str,
    /// Its value.
    pub value: String,
}

/// The readings of one time limit for this case: none when a condition is known to fail. A
/// reading that would end after 31 December 2199 is left out and its slot put in `failed`.
///
/// # Errors
/// A [`Defect`] where the time limit's data cannot be applied.
pub(super) fn candidates_for(
    case: &Case,
    profile: &ProfileData,
    owner: &'static ProfileData,
    t: &'static TimeLimitData,
    cx: &Context<'_>,
    failed: &mut Vec<&'static str>,
) -> Result<Vec<Candidate>, Defect> {
    let Some(from) = event_date(case, t.event) else {
        return Ok(vec![]);
    };
    let mut doubts = Doubts::default();
    if !asylum_filters(case, t, cx.locale, &mut doubts)
        || !regime(case, t, from, cx.locale, &mut doubts)
        || !conditions_hold(t, cx, &mut doubts)
    {
        return Ok(vec![]);
    }
    let defect = |field: &'static str, value: &str| Defect {
        field,
        value: value.to_owned(),
    };
    let (rule, rule_owner) = rule_of(owner, &t.rule).ok_or_else(|| defect("rule", &t.rule))?;
    let (calendar, region_note) = calendar_at(case, profile, rule, rule_owner, cx.locale);
    let place = Place {
        jurisdiction: &profile.code,
        calendar: calendar.as_ref(),
        locale: cx.locale,
    };
    let kind = match t.counting {
        TimeLimitCounting::TimeLimit => DeadlineKind::TimeLimit,
        TimeLimitCounting::Validity => DeadlineKind::Validity,
    };
    let period_of = |text: &str| -> Result<Period, Defect> {
        let p = Period::parse_iso(text).map_err(|_| defect("period", text))?;
        if t.working_days {
            Period::new(p.amount(), PeriodUnit::WorkingDays).map_err(|_| defect("period", text))
        } else {
            Ok(p)
        }
    };
    let mut out = Vec::new();
    for (start, why) in starts(case, t, from, cx.locale) {
        let mut doubts = doubts.clone();
        doubts.why.extend(why);
        if t.period_unknown {
            out.push(Candidate {
                data: t,
                owner: &owner.code,
                deadline: unknown_period(t, start, &profile.code, rule, cx.locale),
                period: None,
                period_max: None,
                later: None,
                longest: None,
                unknowns: doubts.why,
                unknown_facts: doubts.facts,
                status: Status::Unverified,
            });
            continue;
        }
        let period = period_of(&t.period)?;
        let Ok(readings) = earliest(rule, &place, kind, start, period) else {
            // Past the last day the engine counts (31 December 2199): the slot says so.
            failed.push(&t.slot);
            continue;
        };
        // The date without what is unverified is earlier: the timeline shows it, and the
        // date under the unverified reading becomes the alternative (principle 1).
        let (mut deadline, later) = readings.earliest_first();
        if let Some(note) = &region_note {
            deadline.earliest_possible = true;
            deadline.assumptions.push(Assumption {
                code: "region-without-calendar".into(),
                text: note.clone(),
            });
        }
        let period_max = if t.period_max.is_empty() {
            None
        } else {
            Some(period_of(&t.period_max)?)
        };
        // The longest period of a range only words the other end of the range; where it would
        // end after 2199 the entry keeps its earliest date and loses only that sentence.
        let longest = period_max
            .and_then(|p| earliest(rule, &place, kind, start, p).ok())
            .map(Readings::as_encoded);
        let status = owner
            .provisions
            .get(&t.provision)
            .map_or(Status::Unverified, |p| p.status)
            .min(deadline.rule.status);
        out.push(Candidate {
            data: t,
            owner: &owner.code,
            deadline,
            period: Some(period),
            period_max,
            later,
            longest,
            unknowns: doubts.why,
            unknown_facts: doubts.facts,
            status,
        });
    }
    Ok(out)
}

/// Whether the case's asylum procedure and decision can be those the time limit is for: false
/// when known not to be; an unknown one is a doubt.
fn asylum_filters(case: &Case, t: &TimeLimitData, l: &str, doubts: &mut Doubts) -> bool {
    let procedure = asylum(case)
        .and_then(|a| a.procedure)
        .map(AsylumProcedure::as_str);
    let decision = asylum(case)
        .and_then(|a| a.decision)
        .map(AsylumDecision::as_str);
    for (wanted, given, what, fact) in [
        (
            &t.procedures,
            procedure,
            "fact-procedure",
            facts::STAY_ASYLUM_PROCEDURE,
        ),
        (
            &t.decisions,
            decision,
            "fact-decision",
            facts::STAY_ASYLUM_DECISION,
        ),
    ] {
        if wanted.is_empty() {
            continue;
        }
        match given {
            Some(g) if !wanted.iter().any(|x| x == g) => return false,
            Some(_) => {}
            None => {
                doubts.facts.push(fact);
                doubts.why.push(tr!(
                    l,
                    "why-fact-unknown",
                    what = tr!(l, what),
                    values = wanted.join(", ")
                ));
            }
        }
    }
    true
}

/// Whether the regime the time limit belongs to (before or after a change of law) governs the
/// case: false when the deciding date is known to fall outside it; an unknown date, or one on
/// the boundary the data marks, is a doubt.
fn regime(case: &Case, t: &TimeLimitData, from: Date, l: &str, doubts: &mut Doubts) -> bool {
    if t.regime_from.is_none() && t.regime_until.is_none() {
        return true;
    }
    let regime_day = match t.regime_date {
        RegimeDate::Event => Some(from),
        RegimeDate::Lodged => asylum(case).and_then(|a| a.lodged_date),
        RegimeDate::Registered => asylum(case).and_then(|a| a.registered_date),
    };
    match regime_day {
        Some(d) => {
            let day = d.to_string();
            if !law::in_effect(t.regime_from.as_ref(), t.regime_until.as_ref(), Some(&day)) {
                return false;
            }
            let on = |d: Option<&law::DataDate>| d.is_some_and(|d| d.as_str() == day);
            if !t.boundary_note.is_empty()
                && (on(t.regime_from.as_ref()) || on(t.regime_until.as_ref()))
            {
                doubts.why.push(t.boundary_note.clone());
            }
        }
        None => {
            let (fact, date) = match t.regime_date {
                RegimeDate::Lodged => (facts::STAY_ASYLUM_LODGED_DATE, "lodged"),
                _ => (facts::STAY_ASYLUM_REGISTERED_DATE, "registered"),
            };
            doubts.facts.push(fact);
            // The change of law: the regime's start, or for the old regime its end.
            let changed = law::model::date_text(t.regime_from.as_ref().or(t.regime_until.as_ref()));
            doubts.why.push(tr!(
                l,
                "why-regime-date-unknown",
                date = date,
                changed = changed
            ));
        }
    }
    true
}

/// Whether the time limit's conditions can hold: false when one is known to fail; an unknown
/// one is a doubt.
fn conditions_hold(t: &TimeLimitData, cx: &Context<'_>, doubts: &mut Doubts) -> bool {
    for c in &t.requires {
        let (truth, outcome) = super::super::decide::holds(c, cx);
        match truth {
            Truth::No => return false,
            Truth::Yes => {}
            Truth::Unknown => {
                doubts.facts.extend(outcome.facts.iter().copied());
                doubts.why.push(tr!(
                    cx.locale,
                    "why-condition-unknown",
                    condition = crate::i18n::t(cx.locale, &conditions::message_id(c.test), &[]),
                    facts = outcome.facts.join(", ")
                ));
            }
        }
    }
    true
}

/// The holidays that count for `rule` where the case is: the region's, else the country's, with
/// a note where a region given has no calendar of its own. `None` where the rule applies no
/// holidays, or none can be found (the count then says the date is the earliest possible).
fn calendar_at(
    case: &Case,
    profile: &ProfileData,
    rule: &CountingRuleData,
    rule_owner: &ProfileData,
    l: &str,
) -> (Option<HolidayCalendar>, Option<String>) {
    let region = case
        .region
        .as_deref()
        .filter(|r| r.starts_with(&format!("{}-", profile.code)));
    let place_code = region.or_else(|| (profile.code.len() == 2).then_some(profile.code.as_str()));
    // A region the calendar does not list falls back to the national holidays, and says so.
    let mut region_note = None;
    let calendar = if !rule.working_days.public_holidays_excluded {
        Ok(None)
    } else if rule.working_days.calendar.is_some() {
        calendar_for(rule_owner, rule, region).or_else(|_| {
            region_note = region.map(|r| tr!(l, "assume-region-without-calendar", region = r));
            calendar_for(rule_owner, rule, None)
        })
    } else {
        place_code
            .map(|p| {
                calendar_for(rule_owner, rule, Some(p)).or_else(|_| {
                    region_note = Some(tr!(l, "assume-region-without-calendar", region = p));
                    calendar_for(rule_owner, rule, Some(&profile.code))
                })
            })
            .transpose()
            .map(Option::flatten)
    };
    (calendar.ok().flatten(), region_note)
}

/// The days the period can run from, each with what makes it a reading (none for the event).
fn starts(case: &Case, t: &TimeLimitData, from: Date, l: &str) -> Vec<(Date, Option<String>)> {
    let mut starts = vec![(from, None)];
    if t.event == TimeLimitEvent::ReflectionStart {
        // CJEU C-66/21: a person who claims to be a victim is entitled to the period; when it
        // starts is not settled in what we have read. Counted also from the referral.
        if let Some(r) = case.identification.referral_date.filter(|r| *r < from) {
            starts.push((
                r,
                Some(tr!(l, "why-contested-start", date = long_date(l, r))),
            ));
        }
    }
    starts
}

/// A deadline whose period is not encoded: dated on the event itself, the earliest day a
/// right could be lost.
fn unknown_period(
    t: &TimeLimitData,
    from: Date,
    jurisdiction: &str,
    rule: &CountingRuleData,
    locale: &str,
) -> Deadline {
    Deadline {
        date: from,
        earliest_possible: true,
        from,
        period: "unknown".into(),
        kind: DeadlineKind::TimeLimit,
        jurisdiction: jurisdiction.to_owned(),
        rule: crate::calendar::RuleApplied {
            id: rule.id.clone(),
            title: rule.title.clone(),
            instrument: rule.instrument.clone(),
            url: rule.url.clone(),
            status: Status::Unverified,
        },
        calendar: None,
        holidays: vec![],
        steps: vec![Step {
            code: "result".into(),
            text: tr!(
                locale,
                "step-period-unknown",
                date = long_date(locale, from)
            ),
            date: from,
            citation: None,
        }],
        assumptions: vec![Assumption {
            code: "period-unknown".into(),
            text: t.note.clone(),
        }],
        alternative: None,
    }
}

/// The counting rule `id` (`EU/…` for a rule of that profile) and the profile that has it.
fn rule_of(
    owner: &'static ProfileData,
    id: &str,
) -> Option<(&'static CountingRuleData, &'static ProfileData)> {
    let (profile, rule) = match id.split_once('/') {
        Some((base, rule)) => (law::find_profile(base).ok()??, rule),
        None => (owner, id),
    };
    profile
        .counting_rules
        .iter()
        .find(|r| r.id == rule)
        .map(|r| (r, profile))
}
