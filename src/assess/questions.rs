//! Questions to ask next: one per unknown fact that could change a pathway or a date, the most
//! decisive first, in the person's language, each accepting "don't know" and "prefer not to
//! say" (both leave the fact unknown: `"unknown"`).

use crate::case::facts;
use serde::Serialize;

use super::timeline::TimelineEntry;
use super::FactToEstablish;
use crate::case::{
    AsylumDecision, AsylumProcedure, ConventionGround, ExploitationForm, IdentificationStage,
    ProceedingsStage, StayStatus,
};
use crate::i18n::{self, Arg};

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum AnswerKind {
    /// Yes or no (`true` / `false`).
    YesNo,
    /// One of `options`.
    Choice,
    /// Any of `options` (a list).
    Choices,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// ISO 3166-1 alpha-2 country codes (a list).
    Countries,
    /// A whole number.
    Number,
    /// An age range `{ min, max }`.
    AgeRange,
    /// Residence permits held: a list of `{ scheme, from, until }`.
    Permits,
}

/// An answer offered for a question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct AnswerOption {
    /// What to put in the case: `true`, `false`, `"unknown"`, or an enumeration value
    /// (`"reasonable-grounds"`), as JSON text.
    pub value: String,
    /// The answer in the person's words.
    pub label: String,
}

/// A question to ask next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Question {
    /// The case field the answer fills (`cooperation.tiesSevered`).
    pub fact: String,
    /// The question, addressed to the person.
    pub text: String,
    /// Why it is asked: how many pathways and dates the answer can change.
    pub why: String,
    /// How it is answered.
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(
            type = "\"yes-no\" | \"choice\" | \"choices\" | \"date\" | \"countries\" | \"number\" | \"age-range\" | \"permits\""
        )
    )]
    pub answer: AnswerKind,
    /// The answers to choose from (yes/no, or the choices).
    pub options: Vec<AnswerOption>,
    /// "I don't know" and "I prefer not to say": both leave the fact unknown.
    pub skip: Vec<AnswerOption>,
    /// The pathways the answer can change.
    pub pathways: Vec<String>,
    /// The timeline entries the answer can change.
    pub deadlines: Vec<String>,
}

/// How each fact is answered, and its choices (the case model's kebab-case values).
fn kind_of(fact: &str) -> (AnswerKind, &'static [&'static str]) {
    match fact {
        facts::PERSON_CITIZENSHIPS => (AnswerKind::Countries, &[]),
        facts::PERSON_DATE_OF_BIRTH
        | facts::STAY_ASYLUM_LODGED_DATE
        | facts::STAY_ASYLUM_REGISTERED_DATE
        | facts::STAY_ASYLUM_DECISION_NOTIFIED_DATE
        | facts::IDENTIFICATION_REFERRAL_DATE
        | facts::DUBLIN_REQUEST_DATE
        | facts::DUBLIN_ACCEPTANCE_DATE
        | facts::DUBLIN_TRANSFER_DECISION_DATE
        | facts::REFLECTION_START_DATE
        | facts::COOPERATION_CONVICTION_DATE => (AnswerKind::Date, &[]),
        facts::PERSON_CLAIMED_AGE => (AnswerKind::Number, &[]),
        // The choices are the jurisdiction's regions: see `question`.
        facts::REGION => (AnswerKind::Choice, &[]),
        facts::PERSON_AGE_ASSESSMENT => (AnswerKind::AgeRange, &[]),
        facts::PERMITS => (AnswerKind::Permits, &[]),
        facts::IDENTIFICATION_STAGE => (AnswerKind::Choice, IdentificationStage::NAMES),
        facts::EXPLOITATION_FORMS => (AnswerKind::Choices, ExploitationForm::NAMES),
        facts::COOPERATION_PROCEEDINGS => (AnswerKind::Choice, ProceedingsStage::NAMES),
        facts::PROTECTION_NEEDS_PERSECUTION_GROUNDS => {
            (AnswerKind::Choices, ConventionGround::NAMES)
        }
        facts::STAY_STATUS => (AnswerKind::Choice, StayStatus::NAMES),
        // The same values the time limits filter on (law::model holds them to these).
        facts::STAY_ASYLUM_DECISION => (AnswerKind::Choice, AsylumDecision::NAMES),
        facts::STAY_ASYLUM_PROCEDURE => (AnswerKind::Choice, AsylumProcedure::NAMES),
        _ => (AnswerKind::YesNo, &[]),
    }
}

/// The sections of a case a form groups its questions in, in order (message ids
/// `widget-section-<name>`).
pub const SECTIONS: [&str; 6] = [
    "person",
    "identification",
    "stay",
    "cooperation",
    "risks",
    "dates",
];

/// The facts a form starts with, before the engine asks for more.
pub const FIRST_FACTS: [&str; 4] = [
    facts::PERSON_CITIZENSHIPS,
    facts::PERSON_DATE_OF_BIRTH,
    facts::IDENTIFICATION_STAGE,
    facts::STAY_STATUS,
];

