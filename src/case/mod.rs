//! The case: what is known about a person, and nothing about the law.
//!
//! Every field is optional except `jurisdiction`; a fact that is absent, `null` or `"unknown"`
//! is unknown, and the engine says which unknown facts would decide a pathway. Field names are
//! camelCase. Where IOM's Human Trafficking Case Data Standard (HTCDS) records the same fact, the
//! meaning and value set follow it (noted on the field as `HTCDS: …`), so that a host's records
//! map onto a case with a thin adapter.
//!
//! This module holds the shape and its decoding; [`validate`] checks what the types cannot
//! (a birth after `asOf`, a known country code) and collects warnings for facts that are
//! possible but inconsistent.

pub mod country;
mod fact;
pub mod facts;
pub mod htcds;
pub mod validate;

use serde::Deserialize;

pub use fact::Fact;

use crate::calendar::Date;

macro_rules! model {
    ($(#[$meta:meta])* pub struct $name:ident {
        $($(#[$fmeta:meta])* pub $field:ident: $ty:ty,)*
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Deserialize)]
        #[serde(rename_all = "camelCase", deny_unknown_fields, default)]
        #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub struct $name { $($(#[$fmeta])* pub $field: $ty,)* }

        // What serde's derive above accepts, read without its visitors (see `input::read`).
        crate::input::from_value_struct!(default $name { $($field),* });
    };
    ($(#[$meta:meta])* pub enum $name:ident {
        $($(#[$vmeta:meta])* $variant:ident = $text:literal,)*
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize)]
        #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $text)] $variant,)* }

        impl $name {
            /// Every value, in the order declared.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            /// Every value as the case spells it, in the order declared.
            pub const NAMES: &'static [&'static str] = &[$($text),*];

            /// The value as the case spells it.
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),*
                }
            }
        }

        crate::input::from_value_enum!($name { $($variant),* });
    };
}

impl Cooperation {
    /// Proceedings recorded as not concluded by a final judgment (under way, dropped or never
    /// begun): no conviction is final then.
    pub fn proceedings_not_concluded(&self) -> bool {
        self.proceedings
            .is_some_and(|p| p != ProceedingsStage::Concluded)
    }
}

impl Identification {
    /// The furthest stage the given dates show (a conclusive date means conclusive, and so on).
    pub fn stage_by_dates(&self) -> Option<IdentificationStage> {
        if self.conclusive_date.is_some() {
            Some(IdentificationStage::Conclusive)
        } else if self.reasonable_grounds_date.is_some() {
            Some(IdentificationStage::ReasonableGrounds)
        } else if self.referral_date.is_some() {
            Some(IdentificationStage::Referral)
        } else {
            None
        }
    }
}

/// Checks that `region` is shaped like an ISO 3166-2 subdivision code (`ES-MD`).
///
/// # Errors
/// `invalid_region` at `path`.
pub fn check_region_shape(region: &str, path: &str) -> Result<(), crate::Error> {
    let b = region.as_bytes();
    let shape = b.len() >= 4
        && b.len() <= 6
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && b[2] == b'-'
        && b[3..]
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if shape {
        Ok(())
    } else {
        Err(crate::Error::new(
            crate::ErrorCode::InvalidRegion,
            path,
            format!(
                "\"{}\" is not an ISO 3166-2 region code such as ES-MD",
                crate::error::shorten(region)
            ),
        ))
    }
}

/// A case as `assess` takes it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Case {
    /// Whose law applies: `COE`, `EU`, or a covered state's ISO 3166-1 code (`AT`).
    pub jurisdiction: String,
    /// An ISO 3166-2 subdivision where regional rules matter (`ES-MD`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub region: Option<String>,
    /// The date the assessment is made for (`YYYY-MM-DD`). The JS API fills in today's local
    /// date when it is absent; the Rust API leaves it unknown (the core never reads a clock).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::calendar::DateSchema>")
    )]
    pub as_of: Option<Date>,
    /// Who the person is.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub person: Person,
    /// What was done to the person.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub exploitation: Exploitation,
    /// Where and when the trafficking happened. HTCDS: Historic Trafficking Events (`hte_`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub trafficking_events: Vec<TraffickingEvent>,
    /// How far the person has been identified as a victim, by whom and when.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub identification: Identification,
    /// The person's residence situation in the jurisdiction.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub stay: Stay,
    /// A recovery and reflection period already granted.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub reflection: Reflection,
    /// Cooperation with the authorities and the state of criminal proceedings.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub cooperation: Cooperation,
    /// The person's own situation: health, risks, family, integration.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub personal_situation: PersonalSituation,
    /// Elements of a claim to international protection.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub protection_needs: ProtectionNeeds,
    /// Facts that decide which EU state examines an asylum claim (Dublin III / AMMR).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub dublin: Dublin,
    /// Residence permits held now or before.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub permits: Vec<Permit>,
}

