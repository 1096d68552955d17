//! Lean results: what a caller gets when it asks for less than the whole text
//! (`assess(case, { detail })`).
//!
//! - `full` (the default): everything, every provision's words and every step in words.
//! - `decision`: the decision with ids and citations: each pathway's state, status and the
//!   conditions behind it (test, outcome, provision, the facts that decide it), each dated entry
//!   with its provision and status, and each cited provision once (instrument, article, link,
//!   status, date checked), without the texts. A fraction of the full result's size, for
//!   systems that store or compare decisions.
//! - `states`: each pathway's state and each dated entry's date, for dashboards.
//!
//! Each is a projection of the full assessment (computed without the guidance and questions,
//! which are texts): the states, dates and citations are the full result's own.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Assessment, PathwayState};
use crate::calendar::Date;
use crate::law::model::{Channel, Test, TimelineKind};
use crate::law::Status;
use crate::logic::Truth;

/// How much an assessment says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum AssessDetail {
    /// Everything, with every text.
    #[default]
    Full,
    /// States, conditions, dates and citations by id, without texts.
    Decision,
    /// Pathway states and dates only.
    States,
}

crate::input::from_value_enum!(AssessDetail {
    Full,
    Decision,
    States
});

/// An assessment at the detail asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum AssessResult {
    /// `detail: "full"`.
    Full(Box<Assessment>),
    /// `detail: "decision"`.
    Decision(Decision),
    /// `detail: "states"`.
    States(States),
}

/// `detail: "decision"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Decision {
    /// The detail given (`decision`).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "\"decision\""))]
    pub detail: &'static str,
    /// The engine's version.
    pub engine: String,
    /// The rules data version.
    pub rules: String,
    /// The jurisdiction assessed.
    pub jurisdiction: String,
    /// The date of the assessment.
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub as_of: Option<Date>,
    /// Each pathway in force.
    pub pathways: Vec<PathwayDecision>,
    /// Case fields whose answers would change a result, the most decisive first.
    pub facts_to_establish: Vec<String>,
    /// The codes of the warnings about the case.
    pub warnings: Vec<String>,
    /// Each dated entry.
    pub timeline: Vec<DatedDecision>,
    /// Each provision cited, once: its key → where to read it and how sure we are.
    pub provisions: BTreeMap<String, CitationRef>,
}

/// A pathway's decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PathwayDecision {
    /// The pathway's id.
    pub id: String,
    /// Its channel.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub channel: Channel,
    /// Its state.
    pub state: PathwayState,
    /// The weakest status of what it rests on.
    pub status: Status,
    /// Its legal basis: a key of `provisions`.
    pub basis: String,
    /// The conditions applied.
    pub conditions: Vec<ConditionDecision>,
    /// Case fields whose answers would change its state.
    pub facts_to_establish: Vec<String>,
    /// The day it becomes reachable, where the law counts toward one.
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub reachable_on: Option<Date>,
    /// How the law words the grant: `right`, `should`, `consider` or `may`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub discretion: Option<crate::law::model::Grant>,
}

/// One condition's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ConditionDecision {
    /// The test applied.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub test: Test,
    /// `scope`, `requires`, or the alternative it belongs to.
    pub role: String,
    /// Yes, no or unknown.
    pub met: Truth,
    /// The provision that sets it: a key of `provisions`.
    pub provision: String,
    /// The case fields that decide it.
    pub facts: Vec<String>,
}

/// A dated entry's decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DatedDecision {
    /// Its stable id.
    pub id: String,
    /// `act-by`, `protected-until` or `event`.
    pub kind: TimelineKind,
    /// The date.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub date: Date,
    /// The provision it rests on: a key of `provisions`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub provision: Option<String>,
    /// The weakest status of what the date rests on.
    pub status: Status,
    /// Days from `asOf` (negative when past).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub days_remaining: Option<i32>,
    /// An act-by date before `asOf`.
    pub overdue: bool,
    /// The real date could be later.
    pub earliest_possible: bool,
    /// The date under another reading, where one differs.
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub alternative: Option<Date>,
    /// Case fields whose answers could change it.
    pub facts_to_establish: Vec<String>,
    /// The pathway it belongs to.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub pathway: Option<String>,
}

/// Where to read a provision, without its words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct CitationRef {
    /// The instrument's short title.
    pub instrument: String,
    /// Article, paragraph, point.
    pub article: String,
    /// The official text.
    pub url: String,
    /// How our reading was established.
    pub status: Status,
    /// When it was last checked.
    pub checked: String,
}

/// `detail: "states"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct States {
    /// The detail given (`states`).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "\"states\""))]
    pub detail: &'static str,
    /// The jurisdiction assessed.
    pub jurisdiction: String,
    /// The date of the assessment.
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub as_of: Option<Date>,
    /// Each pathway in force and its state.
    pub pathways: Vec<crate::PathwaySummary>,
    /// Each dated entry.
    pub timeline: Vec<DatedState>,
}

/// A dated entry, bare.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DatedState {
    /// Its stable id.
    pub id: String,
    /// `act-by`, `protected-until` or `event`.
    pub kind: TimelineKind,
    /// The date.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub date: Date,
    /// The real date could be later.
    pub earliest_possible: bool,
}

/// The decision of a full assessment.
pub fn decision(a: Assessment) -> Decision {
    Decision {
        detail: "decision",
        engine: a.engine,
        rules: a.rules,
        jurisdiction: a.jurisdiction,
        as_of: a.as_of,
        pathways: a
            .pathways
            .into_iter()
            .map(|p| PathwayDecision {
                id: p.id,
                channel: p.channel,
                state: p.state,
                status: p.status,
                basis: p.basis,
                conditions: p
                    .reasons
                    .into_iter()
                    .map(|r| ConditionDecision {
                        test: r.test,
                        role: r.role,
                        met: r.met,
                        provision: r.provision,
                        facts: r.facts,
                    })
                    .collect(),
                facts_to_establish: p.facts_to_establish,
                reachable_on: p.reachable_on,
                discretion: p.discretion.map(|d| d.grant),
            })
            .collect(),
        facts_to_establish: a.facts_to_establish.into_iter().map(|f| f.path).collect(),
        warnings: a.warnings.into_iter().map(|w| w.code).collect(),
        timeline: a
            .timeline
            .into_iter()
            .map(|e| DatedDecision {
                id: e.id,
                kind: e.kind,
                date: e.date,
                provision: e.provision,
                status: e.status,
                days_remaining: e.days_remaining,
                overdue: e.overdue,
                earliest_possible: e.earliest_possible,
                alternative: e.alternative.map(|x| x.date),
                facts_to_establish: e.facts_to_establish,
                pathway: e.pathway,
            })
            .collect(),
        provisions: a
            .provisions
            .into_iter()
            .map(|(k, c)| {
                (
                    k,
                    CitationRef {
                        instrument: c.instrument,
                        article: c.article,
                        url: c.url,
                        status: c.status,
                        checked: c.checked,
                    },
                )
            })
            .collect(),
    }
}

/// The states and dates of a full assessment.
pub fn states(a: Assessment) -> States {
    States {
        detail: "states",
        jurisdiction: a.jurisdiction,
        as_of: a.as_of,
        pathways: a
            .pathways
            .into_iter()
            .map(|p| crate::PathwaySummary {
                id: p.id,
                state: p.state,
            })
            .collect(),
        timeline: a
            .timeline
            .into_iter()
            .map(|e| DatedState {
                id: e.id,
                kind: e.kind,
                date: e.date,
                earliest_possible: e.earliest_possible,
            })
            .collect(),
    }
}
