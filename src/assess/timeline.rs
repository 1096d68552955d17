//! The case timeline: every dated event and deadline that follows from the case's dates and the
//! profile's time limits, counted under the applicable counting rule and calendar.
//!
//! Each time limit of the data belongs to a *slot* (`asylum-appeal`); a slot's entries are
//! alternatives (pre-Pact or APR regime, a procedure, a Dublin claimant or not). Entries whose
//! conditions are known to fail are dropped; of the rest, the timeline shows the earliest date
//! and gives the next one as the alternative, naming what is not known (law/README principle
//! 1: act-by dates are the earliest possible ones; a protective period shows the end that is
//! guaranteed). Where the law sets a range and the national figure is not known, the earliest
//! date in the range is shown and flagged.
//!
//! Member States get the EU's time limits (APR, AMMR, Dublin III) next to their own; their
//! provisions appear in the assessment's `provisions` under `EU/<key>`.

use crate::case::facts;
use serde::Serialize;

use super::conditions::{self, Context};
use crate::calendar::{
    calendar_for, earliest, Alternative, Assumption, Date, Deadline, DeadlineKind, Period,
    PeriodUnit, Place, Readings, Step,
};
use crate::case::{AsylumDecision, AsylumProcedure, Case};
use crate::i18n::{long_date, tr};
use crate::law::model::{
    RegimeDate, TimeLimitCounting, TimeLimitData, TimeLimitEvent, TimelineKind,
};
use crate::law::{self, CountingRuleData, ProfileData, Status};
use crate::logic::Truth;

/// One dated entry of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct TimelineEntry {
    /// A stable id: the slot (`asylum-appeal`, `reflection-end`), with an index for entries a
    /// case can have several of (`permit-expiry-1`).
    pub id: String,
    /// `act-by` (the last day to act), `protected-until` (the last day of a protection) or
    /// `event` (a date that changes the situation).
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "\"act-by\" | \"protected-until\" | \"event\"")
    )]
    pub kind: TimelineKind,
    /// The date (`YYYY-MM-DD`).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub date: Date,
    /// What the date is, in words, in the assessment's locale.
    pub label: String,
    /// The law's own description of this time limit (in the data's language, English), where
    /// the entry comes from a time limit of the law: which appeal, to which court, how long.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub detail: Option<String>,
    /// The dated fact it runs from.
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub from: Option<Date>,
    /// The period applied (`P4W`), where one was.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub period: Option<String>,
    /// The provision it rests on (a key of the assessment's `provisions`).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub provision: Option<String>,
    /// The weakest status of what the date rests on: the provision and the counting.
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "\"verified\" | \"secondary\" | \"unverified\"")
    )]
    pub status: Status,
    /// Days from `asOf` to the date (negative when past); absent without `asOf`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub days_remaining: Option<i32>,
    /// An act-by date before `asOf`.
    pub overdue: bool,
    /// A holiday or reading not known could make the real date later.
    pub earliest_possible: bool,
    /// The date under another reading (a later regime, the longest period of a range), where
    /// one differs.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub alternative: Option<Alternative>,
    /// How the date was counted.
    pub steps: Vec<Step>,
    /// Readings taken and limits of knowledge.
    pub assumptions: Vec<Assumption>,
    /// Case fields whose answers could change this date (the procedure, the lodging date, …).
    pub facts_to_establish: Vec<String>,
    /// The pathway it belongs to, where one does.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub pathway: Option<String>,
}