// What serde's derive above accepts, read without its visitors (see `input::read`): every
// field but `jurisdiction` may be absent.
crate::input::from_value_struct!(Case {
    jurisdiction,
    region,
    as_of,
    person,
    exploitation,
    trafficking_events,
    identification,
    stay,
    reflection,
    cooperation,
    personal_situation,
    protection_needs,
    dublin,
    permits,
});

model! {
    /// Who the person is.
    pub struct Person {
        /// Citizenships, ISO 3166-1 alpha-2 codes, all of them when known (an empty list is
        /// "not known"). HTCDS 2.0: `prs_Citizenship` (a multi-select). EU/EEA/Swiss citizenship
        /// is derived from it.
        pub citizenships: Vec<String>,
        /// Whether the person is stateless.
        pub stateless: Fact,
        /// Date of birth. HTCDS: `prs_Birthdate`.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        #[cfg_attr(feature = "schema", schemars(with = "Option<crate::calendar::DateSchema>"))]
        pub date_of_birth: Option<Date>,
        /// The age the person gives, in years, when the date of birth is not known.
        #[cfg_attr(target_arch = "wasm32", tsify(optional))]
        pub claimed_age: Option<u8>,
        /// Whether the authorities dispute the person's age.
        pub age_disputed: Fact,
        /// The range an age assessment found, in years.
        #[cfg_attr(target_arch = "wasm32", tsify(optional))]
        pub age_assessment: Option<AgeRange>,
        /// Gender. `fromHTCDS` reads HTCDS 2.0's `prs_Gender` onto it (Feminine → female, Masculine
        /// → male, the transgender and non-conforming values → transgender-non-conforming).
        #[cfg_attr(target_arch = "wasm32", tsify(optional))]
        pub gender: Option<Gender>,
        /// Whether a child is without a parent or another adult responsible for them.
        pub unaccompanied: Fact,
    }
}

model! {
    /// The age range an assessment found.
    pub struct AgeRange {
        /// The lowest age the assessment allows.
        pub min: u8,
        /// The highest age the assessment allows.
        pub max: u8,
    }
}

model! {
    /// Gender: the value set of HTCDS before 2.0 (which has six values; see `person.gender`).
    pub enum Gender {
        /// HTCDS `Male`.
        Male = "male",
        /// HTCDS `Female`.
        Female = "female",
        /// HTCDS `Transgender/NonConforming`.
        TransgenderNonConforming = "transgender-non-conforming",
        /// HTCDS `Unknown`.
        Unknown = "unknown",
    }
}

model! {
    /// What was done to the person.
    pub struct Exploitation {
        /// Forms of exploitation (Directive 2011/36/EU art. 2(3) as amended by 2024/1712).
        pub forms: Vec<ExploitationForm>,
    }
}

model! {
    /// Forms of exploitation, after Directive 2011/36/EU art. 2(3) as amended by Directive
    /// (EU) 2024/1712 (which added forced marriage, illegal adoption and exploitation of
    /// surrogacy).
    pub enum ExploitationForm {
        /// Exploitation of the prostitution of others or other sexual exploitation.
        Sexual = "sexual",
        /// Forced labour or services, including begging.
        ForcedLabour = "forced-labour",
        /// Slavery or practices similar to slavery.
        Slavery = "slavery",
        /// Servitude.
        Servitude = "servitude",
        /// Exploitation of criminal activities.
        CriminalActivities = "criminal-activities",
        /// Removal of organs.
        OrganRemoval = "organ-removal",
        /// Forced marriage.
        ForcedMarriage = "forced-marriage",
        /// Illegal adoption.
        IllegalAdoption = "illegal-adoption",
        /// Exploitation of surrogacy.
        Surrogacy = "surrogacy",
        /// Another form.
        Other = "other",
    }
}

