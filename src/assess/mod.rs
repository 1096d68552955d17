//! Applies a jurisdiction's law (its profile) to a case: which pathways are open, closed or
//! still possible, why, on which provisions, and which facts would decide the rest.
//!
//! Every pathway is evaluated in three-valued logic (`logic::Truth`):
//! - a *scope* condition that fails makes the pathway `not_applicable` (the scheme does not
//!   concern this person, e.g. an EU citizen and a third-country-national permit);
//! - otherwise all *requires* conditions and at least one *alternative* group (where the law
//!   offers real alternatives, like CETS 197 art. 14(1)(a) and (b)) decide: yes → `available`,
//!   no → `unavailable` (with the failing conditions), unknown → `possible` (with the facts to
//!   establish).
//!
//! # Properties
//! Learning a fact never reopens a closed pathway or closes an available one: `available`
//! stays `available`; `unavailable` stays `unavailable` or becomes `not_applicable` (the scope
//! turned out to exclude the person too); `possible` moves where the new facts lead.

mod conditions;
mod decide;
pub mod guidance;
pub mod lean;
pub mod person;
pub mod questions;
pub mod timeline;

use std::collections::BTreeMap;

use serde::Serialize;

pub use crate::calendar::Assumption;
use crate::calendar::Date;
use crate::case::validate::{validate, Warning};
use crate::case::Case;
use crate::error::Error;
use crate::i18n::Arg;
use crate::law::model::{Channel, ConditionData, PathwayData, Test};
use crate::law::{self, Citation, ProfileData, Status};
use crate::logic::Truth;
use decide::Shape;

pub use conditions::residence_run_start;
pub use person::PersonFacts;

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
    status: Status,
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

