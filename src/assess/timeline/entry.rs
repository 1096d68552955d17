//! A slot's readings as one timeline entry, and entries with a plain date.

use crate::calendar::{Alternative, Assumption, Date, Period, Step};
use crate::case::Case;
use crate::i18n::{long_date, tr};
use crate::law::model::TimelineKind;
use crate::law::Status;

use super::{Candidate, TimelineEntry};

pub(super) fn entry_of(slot: &str, sorted: &[Candidate], case: &Case, l: &str) -> TimelineEntry {
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
        translation: t.translation,
    }
}

pub(super) fn distance(case: &Case, date: Date, kind: TimelineKind) -> (Option<i32>, bool) {
    match case.as_of {
        Some(as_of) => {
            let days = as_of.days_until(date);
            (Some(days), kind == TimelineKind::ActBy && days < 0)
        }
        None => (None, false),
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn plain(
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
        translation: None,
    }
}