model! {
    /// One trafficking event. HTCDS: Historic Trafficking Events.
    pub struct TraffickingEvent {
        /// HTCDS `hte_Type`: recruitment, transit or exploitation.
        #[cfg_attr(target_arch = "wasm32", tsify(optional))]
        pub kind: Option<EventKind>,
        /// ISO 3166-1 alpha-2 (HTCDS `hte_Country`, free text in HTCDS 2.0: `fromHTCDS` keeps a
        /// code only).
        #[cfg_attr(target_arch = "wasm32", tsify(optional))]
        pub country: Option<String>,
        /// HTCDS `hte_Date`.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        #[cfg_attr(feature = "schema", schemars(with = "Option<crate::calendar::DateSchema>"))]
        pub date: Option<Date>,
    }
}

model! {
    /// HTCDS `hte_Type`.
    pub enum EventKind {
        /// Recruitment.
        Recruitment = "recruitment",
        /// Transit.
        Transit = "transit",
        /// Exploitation.
        Exploitation = "exploitation",
    }
}

model! {
    /// How far identification has gone.
    pub struct Identification {
        /// The furthest stage reached.
        #[cfg_attr(target_arch = "wasm32", tsify(optional))]
        pub stage: Option<IdentificationStage>,
        /// When the person was referred to the competent authority or referral mechanism.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        #[cfg_attr(feature = "schema", schemars(with = "Option<crate::calendar::DateSchema>"))]
        pub referral_date: Option<Date>,
        /// When an authority found reasonable grounds to believe the person is a victim.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        #[cfg_attr(feature = "schema", schemars(with = "Option<crate::calendar::DateSchema>"))]
        pub reasonable_grounds_date: Option<Date>,
        /// When the person was conclusively (formally) identified as a victim.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        #[cfg_attr(feature = "schema", schemars(with = "Option<crate::calendar::DateSchema>"))]
        pub conclusive_date: Option<Date>,
        /// Who identified the person.
        #[cfg_attr(target_arch = "wasm32", tsify(optional))]
        pub by: Option<Identifier>,
    }
}

model! {
    /// Stages of identification, in order.
    pub enum IdentificationStage {
        /// Nothing points to trafficking yet.
        None = "none",
        /// Indicators of trafficking were noticed.
        Indicators = "indicators",
        /// The person was referred to the competent authority or referral mechanism.
        Referral = "referral",
        /// An authority found reasonable grounds to believe the person is a victim.
        ReasonableGrounds = "reasonable-grounds",
        /// Conclusive (formal) identification as a victim.
        Conclusive = "conclusive",
    }
}

model! {
    /// Who identified the person.
    pub enum Identifier {
        /// Police or another law-enforcement body.
        Police = "police",
        /// Labour inspectorate.
        LabourInspection = "labour-inspection",
        /// Immigration or asylum authority.
        Immigration = "immigration",
        /// The national referral mechanism or coordinator.
        ReferralMechanism = "referral-mechanism",
        /// Child or social services.
        SocialServices = "social-services",
        /// A specialised NGO.
        Ngo = "ngo",
        /// Someone else.
        Other = "other",
    }
}

model! {
    /// The person's residence situation in the jurisdiction.
    pub struct Stay {
        /// The current status.
        #[cfg_attr(target_arch = "wasm32", tsify(optional))]
        pub status: Option<StayStatus>,
        /// An asylum claim, if one was made.
        #[cfg_attr(target_arch = "wasm32", tsify(optional))]
        pub asylum: Option<Asylum>,
    }
}

model! {
    /// Residence status.
    pub enum StayStatus {
        /// No right to stay.
        Irregular = "irregular",
        /// A visa or visa-free short stay.
        Visa = "visa",
        /// A residence permit (see `permits`).
        ResidencePermit = "residence-permit",
        /// An asylum claim is pending.
        AsylumApplicant = "asylum-applicant",
        /// Refugee status or subsidiary protection was granted.
        ProtectionBeneficiary = "protection-beneficiary",
        /// An asylum claim was rejected.
        RejectedAsylumApplicant = "rejected-asylum-applicant",
        /// Residence as an EU/EEA/Swiss citizen or their family member.
        EuFreeMovement = "eu-free-movement",
        /// A citizen of the jurisdiction itself.
        National = "national",
    }
}

model! {
    /// An asylum claim.
    pub struct Asylum {
        /// When the application was lodged.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        #[cfg_attr(feature = "schema", schemars(with = "Option<crate::calendar::DateSchema>"))]
        pub lodged_date: Option<Date>,
        /// When the application was registered.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        #[cfg_attr(feature = "schema", schemars(with = "Option<crate::calendar::DateSchema>"))]
        pub registered_date: Option<Date>,
        /// The procedure the claim is examined in.
        #[cfg_attr(target_arch = "wasm32", tsify(optional))]
        pub procedure: Option<AsylumProcedure>,
        /// The first-instance decision, when there is one.
        #[cfg_attr(target_arch = "wasm32", tsify(optional))]
        pub decision: Option<AsylumDecision>,
        /// When that decision was notified.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        #[cfg_attr(feature = "schema", schemars(with = "Option<crate::calendar::DateSchema>"))]
        pub decision_notified_date: Option<Date>,
    }
}

