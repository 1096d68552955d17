//! The shape of the jurisdiction data files (`src/jurisdictions/*.toml`).
//!
//! This file is compiled twice: by the build script (`build-script/`), which reads the TOML files, checks them and
//! packs them with postcard into the binary; and by the crate, which unpacks them at first use.
//! So it may depend on nothing but `serde` and `std`.
//!
//! Every legal statement carries a [`Provision`]: the article, what it says, the status of our
//! reading (verified / secondary / unverified), the date it was last checked and where.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A closed vocabulary of the data: a serde enum spelt as the files write it, with every
/// value (`ALL`), its name (`as_str`) and all names (`NAMES`), so a match on it is exhaustive
/// and no list of names is written twice.
macro_rules! vocabulary {
    ($(#[$m:meta])* pub enum $name:ident { $($(#[$vm:meta])* $v:ident = $s:literal,)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $s)] $v,)*
        }

        impl $name {
            /// Every value, in the order declared.
            pub const ALL: &'static [$name] = &[$($name::$v),*];
            /// Every value's name, in the order declared.
            pub const NAMES: &'static [&'static str] = &[$($s),*];

            /// The name, as the data files write it.
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$v => $s),*
                }
            }
        }
    };
}

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
    /// The instruments this file cites, by key.
    #[serde(default)]
    pub instruments: BTreeMap<String, InstrumentData>,
    /// The provisions pathways cite, by key.
    #[serde(default)]
    pub provisions: BTreeMap<String, CitedProvision>,
    /// The protection and residence channels, each with the law that opens it.
    #[serde(default)]
    pub pathways: Vec<PathwayData>,
    /// States whose citizens have free-movement rights, with dates (only the EU baseline).
    #[serde(default)]
    pub free_movement: Vec<FreeMovementData>,
    /// Time limits and protective periods the case timeline computes from dated facts.
    #[serde(default)]
    pub time_limits: Vec<TimeLimitData>,
    /// Whom to contact: organisations and authorities, each with its source and the date last
    /// checked.
    #[serde(default)]
    pub contacts: Vec<ContactData>,
    /// Referral guidance: next steps, each with the situations it applies to and its sources.
    #[serde(default)]
    pub guidance: Vec<GuidanceData>,
    /// Pathways taken over from a baseline, as `"EU/refugee-status"`: every version of that
    /// pathway, with its provisions, is copied in when the data is built (the build script (`build-script/`)), so a
    /// state's file does not repeat EU law.
    #[serde(default)]
    pub inherit: Vec<String>,
}

impl ProfileData {
    /// Copies the pathways named in `inherit` from `bases` into this profile, with their
    /// provisions and instruments under keys prefixed by the base's code (`EU/qr-24`).
    ///
    /// # Errors
    /// A message naming the `inherit` entry that names no base or no pathway.
    pub fn resolve_inheritance(&mut self, bases: &[&ProfileData]) -> Result<(), String> {
        for (i, entry) in self.inherit.clone().iter().enumerate() {
            let at = format!("inherit[{i}]");
            let (code, id) = entry.split_once('/').ok_or(format!(
                "{at}: write it as BASE/pathway-id (EU/refugee-status)"
            ))?;
            let base = bases
                .iter()
                .find(|b| b.code == code && b.kind == JurisdictionKind::Baseline)
                .ok_or(format!("{at}: '{code}' is not a baseline profile"))?;
            let versions: Vec<&PathwayData> = base.pathways.iter().filter(|p| p.id == id).collect();
            if versions.is_empty() {
                return Err(format!("{at}: {code} has no pathway '{id}'"));
            }
            if self.pathways.iter().any(|p| p.id == id) {
                return Err(format!("{at}: this profile already has a pathway '{id}'"));
            }
            let prefix = |key: &str| format!("{code}/{key}");
            for p in versions {
                let mut copy = p.clone();
                copy.basis = prefix(&copy.basis);
                let all = copy.scope.iter_mut().chain(copy.requires.iter_mut()).chain(
                    copy.alternatives
                        .iter_mut()
                        .flat_map(|a| a.requires.iter_mut()),
                );
                for c in all {
                    c.provision = prefix(&c.provision);
                }
                for x in &mut copy.parameters {
                    x.provision = prefix(&x.provision);
                }
                for a in &mut copy.decided_by {
                    a.provision = prefix(&a.provision);
                }
                let keys = std::iter::once(p.basis.clone())
                    .chain(
                        p.scope
                            .iter()
                            .chain(&p.requires)
                            .chain(p.alternatives.iter().flat_map(|a| &a.requires))
                            .map(|c| c.provision.clone()),
                    )
                    .chain(p.parameters.iter().map(|x| x.provision.clone()))
                    .chain(p.decided_by.iter().map(|a| a.provision.clone()));
                for key in keys {
                    let provision = base
                        .provisions
                        .get(&key)
                        .ok_or(format!("{at}: {code} lacks provision '{key}'"))?;
                    let mut provision = provision.clone();
                    let instrument = base.instruments.get(&provision.instrument).ok_or(format!(
                        "{at}: {code} lacks instrument '{}'",
                        provision.instrument
                    ))?;
                    self.instruments
                        .insert(prefix(&provision.instrument), instrument.clone());
                    provision.instrument = prefix(&provision.instrument);
                    self.provisions.insert(prefix(&key), provision);
                }
                self.pathways.push(copy);
            }
        }
        Ok(())
    }
}

