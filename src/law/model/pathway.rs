//! A pathway: the channel it opens, its conditions (the `Test` vocabulary, each citing its
//! provision), its alternative groups, parameters and deciding authorities.

use serde::{Deserialize, Serialize};

use super::DataDate;

vocabulary! {
    /// The kind of channel a pathway is.
    pub enum Channel {
        /// Recovery and reflection period.
        ReflectionPeriod = "reflection-period",
        /// Residence permit for victims, on one of several grounds (real alternatives).
        VictimPermit = "victim-permit",
        /// Residence permit for victims who cooperate with the authorities.
        VictimPermitCooperation = "victim-permit-cooperation",
        /// Residence permit for victims on their personal situation.
        VictimPermitPersonalSituation = "victim-permit-personal-situation",
        /// Refugee status.
        RefugeeStatus = "refugee-status",
        /// Subsidiary protection.
        SubsidiaryProtection = "subsidiary-protection",
        /// A national humanitarian or other status used for victims.
        NationalStatus = "national-status",
        /// Protection as a child.
        ChildProtection = "child-protection",
        /// Rights as an EU/EEA/Swiss citizen.
        EuCitizen = "eu-citizen",
        /// Long-term or permanent residence.
        LongTermResidence = "long-term-residence",
        /// Return, only after a risk assessment.
        SafeReturn = "safe-return",
    }
}

vocabulary! {
    /// The tests a condition can apply to a case. Each is implemented over the case's facts in
    /// `assess::conditions`; the data files compose them.
    pub enum Test {
        /// Not a citizen of an EU/EEA state or Switzerland.
        ThirdCountryNational = "third-country-national",
        /// A citizen of an EU/EEA state or Switzerland.
        EuCitizen = "eu-citizen",
        /// Not a citizen of the jurisdiction's state.
        ForeignNational = "foreign-national",
        /// Under 18, or presumed so while the age is uncertain.
        Child = "child",
        /// 18 or over (not presumed a child).
        Adult = "adult",
        /// A child without a parent or responsible adult.
        UnaccompaniedChild = "unaccompanied-child",
        /// Reasonable grounds to believe the person is a victim (or further).
        ReasonableGrounds = "reasonable-grounds",
        /// Conclusively identified as a victim.
        Identified = "identified",
        /// Indications of trafficking at all (indicators, referral, or further).
        TraffickingIndicated = "trafficking-indicated",
        /// Willing to cooperate with the authorities.
        WillingToCooperate = "willing-to-cooperate",
        /// Filed a complaint or gave a statement or testimony.
        ComplaintOrStatement = "complaint-or-statement",
        /// Criminal proceedings under way (investigation, prosecution or trial).
        ProceedingsOngoing = "proceedings-ongoing",
        /// Criminal proceedings begun (at any stage), or civil claims asserted.
        ProceedingsOrCivilClaims = "proceedings-or-civil-claims",
        /// An authority says the person's presence is necessary for the proceedings.
        PresenceNecessary = "presence-necessary",
        /// Relations with the suspects broken off.
        TiesSevered = "ties-severed",
        /// A suspect was convicted (at any instance).
        Conviction = "conviction",
        /// A suspect's conviction is final: no appeal is left (FR L425-3 "condamnation
        /// définitive").
        FinalConviction = "final-conviction",
        /// The person has not refused a reflection period being proposed or requested for them:
        /// only an explicit refusal fails it (a period granted was agreed to).
        ReflectionConsent = "reflection-consent",
        /// A personal situation that calls for a stay (health, risks, family, integration).
        PersonalSituation = "personal-situation",
        /// Cannot or will not cooperate for weighty reasons.
        CannotCooperate = "cannot-cooperate",
        /// Exploited sexually.
        SexualExploitation = "sexual-exploitation",
        /// Follows an exit-from-prostitution pathway.
        ExitProstitutionPathway = "exit-prostitution-pathway",
        /// A violence protection order was or could be issued.
        ViolenceProtectionOrder = "violence-protection-order",
        /// A well-founded fear of persecution on return.
        FearOfPersecution = "fear-of-persecution",
        /// The fear relates to a Convention ground.
        ConventionGround = "convention-ground",
        /// A real risk of serious harm on return.
        SeriousHarm = "serious-harm",
        /// No safe and reasonable internal relocation.
        NoInternalRelocation = "no-internal-relocation",
        /// A risk on return: reprisals, re-trafficking, or no state protection.
        RiskOnReturn = "risk-on-return",
        /// A risk and security assessment of return was made.
        ReturnRiskAssessed = "return-risk-assessed",
        /// Five years of legal residence reached (from the permits given).
        FiveYearsResidence = "five-years-residence",
        /// Three years of uninterrupted holding of the profile's victim permit (scheme
        /// `victim-residence-permit`) reached (from the permits given).
        ThreeYearsVictimPermit = "three-years-victim-permit",
        /// Another EU state may be responsible for the asylum claim (Dublin III / AMMR).
        OtherStateResponsible = "other-state-responsible",
        /// An asylum claim is pending.
        AsylumApplicant = "asylum-applicant",
        /// An asylum claim was rejected (on the merits or as inadmissible).
        AsylumRejected = "asylum-rejected",
        /// Left to the state by the instrument: never known from the case.
        StateChoice = "state-choice",
        /// The case is in one of the condition's `regions`: a provision of one of the state's
        /// legal systems (Scotland's, Northern Ireland's), or of a region's own law.
        InRegion = "in-region",
    }
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
    /// The first day this version applies (none for no known start).
    #[serde(default)]
    pub from: Option<DataDate>,
    /// The last day this version applies (none while in force).
    #[serde(default)]
    pub until: Option<DataDate>,
    /// The provision that opens the channel (key in `provisions`).
    pub basis: String,
    /// Where its words come from when they are not the data's English (set by the build for
    /// a words pack; the build refuses it in the data files).
    #[serde(default)]
    pub translation: Option<super::Translation>,
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
    /// How the law words the grant, where it was read: a right ("ist zu erteilen"), the rule
    /// ("soll") or a discretion ("may"); shown with the result, so that a pathway whose
    /// conditions are met is not presented as more or less certain than the law makes it.
    #[serde(default)]
    pub discretion: Option<DiscretionData>,
}

vocabulary! {
    /// How the law words a grant whose conditions are met: an entitlement, the rule, or a
    /// discretion. A pathway without it: the wording was not read.
    pub enum Grant {
        /// The law gives a right to it ("ist zu erteilen"): when the conditions are met, it is
        /// to be granted.
        Right = "right",
        /// The authority "may" grant it: a discretion; it may refuse.
        May = "may",
        /// The law says it "should" be granted (German "soll"): the rule, with the authority
        /// deciding.
        Should = "should",
        /// The law makes the authority consider it ("shall consider", Dir. 2004/81 art. 8(1)):
        /// the conditions are needed, but meeting them does not oblige it to grant.
        Consider = "consider",
    }
}

/// A grant the law leaves to the authority, with the provision that words it so.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscretionData {
    /// "right", "should", "consider" or "may".
    pub grant: Grant,
    /// The provision whose wording this is (a key of `provisions`).
    pub provision: String,
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
    /// For `in-region` only: the ISO 3166-2 codes where the provision applies, each a region
    /// of the jurisdiction's holiday calendar (so the case's `region` can name it).
    #[serde(default)]
    pub regions: Vec<String>,
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