model! {
    /// Asylum procedures.
    pub enum AsylumProcedure {
        /// The regular procedure.
        Regular = "regular",
        /// An accelerated procedure.
        Accelerated = "accelerated",
        /// A border procedure.
        Border = "border",
        /// An admissibility procedure.
        Admissibility = "admissibility",
        /// A Dublin / AMMR procedure on which state is responsible.
        Dublin = "dublin",
    }
}

model! {
    /// First-instance asylum decisions.
    pub enum AsylumDecision {
        /// Not yet decided.
        Pending = "pending",
        /// Refugee status granted.
        RefugeeStatus = "refugee-status",
        /// Subsidiary protection granted.
        SubsidiaryProtection = "subsidiary-protection",
        /// A national humanitarian status granted instead.
        HumanitarianStatus = "humanitarian-status",
        /// Rejected on the merits.
        Rejected = "rejected",
        /// Rejected as inadmissible.
        Inadmissible = "inadmissible",
    }
}

model! {
    /// A recovery and reflection period.
    pub struct Reflection {
        /// Whether one was granted.
        pub granted: Fact,
        /// Whether the person agrees to a period being proposed or requested for them (Spain:
        /// the police propose it "previa conformidad de la víctima").
        pub consent: Fact,
        /// When it started.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        #[cfg_attr(feature = "schema", schemars(with = "Option<crate::calendar::DateSchema>"))]
        pub start_date: Option<Date>,
    }
}

model! {
    /// Cooperation with the authorities.
    pub struct Cooperation {
        /// Whether the person is willing to cooperate.
        pub willing: Fact,
        /// Whether the person filed a criminal complaint.
        pub complaint_filed: Fact,
        /// Whether the person gave a statement or testified.
        pub statement_made: Fact,
        /// The stage of criminal proceedings against the suspects.
        #[cfg_attr(target_arch = "wasm32", tsify(optional))]
        pub proceedings: Option<ProceedingsStage>,
        /// Whether a prosecutor or court has said the person's presence is needed.
        pub presence_necessary: Fact,
        /// Whether the person has broken off relations with the suspects.
        pub ties_severed: Fact,
        /// Whether civil claims (compensation) linked to the offence have been brought.
        pub civil_claims: Fact,
        /// Whether a suspect was convicted of trafficking (or a related offence).
        pub conviction: Fact,
        /// When the conviction became final.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        #[cfg_attr(feature = "schema", schemars(with = "Option<crate::calendar::DateSchema>"))]
        pub conviction_date: Option<Date>,
    }
}

model! {
    /// Stages of criminal proceedings, in order.
    pub enum ProceedingsStage {
        /// No proceedings.
        None = "none",
        /// Investigation.
        Investigation = "investigation",
        /// Prosecution.
        Prosecution = "prosecution",
        /// Trial.
        Trial = "trial",
        /// Concluded by a final judgment.
        Concluded = "concluded",
        /// Discontinued or dropped.
        Discontinued = "discontinued",
    }
}

model! {
    /// The person's own situation.
    pub struct PersonalSituation {
        /// Physical or mental health needs that require treatment here.
        pub health_needs: Fact,
        /// Risk of reprisals by the traffickers, here or on return.
        pub risk_of_reprisals: Fact,
        /// Risk of being trafficked again on return.
        pub risk_of_retrafficking: Fact,
        /// Whether the country of return could not or would not protect the person.
        pub lack_of_state_protection: Fact,
        /// Family here who depend on the person or whom the person depends on.
        pub family_here: Fact,
        /// Integration here (work, school, language, ties).
        pub integrated: Fact,
        /// The person cannot cooperate, or it would be unsafe, for weighty reasons (threat,
        /// health, minority).
        pub cannot_cooperate: Fact,
        /// The person has left prostitution and follows an exit pathway (France, L425-4 CESEDA).
        pub exit_prostitution_pathway: Fact,
        /// A protection order against violence was or could be issued (Austria, § 57(1) item 3
        /// AsylG).
        pub violence_protection_order: Fact,
        /// Whether a risk and security assessment of a return was made.
        pub return_risk_assessed: Fact,
    }
}

