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
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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

mod check;
mod counting;
mod date;
mod inherit;
mod pathway;
mod provision;
mod referral;
mod time_limit;
mod words;

pub use check::check_all;
pub use counting::*;
pub use date::*;
pub use pathway::*;
pub use provision::*;
pub use referral::*;
pub use time_limit::*;
pub use words::*;

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
    /// How much of the state's law is encoded: `full` (the default) or `baseline`.
    #[serde(default)]
    pub depth: Depth,
    /// What the profile covers today, in a sentence.
    pub summary: String,
    /// The date the data was last checked against its sources (`YYYY-MM-DD`).
    pub last_verified: DataDate,
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

vocabulary! {
    /// How much of a state's own law a profile encodes.
    pub enum Depth {
        /// The channels, deadlines and counting rules of its law, read provision by provision
        /// (and the COE and EU baselines, which encode their instruments whole).
        Full = "full",
        /// A baseline profile: the Convention's (and, for a Member State, the EU's) minimum
        /// rights, and the few national facts that were sourced; nothing else of national law.
        Baseline = "baseline",
    }
}

// The vocabulary macro writes the enum's derives, so the default is given here.
#[allow(clippy::derivable_impls)]
impl Default for Depth {
    fn default() -> Depth {
        Depth::Full
    }
}

/// A state whose citizens have EU free-movement rights, and since when.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FreeMovementData {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// First day.
    pub from: DataDate,
    /// Last day (none while it lasts).
    #[serde(default)]
    pub until: Option<DataDate>,
    /// The provision or source (key in `provisions`).
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