fn authorities(p: &PathwayData) -> Vec<Authority> {
    p.decided_by
        .iter()
        .map(|a| Authority {
            name: a.name.clone(),
            provision: a.provision.clone(),
        })
        .collect()
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

/// Assesses `case` under its jurisdiction's profile.
///
/// # Errors
/// The validation errors of [`crate::case::validate::validate`].
pub fn assess(case: &Case) -> Result<Assessment, Error> {
    assess_in(case, "en")
}

/// [`assess`] with the texts meant for the person in `locale` (one of [`crate::i18n::locales`];
/// negotiate a requested tag with [`crate::i18n::negotiate`]).
///
/// # Errors
/// The validation errors of [`crate::case::validate::validate`].
pub fn assess_in(case: &Case, locale: &'static str) -> Result<Assessment, Error> {
    assess_parts(case, locale, true)
}

/// The assessment at `detail`: the full one, or a lean projection of it that carries ids,
/// states, dates and citations without the texts (and skips the guidance and the questions,
/// which are texts).
///
/// # Errors
/// As [`assess_in`].
pub fn assess_at(
    case: &Case,
    locale: &'static str,
    detail: lean::AssessDetail,
) -> Result<lean::AssessResult, Error> {
    Ok(match detail {
        lean::AssessDetail::Full => lean::AssessResult::Full(Box::new(assess_in(case, locale)?)),
        lean::AssessDetail::Decision => {
            lean::AssessResult::Decision(lean::decision(assess_parts(case, locale, false)?))
        }
        lean::AssessDetail::States => {
            lean::AssessResult::States(lean::states(assess_parts(case, locale, false)?))
        }
    })
}

fn assess_parts(case: &Case, locale: &'static str, texts: bool) -> Result<Assessment, Error> {
    let (warnings, profile, person) = prepare(case, locale)?;
    let cx = conditions::Context {
        case,
        person: &person,
        locale,
    };
    let law_date = case.as_of.map(|d| d.to_string());

    let mut assumptions = Vec::new();
    if case.as_of.is_none() {
        assumptions.push(Assumption {
            code: "no-as-of".into(),
            text: crate::i18n::tr!(locale, "assume-no-as-of"),
        });
    }
    if person.child_presumed {
        assumptions.push(Assumption {
            code: "presumed-child".into(),
            text: crate::i18n::tr!(locale, "assume-presumed-child", basis = person.child_basis),
        });
    }

    let pathways: Vec<PathwayResult> = in_force(profile, law_date.as_deref())
        .map(|p| evaluate(profile, p, &cx))
        .collect();

    let mut by_fact: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for p in &pathways {
        for f in &p.facts_to_establish {
            by_fact.entry(f.as_str()).or_default().push(p.id.clone());
        }
    }
    let mut facts_to_establish: Vec<FactToEstablish> = by_fact
        .into_iter()
        .map(|(path, pathways)| FactToEstablish {
            path: path.to_owned(),
            pathways,
        })
        .collect();
    // The most decisive first; ties in path order (stable sort on a sorted list).
    crate::sort::sort_by_key(&mut facts_to_establish, |f| {
        std::cmp::Reverse(f.pathways.len())
    });

    let reachable: Vec<(String, String, Date, bool)> = pathways
        .iter()
        .filter_map(|p| {
            p.reachable_on.map(|d| {
                (
                    p.id.clone(),
                    p.basis.clone(),
                    d,
                    p.channel == Channel::LongTermResidence,
                )
            })
        })
        .collect();
    let timeline = timeline::timeline(case, profile, &cx, &reachable, &mut assumptions);
    let eu_law = profile.code == "EU" || timeline::member_state(profile, case.as_of);
    let (guidance, guidance_keys) = if texts {
        guidance::guidance(locale, case, profile, &person, &pathways, eu_law)
    } else {
        (guidance::Guidance::default(), Vec::new())
    };
    let keys = pathways
        .iter()
        .flat_map(|p| {
            std::iter::once(p.basis.as_str())
                .chain(p.reasons.iter().map(|r| r.provision.as_str()))
                .chain(p.parameters.iter().map(|x| x.provision.as_str()))
                .chain(p.decided_by.iter().map(|a| a.provision.as_str()))
        })
        .chain(timeline::provision_keys(&timeline))
        .chain(guidance_keys.iter().map(String::as_str));
    let provisions = provisions_for(profile, keys);
    let questions = if texts {
        questions::questions(locale, &facts_to_establish, &timeline)
    } else {
        Vec::new()
    };
    let version = crate::version();
    Ok(Assessment {
        engine: version.engine,
        rules: version.rules,
        jurisdiction: profile.code.clone(),
        as_of: case.as_of,
        person,
        pathways,
        facts_to_establish,
        warnings,
        assumptions,
        timeline,
        locale: locale.to_owned(),
        questions,
        guidance,
        provisions,
    })
}

/// What both evaluations start from: the case checked, its profile, and the person's facts.
fn prepare(
    case: &Case,
    locale: &str,
) -> Result<(Vec<Warning>, &'static ProfileData, PersonFacts), Error> {
    let warnings = validate(case, locale)?;
    let profile = law::profile(&case.jurisdiction, "jurisdiction")?;
    let person = person::derive(case, profile, free_movement_states()?, locale);
    Ok((warnings, profile, person))
}

/// The states with free movement (only the EU profile lists them), borrowed from the packed data.
fn free_movement_states() -> Result<&'static [crate::law::model::FreeMovementData], Error> {
    Ok(law::find_profile("EU")?.map_or(&[][..], |p| p.free_movement.as_slice()))
}

/// Only the pathway states of `case`, for `assessMany` with `detail: "summary"`: the same
/// evaluation as [`assess`] without building reasons, citations and texts.
///
/// # Errors
/// The validation errors of [`crate::case::validate::validate`].
pub fn pathway_states(case: &Case) -> Result<Vec<(&'static str, PathwayState)>, Error> {
    let (_, profile, person) = prepare(case, "en")?;
    let cx = conditions::Context {
        case,
        person: &person,
        locale: "en",
    };
    let law_date = case.as_of.map(|d| d.to_string());
    Ok(in_force(profile, law_date.as_deref())
        .map(|p| (p.id.as_str(), decide::state(p, &cx)))
        .collect())
}

/// The pathway versions in force on `date` (the latest versions when no date is given).
pub fn in_force<'p>(
    profile: &'p ProfileData,
    date: Option<&str>,
) -> impl Iterator<Item = &'p PathwayData> {
    // Owned, so the iterator does not borrow the caller's date string.
    let date = date.map(str::to_owned);
    profile
        .pathways
        .iter()
        .filter(move |p| law::in_effect(&p.from, &p.until, date.as_deref()))
}

