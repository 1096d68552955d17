//! What an assessment returns: the pathways with their state, reasons, citations and facts to
//! establish; the assessment itself. Types only, with the state's message key.

use std::collections::BTreeMap;

use serde::Serialize;

use super::*;
pub use crate::calendar::Assumption;
use crate::calendar::Date;
use crate::case::validate::Warning;
use crate::law::model::{Channel, Test};
use crate::law::{Citation, Status};
use crate::logic::Truth;

/// Where a pathway stands for this person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum PathwayState {
    /// Every required condition is met.
    Available,
    /// Nothing failed, but some conditions depend on facts not known yet.
    Possible,
    /// A required condition fails (or the jurisdiction has no such channel).
    Unavailable,
    /// The scheme does not concern this person.
    NotApplicable,
}

/// One condition as applied to this case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Reason {
    /// The test applied.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub test: Test,
    /// `scope`, `requires`, or the name of the alternative the condition belongs to.
    pub role: String,
    /// Whether the condition is met (yes), not met (no) or not known (unknown).
    pub met: Truth,
    /// The condition in words, with its outcome.
    pub text: String,
    /// The case fields that decide it.
    pub facts: Vec<String>,
    /// The provision that sets the condition: a key of the assessment's `provisions`.
    pub provision: String,
    /// The provision's status, for the pathway's status.
    #[serde(skip)]
    pub(super) status: Status,
    /// "Instrument, article", for explanations.
    #[serde(skip)]
    pub(crate) cite: String,
}

/// A figure the law sets for the pathway.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Parameter {
    /// What it is.
    pub name: String,
    /// The figure as the law states it.
    pub value: String,
    /// Its provision: a key of `provisions`.
    pub provision: String,
}

/// An authority that decides on a channel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Authority {
    /// The authority and its role.
    pub name: String,
    /// Where that is stated: a key of `provisions`.
    pub provision: String,
}

/// One pathway's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PathwayResult {
    /// The pathway's id in the profile.
    pub id: String,
    /// The kind of channel.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub channel: Channel,
    /// Its name in English.
    pub name: String,
    /// The channel's name in the assessment's locale, with the legal name in the jurisdiction's
    /// language beside it where there is one ("Residence permit for victims who cooperate
    /// (Aufenthaltsberechtigung besonderer Schutz)").
    pub label: String,
    /// Its legal name in the jurisdiction's language ("" when none).
    pub local_name: String,
    /// Where it stands.
    pub state: PathwayState,
    /// Whether the jurisdiction's law has this channel at all.
    pub in_law: bool,
    /// What the channel gives.
    pub summary: String,
    /// Why the state is what it is, in a sentence.
    pub explanation: String,
    /// Every condition applied, with its outcome and citation.
    pub reasons: Vec<Reason>,
    /// The facts that would decide a `possible` pathway.
    pub facts_to_establish: Vec<String>,
    /// The provision that opens the channel.
    pub basis: String,
    /// The weakest status among the provisions this result rests on.
    pub status: Status,
    /// Figures the law sets.
    pub parameters: Vec<Parameter>,
    /// Who decides on the channel.
    pub decided_by: Vec<Authority>,
    /// For long-term residence: the day five years of unbroken residence are reached, from the
    /// permits given.
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub reachable_on: Option<Date>,
    /// The result under another reading, where this one rests on a provision whose text has not
    /// been verified: the state if those provisions' conditions were left open.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub alternative: Option<PathwayAlternative>,
    /// How the law words the grant ("right", "should", "consider", "may"): a pathway whose
    /// conditions are met is then not a certainty.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub discretion: Option<Discretion>,
    /// Where the name, summary and parameters come from when they are not the data's English:
    /// `unreviewed` (translated here, not yet reviewed) or `official`. Absent for English.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub translation: Option<crate::law::model::Translation>,
}

/// A grant the law leaves to the authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Discretion {
    /// `right` (to be granted when the conditions are met), `should` (the rule, with the
    /// authority deciding), `consider` (the authority must consider it; the conditions do not
    /// oblige it to grant) or `may` (a discretion).
    pub grant: crate::law::model::Grant,
    /// What that means for the person, in words.
    pub text: String,
    /// The provision that words the grant so (a key of the assessment's `provisions`).
    pub provision: String,
    /// That provision, cited.
    pub cite: String,
}

/// A pathway's state under another reading of the law.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PathwayAlternative {
    /// The state under that reading.
    pub state: PathwayState,
    /// The unverified provisions (keys of `provisions`) the main result rests on.
    pub rests_on: Vec<String>,
    /// The reading, in words, in the assessment's locale.
    pub reading: String,
}

/// A fact that would decide one or more pathways.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct FactToEstablish {
    /// The case field.
    pub path: String,
    /// The pathways it would decide.
    pub pathways: Vec<String>,
}

/// The result of [`assess`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Assessment {
    /// The engine's version.
    pub engine: String,
    /// The rules data version.
    pub rules: String,
    /// The jurisdiction applied.
    pub jurisdiction: String,
    /// The date of the assessment.
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub as_of: Option<Date>,
    /// What was derived about the person.
    pub person: PersonFacts,
    /// Every pathway of the profile in force, in the profile's order.
    pub pathways: Vec<PathwayResult>,
    /// Facts that would decide open questions, the most decisive first.
    pub facts_to_establish: Vec<FactToEstablish>,
    /// Inconsistencies in the case.
    pub warnings: Vec<Warning>,
    /// Readings taken and limits of knowledge.
    pub assumptions: Vec<Assumption>,
    /// Every dated event and deadline that follows from the case, in date order.
    pub timeline: Vec<timeline::TimelineEntry>,
    /// The language of the texts meant for the person (BCP 47: `de`, `sr-Latn`).
    pub locale: String,
    /// Questions to ask next, the most decisive first, in `locale`.
    pub questions: Vec<questions::Question>,
    /// Referral guidance: the channels ranked, next steps and whom to contact, in `locale`.
    pub guidance: guidance::Guidance,
    /// Every provision the pathways and the timeline cite, once, by the key reasons, bases,
    /// figures, authorities and timeline entries use.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Record<string, Citation>"))]
    pub provisions: BTreeMap<String, Citation>,
}

/// The code of the assumption a baseline profile's result opens with.
pub(crate) const BASELINE_PROFILE: &str = "baseline-profile";

impl Assessment {
    /// For a baseline profile, the words that say national law beyond its facts is not encoded:
    /// shown before anything else, by the widget and the summary alike.
    pub fn baseline_note(&self) -> Option<&str> {
        self.assumptions
            .iter()
            .find(|x| x.code == BASELINE_PROFILE)
            .map(|x| x.text.as_str())
    }
}

/// The state as the message ids spell it (`state-not_applicable`).
pub(crate) fn state_key(s: PathwayState) -> &'static str {
    match s {
        PathwayState::Available => "available",
        PathwayState::Possible => "possible",
        PathwayState::Unavailable => "unavailable",
        PathwayState::NotApplicable => "not_applicable",
    }
}