/// A state whose citizens have EU free-movement rights, and since when.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FreeMovementData {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// First day (`YYYY-MM-DD`).
    pub from: String,
    /// Last day ("" while it lasts).
    #[serde(default)]
    pub until: String,
    /// The provision or source (key in `provisions`).
    pub provision: String,
}

/// A legal instrument: its short title and official text.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstrumentData {
    /// Short title (`CETS No. 197`).
    pub title: String,
    /// The official text.
    pub url: String,
}

/// A provision of an instrument, with our reading of it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitedProvision {
    /// The key of the instrument in `instruments`.
    pub instrument: String,
    /// Article, paragraph, point.
    pub article: String,
    /// What it provides, in plain words.
    pub says: String,
    /// How sure we are of that reading.
    pub status: Status,
    /// When it was last checked (`YYYY-MM-DD`).
    pub checked: String,
    /// Where it was read, or where the reading comes from.
    pub source: String,
}

/// The kind of channel a pathway is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// Recovery and reflection period.
    ReflectionPeriod,
    /// Residence permit for victims, on one of several grounds (real alternatives).
    VictimPermit,
    /// Residence permit for victims who cooperate with the authorities.
    VictimPermitCooperation,
    /// Residence permit for victims on their personal situation.
    VictimPermitPersonalSituation,
    /// Refugee status.
    RefugeeStatus,
    /// Subsidiary protection.
    SubsidiaryProtection,
    /// A national humanitarian or other status used for victims.
    NationalStatus,
    /// Protection as a child.
    ChildProtection,
    /// Rights as an EU/EEA/Swiss citizen.
    EuCitizen,
    /// Long-term or permanent residence.
    LongTermResidence,
    /// Return, only after a risk assessment.
    SafeReturn,
}

/// The tests a condition can apply to a case. Each is implemented over the case's facts in
/// `assess::tests`; the data files compose them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Test {
    /// Not a citizen of an EU/EEA state or Switzerland.
    ThirdCountryNational,
    /// A citizen of an EU/EEA state or Switzerland.
    EuCitizen,
    /// Not a citizen of the jurisdiction's state.
    ForeignNational,
    /// Under 18, or presumed so while the age is uncertain.
    Child,
    /// 18 or over (not presumed a child).
    Adult,
    /// A child without a parent or responsible adult.
    UnaccompaniedChild,
    /// Reasonable grounds to believe the person is a victim (or further).
    ReasonableGrounds,
    /// Conclusively identified as a victim.
    Identified,
    /// Indications of trafficking at all (indicators, referral, or further).
    TraffickingIndicated,
    /// Willing to cooperate with the authorities.
    WillingToCooperate,
    /// Filed a complaint or gave a statement or testimony.
    ComplaintOrStatement,
    /// Criminal proceedings under way (investigation, prosecution or trial).
    ProceedingsOngoing,
    /// Criminal proceedings begun (at any stage), or civil claims asserted.
    ProceedingsOrCivilClaims,
    /// An authority says the person's presence is necessary for the proceedings.
    PresenceNecessary,
    /// Relations with the suspects broken off.
    TiesSevered,
    /// A suspect was convicted.
    Conviction,
    /// A personal situation that calls for a stay (health, risks, family, integration).
    PersonalSituation,
    /// Cannot or will not cooperate for weighty reasons.
    CannotCooperate,
    /// Exploited sexually.
    SexualExploitation,
    /// Follows an exit-from-prostitution pathway.
    ExitProstitutionPathway,
    /// A violence protection order was or could be issued.
    ViolenceProtectionOrder,
    /// A well-founded fear of persecution on return.
    FearOfPersecution,
    /// The fear relates to a Convention ground.
    ConventionGround,
    /// A real risk of serious harm on return.
    SeriousHarm,
    /// No safe and reasonable internal relocation.
    NoInternalRelocation,
    /// A risk on return: reprisals, re-trafficking, or no state protection.
    RiskOnReturn,
    /// A risk and security assessment of return was made.
    ReturnRiskAssessed,
    /// Five years of legal residence reached (from the permits given).
    FiveYearsResidence,
    /// Three years of uninterrupted holding of the profile's victim permit (scheme
    /// `victim-residence-permit`) reached (from the permits given).
    ThreeYearsVictimPermit,
    /// Another EU state may be responsible for the asylum claim (Dublin III / AMMR).
    OtherStateResponsible,
    /// An asylum claim is pending.
    AsylumApplicant,
    /// An asylum claim was rejected (on the merits or as inadmissible).
    AsylumRejected,
    /// Left to the state by the instrument: never known from the case.
    StateChoice,
}

