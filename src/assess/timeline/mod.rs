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

mod candidates;
mod entry;
mod personal;

use candidates::{candidates_for, event_date, Defect};
use entry::{entry_of, plain};
use personal::{birthday, permits};

use serde::Serialize;

use super::conditions::Context;
use crate::calendar::{Alternative, Assumption, Date, Deadline, Period, Step};
use crate::case::Case;
use crate::i18n::tr;
use crate::law::model::{TimeLimitData, TimeLimitEvent, TimelineKind};
use crate::law::{self, ProfileData, Status};

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
    /// Where `detail` and the notes come from when they are not the data's English
    /// (`unreviewed`, `official`). Absent for English and for entries the engine words.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub translation: Option<crate::law::model::Translation>,
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
        match candidates_for(case, profile, owner, t, cx, &mut failed) {
            Ok(found) => candidates.extend(found),
            Err(defect) => {
                debug_assert!(false, "{}: time limit {}: {defect:?}", owner.code, t.label);
                notes.push(not_applied(cx.locale, &t.slot, &defect));
            }
        }
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
        // A national figure read in the law replaces the EU range it fixes (APR art. 67(7)):
        // the range's earliest end is then no reading of this state's law.
        // A range is fixed only for the same event: an EU row counted from another date stays.
        let fixed: Vec<(&str, TimeLimitEvent)> = in_slot
            .iter()
            .filter(|c| c.owner == profile.code)
            .filter_map(|c| Some((c.data.fixes.strip_prefix("EU/")?, c.data.event)))
            .collect();
        in_slot.retain(|c| {
            c.owner == profile.code
                || !c.data.national_figure_unknown
                || !fixed.contains(&(c.data.provision.as_str(), c.data.event))
        });
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
pub(super) struct Candidate {
    pub(super) data: &'static TimeLimitData,
    pub(super) owner: &'static str,
    pub(super) deadline: Deadline,
    /// The period counted (working days where the time limit says so); none where no period
    /// is encoded.
    pub(super) period: Option<Period>,
    /// The longest period of a range, counted the same way.
    pub(super) period_max: Option<Period>,
    /// The date under the unverified reading, where it is later.
    pub(super) later: Option<Alternative>,
    pub(super) longest: Option<Deadline>,
    /// What is not known about whether this reading applies.
    pub(super) unknowns: Vec<String>,
    /// The case fields behind `unknowns`.
    pub(super) unknown_facts: Vec<&'static str>,
    pub(super) status: Status,
}

pub(super) fn eu_profile() -> Option<&'static ProfileData> {
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

/// What the assessment says of a time limit whose data could not be applied (a defect the
/// build's checks should have caught): never dropped without a word.
fn not_applied(l: &str, slot: &str, defect: &Defect) -> Assumption {
    Assumption {
        code: "timeline-entry-not-applied".into(),
        text: tr!(
            l,
            "assume-timeline-not-applied",
            entry = tr!(l, &format!("timeline-{slot}")),
            field = defect.field,
            value = defect.value
        ),
    }
}

/// What the assessment says of the entry labelled by message `label` that could not be counted
/// (it would fall after the last day the engine counts).
pub(super) fn not_counted(l: &str, label: &str) -> Assumption {
    Assumption {
        code: "timeline-entry-not-counted".into(),
        text: tr!(l, "assume-timeline-not-counted", entry = tr!(l, label)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{AsylumDecision, AsylumProcedure};

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
        let candidates =
            candidates_for(&case, eu, eu, working, &cx, &mut Vec::new()).expect("applied");
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

    /// Data the build should have refused (a rule or a period that does not exist) is said,
    /// never dropped: the review of 2026-12 (P2) found such entries left out without a word.
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn a_time_limit_whose_data_cannot_be_applied_is_a_defect_not_a_gap() {
        let eu = law::find_profile("EU")
            .expect("profiles unpack")
            .expect("EU profile");
        let t = eu
            .time_limits
            .iter()
            .find(|t| t.provision == "apr-67-7-a")
            .expect("APR art. 67(7)(a)");
        let case: Case = crate::input::json::parse(
            r#"{"jurisdiction":"EU","asOf":"2026-11-27","stay":{"asylum":{"lodgedDate":"2026-07-01","procedure":"accelerated","decision":"rejected","decisionNotifiedDate":"2026-11-20"}}}"#,
        )
        .and_then(|v| crate::input::read(&v))
        .expect("case");
        let person = super::super::person::derive(&case, eu, &eu.free_movement, "en");
        let cx = Context {
            case: &case,
            person: &person,
            locale: "en",
        };
        for (field, broken) in [
            ("rule", {
                let mut b = t.clone();
                b.rule = "no-such-rule".into();
                b
            }),
            ("period", {
                let mut b = t.clone();
                b.period = "five days".into();
                b
            }),
        ] {
            let broken: &'static TimeLimitData = Box::leak(Box::new(broken));
            let got = candidates_for(&case, eu, eu, broken, &cx, &mut Vec::new());
            assert_eq!(got.map(|c| c.len()).map_err(|d| d.field), Err(field));
        }
        let note = not_applied(
            "en",
            "asylum-appeal",
            &Defect {
                field: "rule",
                value: "no-such-rule".into(),
            },
        );
        assert!(
            note.text.contains("count this time limit by hand"),
            "{}",
            note.text
        );
    }
}
