//! The shape of the jurisdiction data files (`src/jurisdictions/*.toml`).
//!
//! This file is compiled twice: by `build.rs`, which reads the TOML files, checks them and
//! packs them with postcard into the binary; and by the crate, which unpacks them at first use.
//! So it may depend on nothing but `serde` and `std`.
//!
//! Every legal statement carries a [`Provision`]: the article, what it says, the status of our
//! reading (verified / secondary / unverified), the date it was last checked and where.

use serde::{Deserialize, Serialize};

/// One jurisdiction's data file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileData {
    /// `COE`, `EU`, or an ISO 3166-1 alpha-2 code.
    pub code: String,
    /// The jurisdiction's name in English.
    pub name: String,
    /// A baseline (Council of Europe, EU) or a state.
    pub kind: JurisdictionKind,
    /// What the profile covers today, in a sentence.
    pub summary: String,
    /// The date the data was last checked against its sources (`YYYY-MM-DD`).
    pub last_verified: String,
    /// The counting rule used when a request names none; empty when the jurisdiction has no
    /// rule of its own for counting time limits.
    pub default_counting_rule: String,
    /// Why there is no default counting rule, when there is none.
    pub no_counting_rule_reason: String,
    /// The rules for counting time limits that this jurisdiction's law provides.
    pub counting_rules: Vec<CountingRuleData>,
}

/// Whether a profile is a baseline or a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum JurisdictionKind {
    /// A minimum standard used where no national profile exists (COE, EU).
    Baseline,
    /// A state with its own law.
    National,
}

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
    pub last_day_roll: Vec<Provision>,
    /// A minimum number of working days inside short periods (absent: none).
    pub minimum_working_days: Vec<MinimumWorkingDays>,
}

/// The definition of a working day.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingDaysData {
    /// Weekdays that are never working days (lower-case English names).
    pub weekend: Vec<String>,
    /// Whether public holidays are excluded from working days.
    pub public_holidays_excluded: bool,
    /// Whose public holidays count.
    pub public_holidays_of: String,
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

/// An article and what we know of it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    /// The article, paragraph and point (`Art. 3(4)`).
    pub article: String,
    /// What it provides, in plain words.
    pub says: String,
    /// How sure we are of that reading.
    pub status: Status,
    /// When it was last checked (`YYYY-MM-DD`).
    pub checked: String,
    /// Where it was read (a URL), or why nothing could be read.
    pub source: String,
}

/// How a legal statement was established.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Not read in any source; shown to users as unverified. (Lowest, so `min` finds the
    /// weakest status of a conclusion.)
    Unverified,
    /// Read in secondary material (NGO, practitioner, a quotation in another text).
    Secondary,
    /// Read in the primary text or an authoritative summary (a government or court page).
    Verified,
}

impl ProfileData {
    /// Checks what the types cannot: dates, identifiers, references between fields.
    ///
    /// # Errors
    /// A message naming the field (`counting_rules[0].period_end.checked`).
    pub fn check(&self) -> Result<(), String> {
        let code_ok = matches!(self.code.as_str(), "COE" | "EU")
            || (self.code.len() == 2 && self.code.bytes().all(|b| b.is_ascii_uppercase()));
        if !code_ok {
            return Err(format!(
                "code: '{}' is neither COE, EU nor an ISO 3166-1 alpha-2 code",
                self.code
            ));
        }
        check_date("last_verified", &self.last_verified)?;
        for field in [("name", &self.name), ("summary", &self.summary)] {
            if field.1.trim().is_empty() {
                return Err(format!("{}: must not be empty", field.0));
            }
        }
        if self.default_counting_rule.is_empty() {
            if self.no_counting_rule_reason.trim().is_empty() {
                return Err(
                    "no_counting_rule_reason: say why there is no default counting rule".to_owned(),
                );
            }
        } else if !self
            .counting_rules
            .iter()
            .any(|r| r.id == self.default_counting_rule)
        {
            return Err(format!(
                "default_counting_rule: '{}' is not the id of any counting_rules entry",
                self.default_counting_rule
            ));
        }
        for (i, rule) in self.counting_rules.iter().enumerate() {
            let at = format!("counting_rules[{i}]");
            if rule.id.is_empty()
                || !rule
                    .id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(format!(
                    "{at}.id: '{}' must be lower-case letters, digits and '-'",
                    rule.id
                ));
            }
            if rule.id == "national" {
                return Err(format!(
                    "{at}.id: 'national' is reserved for the jurisdiction's default rule"
                ));
            }
            if self.counting_rules[..i].iter().any(|r| r.id == rule.id) {
                return Err(format!("{at}.id: '{}' appears twice", rule.id));
            }
            check_url(&format!("{at}.url"), &rule.url)?;
            check_provision(
                &format!("{at}.event_day_excluded"),
                &rule.event_day_excluded,
            )?;
            check_provision(&format!("{at}.period_end"), &rule.period_end)?;
            check_provision(
                &format!("{at}.working_days.provision"),
                &rule.working_days.provision,
            )?;
            for (j, day) in rule.working_days.weekend.iter().enumerate() {
                if !WEEKDAYS.contains(&day.as_str()) {
                    return Err(format!(
                        "{at}.working_days.weekend[{j}]: '{day}' is not a weekday name"
                    ));
                }
            }
            if rule.working_days.weekend.len() >= 7 {
                return Err(format!(
                    "{at}.working_days.weekend: no working day would be left"
                ));
            }
            for (j, p) in rule.last_day_roll.iter().enumerate() {
                check_provision(&format!("{at}.last_day_roll[{j}]"), p)?;
            }
            if rule.last_day_roll.len() > 1 {
                return Err(format!("{at}.last_day_roll: give at most one provision"));
            }
            for (j, m) in rule.minimum_working_days.iter().enumerate() {
                check_provision(
                    &format!("{at}.minimum_working_days[{j}].provision"),
                    &m.provision,
                )?;
                if m.working_days == 0 || m.working_days > m.periods_of_at_least_days {
                    return Err(format!("{at}.minimum_working_days[{j}].working_days: must be 1 to periods_of_at_least_days"));
                }
            }
        }
        Ok(())
    }
}

/// Weekday names as the data files write them, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn check_provision(at: &str, p: &Provision) -> Result<(), String> {
    if p.article.trim().is_empty() {
        return Err(format!("{at}.article: must not be empty"));
    }
    if p.says.trim().is_empty() {
        return Err(format!("{at}.says: must not be empty"));
    }
    check_date(&format!("{at}.checked"), &p.checked)?;
    // A verified reading names the page it was read on; a weaker one says at least where it
    // comes from.
    if p.status == Status::Verified {
        check_url(&format!("{at}.source"), &p.source)?;
    } else if p.source.trim().is_empty() {
        return Err(format!("{at}.source: say where this reading comes from"));
    }
    Ok(())
}

fn check_url(at: &str, url: &str) -> Result<(), String> {
    if url.starts_with("https://") || url.starts_with("http://") {
        Ok(())
    } else {
        Err(format!("{at}: '{url}' is not a web address"))
    }
}

fn check_date(at: &str, text: &str) -> Result<(), String> {
    let b = text.as_bytes();
    let ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| b[i].is_ascii_digit())
        && matches!(
            &text[5..7],
            "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12"
        )
        && text[8..10] >= *"01"
        && text[8..10] <= *"31";
    if ok {
        Ok(())
    } else {
        Err(format!("{at}: '{text}' is not a date written YYYY-MM-DD"))
    }
}