fn citation(profile: &ProfileData, key: &str) -> Citation {
    // Keys are checked when the data is built (ProfileData::check); a missing one would be a
    // build defect, shown rather than hidden.
    match profile.provisions.get(key) {
        Some(p) => {
            let instrument = profile.instruments.get(&p.instrument);
            Citation {
                instrument: instrument
                    .map(|i| i.title.clone())
                    .unwrap_or_else(|| p.instrument.clone()),
                article: p.article.clone(),
                says: p.says.clone(),
                url: instrument.map(|i| i.url.clone()).unwrap_or_default(),
                status: p.status,
                checked: p.checked.clone(),
                source: p.source.clone(),
            }
        }
        None => Citation {
            instrument: String::new(),
            article: key.to_owned(),
            says: "provision missing from the data".into(),
            url: String::new(),
            status: Status::Unverified,
            checked: String::new(),
            source: String::new(),
        },
    }
}

/// The status of provision `key` (unverified if it were missing, which the build prevents).
pub(super) fn status_of(profile: &ProfileData, key: &str) -> Status {
    profile
        .provisions
        .get(key)
        .map_or(Status::Unverified, |p| p.status)
}

/// "Instrument, article" for provision `key`, for explanations.
fn cite_of(profile: &ProfileData, key: &str) -> String {
    // Borrowed, not via `citation()`: that clones every text of the provision, and this runs
    // for every condition of every pathway.
    match profile.provisions.get(key) {
        Some(p) => {
            let instrument = profile
                .instruments
                .get(&p.instrument)
                .map_or(p.instrument.as_str(), |i| i.title.as_str());
            format!("{instrument}, {}", p.article)
        }
        None => key.to_owned(),
    }
}

/// The citations of `keys`, once each.
fn provisions_for<'k>(
    profile: &ProfileData,
    keys: impl Iterator<Item = &'k str>,
) -> BTreeMap<String, Citation> {
    let mut out = BTreeMap::new();
    for key in keys {
        if out.contains_key(key) {
            continue;
        }
        // A baseline's provision cited from another profile (an EU time limit of a Member
        // State's timeline, a COE guidance rule) comes from that baseline's profile.
        let base = key
            .split_once('/')
            .filter(|_| !profile.provisions.contains_key(key))
            .and_then(|(b, k)| Some((law::find_profile(b).ok()??, k)));
        let c = match base {
            Some((p, k)) => citation(p, k),
            None => citation(profile, key),
        };
        out.insert(key.to_owned(), c);
    }
    out
}

fn apply(
    profile: &ProfileData,
    c: &ConditionData,
    role: &str,
    cx: &conditions::Context<'_>,
) -> Reason {
    let (met, outcome) = decide::holds(c, cx);
    let l = cx.locale;
    let label = crate::i18n::t(l, &conditions::message_id(c.test), &[]);
    let wanted = if c.expect {
        label
    } else {
        crate::i18n::t(l, "condition-negated", &[("condition", Arg::Str(&label))])
    };
    let with = [("condition", Arg::Str(&wanted))];
    let text = match met {
        Truth::Yes => crate::i18n::t(l, "reason-met", &with),
        Truth::No => crate::i18n::t(l, "reason-not-met", &with),
        Truth::Unknown if c.test == Test::StateChoice => {
            crate::i18n::t(l, "reason-state-choice", &[])
        }
        Truth::Unknown => crate::i18n::t(l, "reason-unknown", &with),
    };
    Reason {
        test: c.test,
        role: role.to_owned(),
        met,
        text,
        facts: outcome.facts.iter().map(|f| (*f).to_owned()).collect(),
        provision: c.provision.clone(),
        status: status_of(profile, &c.provision),
        cite: cite_of(profile, &c.provision),
    }
}

