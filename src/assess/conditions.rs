//! The tests a condition applies to a case: each reads a few facts and answers yes, no or
//! unknown, and names the facts that would decide it when it is unknown.
//!
//! What a test means legally lives in the data (the condition's provision); here is only how
//! the facts are read. A test never guesses: a fact that is not given is unknown.

use crate::case::facts;
use crate::case::{
    AsylumDecision, Case, ExploitationForm, IdentificationStage, ProceedingsStage, StayStatus,
};
use crate::law::model::{ConditionData, Test};
use crate::logic::Truth;

use super::person::PersonFacts;

/// The answer of one test.
pub struct Outcome {
    /// Yes, no or unknown.
    pub truth: Truth,
    /// The case fields that decide the test (what to establish when it is unknown: then only
    /// those the case has not answered).
    pub facts: Vec<&'static str>,
}

fn outcome(truth: Truth, facts: &'static [&'static str]) -> Outcome {
    Outcome {
        truth,
        facts: facts.to_vec(),
    }
}

/// Whether the fact at `path` was answered in `case`: a yes/no fact true or false, a choice or
/// a date given. `false` for the other kinds of field (lists, permits), which are kept as
/// something to establish.
fn answered(case: &Case, path: &str) -> bool {
    match path {
        facts::COOPERATION_PROCEEDINGS => return case.cooperation.proceedings.is_some(),
        facts::COOPERATION_CONVICTION_DATE => return case.cooperation.conviction_date.is_some(),
        facts::IDENTIFICATION_STAGE => return case.identification.stage.is_some(),
        facts::STAY_STATUS => return case.stay.status.is_some(),
        _ => {}
    }
    let (c, p, s, n) = (
        &case.cooperation,
        &case.person,
        &case.personal_situation,
        &case.protection_needs,
    );
    let fact = match path {
        facts::COOPERATION_WILLING => c.willing,
        facts::COOPERATION_COMPLAINT_FILED => c.complaint_filed,
        facts::COOPERATION_STATEMENT_MADE => c.statement_made,
        facts::COOPERATION_PRESENCE_NECESSARY => c.presence_necessary,
        facts::COOPERATION_TIES_SEVERED => c.ties_severed,
        facts::COOPERATION_CIVIL_CLAIMS => c.civil_claims,
        facts::COOPERATION_CONVICTION => c.conviction,
        facts::PERSON_STATELESS => p.stateless,
        facts::PERSON_AGE_DISPUTED => p.age_disputed,
        facts::PERSON_UNACCOMPANIED => p.unaccompanied,
        facts::PERSONAL_SITUATION_HEALTH_NEEDS => s.health_needs,
        facts::PERSONAL_SITUATION_RISK_OF_REPRISALS => s.risk_of_reprisals,
        facts::PERSONAL_SITUATION_RISK_OF_RETRAFFICKING => s.risk_of_retrafficking,
        facts::PERSONAL_SITUATION_LACK_OF_STATE_PROTECTION => s.lack_of_state_protection,
        facts::PERSONAL_SITUATION_FAMILY_HERE => s.family_here,
        facts::PERSONAL_SITUATION_INTEGRATED => s.integrated,
        facts::PERSONAL_SITUATION_CANNOT_COOPERATE => s.cannot_cooperate,
        facts::PERSONAL_SITUATION_EXIT_PROSTITUTION_PATHWAY => s.exit_prostitution_pathway,
        facts::PERSONAL_SITUATION_VIOLENCE_PROTECTION_ORDER => s.violence_protection_order,
        facts::PERSONAL_SITUATION_RETURN_RISK_ASSESSED => s.return_risk_assessed,
        facts::PROTECTION_NEEDS_FEAR_OF_PERSECUTION => n.fear_of_persecution,
        facts::PROTECTION_NEEDS_SERIOUS_HARM => n.serious_harm,
        facts::PROTECTION_NEEDS_INTERNAL_RELOCATION_POSSIBLE => n.internal_relocation_possible,
        facts::DUBLIN_OTHER_STATE_RESPONSIBLE => case.dublin.other_state_responsible,
        facts::REFLECTION_CONSENT => case.reflection.consent,
        _ => return false,
    };
    fact.truth() != Truth::Unknown
}