/// The timeline of `case` under `profile`, in date order, with the provision keys it cites
/// (EU ones as `EU/<key>`).
pub fn timeline(
    case: &Case,
    profile: &'static ProfileData,
    cx: &Context<'_>,
    reachable: &[(String, String, Date, bool)],
    notes: &mut Vec<Assumption>,
) -> Vec<TimelineEntry> {
    let mut entries = Vec::new();
    // Slots with a reading that could not be counted: said, never dropped without a word.
    let mut failed: Vec<&'static str> = Vec::new();
    let eu = eu_profile().filter(|eu| eu.code != profile.code);

    let mut slots: Vec<&str> = Vec::new();
    let sources = profile.time_limits.iter().map(|t| (profile, t)).chain(
        eu.iter()
            .flat_map(|eu| eu.time_limits.iter().map(move |t| (*eu, t))),
    );
    let mut candidates: Vec<Candidate> = Vec::new();
    for (owner, t) in sources {
        if owner.code != profile.code && !member_state(profile, event_date(case, t.event)) {
            continue;
        }
        candidates.extend(candidates_for(case, profile, owner, t, cx, &mut failed));
        if !slots.contains(&t.slot.as_str()) {
            slots.push(&t.slot);
        }
    }
    for slot in slots {
        let mut in_slot: Vec<Candidate> = candidates
            .iter()
            .filter(|c| c.data.slot == slot)
            .cloned()
            .collect();
        if in_slot.is_empty() {
            if failed.contains(&slot) {
                notes.push(not_counted(cx.locale, &format!("timeline-{slot}")));
            }
            continue;
        }
        crate::sort::sort_by_key(&mut in_slot, |c| c.deadline.date);
        entries.push(entry_of(slot, &in_slot, case, cx.locale));
    }

    let l = cx.locale;
    birthday(case, &mut entries, l, notes);
    permits(case, &mut entries, l);
    for (id, provision, date, long_term) in reachable {
        entries.push(plain(
            case,
            format!("{id}-reachable"),
            TimelineKind::Event,
            *date,
            if *long_term {
                tr!(l, "timeline-ltr-reachable")
            } else {
                tr!(l, "timeline-holding-reachable")
            },
            l,
            Some(provision.clone()),
            super::status_of(profile, provision),
            Some(id.clone()),
        ));
    }
    crate::sort::sort_by(&mut entries, |a, b| {
        a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id))
    });
    entries
}

/// The provision keys the timeline cites.
pub fn provision_keys(entries: &[TimelineEntry]) -> impl Iterator<Item = &str> {
    entries.iter().filter_map(|e| e.provision.as_deref())
}

#[derive(Clone)]
struct Candidate {
    data: &'static TimeLimitData,
    owner: &'static str,
    deadline: Deadline,
    /// The period counted (working days where the time limit says so); none where no period
    /// is encoded.
    period: Option<Period>,
    /// The longest period of a range, counted the same way.
    period_max: Option<Period>,
    /// The date under the unverified reading, where it is later.
    later: Option<Alternative>,
    longest: Option<Deadline>,
    /// What is not known about whether this reading applies.
    unknowns: Vec<String>,
    /// The case fields behind `unknowns`.
    unknown_facts: Vec<&'static str>,
    status: Status,
}

fn eu_profile() -> Option<&'static ProfileData> {
    law::find_profile("EU").ok().flatten()
}

/// Whether `profile`'s state is an EU Member State on `date` (today's list without a date).
pub(crate) fn member_state(profile: &ProfileData, date: Option<Date>) -> bool {
    let Some(eu) = eu_profile() else {
        return false;
    };
    let day = date.map(|d| d.to_string());
    eu.free_movement.iter().any(|m| {
        m.code == profile.code
            && m.provision == "eu-members"
            && day.as_deref().is_none_or(|d| m.from.as_str() <= d)
    })
}