model! {
    /// Elements of a claim to international protection (UNHCR Guidelines No. 7).
    pub struct ProtectionNeeds {
        /// A well-founded fear of persecution on return.
        pub fear_of_persecution: Fact,
        /// The Convention grounds the fear relates to.
        pub persecution_grounds: Vec<ConventionGround>,
        /// A real risk of serious harm on return (death penalty, torture or inhuman treatment,
        /// indiscriminate violence).
        pub serious_harm: Fact,
        /// Whether the person could safely and reasonably relocate within the country of return.
        pub internal_relocation_possible: Fact,
    }
}

model! {
    /// Grounds of the 1951 Refugee Convention, art. 1A(2).
    pub enum ConventionGround {
        /// Race.
        Race = "race",
        /// Religion.
        Religion = "religion",
        /// Nationality.
        Nationality = "nationality",
        /// Membership of a particular social group (often the ground for trafficking victims).
        ParticularSocialGroup = "particular-social-group",
        /// Political opinion.
        PoliticalOpinion = "political-opinion",
    }
}

model! {
    /// Dublin III / AMMR facts.
    pub struct Dublin {
        /// Whether another EU state may be responsible for the asylum claim.
        pub other_state_responsible: Fact,
        /// That state, ISO 3166-1 alpha-2.
        #[cfg_attr(target_arch = "wasm32", tsify(optional))]
        pub other_state: Option<String>,
        /// When this state sent the take-charge request to the other state.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        #[cfg_attr(feature = "schema", schemars(with = "Option<crate::calendar::DateSchema>"))]
        pub request_date: Option<Date>,
        /// When a take-charge or take-back request was accepted (or deemed accepted).
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        #[cfg_attr(feature = "schema", schemars(with = "Option<crate::calendar::DateSchema>"))]
        pub acceptance_date: Option<Date>,
        /// When a transfer decision was notified.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        #[cfg_attr(feature = "schema", schemars(with = "Option<crate::calendar::DateSchema>"))]
        pub transfer_decision_date: Option<Date>,
    }
}

model! {
    /// A residence permit held now or before.
    pub struct Permit {
        /// The scheme, as a pathway id of the jurisdiction's profile or free text.
        #[cfg_attr(target_arch = "wasm32", tsify(optional))]
        pub scheme: Option<String>,
        /// First day of validity.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        #[cfg_attr(feature = "schema", schemars(with = "Option<crate::calendar::DateSchema>"))]
        pub from: Option<Date>,
        /// Last day of validity.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        #[cfg_attr(feature = "schema", schemars(with = "Option<crate::calendar::DateSchema>"))]
        pub until: Option<Date>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{FromValue, Path, Value};

    /// Each choice's name reads back as that choice, through the engine's reader and serde's.
    fn names_read_back<T>(all: &[T], names: &[&str])
    where
        T: FromValue + PartialEq + std::fmt::Debug + serde::Serialize + Copy,
    {
        assert_eq!(all.len(), names.len());
        for (value, name) in all.iter().zip(names) {
            let read = T::from_value(&Value::String((*name).to_owned()), &Path::Root);
            assert_eq!(read.ok(), Some(*value), "{name}");
            let json = serde_json::to_string(value).expect("a choice serialises");
            assert_eq!(json, format!("\"{name}\""));
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn every_choice_is_spelt_one_way() {
        names_read_back(Gender::ALL, Gender::NAMES);
        names_read_back(ExploitationForm::ALL, ExploitationForm::NAMES);
        names_read_back(EventKind::ALL, EventKind::NAMES);
        names_read_back(IdentificationStage::ALL, IdentificationStage::NAMES);
        names_read_back(Identifier::ALL, Identifier::NAMES);
        names_read_back(StayStatus::ALL, StayStatus::NAMES);
        names_read_back(AsylumProcedure::ALL, AsylumProcedure::NAMES);
        names_read_back(AsylumDecision::ALL, AsylumDecision::NAMES);
        names_read_back(ProceedingsStage::ALL, ProceedingsStage::NAMES);
        names_read_back(ConventionGround::ALL, ConventionGround::NAMES);
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn the_law_filters_time_limits_on_the_case_own_asylum_values() {
        // The data files are checked against law::model's lists at build time; these hold the
        // lists to the case's choices, so neither can drift.
        assert_eq!(crate::law::model::ASYLUM_PROCEDURES, AsylumProcedure::NAMES);
        assert_eq!(crate::law::model::ASYLUM_DECISIONS, AsylumDecision::NAMES);
    }
}
