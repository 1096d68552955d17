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

mod citations;
mod conditions;
mod decide;
mod evaluate;
pub mod guidance;
pub mod lean;
pub mod person;
pub mod questions;
mod result;
pub mod timeline;
mod view;

use std::collections::BTreeMap;

pub use crate::calendar::Assumption;
use crate::calendar::Date;
use crate::case::validate::{validate, Warning};
use crate::case::Case;
use crate::error::Error;
use crate::law::model::{Channel, PathwayData};
use crate::law::{self, ProfileData};

use citations::{cite_of, provisions_for, status_of};
pub use conditions::residence_run_start;
use evaluate::{authorities, evaluate};
pub use person::PersonFacts;
pub use result::*;
pub use view::{profile_view, ConditionView, PathwayView, ProfileView};

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
    law::in_words(locale, || assess_parts(case, locale, true))
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
    law::in_words(locale, || assess_detail(case, locale, detail))
}

fn assess_detail(
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
    if profile.depth == law::Depth::Baseline {
        // Said first: everything else in the result is within it.
        assumptions.insert(
            0,
            Assumption {
                code: result::BASELINE_PROFILE.into(),
                text: crate::i18n::tr!(
                    locale,
                    "assume-baseline-profile",
                    name = profile.name.as_str()
                ),
            },
        );
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
                .chain(p.discretion.iter().map(|d| d.provision.as_str()))
        })
        .chain(timeline::provision_keys(&timeline))
        .chain(guidance_keys.iter().map(String::as_str));
    let provisions = provisions_for(profile, keys);
    let questions = if texts {
        questions::questions(locale, &profile.code, &facts_to_establish, &timeline)
    } else {
        Vec::new()
    };
    Ok(Assessment {
        // The crate's version and the law data's, read where they are made (not through the
        // crate root's API, which calls into this module).
        engine: env!("CARGO_PKG_VERSION").to_owned(),
        rules: law::RULES_VERSION.to_owned(),
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
        .filter(move |p| law::in_effect(p.from.as_ref(), p.until.as_ref(), date.as_deref()))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod words_tests;
