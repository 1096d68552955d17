//! A counting rule: which day is excluded, how a period ends, what a working day is, whether a
//! last day on a non-working day moves, and the minimum of working days.

use serde::{Deserialize, Serialize};

use super::*;

/// How a legal instrument counts time limits.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountingRuleData {
    /// Stable identifier used in requests (`eu-1182-71`).
    pub id: String,
    /// Short name (`Regulation (EEC, Euratom) No 1182/71`).
    pub title: String,
    /// Full title of the instrument.
    pub instrument: String,
    /// The official text.
    pub url: String,
    /// What the rule applies to, in a sentence.
    pub applies_to: String,
    /// The day of the event is not counted.
    pub event_day_excluded: Provision,
    /// Week, month and year periods end on the same weekday or date; a date missing in the last
    /// month means that month's last day.
    pub period_end: Provision,
    /// Which days are working days.
    pub working_days: WorkingDaysData,
    /// A last day on a non-working day moves to the next working day (absent: it does not).
    #[serde(default)]
    pub last_day_roll: Vec<Provision>,
    /// A minimum number of working days inside short periods (absent: none).
    #[serde(default)]
    pub minimum_working_days: Vec<MinimumWorkingDays>,
    /// Where a period "in days" means working days (Spain's días hábiles), the provision.
    #[serde(default)]
    pub days_are_working_days: Option<Provision>,
    /// The provision for "a date missing in the last month means its last day", where it is not
    /// `period_end` itself.
    #[serde(default)]
    pub month_end: Option<Provision>,
    /// Longer periods the rule's roll and minimum of working days do not apply to (the Dutch
    /// Algemene termijnenwet, art. 4).
    #[serde(default)]
    pub applies_up_to: Option<AppliesUpTo>,
    /// Caveats every result under the rule carries (Spain's art. 30.6: the holidays of the
    /// person's region count too).
    #[serde(default)]
    pub notes: Vec<RuleNote>,
}

/// A caveat shown with every result of a counting rule.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleNote {
    /// A stable code for the assumption it becomes (`holidays-of-both-places`).
    pub code: String,
    /// The caveat, in words.
    pub text: String,
    /// Whether it means holidays could be missing, so the date is the earliest possible one.
    pub holidays_may_be_missing: bool,
    /// Its source.
    pub provision: Provision,
}

/// "This rule does not apply to periods of more than 90 days, 12 weeks or 3 months, or of a
/// year or more."
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppliesUpTo {
    /// The longest period in days (or working days) it applies to.
    pub days: u32,
    /// In weeks.
    pub weeks: u32,
    /// In months.
    pub months: u32,
    /// In years (0: none).
    pub years: u32,
    /// The limit's source.
    pub provision: Provision,
}

/// The definition of a working day.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingDaysData {
    /// Weekdays that are never working days (lower-case English names).
    pub weekend: Vec<Weekday>,
    /// Whether public holidays are excluded from working days.
    pub public_holidays_excluded: bool,
    /// Whose public holidays count.
    pub public_holidays_of: String,
    /// The calendar (`src/calendars/<code>.toml`) whose holidays count; absent for rules whose
    /// holidays are those of the place where the act is done (EU acts), given by the request.
    #[serde(default)]
    pub calendar: Option<String>,
    /// Days of that calendar with `scope = "deadlines"` that this rule also treats as
    /// non-working (Austria's Good Friday and 24 December).
    #[serde(default)]
    pub also_non_working: Vec<String>,
    /// The definition's source.
    pub provision: Provision,
}

/// "Any period of N days or more includes at least M working days."
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinimumWorkingDays {
    /// The length from which the rule applies, in days.
    pub periods_of_at_least_days: u32,
    /// How many working days such a period must include.
    pub working_days: u32,
    /// The rule's source.
    pub provision: Provision,
}

vocabulary! {
    /// A day of the week, as the data files write it, Monday first.
    pub enum Weekday {
        /// Monday.
        Monday = "monday",
        /// Tuesday.
        Tuesday = "tuesday",
        /// Wednesday.
        Wednesday = "wednesday",
        /// Thursday.
        Thursday = "thursday",
        /// Friday.
        Friday = "friday",
        /// Saturday.
        Saturday = "saturday",
        /// Sunday.
        Sunday = "sunday",
    }
}