fn evaluate(profile: &ProfileData, p: &PathwayData, cx: &conditions::Context<'_>) -> PathwayResult {
    let parameters = p
        .parameters
        .iter()
        .map(|x| Parameter {
            name: x.name.clone(),
            value: x.value.clone(),
            provision: x.provision.clone(),
        })
        .collect();
    let channel_name = crate::i18n::t(
        cx.locale,
        &format!(
            "channel-{}",
            crate::i18n::kebab(&format!("{:?}", p.channel))
        ),
        &[],
    );
    let mut result = PathwayResult {
        id: p.id.clone(),
        channel: p.channel,
        name: p.name.clone(),
        label: if p.local_name.is_empty() {
            channel_name
        } else {
            format!("{channel_name} ({})", p.local_name)
        },
        local_name: p.local_name.clone(),
        state: PathwayState::Unavailable,
        in_law: p.exists,
        summary: p.summary.clone(),
        explanation: String::new(),
        reasons: Vec::new(),
        facts_to_establish: Vec::new(),
        status: status_of(profile, &p.basis),
        basis: p.basis.clone(),
        parameters,
        decided_by: authorities(p),
        reachable_on: None,
        alternative: None,
    };
    if !p.exists {
        result.explanation = p.absent_reason.clone();
        return result;
    }

    let reasons = Shape::of(p, |c, role| apply(profile, c, role, cx));
    let decision = reasons.decide(|r| r.met);
    result.state = decision.state;
    let relevant = reasons.relevant(&decision);
    let resting: Vec<&Reason> = match result.state {
        PathwayState::NotApplicable => reasons
            .scope
            .iter()
            .filter(|r| r.met == Truth::No)
            .collect(),
        PathwayState::Unavailable => relevant
            .iter()
            .copied()
            .filter(|r| r.met == Truth::No)
            .collect(),
        PathwayState::Available | PathwayState::Possible => relevant.clone(),
    };
    result.status = resting
        .iter()
        .map(|r| r.status)
        .fold(result.status, Status::min);
    result.alternative = alternative(&reasons, result.state, &resting, cx.locale);

    if result.state == PathwayState::Possible {
        let mut facts: Vec<String> = relevant
            .iter()
            .filter(|r| r.met == Truth::Unknown)
            .flat_map(|r| r.facts.iter().cloned())
            .collect();
        crate::sort::sort(&mut facts);
        facts.dedup();
        result.facts_to_establish = facts;
    }
    let l = cx.locale;
    let because = |reasons: &[&Reason], id: &str| {
        let listed = texts(reasons);
        crate::i18n::t(l, id, &[("reasons", Arg::Str(&listed))])
    };
    result.explanation = match result.state {
        PathwayState::NotApplicable => because(&resting, "explanation-not-applicable"),
        PathwayState::Unavailable => because(&resting, "explanation-unavailable"),
        PathwayState::Available => crate::i18n::t(l, "explanation-available", &[]),
        PathwayState::Possible => {
            let unknown: Vec<&Reason> = relevant
                .iter()
                .copied()
                .filter(|r| r.met == Truth::Unknown)
                .collect();
            because(&unknown, "explanation-possible")
        }
    };
    if p.channel == Channel::LongTermResidence {
        result.reachable_on = residence_run_start(cx.case)
            .and_then(|s| s.add_months_clamped(60))
            .map(|(d, _)| d);
    } else if p
        .requires
        .iter()
        .chain(p.alternatives.iter().flat_map(|a| a.requires.iter()))
        .any(|c| c.test == Test::ThreeYearsVictimPermit)
    {
        // The day three years of holding the victim permit are reached (NL: art. 3.51(1)(k)).
        result.reachable_on = conditions::victim_permit_run_start(cx.case)
            .and_then(|s| s.add_months_clamped(36))
            .map(|(d, _)| d);
    }
    result.reasons = reasons.into_items().collect();
    result
}

/// The state if the conditions the result rests on that come from an unverified provision were
/// left open (their reading not taken as settled), where that changes the state: law/README's
/// rule that a result from an unverified fact is never presented as settled law.
///
/// Who the person is (a child, an EU citizen, a foreign national) is not a contested reading
/// when the facts are known: those tests are never opened, or every adult would be told child
/// protection "would be possible".
fn alternative(
    reasons: &Shape<Reason>,
    state: PathwayState,
    resting: &[&Reason],
    locale: &str,
) -> Option<PathwayAlternative> {
    let contested = |r: &Reason| {
        r.status == Status::Unverified
            && r.met != Truth::Unknown
            && !matches!(
                r.test,
                Test::Child
                    | Test::Adult
                    | Test::EuCitizen
                    | Test::ThirdCountryNational
                    | Test::ForeignNational
            )
            && resting.iter().any(|x| std::ptr::eq(*x, r))
    };
    let other = reasons
        .decide(|r| if contested(r) { Truth::Unknown } else { r.met })
        .state;
    if other == state {
        return None;
    }
    let mut rests_on: Vec<String> = Vec::new();
    let mut cited: Vec<&str> = Vec::new();
    for r in reasons.iter().filter(|r| contested(r)) {
        if !rests_on.contains(&r.provision) {
            rests_on.push(r.provision.clone());
            cited.push(&r.cite);
        }
    }
    let state_words = crate::i18n::t(locale, &format!("state-{}", state_key(other)), &[]);
    Some(PathwayAlternative {
        state: other,
        reading: crate::i18n::tr!(
            locale,
            "pathway-alternative",
            provisions = cited.join("; "),
            count = cited.len(),
            state = state_words
        ),
        rests_on,
    })
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

fn texts(reasons: &[&Reason]) -> String {
    reasons
        .iter()
        .map(|r| format!("{} ({})", r.text.trim_end_matches('.'), r.cite))
        .collect::<Vec<_>>()
        .join("; ")
}

/// One condition of a pathway as the law states it (for `jurisdiction()`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ConditionView {
    /// `scope`, `requires`, or the alternative's name.
    pub role: String,
    /// The test.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub test: Test,
    /// The answer the condition needs.
    pub expect: bool,
    /// Its provision: a key of `provisions`.
    pub provision: String,
}

