//! One pathway evaluated for a case: each condition as a reason in words, the state from
//! `decide`, what the result rests on, the alternative reading where an unverified provision
//! decides, and the explanation.

use super::decide::Shape;
use super::*;
use crate::i18n::Arg;
use crate::law::model::{Channel, ConditionData, PathwayData, Test};
use crate::law::{ProfileData, Status};
use crate::logic::Truth;

pub(super) fn authorities(p: &PathwayData) -> Vec<Authority> {
    p.decided_by
        .iter()
        .map(|a| Authority {
            name: a.name.clone(),
            provision: a.provision.clone(),
        })
        .collect()
}

pub(super) fn apply(
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

pub(super) fn evaluate(
    profile: &ProfileData,
    p: &PathwayData,
    cx: &conditions::Context<'_>,
) -> PathwayResult {
    let parameters = p
        .parameters
        .iter()
        .map(|x| Parameter {
            name: x.name.clone(),
            value: x.value.clone(),
            provision: x.provision.clone(),
        })
        .collect();
    let channel_name = crate::i18n::t(cx.locale, &format!("channel-{}", p.channel.as_str()), &[]);
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
        translation: p.translation,
        discretion: p.discretion.as_ref().map(|d| {
            let cite = cite_of(profile, &d.provision);
            Discretion {
                grant: d.grant,
                text: crate::i18n::tr!(
                    cx.locale,
                    "discretion-text",
                    grant = d.grant.as_str(),
                    cite = cite
                ),
                provision: d.provision.clone(),
                cite,
            }
        }),
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
    // An available or possible grant rests on the wording that leaves it to the authority too.
    if let (Some(d), PathwayState::Available | PathwayState::Possible) =
        (&p.discretion, result.state)
    {
        result.status = result.status.min(status_of(profile, &d.provision));
    }
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
        PathwayState::Available => match &result.discretion {
            None => crate::i18n::t(l, "explanation-available", &[]),
            Some(d) => crate::i18n::tr!(
                l,
                "explanation-available-discretion",
                grant = d.grant.as_str(),
                cite = d.cite
            ),
        },
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
pub(super) fn alternative(
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

pub(super) fn texts(reasons: &[&Reason]) -> String {
    reasons
        .iter()
        .map(|r| format!("{} ({})", r.text.trim_end_matches('.'), r.cite))
        .collect::<Vec<_>>()
        .join("; ")
}