/// Everything a test may read.
pub struct Context<'a> {
    /// The case.
    pub case: &'a Case,
    /// What was derived about the person.
    pub person: &'a PersonFacts,
    /// The locale of the explanations.
    pub locale: &'static str,
}

/// The message id of a test's condition (`cond-third-country-national`): the only words for
/// it, in every locale.
pub fn message_id(test: Test) -> String {
    format!("cond-{}", test.as_str())
}

/// The identification stage reached, taking dates of later stages into account.
fn stage(case: &Case) -> Option<IdentificationStage> {
    let id = &case.identification;
    let by_date = id.stage_by_dates();
    match (id.stage, by_date) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

fn stage_at_least(case: &Case, wanted: IdentificationStage) -> Truth {
    match stage(case) {
        Some(s) => Truth::from_option(Some(s >= wanted)),
        None => Truth::Unknown,
    }
}

/// "Any of these facts is yes" — yes if one is yes, no only if all are known and no.
fn any_fact(facts: &[crate::case::Fact]) -> Truth {
    Truth::any(facts.iter().map(|f| f.truth()))
}

/// Whether a conviction is final, and the facts that leave it open when that is unknown.
///
/// The date a conviction became final (on or before `asOf`: a later one is not final yet), or
/// proceedings concluded by a final judgment, make a conviction final; a date of finality is
/// itself the answer that there is a conviction, unless the case says there is none.
/// Proceedings recorded as still under way (a conviction at first instance can be appealed),
/// dropped, or never begun mean there is no final conviction yet, even beside a date of
/// finality: that contradiction is named in the case's warnings.
fn final_conviction(
    coop: &crate::case::Cooperation,
    as_of: Option<crate::calendar::Date>,
) -> Outcome {
    let dated = coop.conviction_date;
    if let (Some(date), Some(as_of)) = (dated, as_of) {
        if date > as_of && coop.conviction.truth() != Truth::No {
            return Outcome {
                truth: Truth::No,
                facts: Vec::new(),
            };
        }
    }
    let conviction = match coop.conviction.truth() {
        Truth::Unknown if dated.is_some() => Truth::Yes,
        t => t,
    };
    let concluded = coop.proceedings == Some(ProceedingsStage::Concluded);
    let settled = concluded || dated.is_some();
    let truth = match conviction {
        Truth::No => Truth::No,
        _ if coop.proceedings_not_concluded() => Truth::No,
        Truth::Yes if settled => Truth::Yes,
        _ => Truth::Unknown,
    };
    let mut open = Vec::new();
    if truth == Truth::Unknown {
        if conviction == Truth::Unknown {
            open.push(facts::COOPERATION_CONVICTION);
        }
        if !settled {
            open.extend([
                facts::COOPERATION_PROCEEDINGS,
                facts::COOPERATION_CONVICTION_DATE,
            ]);
        }
    }
    Outcome { truth, facts: open }
}

/// Applies the condition's test to the case.
pub fn apply(c: &ConditionData, cx: &Context<'_>) -> Outcome {
    let mut o = apply_all(c, cx);
    // An unknown outcome names what is still open, never what the user answered (a test of
    // several facts can stay unknown after some are answered). Should every fact it names be
    // answered, they are kept: that would be a defect, and the property tests look for it.
    if o.truth == Truth::Unknown && o.facts.iter().any(|f| !answered(cx.case, f)) {
        o.facts.retain(|f| !answered(cx.case, f));
    }
    o
}

/// Each test of the vocabulary on the case.
// Long on purpose: one short arm per `Test` variant, so that the whole vocabulary
// of what a condition can check reads in one place and the match stays exhaustive; splitting it
// by family would scatter that list over files without shortening any arm.
#[allow(clippy::too_many_lines)]
fn apply_all(c: &ConditionData, cx: &Context<'_>) -> Outcome {
    let case = cx.case;
    let coop = &case.cooperation;
    let situation = &case.personal_situation;
    let needs = &case.protection_needs;
    const CITIZENSHIP: &[&str] = &[facts::PERSON_CITIZENSHIPS, facts::PERSON_STATELESS];
    const AGE: &[&str] = &[
        facts::PERSON_DATE_OF_BIRTH,
        facts::PERSON_CLAIMED_AGE,
        facts::PERSON_AGE_ASSESSMENT,
        facts::AS_OF,
    ];
    const IDENTIFICATION: &[&str] = &[facts::IDENTIFICATION_STAGE];
    const PROCEEDINGS: &[&str] = &[facts::COOPERATION_PROCEEDINGS];
    const SITUATION: &[&str] = &[
        facts::PERSONAL_SITUATION_HEALTH_NEEDS,
        facts::PERSONAL_SITUATION_RISK_OF_REPRISALS,
        facts::PERSONAL_SITUATION_RISK_OF_RETRAFFICKING,
        facts::PERSONAL_SITUATION_LACK_OF_STATE_PROTECTION,
        facts::PERSONAL_SITUATION_FAMILY_HERE,
        facts::PERSONAL_SITUATION_INTEGRATED,
    ];
    match c.test {
        Test::ThirdCountryNational => outcome(cx.person.eu_citizen.not(), CITIZENSHIP),
        Test::EuCitizen => outcome(cx.person.eu_citizen, CITIZENSHIP),
        Test::ForeignNational => outcome(
            cx.person.foreign_national,
            &[
                facts::PERSON_CITIZENSHIPS,
                facts::PERSON_STATELESS,
                facts::STAY_STATUS,
            ],
        ),
        Test::Child => outcome(cx.person.child, AGE),
        Test::Adult => outcome(cx.person.child.not(), AGE),
        Test::UnaccompaniedChild => outcome(
            cx.person.child.and(case.person.unaccompanied.truth()),
            &[
                facts::PERSON_UNACCOMPANIED,
                facts::PERSON_DATE_OF_BIRTH,
                facts::PERSON_CLAIMED_AGE,
            ],
        ),
        Test::TraffickingIndicated => outcome(
            stage_at_least(case, IdentificationStage::Indicators),
            IDENTIFICATION,
        ),
        Test::ReasonableGrounds => outcome(
            stage_at_least(case, IdentificationStage::ReasonableGrounds),
            IDENTIFICATION,
        ),
        Test::Identified => outcome(
            stage_at_least(case, IdentificationStage::Conclusive),
            IDENTIFICATION,
        ),
        Test::WillingToCooperate => {
            // A clear intention to cooperate is a present intention (Dir. 2004/81 art. 8(1)(b)):
            // only the answer to it decides it. A complaint or statement made earlier is not
            // that answer (the person may no longer be willing), so it neither reopens an
            // explicit "no" nor stands in for a missing one: learning the answer must never
            // turn a yes into a no.
            let truth = coop.willing.truth();
            outcome(truth, &[facts::COOPERATION_WILLING])
        }
        Test::ComplaintOrStatement => outcome(
            any_fact(&[coop.complaint_filed, coop.statement_made]),
            &[
                facts::COOPERATION_COMPLAINT_FILED,
                facts::COOPERATION_STATEMENT_MADE,
            ],
        ),
        Test::ProceedingsOngoing => {
            let truth = match coop.proceedings {
                Some(
                    ProceedingsStage::Investigation
                    | ProceedingsStage::Prosecution
                    | ProceedingsStage::Trial,
                ) => Truth::Yes,
                Some(_) => Truth::No,
                None => Truth::Unknown,
            };
            outcome(truth, PROCEEDINGS)
        }
        Test::ProceedingsOrCivilClaims => {
            let begun = match coop.proceedings {
                Some(ProceedingsStage::None) => Truth::No,
                Some(_) => Truth::Yes,
                None => Truth::Unknown,
            };
            outcome(
                begun.or(coop.civil_claims.truth()),
                &[
                    facts::COOPERATION_PROCEEDINGS,
                    facts::COOPERATION_CIVIL_CLAIMS,
                ],
            )
        }
        Test::PresenceNecessary => outcome(
            coop.presence_necessary.truth(),
            &[facts::COOPERATION_PRESENCE_NECESSARY],
        ),
        Test::TiesSevered => outcome(
            coop.ties_severed.truth(),
            &[facts::COOPERATION_TIES_SEVERED],
        ),
        Test::Conviction => outcome(coop.conviction.truth(), &[facts::COOPERATION_CONVICTION]),
        Test::FinalConviction => final_conviction(coop, case.as_of),
        Test::ReflectionConsent => {
            // Whether to use the period is the person's choice, not a condition they may fail:
            // only an explicit refusal closes it (no proposal is made without their agreement),
            // and a period already granted was agreed to.
            let refused = case.reflection.consent.truth() == Truth::No
                && case.reflection.granted.truth() != Truth::Yes;
            outcome(
                Truth::from_option(Some(!refused)),
                &[facts::REFLECTION_CONSENT],
            )
        }
        Test::PersonalSituation => outcome(
            any_fact(&[
                situation.health_needs,
                situation.risk_of_reprisals,
                situation.risk_of_retrafficking,
                situation.lack_of_state_protection,
                situation.family_here,
                situation.integrated,
            ]),
            SITUATION,
        ),
        Test::CannotCooperate => outcome(
            situation.cannot_cooperate.truth(),
            &[facts::PERSONAL_SITUATION_CANNOT_COOPERATE],
        ),
        Test::SexualExploitation => {
            let forms = &case.exploitation.forms;
            let truth = if forms.contains(&ExploitationForm::Sexual) {
                Truth::Yes
            } else if forms.is_empty() {
                Truth::Unknown
            } else {
                Truth::No
            };
            outcome(truth, &[facts::EXPLOITATION_FORMS])
        }
        Test::ExitProstitutionPathway => outcome(
            situation.exit_prostitution_pathway.truth(),
            &[facts::PERSONAL_SITUATION_EXIT_PROSTITUTION_PATHWAY],
        ),
        Test::ViolenceProtectionOrder => outcome(
            situation.violence_protection_order.truth(),
            &[facts::PERSONAL_SITUATION_VIOLENCE_PROTECTION_ORDER],
        ),
        Test::FearOfPersecution => outcome(
            needs.fear_of_persecution.truth(),
            &[facts::PROTECTION_NEEDS_FEAR_OF_PERSECUTION],
        ),
        Test::ConventionGround => {
            let truth = if needs.persecution_grounds.is_empty() {
                Truth::Unknown
            } else {
                Truth::Yes
            };
            outcome(truth, &[facts::PROTECTION_NEEDS_PERSECUTION_GROUNDS])
        }
        Test::SeriousHarm => outcome(
            needs.serious_harm.truth(),
            &[facts::PROTECTION_NEEDS_SERIOUS_HARM],
        ),
        Test::NoInternalRelocation => outcome(
            needs.internal_relocation_possible.truth().not(),
            &[facts::PROTECTION_NEEDS_INTERNAL_RELOCATION_POSSIBLE],
        ),
        Test::RiskOnReturn => outcome(
            any_fact(&[
                situation.risk_of_reprisals,
                situation.risk_of_retrafficking,
                situation.lack_of_state_protection,
            ]),
            &[
                facts::PERSONAL_SITUATION_RISK_OF_REPRISALS,
                facts::PERSONAL_SITUATION_RISK_OF_RETRAFFICKING,
                facts::PERSONAL_SITUATION_LACK_OF_STATE_PROTECTION,
            ],
        ),
        Test::ReturnRiskAssessed => outcome(
            situation.return_risk_assessed.truth(),
            &[facts::PERSONAL_SITUATION_RETURN_RISK_ASSESSED],
        ),
        Test::FiveYearsResidence => {
            // asOf is a fact to establish only when it is missing.
            let facts: &'static [&'static str] = if case.as_of.is_some() {
                &[facts::PERMITS]
            } else {
                &[facts::PERMITS, facts::AS_OF]
            };
            outcome(five_years(case), facts)
        }
        Test::ThreeYearsVictimPermit => {
            let facts: &'static [&'static str] = if case.as_of.is_some() {
                &[facts::PERMITS]
            } else {
                &[facts::PERMITS, facts::AS_OF]
            };
            let truth = match (victim_permit_run_start(case), case.as_of) {
                (Some(start), Some(as_of)) => match start.add_months_clamped(36) {
                    Some((three, _)) if three <= as_of => Truth::Yes,
                    _ => Truth::Unknown,
                },
                _ => Truth::Unknown,
            };
            outcome(truth, facts)
        }
        Test::OtherStateResponsible => outcome(
            case.dublin.other_state_responsible.truth(),
            &[facts::DUBLIN_OTHER_STATE_RESPONSIBLE],
        ),
        Test::AsylumApplicant => {
            let truth = match (
                case.stay.status,
                case.stay.asylum.as_ref().and_then(|a| a.decision),
            ) {
                (_, Some(AsylumDecision::Pending)) | (Some(StayStatus::AsylumApplicant), _) => {
                    Truth::Yes
                }
                (Some(_), _) | (_, Some(_)) => Truth::No,
                (None, None) => Truth::Unknown,
            };
            outcome(truth, &[facts::STAY_STATUS, facts::STAY_ASYLUM_DECISION])
        }
        Test::AsylumRejected => {
            let truth = match (
                case.stay.status,
                case.stay.asylum.as_ref().and_then(|a| a.decision),
            ) {
                (_, Some(AsylumDecision::Rejected | AsylumDecision::Inadmissible))
                | (Some(StayStatus::RejectedAsylumApplicant), _) => Truth::Yes,
                (Some(_), _) | (_, Some(_)) => Truth::No,
                (None, None) => Truth::Unknown,
            };
            outcome(truth, &[facts::STAY_STATUS, facts::STAY_ASYLUM_DECISION])
        }
        Test::StateChoice => outcome(Truth::Unknown, &[]),
        // A region outside the list is a no: the provision is another legal system's.
        Test::InRegion => outcome(
            Truth::from_option(case.region.as_ref().map(|r| c.regions.contains(r))),
            &[facts::REGION],
        ),
    }
}

