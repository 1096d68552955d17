//! Referral guidance: the channels ranked for this person, the next steps that apply, and whom to
//! contact. The rules are data (`[[guidance]]` in the COE profile, applied to every
//! jurisdiction, and any a state's profile adds), each with its sources; their words are
//! messages in the seven locales. Contacts come from the jurisdiction's profile.

use serde::Serialize;

use super::person::PersonFacts;
use super::{PathwayResult, PathwayState};
use crate::case::{Case, ExploitationForm};
use crate::i18n::{self, Arg};
use crate::law::model::{Audience, Channel, ContactData, ContactRole, GuidanceData, Situation};
use crate::law::{self, ProfileData, Status};
use crate::logic::Truth;

/// One channel in the order it is worth pursuing for this person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct RankedChannel {
    /// The pathway's id.
    pub pathway: String,
    /// Its state.
    pub state: PathwayState,
    /// Why it stands where it does, in the assessment's locale.
    pub rationale: String,
}

/// A next step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct GuidanceStep {
    /// The rule's id (`parallel-applications`).
    pub id: String,
    /// The step, short.
    pub title: String,
    /// What to do and why.
    pub text: String,
    /// The provisions it rests on (keys of the assessment's `provisions`).
    pub provisions: Vec<String>,
    /// The weakest status among them.
    pub status: Status,
    /// The contacts to name with it (ids in `contacts`).
    pub contacts: Vec<String>,
}

/// An organisation or authority to contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Contact {
    /// Stable id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its role (`ngo`, `hotline`, `child-protection`, …).
    pub role: ContactRole,
    /// The role in the assessment's locale.
    pub role_label: String,
    /// Phone, where one was found.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub phone: Option<String>,
    /// E-mail, where one was found.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub email: Option<String>,
    /// Website.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub website: Option<String>,
    /// Opening hours (OpenStreetMap `opening_hours` syntax).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub hours: Option<String>,
    /// Languages it works in, where known.
    pub languages: Vec<String>,
    /// Whom it serves: `women`, `men`, `children`, `adults`, `all`.
    pub serves: Vec<Audience>,
    /// What we know of the entry, in English, and how sure we are.
    pub about: String,
    /// How the entry was established.
    pub status: Status,
    /// When it was last checked.
    pub checked: String,
    /// Where it was read.
    pub source: String,
    /// Where `about` comes from when it is not the data's English (`unreviewed`, `official`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub translation: Option<crate::law::model::Translation>,
}

/// Referral guidance for one assessment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Guidance {
    /// The open channels, the most secure first.
    pub ranked: Vec<RankedChannel>,
    /// The next steps that apply.
    pub steps: Vec<GuidanceStep>,
    /// Whom to contact: those the steps name, then the others that serve this person.
    pub contacts: Vec<Contact>,
    /// The guidance is not legal advice (in the assessment's locale).
    pub disclaimer: String,
}

/// How secure a channel is, for the ranking (lower first): international protection and
/// permits before periods and baselines.
fn weight(channel: Channel) -> u8 {
    match channel {
        Channel::EuCitizen => 0,
        Channel::RefugeeStatus => 1,
        Channel::SubsidiaryProtection => 2,
        Channel::VictimPermitPersonalSituation => 3,
        Channel::VictimPermit => 4,
        Channel::NationalStatus => 5,
        Channel::VictimPermitCooperation => 6,
        Channel::LongTermResidence => 7,
        Channel::ChildProtection => 8,
        Channel::ReflectionPeriod => 9,
        Channel::SafeReturn => 10,
    }
}

fn open(p: &PathwayResult) -> bool {
    matches!(p.state, PathwayState::Available | PathwayState::Possible)
}

/// Whether a rule's situation holds for this case.
fn applies(
    when: Situation,
    case: &Case,
    person: &PersonFacts,
    pathways: &[PathwayResult],
    eu_law: bool,
) -> bool {
    let any_open = |channels: &[Channel]| {
        pathways
            .iter()
            .any(|p| open(p) && channels.contains(&p.channel))
    };
    match when {
        Situation::Always => true,
        Situation::ParallelApplications => {
            any_open(&[Channel::RefugeeStatus, Channel::SubsidiaryProtection])
                && any_open(&[
                    Channel::VictimPermit,
                    Channel::VictimPermitCooperation,
                    Channel::VictimPermitPersonalSituation,
                    Channel::NationalStatus,
                ])
        }
        Situation::PersonalSituation => {
            any_open(&[
                Channel::VictimPermit,
                Channel::VictimPermitPersonalSituation,
            ]) && (case.cooperation.willing.truth() != Truth::Yes
                || case.personal_situation.cannot_cooperate.truth() == Truth::Yes)
        }
        Situation::Child => person.child == Truth::Yes || person.child_presumed,
        Situation::DublinRisk => {
            eu_law
                && match case.dublin.other_state_responsible.truth() {
                    Truth::Yes => true,
                    Truth::Unknown => case.stay.asylum.is_some(),
                    Truth::No => false,
                }
        }
        Situation::EuCitizen => person.eu_citizen == Truth::Yes,
        // Forms Directive (EU) 2024/1712 added: a national offence may not cover them yet.
        Situation::NewExploitationForm => {
            eu_law
                && case.exploitation.forms.iter().any(|f| {
                    matches!(
                        f,
                        ExploitationForm::ForcedMarriage
                            | ExploitationForm::IllegalAdoption
                            | ExploitationForm::Surrogacy
                    )
                })
        }
        Situation::Return => pathways
            .iter()
            .any(|p| p.channel == Channel::SafeReturn && p.state != PathwayState::NotApplicable),
    }
}

