//! A time limit of the timeline: its slot, event, period, counting rule and the procedures,
//! decisions and regimes it applies to.

use serde::{Deserialize, Serialize};

use super::*;

/// A time limit or protective period that runs from a dated fact of the case.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeLimitData {
    /// The timeline slot (`asylum-appeal`): entries with one slot are alternatives for one
    /// deadline (regimes, procedures), and the timeline shows one entry per slot.
    pub slot: String,
    /// Where its words come from when they are not the data's English (set by the build for
    /// a words pack; the build refuses it in the data files).
    #[serde(default)]
    pub translation: Option<Translation>,
    /// What the entry says (`Appeal to the Federal Administrative Court (BVwG)`).
    pub label: String,
    /// `act-by` (the person must act by then), `protected-until` (a protection lasts until then)
    /// or `event` (a date that changes the situation, such as an authority's deadline).
    pub kind: TimelineKind,
    /// The dated fact the period runs from.
    pub event: TimeLimitEvent,
    /// The period (ISO 8601, one unit: `P4W`), the shortest where the law gives a range.
    pub period: String,
    /// The longest period, where the law gives a range and the figure chosen is not known.
    #[serde(default)]
    pub period_max: String,
    /// `time-limit` (the event day is not counted) or `validity` (the first day counts).
    pub counting: TimeLimitCounting,
    /// The counting rule (`at-avg-32-33`, or `EU/apr-2024-1348-art-73` for an EU rule).
    pub rule: String,
    /// Asylum procedures it applies to (absent: any).
    #[serde(default)]
    pub procedures: Vec<String>,
    /// First-instance decisions it applies to (absent: any).
    #[serde(default)]
    pub decisions: Vec<String>,
    /// Conditions on the case (Dublin claimant or not): a condition known to fail excludes the
    /// entry; an unknown one keeps it as a possible reading.
    #[serde(default)]
    pub requires: Vec<ConditionData>,
    /// Which case date decides the regime (`lodged`, `registered`, or the event's own date).
    #[serde(default)]
    pub regime_date: RegimeDate,
    /// The first day of the regime (none for open).
    #[serde(default)]
    pub regime_from: Option<DataDate>,
    /// The last day of the regime (none for open).
    #[serde(default)]
    pub regime_until: Option<DataDate>,
    /// Shown when the date that decides the regime is the regime's first or last day (a
    /// transitional wording that leaves that day unclear).
    #[serde(default)]
    pub boundary_note: String,
    /// The law sets a range and the national figure within it is not known.
    #[serde(default)]
    pub national_figure_unknown: bool,
    /// The EU range this national time limit fixes the figure of, as `EU/<provision>` (a time
    /// limit of the EU profile in the same slot with `national_figure_unknown`): where both
    /// apply to a case, the national figure is the reading and the range is left out.
    #[serde(default)]
    pub fixes: String,
    /// The period counts working days (`P5D` = five working days).
    #[serde(default)]
    pub working_days: bool,
    /// No period is encoded for these decisions (none was found, and it may be very short):
    /// the entry is dated on the event itself, the earliest date a right could be lost, and its
    /// label says so. `period` is then `P0D`.
    #[serde(default)]
    pub period_unknown: bool,
    /// Where `period_max` is not a national figure but the law's own range or extensions, what
    /// the longest period means ("if the person absconded"). Implies a range.
    #[serde(default)]
    pub range_text: String,
    /// The provision (a key of `provisions`).
    pub provision: String,
    /// The pathway it belongs to, where one does.
    #[serde(default)]
    pub pathway: String,
    /// What else the user must know (shown as an assumption).
    #[serde(default)]
    pub note: String,
}

/// The case's asylum procedures, as the data names them.
pub const ASYLUM_PROCEDURES: &[&str] = &[
    "regular",
    "accelerated",
    "border",
    "admissibility",
    "dublin",
];

/// The case's first-instance decisions, as the data names them.
pub const ASYLUM_DECISIONS: &[&str] = &[
    "pending",
    "refugee-status",
    "subsidiary-protection",
    "humanitarian-status",
    "rejected",
    "inadmissible",
];

vocabulary! {
    /// What a timeline entry is.
    pub enum TimelineKind {
        /// The last day for the person to act.
        ActBy = "act-by",
        /// The last day a protection lasts.
        ProtectedUntil = "protected-until",
        /// A date that changes the situation.
        Event = "event",
    }
}

/// The dated facts of a case a period can run from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeLimitEvent {
    /// `reflection.startDate`.
    ReflectionStart,
    /// `asylum.decisionNotifiedDate`.
    AsylumDecisionNotified,
    /// `asylum.registeredDate`.
    AsylumRegistered,
    /// `dublin.requestDate`.
    DublinRequest,
    /// `dublin.acceptanceDate`.
    DublinAcceptance,
    /// `dublin.transferDecisionDate`.
    TransferDecisionNotified,
}

/// How a time limit is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeLimitCounting {
    /// The event day is not counted; the end may move off non-working days.
    TimeLimit,
    /// The first day counts; nothing moves the end.
    Validity,
}

/// Which date of the case decides whether a regime applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RegimeDate {
    /// The date of the event itself.
    #[default]
    Event,
    /// `asylum.lodgedDate` (APR art. 79(3)).
    Lodged,
    /// `asylum.registeredDate` (AMMR art. 84).
    Registered,
}
