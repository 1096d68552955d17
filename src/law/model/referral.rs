//! Referral: the contacts of a jurisdiction and the guidance rules that name them.

use serde::{Deserialize, Serialize};

use super::*;

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