fn contact(c: &ContactData, locale: &str) -> Contact {
    let some = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    Contact {
        id: c.id.clone(),
        name: c.name.clone(),
        role: c.role,
        role_label: i18n::t(locale, &format!("contact-role-{}", c.role.as_str()), &[]),
        phone: some(&c.phone),
        email: some(&c.email),
        website: some(&c.website),
        hours: some(&c.hours),
        languages: c.languages.clone(),
        serves: c.serves.clone(),
        about: c.provision.says.clone(),
        status: c.provision.status,
        checked: c.provision.checked.as_str().to_owned(),
        source: c.provision.source.clone(),
        translation: c.provision.translation,
    }
}

/// Whether a contact serves this person (children, women, men, adults, all).
fn serves(c: &ContactData, person: &PersonFacts, case: &Case) -> bool {
    let child = person.child == Truth::Yes || person.child_presumed;
    c.serves.iter().any(|s| match s {
        Audience::All => true,
        Audience::Children => child || person.child == Truth::Unknown,
        Audience::Adults => !child,
        Audience::Women => case.person.gender != Some(crate::case::Gender::Male),
        Audience::Men => case.person.gender != Some(crate::case::Gender::Female),
    })
}

/// The guidance, and the provision keys it cites.
pub fn guidance(
    locale: &str,
    case: &Case,
    profile: &ProfileData,
    person: &PersonFacts,
    pathways: &[PathwayResult],
    eu_law: bool,
) -> (Guidance, Vec<String>) {
    let mut ranked: Vec<&PathwayResult> = pathways.iter().filter(|p| open(p)).collect();
    crate::sort::sort_by_key(&mut ranked, |p| {
        (p.state != PathwayState::Available, weight(p.channel))
    });
    let ranked = ranked
        .into_iter()
        .map(|p| RankedChannel {
            pathway: p.id.clone(),
            state: p.state,
            rationale: match p.state {
                PathwayState::Available => i18n::t(locale, "rank-available", &[]),
                _ => i18n::t(
                    locale,
                    "rank-possible",
                    &[(
                        "facts",
                        Arg::Num(i64::try_from(p.facts_to_establish.len()).unwrap_or(0)),
                    )],
                ),
            },
        })
        .collect();

    let coe = law::find_profile("COE").ok().flatten();
    let rules: Vec<(&ProfileData, &GuidanceData)> = coe
        .iter()
        .flat_map(|c| c.guidance.iter().map(move |g| (*c, g)))
        .chain(profile.guidance.iter().map(|g| (profile, g)))
        .collect();
    let contacts_here: Vec<&ContactData> = profile
        .contacts
        .iter()
        .filter(|c| serves(c, person, case))
        .collect();
    let mut keys: Vec<String> = Vec::new();
    let mut steps = Vec::new();
    for (owner, g) in rules {
        if !applies(g.when, case, person, pathways, eu_law) {
            continue;
        }
        let mut provisions = Vec::new();
        let mut status = Status::Verified;
        for k in &g.provisions {
            let (base, key) = match k.split_once('/') {
                Some((b, key)) => (b, key),
                None => (owner.code.as_str(), k.as_str()),
            };
            if base == "EU" && !eu_law {
                continue;
            }
            let cited = if base == profile.code {
                key.to_owned()
            } else {
                format!("{base}/{key}")
            };
            let found = law::find_profile(base)
                .ok()
                .flatten()
                .and_then(|p| p.provisions.get(key));
            if let Some(p) = found {
                status = status.min(p.status);
                provisions.push(cited.clone());
                if !keys.contains(&cited) {
                    keys.push(cited);
                }
            }
        }
        let contacts: Vec<String> = contacts_here
            .iter()
            .filter(|c| g.contact_roles.contains(&c.role))
            .map(|c| c.id.clone())
            .collect();
        steps.push(GuidanceStep {
            id: g.id.clone(),
            title: i18n::t(locale, &format!("guidance-{}-title", g.id), &[]),
            text: i18n::t(locale, &format!("guidance-{}-text", g.id), &[]),
            provisions,
            status,
            contacts,
        });
    }
    // Contacts the steps name first, then the others that serve this person.
    let mut contacts: Vec<Contact> = Vec::new();
    let named: Vec<&String> = steps.iter().flat_map(|s| s.contacts.iter()).collect();
    for c in contacts_here
        .iter()
        .filter(|c| named.contains(&&c.id))
        .chain(contacts_here.iter().filter(|c| !named.contains(&&c.id)))
    {
        if !contacts.iter().any(|x| x.id == c.id) {
            contacts.push(contact(c, locale));
        }
    }
    (
        Guidance {
            ranked,
            steps,
            contacts,
            disclaimer: i18n::t(locale, "guidance-disclaimer", &[]),
        },
        keys,
    )
}