/// One channel of protection or residence in one jurisdiction.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathwayData {
    /// Stable id within the profile (`reflection-period`).
    pub id: String,
    /// The kind of channel.
    pub channel: Channel,
    /// The name in English.
    pub name: String,
    /// The legal name in the jurisdiction's own language ("" when it is English or none).
    #[serde(default)]
    pub local_name: String,
    /// What the channel gives, in a sentence or two.
    pub summary: String,
    /// False when the jurisdiction has no such channel; `absent_reason` then says so.
    #[serde(default = "yes")]
    pub exists: bool,
    /// Why the channel does not exist (only with `exists = false`).
    #[serde(default)]
    pub absent_reason: String,
    /// The first day this version applies (`YYYY-MM-DD`, "" for no known start).
    #[serde(default)]
    pub from: String,
    /// The last day this version applies ("" while in force).
    #[serde(default)]
    pub until: String,
    /// The provision that opens the channel (key in `provisions`).
    pub basis: String,
    /// Conditions that decide whether the channel concerns the person at all; one that fails
    /// makes the pathway `not_applicable`.
    #[serde(default)]
    pub scope: Vec<ConditionData>,
    /// Conditions that must all hold.
    #[serde(default)]
    pub requires: Vec<ConditionData>,
    /// Real alternatives: at least one group must hold in full (none listed: no such need).
    #[serde(default)]
    pub alternatives: Vec<AlternativeData>,
    /// Figures the law sets (duration, validity), each with its provision.
    #[serde(default)]
    pub parameters: Vec<ParameterData>,
    /// Who decides (or grants, or offers) the channel, each with its provision.
    #[serde(default)]
    pub decided_by: Vec<AuthorityData>,
}

/// An authority that decides on a channel.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorityData {
    /// The authority and its role ("BFA (Federal Office for Immigration and Asylum) decides").
    pub name: String,
    /// The provision or source that says so (key in `provisions`).
    pub provision: String,
}

fn yes() -> bool {
    true
}

/// One condition: a test, the answer it needs, and the provision that sets it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionData {
    /// The test applied to the case.
    pub test: Test,
    /// The answer the condition needs (default yes).
    #[serde(default = "yes")]
    pub expect: bool,
    /// The provision that sets the condition (key in `provisions`).
    pub provision: String,
}

/// A group of conditions that is one real alternative ground.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlternativeData {
    /// The ground's name ("on cooperation").
    pub name: String,
    /// Conditions that must all hold for this ground.
    pub requires: Vec<ConditionData>,
}

/// A figure the law sets for a channel.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParameterData {
    /// What it is (`duration`, `initial validity`).
    pub name: String,
    /// The figure as the law states it ("at least 30 days").
    pub value: String,
    /// The provision that sets it (key in `provisions`).
    pub provision: String,
}