/// The start of the unbroken run of permits that reaches `asOf`, if the permits given make one.
pub fn residence_run_start(case: &Case) -> Option<crate::calendar::Date> {
    run_start(case, |_| true)
}

/// The first day of the uninterrupted holding of the victim permit (`scheme` =
/// `victim-residence-permit`) that lasts up to `asOf`, from the permits given.
pub fn victim_permit_run_start(case: &Case) -> Option<crate::calendar::Date> {
    run_start(case, |p| p.scheme.as_deref() == Some(VICTIM_PERMIT_SCHEME))
}

/// The scheme a case gives for the trafficking victim's permit (the pathway id).
pub const VICTIM_PERMIT_SCHEME: &str = "victim-residence-permit";

fn run_start(
    case: &Case,
    counts: impl Fn(&crate::case::Permit) -> bool,
) -> Option<crate::calendar::Date> {
    let as_of = case.as_of?;
    let mut spans: Vec<_> = case
        .permits
        .iter()
        .filter(|p| counts(p))
        .filter_map(|p| Some((p.from?, p.until.unwrap_or(as_of).min(as_of))))
        .collect();
    crate::sort::sort(&mut spans);
    let mut run: Option<(crate::calendar::Date, crate::calendar::Date)> = None;
    for (from, until) in spans {
        run = match run {
            // Adjacent or overlapping: the run goes on.
            Some((start, end)) if from <= end.next_day().unwrap_or(end) => {
                Some((start, end.max(until)))
            }
            _ => Some((from, until)),
        };
    }
    run.filter(|(_, end)| *end >= as_of).map(|(start, _)| start)
}

/// Whether the permits given cover five years up to `asOf` without a gap. Unknown otherwise:
/// the person may hold permits the case does not list.
fn five_years(case: &Case) -> Truth {
    match (residence_run_start(case), case.as_of) {
        (Some(start), Some(as_of)) => match start.add_months_clamped(60) {
            Some((five, _)) if five <= as_of => Truth::Yes,
            _ => Truth::Unknown,
        },
        _ => Truth::Unknown,
    }
}

#[cfg(test)]
mod message_tests {
    use super::*;

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn every_condition_has_words_in_every_locale() {
        for &t in Test::ALL {
            let id = message_id(t);
            assert!(crate::i18n::has(&id), "no English words for {t:?} ({id})");
            for l in crate::i18n::locales() {
                let text = crate::i18n::t(l, &id, &[]);
                assert!(!text.is_empty() && text != id, "{l}: {id}");
            }
        }
    }
}