fn event_date(case: &Case, event: TimeLimitEvent) -> Option<Date> {
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
fn candidates_for(
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
        let (truth, outcome) = super::decide::holds(c, cx);
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

fn entry_of(slot: &str, sorted: &[Candidate], case: &Case, l: &str) -> TimelineEntry {
    // The periods in words as they were counted (working days where the time limit says so).
    let words = |p: Option<Period>| p.map_or_else(String::new, |p| p.words(l));
    let chosen = &sorted[0];
    let t = chosen.data;
    let d = &chosen.deadline;
    let mut assumptions = d.assumptions.clone();
    let mut earliest_possible = d.earliest_possible;
    let mut alternative = chosen.later.clone();
    if !chosen.unknowns.is_empty() {
        earliest_possible = true;
    }
    for why in &chosen.unknowns {
        assumptions.push(Assumption {
            code: "reading-not-certain".into(),
            text: tr!(l, "assume-reading-not-certain", why = why),
        });
    }
    // The next reading that ends later, if any.
    // A reading with no encoded period is dated on its event, a placeholder: never a later
    // reading of the date.
    if let Some(other) = sorted[1..]
        .iter()
        .find(|c| c.deadline.date > d.date && c.period.is_some())
    {
        earliest_possible = true;
        alternative = alternative.or(Some(Alternative {
            date: other.deadline.date,
            reading: tr!(
                l,
                "reading-other",
                label = other.data.label,
                period = words(other.period),
                date = long_date(l, other.deadline.date)
            ),
        }));
    }
    if t.national_figure_unknown || !t.range_text.is_empty() {
        earliest_possible = true;
        if let Some(long) = &chosen.longest {
            let reading = if t.range_text.is_empty() {
                tr!(
                    l,
                    "reading-longest",
                    period = words(chosen.period_max),
                    date = long_date(l, long.date)
                )
            } else {
                tr!(
                    l,
                    "reading-range",
                    range = t.range_text,
                    date = long_date(l, long.date)
                )
            };
            if long.date > d.date {
                // Of the later readings, the alternative is the nearest.
                let nearer = alternative.as_ref().is_none_or(|a| long.date < a.date);
                if nearer {
                    alternative = Some(Alternative {
                        date: long.date,
                        reading: reading.clone(),
                    });
                }
            }
            assumptions.push(Assumption {
                code: if t.range_text.is_empty() {
                    "national-figure-unknown"
                } else {
                    "range"
                }
                .into(),
                text: if t.range_text.is_empty() {
                    tr!(
                        l,
                        "assume-national-figure-unknown",
                        shortest = words(chosen.period),
                        longest = words(chosen.period_max),
                        reading = reading
                    )
                } else {
                    tr!(l, "assume-range", reading = reading)
                },
            });
        }
    }
    if !t.note.is_empty() && !t.period_unknown {
        assumptions.push(Assumption {
            code: "note".into(),
            text: t.note.clone(),
        });
    }
    let provision = if chosen.owner == "EU" && case.jurisdiction != "EU" {
        format!("EU/{}", t.provision)
    } else {
        t.provision.clone()
    };
    let (days_remaining, overdue) = distance(case, d.date, t.kind);
    let overdue = overdue && !t.period_unknown;
    let mut facts: Vec<String> = Vec::new();
    for f in sorted.iter().flat_map(|c| c.unknown_facts.iter()) {
        if !facts.iter().any(|x| x == f) {
            facts.push((*f).to_owned());
        }
    }
    TimelineEntry {
        id: slot.to_owned(),
        kind: t.kind,
        date: d.date,
        // Where no period is encoded the date is the notification day, a placeholder: the label
        // must not call it the last day, and it is never "overdue".
        label: if t.period_unknown {
            tr!(l, "timeline-challenge-at-once")
        } else {
            tr!(l, &format!("timeline-{slot}"))
        },
        detail: Some(t.label.clone()),
        from: Some(d.from),
        period: (!t.period_unknown).then(|| d.period.clone()),
        provision: Some(provision),
        status: chosen.status,
        days_remaining,
        overdue,
        earliest_possible,
        alternative,
        steps: d.steps.clone(),
        assumptions,
        facts_to_establish: facts,
        pathway: (!t.pathway.is_empty()).then(|| t.pathway.clone()),
    }
}

fn distance(case: &Case, date: Date, kind: TimelineKind) -> (Option<i32>, bool) {
    match case.as_of {
        Some(as_of) => {
            let days = as_of.days_until(date);
            (Some(days), kind == TimelineKind::ActBy && days < 0)
        }
        None => (None, false),
    }
}

#[allow(clippy::too_many_arguments)]
fn plain(
    case: &Case,
    id: String,
    kind: TimelineKind,
    date: Date,
    label: String,
    locale: &str,
    provision: Option<String>,
    status: Status,
    pathway: Option<String>,
) -> TimelineEntry {
    let (days_remaining, overdue) = distance(case, date, kind);
    TimelineEntry {
        id,
        kind,
        date,
        steps: vec![Step {
            code: "result".into(),
            text: tr!(
                locale,
                "step-dated",
                label = label,
                date = long_date(locale, date)
            ),
            date,
            citation: None,
        }],
        label,
        detail: None,
        from: None,
        period: None,
        provision,
        status,
        days_remaining,
        overdue,
        earliest_possible: false,
        alternative: None,
        assumptions: vec![],
        facts_to_establish: vec![],
        pathway,
    }
}

/// What the assessment says of the entry labelled by message `label` that could not be counted
/// (it would fall after the last day the engine counts).
fn not_counted(l: &str, label: &str) -> Assumption {
    Assumption {
        code: "timeline-entry-not-counted".into(),
        text: tr!(l, "assume-timeline-not-counted", entry = tr!(l, label)),
    }
}

/// The 18th birthday, for a child or someone who turned 18 in the last year.
fn birthday(case: &Case, entries: &mut Vec<TimelineEntry>, l: &str, notes: &mut Vec<Assumption>) {
    let Some(born) = case.person.date_of_birth else {
        return;
    };
    let Some((date, clamped)) = born.add_months_clamped(18 * 12) else {
        notes.push(not_counted(l, "timeline-18th-birthday"));
        return;
    };
    if case
        .as_of
        .is_some_and(|a| a.add_days(-366).is_some_and(|y| date < y))
    {
        return;
    }
    let mut e = plain(
        case,
        "18th-birthday".into(),
        TimelineKind::Event,
        date,
        tr!(l, "timeline-18th-birthday"),
        l,
        None,
        Status::Verified,
        None,
    );
    if clamped {
        e.assumptions.push(Assumption {
            code: "born-29-february".into(),
            text: tr!(l, "assume-born-29-february"),
        });
    }
    entries.push(e);
}

/// Each permit's last day of validity, with the renewal that must come before it.
fn permits(case: &Case, entries: &mut Vec<TimelineEntry>, l: &str) {
    for (i, p) in case.permits.iter().enumerate() {
        let Some(until) = p.until else {
            continue;
        };
        if case.as_of.is_some_and(|a| until < a) {
            continue;
        }
        let label = match p.scheme.as_deref() {
            Some(s) => tr!(l, "timeline-permit-expiry-scheme", scheme = label_text(s)),
            None => tr!(l, "timeline-permit-expiry"),
        };
        let mut expiry = plain(
            case,
            format!("permit-expiry-{}", i + 1),
            TimelineKind::ProtectedUntil,
            until,
            label,
            l,
            None,
            Status::Verified,
            None,
        );
        // No act-by date for the renewal: national rules may require the application some time
        // before expiry, none is encoded, and an act-by date that may be too late must not be
        // shown (law/README principle 1).
        expiry.assumptions.push(Assumption {
            code: "renewal-period-not-encoded".into(),
            text: tr!(l, "assume-renewal-period-not-encoded"),
        });
        entries.push(expiry);
    }
}

/// Free text from the case, fit for a one-line label: control characters and bidirectional
/// overrides become spaces (they could break the line or reorder what a reader sees), and
/// long text is cut at 60 characters.
fn label_text(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| {
            let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || bidi {
                ' '
            } else {
                c
            }
        })
        .collect();
    let clean = clean.trim();
    if clean.chars().count() > 60 {
        let cut: String = clean.chars().take(60).collect();
        format!("{}…", cut.trim_end())
    } else {
        clean.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A range in working days is said in working days at both ends: the words come from the
    /// periods counted, not from re-reading the data's ISO text (which has no working days).
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn a_working_day_range_is_described_in_working_days() {
        let eu = law::find_profile("EU")
            .expect("profiles unpack")
            .expect("EU profile");
        let t = eu
            .time_limits
            .iter()
            .find(|t| t.provision == "apr-67-7-a")
            .expect("APR art. 67(7)(a): 5 to 10 days");
        assert!(t.national_figure_unknown && t.period == "P5D" && t.period_max == "P10D");
        let mut working = t.clone();
        working.working_days = true;
        let working: &'static TimeLimitData = Box::leak(Box::new(working));
        let case: Case = crate::input::read(&crate::input::Value::Object(vec![
            (
                "jurisdiction".into(),
                crate::input::Value::String("EU".into()),
            ),
            (
                "asOf".into(),
                crate::input::Value::String("2026-11-27".into()),
            ),
        ]))
        .expect("case");
        let mut case = case;
        case.stay.asylum = Some(crate::case::Asylum {
            lodged_date: Some(Date::parse("2026-07-01").expect("date")),
            procedure: Some(AsylumProcedure::Accelerated),
            decision: Some(AsylumDecision::Rejected),
            decision_notified_date: Some(Date::parse("2026-11-20").expect("date")),
            ..Default::default()
        });
        let person = super::super::person::derive(&case, eu, &eu.free_movement, "en");
        let cx = Context {
            case: &case,
            person: &person,
            locale: "en",
        };
        let candidates = candidates_for(&case, eu, eu, working, &cx, &mut Vec::new());
        assert_eq!(candidates.len(), 1);
        let entry = entry_of("asylum-appeal", &candidates, &case, "en");
        let range = entry
            .assumptions
            .iter()
            .find(|a| a.code == "national-figure-unknown")
            .expect("the range is explained");
        assert!(
            range.text.contains("(5 working days to 10 working days)"),
            "{}",
            range.text
        );
        // And the dates were counted in working days: Friday 20 November + 5 working days.
        assert_eq!(entry.date.to_string(), "2026-11-27");
    }
}
