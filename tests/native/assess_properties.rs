//! Properties of `assess` over generated cases (proptest): learning a fact never reopens a
//! closed pathway or closes an open one, and no case makes the engine panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use protection_pathways::assess::PathwayState;
use protection_pathways::calendar::Date;
use protection_pathways::case::{
    Case, ConventionGround, Cooperation, Fact, Identification, IdentificationStage, Person,
    PersonalSituation, ProtectionNeeds,
};

/// The facts a generated case may know; `None` is unknown. Refining sets one `None`.
#[derive(Debug, Clone)]
struct Slots {
    jurisdiction: &'static str,
    citizenship: Option<&'static str>,
    age: Option<u8>,
    stage: Option<IdentificationStage>,
    facts: [Option<bool>; 12],
    grounds: Option<bool>,
}

fn build(s: &Slots) -> Case {
    let f = |i: usize| Fact(s.facts[i]);
    Case {
        jurisdiction: s.jurisdiction.to_owned(),
        region: None,
        as_of: Date::parse("2026-11-27").ok(),
        person: Person {
            citizenships: s
                .citizenship
                .map(|c| vec![c.to_owned()])
                .unwrap_or_default(),
            claimed_age: s.age,
            ..Person::default()
        },
        exploitation: Default::default(),
        trafficking_events: vec![],
        identification: Identification {
            stage: s.stage,
            ..Identification::default()
        },
        stay: Default::default(),
        reflection: Default::default(),
        cooperation: Cooperation {
            willing: f(0),
            complaint_filed: f(1),
            statement_made: f(2),
            presence_necessary: f(3),
            ties_severed: f(4),
            ..Cooperation::default()
        },
        personal_situation: PersonalSituation {
            health_needs: f(5),
            risk_of_reprisals: f(6),
            return_risk_assessed: f(7),
            ..PersonalSituation::default()
        },
        protection_needs: ProtectionNeeds {
            fear_of_persecution: f(8),
            serious_harm: f(9),
            internal_relocation_possible: f(10),
            persecution_grounds: if s.grounds == Some(true) {
                vec![ConventionGround::ParticularSocialGroup]
            } else {
                vec![]
            },
        },
        dublin: Default::default(),
        permits: vec![],
    }
}

fn stage() -> impl Strategy<Value = Option<IdentificationStage>> {
    prop::option::of(prop_oneof![
        Just(IdentificationStage::None),
        Just(IdentificationStage::Indicators),
        Just(IdentificationStage::Referral),
        Just(IdentificationStage::ReasonableGrounds),
        Just(IdentificationStage::Conclusive),
    ])
}

fn slots() -> impl Strategy<Value = Slots> {
    (
        prop_oneof![Just("EU"), Just("COE")],
        prop::option::of(prop_oneof![Just("NG"), Just("RO"), Just("GB"), Just("MD")]),
        prop::option::of(0u8..=80),
        stage(),
        prop::array::uniform12(prop::option::of(any::<bool>())),
        prop::option::of(Just(true)),
    )
        .prop_map(
            |(jurisdiction, citizenship, age, stage, facts, grounds)| Slots {
                jurisdiction,
                citizenship,
                age,
                stage,
                facts,
                grounds,
            },
        )
}

/// Every way to learn one more fact about `s`.
fn refinements(s: &Slots) -> Vec<Slots> {
    let mut out = Vec::new();
    if s.citizenship.is_none() {
        for c in ["NG", "RO"] {
            out.push(Slots {
                citizenship: Some(c),
                ..s.clone()
            });
        }
    }
    if s.age.is_none() {
        for a in [15, 30] {
            out.push(Slots {
                age: Some(a),
                ..s.clone()
            });
        }
    }
    if s.stage.is_none() {
        for st in [
            IdentificationStage::Indicators,
            IdentificationStage::Conclusive,
        ] {
            out.push(Slots {
                stage: Some(st),
                ..s.clone()
            });
        }
    }
    for i in 0..s.facts.len() {
        if s.facts[i].is_none() {
            for v in [true, false] {
                let mut r = s.clone();
                r.facts[i] = Some(v);
                out.push(r);
            }
        }
    }
    if s.grounds.is_none() {
        out.push(Slots {
            grounds: Some(true),
            ..s.clone()
        });
    }
    out
}