/// A pathway as the law states it, without a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PathwayView {
    /// Id in the profile.
    pub id: String,
    /// The kind of channel.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub channel: Channel,
    /// Name in English.
    pub name: String,
    /// Legal name in the jurisdiction's language.
    pub local_name: String,
    /// What it gives.
    pub summary: String,
    /// Whether the law has it.
    pub in_law: bool,
    /// Why not, when it does not.
    pub absent_reason: String,
    /// First day of this version ("" when none is known).
    pub from: String,
    /// Last day of this version ("" while in force).
    pub until: String,
    /// The provision that opens it.
    pub basis: String,
    /// Its conditions.
    pub conditions: Vec<ConditionView>,
    /// Figures the law sets.
    pub parameters: Vec<Parameter>,
    /// Who decides on the channel.
    pub decided_by: Vec<Authority>,
}

/// A profile as in force on a date: what `jurisdiction(code, { asOf })` returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ProfileView {
    /// Coverage and verification date.
    #[serde(flatten)]
    pub summary: law::JurisdictionSummary,
    /// The date the law is given for ("" for the latest recorded).
    pub as_of: String,
    /// The pathways in force on that date.
    pub pathways: Vec<PathwayView>,
    /// Every provision the pathways cite, by the key they use.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Record<string, Citation>"))]
    pub provisions: BTreeMap<String, Citation>,
}

/// The profile of `code` as in force on `as_of` (the latest recorded law when `None`).
///
/// # Errors
/// `unknown_jurisdiction` (at `path`).
pub fn profile_view(code: &str, as_of: Option<Date>, path: &str) -> Result<ProfileView, Error> {
    let profile = law::profile(code, path)?;
    let date = as_of.map(|d| d.to_string());
    let pathways: Vec<PathwayView> = in_force(profile, date.as_deref())
        .map(|p| {
            let condition = |role: &str, c: &ConditionData| ConditionView {
                role: role.to_owned(),
                test: c.test,
                expect: c.expect,
                provision: c.provision.clone(),
            };
            let mut conditions: Vec<ConditionView> = p
                .scope
                .iter()
                .map(|c| condition("scope", c))
                .chain(p.requires.iter().map(|c| condition("requires", c)))
                .collect();
            for a in &p.alternatives {
                conditions.extend(a.requires.iter().map(|c| condition(&a.name, c)));
            }
            PathwayView {
                id: p.id.clone(),
                channel: p.channel,
                name: p.name.clone(),
                local_name: p.local_name.clone(),
                summary: p.summary.clone(),
                in_law: p.exists,
                absent_reason: p.absent_reason.clone(),
                from: p.from.clone(),
                until: p.until.clone(),
                basis: p.basis.clone(),
                conditions,
                decided_by: authorities(p),
                parameters: p
                    .parameters
                    .iter()
                    .map(|x| Parameter {
                        name: x.name.clone(),
                        value: x.value.clone(),
                        provision: x.provision.clone(),
                    })
                    .collect(),
            }
        })
        .collect();
    let keys = pathways.iter().flat_map(|p: &PathwayView| {
        std::iter::once(p.basis.as_str())
            .chain(p.conditions.iter().map(|c| c.provision.as_str()))
            .chain(p.parameters.iter().map(|x| x.provision.as_str()))
            .chain(p.decided_by.iter().map(|a| a.provision.as_str()))
    });
    let provisions = provisions_for(profile, keys);
    Ok(ProfileView {
        summary: law::JurisdictionSummary::from(profile),
        as_of: date.unwrap_or_default(),
        pathways,
        provisions,
    })
}
#[cfg(all(test, not(target_arch = "wasm32")))]
mod words_tests;