/// The facts a form should ask next because of the answers given, though no pathway needs them:
/// the dates the timeline counts from (an asylum decision's notification, a referral, the Dublin
/// steps) once the case shows they exist.
pub fn follow_ups(case: &crate::case::Case) -> Vec<&'static str> {
    use crate::case::StayStatus;
    let mut out = Vec::new();
    let asylum = case.stay.asylum.as_ref();
    if asylum.is_some()
        || matches!(
            case.stay.status,
            Some(StayStatus::AsylumApplicant | StayStatus::RejectedAsylumApplicant)
        )
    {
        out.extend([
            facts::STAY_ASYLUM_PROCEDURE,
            facts::STAY_ASYLUM_DECISION,
            facts::STAY_ASYLUM_LODGED_DATE,
            facts::STAY_ASYLUM_DECISION_NOTIFIED_DATE,
        ]);
    }
    if case.identification.stage.is_some() {
        out.extend([
            facts::IDENTIFICATION_REFERRAL_DATE,
            facts::REFLECTION_START_DATE,
        ]);
    }
    let dublin = asylum.and_then(|a| a.procedure) == Some(crate::case::AsylumProcedure::Dublin)
        || case.dublin.other_state_responsible.0 == Some(true);
    if dublin {
        out.extend([
            facts::DUBLIN_REQUEST_DATE,
            facts::DUBLIN_ACCEPTANCE_DATE,
            facts::DUBLIN_TRANSFER_DECISION_DATE,
        ]);
    }
    out
}

/// The section `fact` belongs to: dates other than the date of birth together, the rest by the
/// part of the case they describe (needs, fears and return under "risks").
pub fn section(fact: &str) -> &'static str {
    if kind_of(fact).0 == AnswerKind::Date && !fact.starts_with("person.") {
        return "dates";
    }
    match fact.split('.').next().unwrap_or_default() {
        "person" => "person",
        "identification" => "identification",
        "stay" | "permits" | "region" => "stay",
        "cooperation" => "cooperation",
        "dublin" if fact.ends_with("Date") => "dates",
        _ => "risks",
    }
}

/// The message id of the question for `fact` (`q-cooperation-tiesSevered`).
pub fn question_id(fact: &str) -> String {
    format!("q-{}", fact.replace('.', "-"))
}

/// The questions for the facts the pathways and the timeline leave open, most decisive first
/// (the most pathways and dates an answer can change; ties in the order of the facts).
pub fn questions(
    locale: &str,
    jurisdiction: &str,
    facts: &[FactToEstablish],
    timeline: &[TimelineEntry],
) -> Vec<Question> {
    let mut by_fact: Vec<(String, Vec<String>, Vec<String>)> = facts
        .iter()
        .map(|f| (f.path.clone(), f.pathways.clone(), Vec::new()))
        .collect();
    for e in timeline {
        for fact in &e.facts_to_establish {
            match by_fact.iter_mut().find(|(p, _, _)| p == fact) {
                Some((_, _, d)) => {
                    if !d.contains(&e.id) {
                        d.push(e.id.clone());
                    }
                }
                None => by_fact.push((fact.clone(), Vec::new(), vec![e.id.clone()])),
            }
        }
    }
    // The date of the assessment is the case worker's to set, not a question for the person.
    by_fact.retain(|(fact, _, _)| fact != "asOf");
    crate::sort::sort_by_key(&mut by_fact, |(_, p, d)| {
        std::cmp::Reverse(p.len() + d.len())
    });
    by_fact
        .into_iter()
        .map(|(fact, pathways, deadlines)| {
            let count = |n: usize| Arg::Num(i64::try_from(n).unwrap_or(i64::MAX));
            let why = i18n::t(
                locale,
                "question-why",
                &[
                    ("pathways", count(pathways.len())),
                    ("deadlines", count(deadlines.len())),
                ],
            );
            Question {
                why,
                pathways,
                deadlines,
                ..question(locale, jurisdiction, &fact)
            }
        })
        .collect()
}