fn allowed(before: PathwayState, after: PathwayState) -> bool {
    use PathwayState::*;
    match before {
        Available => after == Available,
        Unavailable => matches!(after, Unavailable | NotApplicable),
        NotApplicable => after == NotApplicable,
        Possible => true,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn learning_a_fact_never_reopens_or_closes_the_wrong_way(s in slots()) {
        let before = protection_pathways::assess(&build(&s)).expect("generated cases are valid");
        for r in refinements(&s) {
            let after = protection_pathways::assess(&build(&r)).expect("refined cases are valid");
            for (b, a) in before.pathways.iter().zip(&after.pathways) {
                prop_assert_eq!(&b.id, &a.id);
                prop_assert!(allowed(b.state, a.state), "{}: {:?} → {:?} when learning {:?} → {:?}", b.id, b.state, a.state, s, r);
            }
        }
    }

    #[test]
    fn the_summary_states_are_the_full_assessments_states(s in slots()) {
        let case = build(&s);
        let full = protection_pathways::assess(&case).expect("valid");
        let summary = protection_pathways::assess::pathway_states(&case).expect("valid");
        let full: Vec<(&str, PathwayState)> = full.pathways.iter().map(|p| (p.id.as_str(), p.state)).collect();
        prop_assert_eq!(full, summary);
    }

    #[test]
    fn a_possible_pathway_names_what_to_establish(s in slots()) {
        let a = protection_pathways::assess(&build(&s)).expect("valid");
        for p in &a.pathways {
            if p.state == PathwayState::Possible {
                let state_choice = p.reasons.iter().any(|r| r.text.contains("leaves to the state"));
                prop_assert!(!p.facts_to_establish.is_empty() || state_choice, "{} is possible but names no fact", p.id);
            }
        }
    }
}

/// A case with dates for every time limit, in any jurisdiction.
fn dated_case() -> impl Strategy<Value = Case> {
    let day = (2010i16..=2032, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| {
        protection_pathways::calendar::Date::new(y, m, d).expect("a real date")
    });
    (
        prop::sample::select(vec!["AT", "NL", "FR", "ES", "RS", "MD", "EU", "COE"]),
        prop::collection::vec(day, 8),
        prop::sample::select(vec!["regular", "accelerated", "border", "admissibility", "dublin"]),
        prop::sample::select(vec!["rejected", "inadmissible", "subsidiary-protection", "pending"]),
        prop::sample::select(vec!["true", "false", "\"unknown\""]),
    )
        .prop_map(|(j, d, procedure, decision, dublin)| {
            let text = format!(
                r#"{{"jurisdiction":"{j}","asOf":"{}","person":{{"dateOfBirth":"{}"}},
                "identification":{{"referralDate":"{}"}},"reflection":{{"startDate":"{}"}},
                "dublin":{{"otherStateResponsible":{dublin},"acceptanceDate":"{}","transferDecisionDate":"{}"}},
                "stay":{{"asylum":{{"lodgedDate":"{}","registeredDate":"{}","procedure":"{procedure}","decision":"{decision}","decisionNotifiedDate":"{}"}}}},
                "permits":[{{"from":"{}","until":"{}"}}]}}"#,
                d[0], d[1].add_days(-6000).unwrap_or(d[1]), d[2], d[3], d[4], d[5], d[6], d[6], d[7], d[2].min(d[5]), d[0].max(d[5])
            );
            serde_json::from_str(&text).expect("a valid case")
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn the_timeline_is_ordered_cited_and_consistent(case in dated_case()) {
        let Ok(a) = protection_pathways::assess(&case) else { return Ok(()) };
        let dates: Vec<_> = a.timeline.iter().map(|e| e.date).collect();
        prop_assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
        for e in &a.timeline {
            if let Some(key) = &e.provision {
                prop_assert!(a.provisions.contains_key(key), "{} cites {key}", e.id);
            }
            if let Some(from) = e.from {
                // A time limit ends after its event; a validity on or after its first day.
                prop_assert!(e.date >= from, "{}: {} before {}", e.id, e.date, from);
            }
            if let Some(alt) = &e.alternative {
                prop_assert!(alt.date > e.date, "{}: the alternative must end later", e.id);
                prop_assert!(e.earliest_possible, "{}: an alternative means the date is the earliest", e.id);
            }
            let as_of = case.as_of.expect("asOf given");
            prop_assert_eq!(e.days_remaining, Some(as_of.days_until(e.date)));
            // An entry without a known period is dated on the notification as a placeholder:
            // never "overdue", and never called the last day.
            let placeholder = e.from.is_some() && e.period.is_none();
            prop_assert_eq!(e.overdue, e.kind == protection_pathways::law::model::TimelineKind::ActBy && e.date < as_of && !placeholder);
            if placeholder {
                prop_assert!(e.label.contains("at once"), "{}: {}", e.id, e.label);
            }
            prop_assert!(!e.steps.is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_same_case_in_two_locales_differs_only_in_text(case in dated_case(), locale in prop::sample::select(vec!["de", "fr", "es", "nl", "sr-Latn", "ro"])) {
        let (Ok(en), Ok(other)) = (
            protection_pathways::assess::assess_in(&case, "en"),
            protection_pathways::assess::assess_in(&case, locale),
        ) else { return Ok(()) };
        prop_assert_eq!(&other.locale, locale);
        let states = |a: &protection_pathways::Assessment| a.pathways.iter().map(|p| (p.id.clone(), p.state)).collect::<Vec<_>>();
        prop_assert_eq!(states(&en), states(&other));
        let dates = |a: &protection_pathways::Assessment| a.timeline.iter().map(|e| (e.id.clone(), e.date, e.earliest_possible)).collect::<Vec<_>>();
        prop_assert_eq!(dates(&en), dates(&other));
        let asked = |a: &protection_pathways::Assessment| a.questions.iter().map(|q| (q.fact.clone(), q.answer, q.options.iter().map(|o| o.value.clone()).collect::<Vec<_>>())).collect::<Vec<_>>();
        prop_assert_eq!(asked(&en), asked(&other));
        let guided = |a: &protection_pathways::Assessment| (
            a.guidance.ranked.iter().map(|r| r.pathway.clone()).collect::<Vec<_>>(),
            a.guidance.steps.iter().map(|s| (s.id.clone(), s.provisions.clone(), s.contacts.clone())).collect::<Vec<_>>(),
            a.guidance.contacts.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
        );
        prop_assert_eq!(guided(&en), guided(&other));
        for s in en.guidance.steps.iter().chain(&other.guidance.steps) {
            prop_assert!(!s.title.starts_with("guidance-") && !s.text.starts_with("guidance-"), "{:?}", s);
        }
        for p in en.pathways.iter().chain(&other.pathways) {
            prop_assert!(!p.explanation.contains("explanation-") && !p.explanation.contains("cond-"), "{}", p.explanation);
            prop_assert!(!p.label.starts_with("channel-"), "{}", p.label);
            prop_assert!(p.local_name.is_empty() || p.label.contains(&p.local_name), "the legal name stays beside the translation: {}", p.label);
            for r in &p.reasons {
                prop_assert!(!r.text.starts_with("reason-") && !r.text.contains("cond-"), "{}", r.text);
            }
        }
        let alternatives = |a: &protection_pathways::Assessment| a.pathways.iter().map(|p| p.alternative.as_ref().map(|x| (x.state, x.rests_on.clone()))).collect::<Vec<_>>();
        prop_assert_eq!(alternatives(&en), alternatives(&other));
        let counted = |a: &protection_pathways::Assessment| a.timeline.iter().map(|e| (
            e.steps.iter().map(|s| (s.code.clone(), s.date)).collect::<Vec<_>>(),
            e.assumptions.iter().map(|x| x.code.clone()).collect::<Vec<_>>(),
            e.alternative.as_ref().map(|x| x.date),
            e.detail.is_some(),
        )).collect::<Vec<_>>();
        prop_assert_eq!(counted(&en), counted(&other));
        // Every text the engine writes is in the locale: a missing message would show its id,
        // an unfilled variable its name.
        let leaks = |t: &str| ["{$", "step-", "assume-", "reading-", "why-", "timeline-", "child-basis-", "pathway-alternative", "weekday-", "month-", "period-amount"].iter().any(|m| t.contains(m));
        for e in en.timeline.iter().chain(&other.timeline) {
            prop_assert!(!leaks(&e.label), "{}", e.label);
            for t in e.steps.iter().map(|s| &s.text).chain(e.assumptions.iter().map(|a| &a.text)).chain(e.alternative.iter().map(|a| &a.reading)) {
                prop_assert!(!leaks(t), "{}", t);
            }
        }
        prop_assert!(!leaks(&other.person.child_basis), "{}", other.person.child_basis);
        for p in &other.pathways {
            if let Some(alt) = &p.alternative {
                prop_assert!(!leaks(&alt.reading) && alt.state != p.state, "{:?}", alt);
            }
        }
        for (e, o) in en.timeline.iter().zip(&other.timeline) {
            if !e.steps.is_empty() {
                prop_assert_ne!(&e.steps[0].text, &o.steps[0].text, "{} is not translated", e.id);
            }
        }
        for q in en.questions.iter().chain(&other.questions) {
            // A missing message would show its id.
            prop_assert!(!q.text.starts_with("q-") && !q.why.starts_with("question-"), "{:?}", q);
            prop_assert!(q.options.iter().chain(&q.skip).all(|o| !o.label.starts_with("opt-") && !o.label.starts_with("answer-")), "{:?}", q);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The lean details are projections: the same states, dates and citations as the full
    /// result, only without the texts.
    #[test]
    fn decision_and_states_say_what_the_full_result_says(case in dated_case(), locale in prop::sample::select(vec!["en", "de", "ro"])) {
        use protection_pathways::assess::{assess_at, lean::{AssessDetail, AssessResult}};
        let Ok(full) = protection_pathways::assess::assess_in(&case, locale) else { return Ok(()) };
        let Ok(AssessResult::Decision(d)) = assess_at(&case, locale, AssessDetail::Decision) else {
            return Err(TestCaseError::fail("no decision"));
        };
        let Ok(AssessResult::States(s)) = assess_at(&case, locale, AssessDetail::States) else {
            return Err(TestCaseError::fail("no states"));
        };
        let full_states: Vec<_> = full.pathways.iter().map(|p| (p.id.clone(), p.state, p.status)).collect();
        prop_assert_eq!(&full_states, &d.pathways.iter().map(|p| (p.id.clone(), p.state, p.status)).collect::<Vec<_>>());
        prop_assert_eq!(full.pathways.iter().map(|p| (p.id.clone(), p.state)).collect::<Vec<_>>(), s.pathways.iter().map(|p| (p.id.clone(), p.state)).collect::<Vec<_>>());
        let full_dates: Vec<_> = full.timeline.iter().map(|e| (e.id.clone(), e.date, e.earliest_possible)).collect();
        prop_assert_eq!(&full_dates, &d.timeline.iter().map(|e| (e.id.clone(), e.date, e.earliest_possible)).collect::<Vec<_>>());
        prop_assert_eq!(&full_dates, &s.timeline.iter().map(|e| (e.id.clone(), e.date, e.earliest_possible)).collect::<Vec<_>>());
        for e in &d.timeline {
            let f = full.timeline.iter().find(|x| x.id == e.id).expect("same entries");
            prop_assert_eq!(e.alternative, f.alternative.as_ref().map(|a| a.date));
            prop_assert_eq!(&e.provision, &f.provision);
        }
        // Every provision the decision cites is in its table, as in the full one's.
        for p in &d.pathways {
            for key in std::iter::once(&p.basis).chain(p.conditions.iter().map(|c| &c.provision)) {
                prop_assert!(d.provisions.contains_key(key), "{} not cited", key);
                prop_assert_eq!(d.provisions[key].status, full.provisions[key].status);
            }
        }
        // And it is far smaller.
        let full_json = serde_json::to_string(&full).expect("json");
        let decision_json = serde_json::to_string(&d).expect("json");
        prop_assert!(decision_json.len() * 2 < full_json.len(), "{} vs {}", decision_json.len(), full_json.len());
        prop_assert!(!decision_json.contains("\"says\""));
    }
}

/// A case whose yes/no facts are each answered true, false, or left out (and the proceedings'
/// stage and a conviction's date given or not), with the paths answered.
fn answered_case() -> impl Strategy<Value = (Case, Vec<String>)> {
    const FACTS: &[&str] = &[
        "cooperation.willing",
        "cooperation.complaintFiled",
        "cooperation.statementMade",
        "cooperation.presenceNecessary",
        "cooperation.tiesSevered",
        "cooperation.civilClaims",
        "cooperation.conviction",
        "reflection.consent",
        "protectionNeeds.fearOfPersecution",
        "protectionNeeds.seriousHarm",
        "person.unaccompanied",
        "person.stateless",
        "personalSituation.healthNeeds",
    ];
    (
        prop::sample::select(vec!["AT", "NL", "FR", "ES", "RS", "MD", "EU", "COE"]),
        prop::collection::vec(prop::option::of(any::<bool>()), FACTS.len()),
        prop::sample::select(vec!["NG", "RO", "UA", "AT"]),
        prop::sample::select(vec!["indicators", "reasonable-grounds", "conclusive"]),
        1990i16..=2012,
        // The stage of the proceedings and the date a conviction became final, which decide
        // with the conviction whether it is final (FR L425-3).
        prop::option::of(prop::sample::select(vec![
            "none",
            "investigation",
            "prosecution",
            "trial",
            "concluded",
            "discontinued",
        ])),
        any::<bool>(),
    )
        .prop_map(|(j, answers, citizen, stage, born, proceedings, dated)| {
            let mut sections: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
            let mut answered = Vec::new();
            for (path, answer) in FACTS.iter().zip(&answers) {
                if let Some(a) = answer {
                    let (section, field) = path.split_once('.').expect("section.field");
                    sections.entry(section).or_default().push(format!("\"{field}\":{a}"));
                    answered.push((*path).to_owned());
                }
            }
            if let Some(p) = proceedings {
                sections.entry("cooperation").or_default().push(format!("\"proceedings\":\"{p}\""));
                answered.push("cooperation.proceedings".to_owned());
            }
            if dated {
                sections.entry("cooperation").or_default().push("\"convictionDate\":\"2026-05-04\"".to_owned());
                answered.push("cooperation.convictionDate".to_owned());
            }
            let person = sections.remove("person").unwrap_or_default();
            let mut parts = vec![format!(
                r#""person":{{"citizenships":["{citizen}"],"dateOfBirth":"{born}-03-04"{}{}}}"#,
                if person.is_empty() { "" } else { "," },
                person.join(",")
            )];
            for (section, fields) in sections {
                parts.push(format!("\"{section}\":{{{}}}", fields.join(",")));
            }
            let text = format!(
                r#"{{"jurisdiction":"{j}","asOf":"2026-11-27","identification":{{"stage":"{stage}"}},{}}}"#,
                parts.join(",")
            );
            (serde_json::from_str(&text).expect("a valid case"), answered)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Answered facts are never "not known": a condition left unknown names a fact the case did
    /// not answer, and no question asks again what was answered (issue 18, item 1).
    #[test]
    fn an_unknown_condition_names_a_fact_not_answered((case, answered) in answered_case()) {
        let Ok(a) = protection_pathways::assess::assess_in(&case, "en") else { return Ok(()) };
        for p in &a.pathways {
            for r in &p.reasons {
                // A condition no case fact decides (a choice the law leaves to the authority)
                // names none; one that names facts must name one still open.
                if r.met == protection_pathways::logic::Truth::Unknown && !r.facts.is_empty() {
                    prop_assert!(
                        r.facts.iter().any(|f| !answered.contains(f)),
                        "{} in {}: '{}' is unknown, but every fact it names was answered: {:?}",
                        p.id, case.jurisdiction, r.text, r.facts
                    );
                }
            }
            for f in &p.facts_to_establish {
                prop_assert!(!answered.contains(f), "{}: asks to establish {f}, which was answered", p.id);
            }
        }
        for q in &a.questions {
            prop_assert!(!answered.contains(&q.fact), "the question '{}' asks again what was answered", q.text);
        }
    }
}