/// Whether a profile is a baseline or a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
        self.check_pathways()?;
        self.check_time_limits()?;
        self.check_contacts_and_guidance()?;
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
            let weekend = &rule.working_days.weekend;
            if weekend
                .iter()
                .enumerate()
                .any(|(j, d)| weekend[..j].contains(d))
            {
                return Err(format!("{at}.working_days.weekend: a day is named twice"));
            }
            if weekend.len() >= 7 {
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
            if let Some(p) = &rule.days_are_working_days {
                check_provision(&format!("{at}.days_are_working_days"), p)?;
                if !rule.working_days.public_holidays_excluded
                    && rule.working_days.weekend.is_empty()
                {
                    return Err(format!(
                        "{at}.days_are_working_days: working days would be all days"
                    ));
                }
            }
            for (j, n) in rule.notes.iter().enumerate() {
                check_provision(&format!("{at}.notes[{j}].provision"), &n.provision)?;
                if n.code.is_empty() || n.text.trim().is_empty() {
                    return Err(format!("{at}.notes[{j}]: code and text must not be empty"));
                }
            }
            if let Some(p) = &rule.month_end {
                check_provision(&format!("{at}.month_end"), p)?;
            }
            if let Some(a) = &rule.applies_up_to {
                check_provision(&format!("{at}.applies_up_to.provision"), &a.provision)?;
            }
            if rule.working_days.calendar.is_some() && !rule.working_days.public_holidays_excluded {
                return Err(format!(
                    "{at}.working_days.calendar: only where public holidays are excluded"
                ));
            }
        }
        Ok(())
    }
}

impl ProfileData {
    fn check_contacts_and_guidance(&self) -> Result<(), String> {
        for (i, c) in self.contacts.iter().enumerate() {
            let at = format!("contacts[{i}]");
            if c.serves.is_empty() {
                return Err(format!("{at}.serves: women, men, children, adults or all"));
            }
            if c.phone.is_empty() && c.email.is_empty() && c.website.is_empty() {
                return Err(format!("{at}: give a phone, an e-mail or a website"));
            }
            if !c.website.is_empty() {
                check_url(&format!("{at}.website"), &c.website)?;
            }
            check_provision(&format!("{at}.provision"), &c.provision)?;
        }
        for (i, g) in self.guidance.iter().enumerate() {
            let at = format!("guidance[{i}]");
            for k in &g.provisions {
                if !k.contains('/') && !self.provisions.contains_key(k) {
                    return Err(format!("{at}.provisions: no provision '{k}'"));
                }
            }
        }
        Ok(())
    }

    fn check_time_limits(&self) -> Result<(), String> {
        for (i, t) in self.time_limits.iter().enumerate() {
            let at = format!("time_limits[{i}]");
            if !self.provisions.contains_key(&t.provision) {
                return Err(format!("{at}.provision: no provision '{}'", t.provision));
            }
            if t.period_unknown && t.period != "P0D" {
                return Err(format!("{at}.period: an unknown period is written P0D"));
            }
            for (field, p) in [("period", &t.period), ("period_max", &t.period_max)] {
                let ok = p.len() >= 3
                    && p.starts_with('P')
                    && p[1..p.len() - 1].bytes().all(|b| b.is_ascii_digit())
                    && matches!(p.as_bytes()[p.len() - 1], b'D' | b'W' | b'M' | b'Y');
                if !(ok || (field == "period_max" && p.is_empty())) {
                    return Err(format!("{at}.{field}: '{p}' is not a period such as P4W"));
                }
            }
            if (t.national_figure_unknown || !t.range_text.is_empty()) && t.period_max.is_empty() {
                return Err(format!("{at}.period_max: give the range's longest period"));
            }
            let (own, base) = match t.rule.split_once('/') {
                Some((b, r)) => (r, Some(b)),
                None => (t.rule.as_str(), None),
            };
            if base.is_none() && !self.counting_rules.iter().any(|r| r.id == own) {
                return Err(format!("{at}.rule: no counting rule '{own}' here"));
            }
            let inherited = self
                .inherit
                .iter()
                .any(|i| i.rsplit('/').next() == Some(t.pathway.as_str()));
            if !t.pathway.is_empty()
                && !inherited
                && !self.pathways.iter().any(|p| p.id == t.pathway)
            {
                return Err(format!("{at}.pathway: no pathway '{}'", t.pathway));
            }
            for (field, d) in [
                ("regime_from", &t.regime_from),
                ("regime_until", &t.regime_until),
            ] {
                if !d.is_empty() {
                    check_date(&format!("{at}.{field}"), d)?;
                }
            }
            for (j, c) in t.requires.iter().enumerate() {
                if !self.provisions.contains_key(&c.provision) {
                    return Err(format!(
                        "{at}.requires[{j}].provision: no provision '{}'",
                        c.provision
                    ));
                }
            }
            for p in &t.procedures {
                if !ASYLUM_PROCEDURES.contains(&p.as_str()) {
                    return Err(format!(
                        "{at}.procedures: '{p}' is not one of {ASYLUM_PROCEDURES:?}"
                    ));
                }
            }
            for d in &t.decisions {
                if !ASYLUM_DECISIONS.contains(&d.as_str()) {
                    return Err(format!(
                        "{at}.decisions: '{d}' is not one of {ASYLUM_DECISIONS:?}"
                    ));
                }
            }
            if t.slot.is_empty() || t.label.trim().is_empty() {
                return Err(format!("{at}: slot and label must not be empty"));
            }
        }
        Ok(())
    }

