//! The readings of one time limit for a case: which apply, and each counted.

use crate::case::facts;

use super::super::conditions::{self, Context};
use crate::calendar::{
    calendar_for, earliest, Assumption, Date, Deadline, DeadlineKind, Period, PeriodUnit, Place,
    Readings, Step,
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

/// The readings of one time limit for this case: none when a condition is known to fail.
pub(super) fn candidates_for(
    case: &Case,
    profile: &ProfileData,
    owner: &'static ProfileData,
    t: &'static TimeLimitData,
    cx: &Context<'_>,
    failed: &mut Vec<&'static str>,
) -> Vec<Candidate> {
    let Some(from) = event_date(case, t.event) else {
        return vec![];
    };
    let mut unknowns = Vec::new();
    let mut unknown_facts: Vec<&'static str> = Vec::new();
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
            Some(g) if !wanted.iter().any(|x| x == g) => return vec![],
            Some(_) => {}
            None => {
                unknown_facts.push(fact);
                unknowns.push(tr!(
                    cx.locale,
                    "why-fact-unknown",
                    what = tr!(cx.locale, what),
                    values = wanted.join(", ")
                ));
            }
        }
    }
    let regime_day = match t.regime_date {
        RegimeDate::Event => Some(from),
        RegimeDate::Lodged => asylum(case).and_then(|a| a.lodged_date),
        RegimeDate::Registered => asylum(case).and_then(|a| a.registered_date),
    };
    if !t.regime_from.is_empty() || !t.regime_until.is_empty() {
        match regime_day {
            Some(d) => {
                let day = d.to_string();
                if !law::in_effect(&t.regime_from, &t.regime_until, Some(&day)) {
                    return vec![];
                }
                if !t.boundary_note.is_empty() && (day == t.regime_from || day == t.regime_until) {
                    unknowns.push(t.boundary_note.clone());
                }
            }
            None => unknowns.push({
                unknown_facts.push(match t.regime_date {
                    RegimeDate::Lodged => facts::STAY_ASYLUM_LODGED_DATE,
                    _ => facts::STAY_ASYLUM_REGISTERED_DATE,
                });
                tr!(
                    cx.locale,
                    "why-regime-date-unknown",
                    date = match t.regime_date {
                        RegimeDate::Lodged => "lodged",
                        _ => "registered",
                    },
                    changed = if t.regime_from.is_empty() {
                        &t.regime_until
                    } else {
                        &t.regime_from
                    }
                )
            }),
        }
    }
    for c in &t.requires {
        let (truth, outcome) = super::super::decide::holds(c, cx);
        match truth {
            Truth::No => return vec![],
            Truth::Yes => {}
            Truth::Unknown => {
                unknown_facts.extend(outcome.facts.iter().copied());
                unknowns.push(tr!(
                    cx.locale,
                    "why-condition-unknown",
                    condition = crate::i18n::t(cx.locale, &conditions::message_id(c.test), &[]),
                    facts = outcome.facts.join(", ")
                ));
            }
        }
    }
    let Some((rule, rule_owner)) = rule_of(owner, &t.rule) else {
        return vec![];
    };
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
            region_note =
                region.map(|r| tr!(cx.locale, "assume-region-without-calendar", region = r));
            calendar_for(rule_owner, rule, None)
        })
    } else {
        place_code
            .map(|p| {
                calendar_for(rule_owner, rule, Some(p)).or_else(|_| {
                    region_note =
                        Some(tr!(cx.locale, "assume-region-without-calendar", region = p));
                    calendar_for(rule_owner, rule, Some(&profile.code))
                })
            })
            .transpose()
            .map(Option::flatten)
    }
    .ok()
    .flatten();
    let place = Place {
        jurisdiction: &profile.code,
        calendar: calendar.as_ref(),
        locale: cx.locale,
    };
    let kind = match t.counting {
        TimeLimitCounting::TimeLimit => DeadlineKind::TimeLimit,
        TimeLimitCounting::Validity => DeadlineKind::Validity,
    };
    let period_of = |text: &str| -> Option<Period> {
        let p = Period::parse_iso(text).ok()?;
        if t.working_days {
            Period::new(p.amount(), PeriodUnit::WorkingDays).ok()
        } else {
            Some(p)
        }
    };
    let mut starts = vec![(from, None)];
    if t.event == TimeLimitEvent::ReflectionStart {
        // CJEU C-66/21: a person who claims to be a victim is entitled to the period; when it
        // starts is not settled in what we have read. Counted also from the referral.
        if let Some(r) = case.identification.referral_date.filter(|r| *r < from) {
            starts.push((
                r,
                Some(tr!(
                    cx.locale,
                    "why-contested-start",
                    date = long_date(cx.locale, r)
                )),
            ));
        }
    }
    let mut out = Vec::new();
    for (start, why) in starts {
        if t.period_unknown {
            out.push(Candidate {
                data: t,
                owner: &owner.code,
                deadline: unknown_period(t, start, &profile.code, rule, cx.locale),
                period: None,
                period_max: None,
                later: None,
                longest: None,
                unknowns: unknowns.clone(),
                unknown_facts: unknown_facts.clone(),
                status: Status::Unverified,
            });
            continue;
        }
        let Some(period) = period_of(&t.period) else {
            continue;
        };
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
        let period_max = (!t.period_max.is_empty())
            .then(|| period_of(&t.period_max))
            .flatten();
        let longest = period_max
            .and_then(|p| earliest(rule, &place, kind, start, p).ok())
            .map(Readings::as_encoded);
        let mut unknowns = unknowns.clone();
        unknowns.extend(why);
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
            unknowns,
            unknown_facts: unknown_facts.clone(),
            status,
        });
    }
    out
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