/// The question for `fact` in `locale`, whether or not it is open (the widget keeps a field on
/// the form once it was asked); `why`, `pathways` and `deadlines` are empty. `jurisdiction`
/// gives the choices of `region`: the regions of its holiday calendar, by their names there.
pub fn question(locale: &str, jurisdiction: &str, fact: &str) -> Question {
    let (answer, choices) = kind_of(fact);
    let option = |value: String, id: &str| AnswerOption {
        value,
        label: i18n::t(locale, id, &[]),
    };
    let options = match answer {
        AnswerKind::YesNo => vec![
            option("true".into(), "answer-yes"),
            option("false".into(), "answer-no"),
        ],
        // The regions' names in the locale's words where they are loaded (the widget asks
        // outside an assessment, so the locale of the law is set here).
        _ if fact == facts::REGION => {
            let words = i18n::locales().find(|l| *l == locale).unwrap_or("en");
            crate::law::in_words(words, || {
                crate::pack::law(jurisdiction)
                    .and_then(|e| e.calendar.as_ref())
                    .map(|c| {
                        c.regions
                            .iter()
                            .map(|r| AnswerOption {
                                value: format!("\"{}\"", r.code),
                                label: r.name.clone(),
                            })
                            .collect()
                    })
                    .unwrap_or_default()
            })
        }
        _ => choices
            .iter()
            .map(|c| {
                option(
                    format!("\"{c}\""),
                    &format!("opt-{}-{c}", fact.replace('.', "-")),
                )
            })
            .collect(),
    };
    Question {
        fact: fact.to_owned(),
        text: i18n::t(locale, &question_id(fact), &[]),
        why: String::new(),
        answer,
        options,
        skip: vec![
            option("\"unknown\"".into(), "answer-dont-know"),
            option("\"unknown\"".into(), "answer-prefer-not-to-say"),
        ],
        pathways: Vec::new(),
        deadlines: Vec::new(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use crate::case::Case;

    fn case(text: &str) -> Case {
        serde_json::from_str(text).expect("case")
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn answers_bring_the_dates_the_timeline_counts_from() {
        use super::follow_ups;
        let blank = case(r#"{"jurisdiction":"AT"}"#);
        assert!(follow_ups(&blank).is_empty());
        let rejected =
            case(r#"{"jurisdiction":"AT","stay":{"status":"rejected-asylum-applicant"}}"#);
        assert!(follow_ups(&rejected).contains(&"stay.asylum.decisionNotifiedDate"));
        assert!(!follow_ups(&rejected).contains(&"dublin.requestDate"));
        let dublin = case(r#"{"jurisdiction":"NL","stay":{"asylum":{"procedure":"dublin"}}}"#);
        assert!(follow_ups(&dublin).contains(&"dublin.acceptanceDate"));
        let referred = case(r#"{"jurisdiction":"FR","identification":{"stage":"referral"}}"#);
        assert_eq!(
            follow_ups(&referred),
            ["identification.referralDate", "reflection.startDate"]
        );
        // Every follow-up has its question's words and is answered with a date.
        for f in follow_ups(&case(
            r#"{"jurisdiction":"NL","identification":{"stage":"referral"},"stay":{"asylum":{"procedure":"dublin"}}}"#,
        )) {
            let q = super::question("de", "NL", f);
            assert!(!q.text.starts_with("q-"), "{f}");
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn the_region_is_chosen_from_the_jurisdictions_regions() {
        let q = super::question("en", "GB", crate::case::facts::REGION);
        let values: Vec<&str> = q.options.iter().map(|o| o.value.as_str()).collect();
        assert_eq!(
            values,
            ["\"GB-ENG\"", "\"GB-WLS\"", "\"GB-SCT\"", "\"GB-NIR\""]
        );
        assert_eq!(q.options[2].label, "Scotland");
        // In German, the regions' names from the law in German (src/law-words/de/).
        let de = super::question("de", "GB", crate::case::facts::REGION);
        assert_eq!(de.options[2].label, "Schottland");
        assert_eq!(super::section(crate::case::facts::REGION), "stay");
        // A country without regions in its calendar offers none to choose (only "don't know").
        assert!(super::question("en", "NL", crate::case::facts::REGION)
            .options
            .is_empty());
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn facts_fall_into_their_sections() {
        use super::section;
        assert_eq!(section("person.dateOfBirth"), "person");
        assert_eq!(section("stay.asylum.lodgedDate"), "dates");
        assert_eq!(section("dublin.requestDate"), "dates");
        assert_eq!(section("cooperation.willing"), "cooperation");
        assert_eq!(section("protectionNeeds.fearOfPersecution"), "risks");
        assert_eq!(section("permits"), "stay");
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn every_question_a_jurisdiction_can_ask_has_its_words_in_every_locale() {
        let codes: Vec<&str> = crate::law::profile_codes().collect();
        for code in codes {
            for extra in [
                "",
                r#","stay":{"asylum":{"decisionNotifiedDate":"2026-11-20"}},"dublin":{"acceptanceDate":"2026-09-01"}"#,
            ] {
                let c = case(&format!(
                    r#"{{"jurisdiction":"{code}","asOf":"2026-11-27"{extra}}}"#
                ));
                for locale in crate::i18n::locales() {
                    let a = crate::assess::assess_in(&c, locale).expect("assess");
                    assert!(!a.questions.is_empty(), "{code}: nothing to ask");
                    for q in &a.questions {
                        assert!(
                            !q.text.starts_with("q-"),
                            "{code} {locale}: no words for {}",
                            q.fact
                        );
                        for o in &q.options {
                            assert!(
                                !o.label.starts_with("opt-"),
                                "{code} {locale}: no words for {}",
                                o.value
                            );
                        }
                    }
                }
            }
        }
    }
}