    fn check_pathways(&self) -> Result<(), String> {
        for (key, instrument) in &self.instruments {
            check_url(&format!("instruments.{key}.url"), &instrument.url)?;
        }
        for (key, p) in &self.provisions {
            let at = format!("provisions.{key}");
            if !self.instruments.contains_key(&p.instrument) {
                return Err(format!(
                    "{at}.instrument: '{}' is not a key of [instruments]",
                    p.instrument
                ));
            }
            check_provision(
                &at,
                &Provision {
                    article: p.article.clone(),
                    says: p.says.clone(),
                    status: p.status,
                    checked: p.checked.clone(),
                    source: p.source.clone(),
                },
            )?;
        }
        let known = |at: &str, key: &str| {
            if self.provisions.contains_key(key) {
                Ok(())
            } else {
                Err(format!("{at}: '{key}' is not a key of [provisions]"))
            }
        };
        for (i, f) in self.free_movement.iter().enumerate() {
            let at = format!("free_movement[{i}]");
            if f.code.len() != 2 || !f.code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(format!(
                    "{at}.code: '{}' is not an ISO 3166-1 alpha-2 code",
                    f.code
                ));
            }
            check_date(&format!("{at}.from"), &f.from)?;
            if !f.until.is_empty() {
                check_date(&format!("{at}.until"), &f.until)?;
            }
            known(&format!("{at}.provision"), &f.provision)?;
        }
        for (i, p) in self.pathways.iter().enumerate() {
            let at = format!("pathways[{i}] ({})", p.id);
            if p.id.is_empty()
                || !p
                    .id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(format!(
                    "{at}.id: must be lower-case letters, digits and '-'"
                ));
            }
            for field in [("name", &p.name), ("summary", &p.summary)] {
                if field.1.trim().is_empty() {
                    return Err(format!("{at}.{}: must not be empty", field.0));
                }
            }
            known(&format!("{at}.basis"), &p.basis)?;
            if !p.from.is_empty() {
                check_date(&format!("{at}.from"), &p.from)?;
            }
            if !p.until.is_empty() {
                check_date(&format!("{at}.until"), &p.until)?;
                if !p.from.is_empty() && p.until < p.from {
                    return Err(format!("{at}.until: ends before it starts"));
                }
            }
            // Two versions of one pathway may not be in force on the same day.
            for other in self.pathways[..i].iter().filter(|o| o.id == p.id) {
                let starts_after = |a: &PathwayData, b: &PathwayData| {
                    !b.until.is_empty() && a.from.as_str() > b.until.as_str()
                };
                if !(starts_after(p, other) || starts_after(other, p)) {
                    return Err(format!(
                        "{at}: overlaps another version of '{}' in time; give from/until",
                        p.id
                    ));
                }
            }
            // An existing channel has no absent_reason; an absent one must say why.
            if p.exists != p.absent_reason.trim().is_empty() {
                return Err(format!(
                    "{at}.absent_reason: give a reason exactly when exists = false"
                ));
            }
            let conditions = p
                .scope
                .iter()
                .chain(&p.requires)
                .chain(p.alternatives.iter().flat_map(|a| &a.requires));
            for (j, c) in conditions.enumerate() {
                known(&format!("{at}.conditions[{j}].provision"), &c.provision)?;
            }
            for (j, a) in p.alternatives.iter().enumerate() {
                if a.requires.is_empty() {
                    return Err(format!(
                        "{at}.alternatives[{j}].requires: an alternative needs conditions"
                    ));
                }
            }
            for (j, param) in p.parameters.iter().enumerate() {
                known(&format!("{at}.parameters[{j}].provision"), &param.provision)?;
            }
            for (j, a) in p.decided_by.iter().enumerate() {
                if a.name.trim().is_empty() {
                    return Err(format!("{at}.decided_by[{j}].name: must not be empty"));
                }
                known(&format!("{at}.decided_by[{j}].provision"), &a.provision)?;
            }
        }
        Ok(())
    }
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

/// Checks a provision: article, words, date, and a source fitting its status.
pub fn check_provision(at: &str, p: &Provision) -> Result<(), String> {
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

/// Checks a `YYYY-MM-DD` date written in the data.
pub fn check_date(at: &str, text: &str) -> Result<(), String> {
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
    if !ok {
        return Err(format!("{at}: '{text}' is not a date written YYYY-MM-DD"));
    }
    // A day that exists: not 2026-02-31, and 29 February only in a leap year.
    let number = |r: std::ops::Range<usize>| text[r].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let last = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if day > last {
        return Err(format!(
            "{at}: '{text}' is not a day of the calendar (that month has {last} days)"
        ));
    }
    Ok(())
}

/// The checks between data files: a profile's reference to another's counting rule or
/// provision (`EU/…`), and a counting rule's to a holiday calendar and its deadline-only days.
/// [`ProfileData::check`] checks each file alone; the build runs this on all of them (after
/// inheritance), and the tests feed it broken data.
///
/// # Errors
/// The first broken reference, as `src/jurisdictions/<code>.toml: <field>: <what is missing>`.
pub fn check_all(
    profiles: &[ProfileData],
    calendars: &[super::calendar_model::CalendarData],
) -> Result<(), String> {
    let file = |p: &ProfileData| format!("src/jurisdictions/{}.toml", p.code.to_ascii_lowercase());
    for profile in profiles {
        for (i, t) in profile.time_limits.iter().enumerate() {
            if let Some((base, rule)) = t.rule.split_once('/') {
                let found = profiles
                    .iter()
                    .any(|p| p.code == base && p.counting_rules.iter().any(|r| r.id == rule));
                if !found {
                    return Err(format!(
                        "{}: time_limits[{i}].rule: no counting rule '{}'",
                        file(profile),
                        t.rule
                    ));
                }
            }
        }
        // Guidance rules may cite a baseline's provision as `EU/key` or `COE/key`.
        for (i, g) in profile.guidance.iter().enumerate() {
            for k in &g.provisions {
                if let Some((base, key)) = k.split_once('/') {
                    let found = profiles
                        .iter()
                        .any(|p| p.code == base && p.provisions.contains_key(key));
                    if !found {
                        return Err(format!(
                            "{}: guidance[{i}].provisions: no provision '{k}'",
                            file(profile)
                        ));
                    }
                }
            }
        }
        for (i, rule) in profile.counting_rules.iter().enumerate() {
            let at = format!("{}: counting_rules[{i}].working_days", file(profile));
            let days = &rule.working_days;
            let Some(code) = &days.calendar else {
                if days.also_non_working.is_empty() {
                    continue;
                }
                return Err(format!(
                    "{at}.also_non_working: needs working_days.calendar"
                ));
            };
            let Some(cal) = calendars.iter().find(|c| &c.code == code) else {
                return Err(format!(
                    "{at}.calendar: no calendar '{code}' in src/calendars"
                ));
            };
            for extra in &days.also_non_working {
                let deadline_day = cal.holidays.iter().any(|h| {
                    &h.id == extra && h.scope == super::calendar_model::HolidayScope::Deadlines
                });
                if !deadline_day {
                    return Err(format!(
                        "{at}.also_non_working: '{extra}' is not a deadlines-only day of calendar {code}"
                    ));
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod date_tests {
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn data_dates_must_exist() {
        for good in [
            "2026-02-28",
            "2024-02-29",
            "2000-02-29",
            "2026-04-30",
            "2026-12-31",
        ] {
            assert_eq!(super::check_date("x", good), Ok(()), "{good}");
        }
        for bad in [
            "2026-02-31",
            "2026-02-29",
            "1900-02-29",
            "2026-04-31",
            "2026-13-01",
            "2026-1-01",
            "26-01-01",
        ] {
            assert!(super::check_date("x", bad).is_err(), "{bad}");
        }
    }
}

/// A time limit or protective period that runs from a dated fact of the case.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeLimitData {
    /// The timeline slot (`asylum-appeal`): entries with one slot are alternatives for one
    /// deadline (regimes, procedures), and the timeline shows one entry per slot.
    pub slot: String,
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
    /// The first day of the regime (`YYYY-MM-DD`, "" for open).
    #[serde(default)]
    pub regime_from: String,
    /// The last day of the regime ("" for open).
    #[serde(default)]
    pub regime_until: String,
    /// Shown when the date that decides the regime is the regime's first or last day (a
    /// transitional wording that leaves that day unclear).
    #[serde(default)]
    pub boundary_note: String,
    /// The law sets a range and the national figure within it is not known.
    #[serde(default)]
    pub national_figure_unknown: bool,
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

/// An organisation or authority to contact.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactData {
    /// Stable id (`lefoe-ibf`).
    pub id: String,
    /// Its name.
    pub name: String,
    /// What it is.
    pub role: ContactRole,
    /// Phone, international format, where one was found.
    #[serde(default)]
    pub phone: String,
    /// E-mail, where one was found.
    #[serde(default)]
    pub email: String,
    /// Website.
    #[serde(default)]
    pub website: String,
    /// Opening hours in OpenStreetMap `opening_hours` syntax (`24/7`, `Mo-Fr 09:00-17:00`).
    #[serde(default)]
    pub hours: String,
    /// Languages it works in (BCP 47), where known.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Whom it serves.
    pub serves: Vec<Audience>,
    /// What was checked, where, when and how sure we are (the whole entry's status).
    pub provision: Provision,
}

vocabulary! {
    /// What a contact is.
    pub enum ContactRole {
        /// The national referral mechanism or the body that identifies victims.
        ReferralMechanism = "referral-mechanism",
        /// A specialised non-governmental organisation.
        Ngo = "ngo",
        /// The police unit for trafficking cases.
        Police = "police",
        /// A hotline.
        Hotline = "hotline",
        /// The asylum authority.
        AsylumAuthority = "asylum-authority",
        /// Child protection services.
        ChildProtection = "child-protection",
        /// Legal aid.
        LegalAid = "legal-aid",
        /// A shelter.
        Shelter = "shelter",
        /// A national coordinator or rapporteur: policy, no individual cases; named last.
        Coordinator = "coordinator",
    }
}

vocabulary! {
    /// Whom a contact serves.
    pub enum Audience {
        /// Women.
        Women = "women",
        /// Men.
        Men = "men",
        /// Children (and those presumed to be children).
        Children = "children",
        /// Adults.
        Adults = "adults",
        /// Everyone.
        All = "all",
    }
}

/// A referral-guidance rule: a next step for the situations it names.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuidanceData {
    /// Stable id; its words are the messages `guidance-<id>-title` and `guidance-<id>-text`.
    pub id: String,
    /// When it applies.
    pub when: Situation,
    /// The provisions it rests on (keys of `provisions`, or `EU/…`, `COE/…`).
    pub provisions: Vec<String>,
    /// The roles of the contacts to name with it.
    #[serde(default)]
    pub contact_roles: Vec<ContactRole>,
}

vocabulary! {
    /// When a guidance rule applies.
    // `PersonalSituation` is the law's own term (CETS 197 art. 14(1)(a)), kept as the variant.
    #[allow(clippy::enum_variant_names)]
    pub enum Situation {
        /// In every case.
        Always = "always",
        /// International protection and a victim's permit both open: apply for both.
        ParallelApplications = "parallel-applications",
        /// A victim's permit on the personal situation, where cooperation is not given.
        PersonalSituation = "personal-situation",
        /// A child, or a person presumed one.
        Child = "child",
        /// Another EU state may be responsible for the asylum claim.
        DublinRisk = "dublin-risk",
        /// A form of exploitation Directive (EU) 2024/1712 added.
        NewExploitationForm = "new-exploitation-form",
        /// An EU citizen.
        EuCitizen = "eu-citizen",
        /// Safe return is a pathway to consider.
        Return = "return",
    }
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

/// What a timeline entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum TimelineKind {
    /// The last day for the person to act.
    ActBy,
    /// The last day a protection lasts.
    ProtectedUntil,
    /// A date that changes the situation.
    Event,
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
