//! Properties that must hold for every input, checked with generated inputs (proptest).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use protection_pathways::calendar::{Date, Period, PeriodUnit};
use protection_pathways::input::Value;
use protection_pathways::{compute_deadline, compute_deadline_value, DeadlineRequest, ErrorCode};

fn date() -> impl Strategy<Value = Date> {
    (1900i16..=2199, 1i8..=12, 1i8..=31)
        .prop_filter_map("a real date", |(y, m, d)| Date::new(y, m, d).ok())
}

fn unit() -> impl Strategy<Value = PeriodUnit> {
    prop_oneof![
        Just(PeriodUnit::Days),
        Just(PeriodUnit::Weeks),
        Just(PeriodUnit::Months),
        Just(PeriodUnit::Years),
        Just(PeriodUnit::WorkingDays),
    ]
}

fn request(from: Date, amount: u32, unit: PeriodUnit) -> Option<DeadlineRequest> {
    Some(DeadlineRequest {
        jurisdiction: "EU".into(),
        from,
        period: Period::new(amount, unit).ok()?,
        kind: None,
        rule: None,
        region: None,
        locale: None,
    })
}

/// Any JSON-like value, a few levels deep, biased towards the fields the API reads.
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Undefined),
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(Value::Number),
        prop_oneof![
            Just("EU".to_owned()),
            Just("2026-01-31".to_owned()),
            Just("P1M".to_owned()),
            Just("time-limit".to_owned()),
            ".{0,12}"
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        let key = prop_oneof![
            Just("jurisdiction".to_owned()),
            Just("from".to_owned()),
            Just("period".to_owned()),
            Just("workingDays".to_owned()),
            Just("kind".to_owned()),
            Just("rule".to_owned()),
            Just("region".to_owned()),
            Just("country".to_owned()),
            Just("year".to_owned()),
            Just("person".to_owned()),
            Just("citizenships".to_owned()),
            Just("identification".to_owned()),
            Just("stage".to_owned()),
            Just("asOf".to_owned()),
            "[a-z]{1,6}"
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((key, inner), 0..7).prop_map(Value::Object),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn a_deadline_is_after_its_event_and_on_a_working_day(from in date(), amount in 1u32..800, unit in unit()) {
        let Some(req) = request(from, amount, unit) else { return Ok(()) };
        match compute_deadline(&req) {
            Ok(d) => {
                prop_assert!(d.date > from);
                // Reg. 1182/71 art. 3(4) moves a last day off Saturdays and Sundays.
                prop_assert!(!d.date.is_weekend(), "{} ends on {}", req.period, d.date);
                prop_assert_eq!(d.steps.last().map(|s| s.date), Some(d.date));
            }
            Err(e) => prop_assert_eq!(e.code(), ErrorCode::OutOfRange),
        }
    }

    #[test]
    fn a_longer_period_never_ends_earlier(from in date(), amount in 1u32..400, unit in unit()) {
        let (Some(short), Some(long)) = (request(from, amount, unit), request(from, amount + 1, unit)) else {
            return Ok(());
        };
        if let (Ok(a), Ok(b)) = (compute_deadline(&short), compute_deadline(&long)) {
            prop_assert!(b.date >= a.date, "{} → {}, {} → {}", short.period, a.date, long.period, b.date);
        }
    }

    #[test]
    fn the_same_request_gives_the_same_answer(from in date(), amount in 1u32..400, unit in unit()) {
        let Some(req) = request(from, amount, unit) else { return Ok(()) };
        prop_assert_eq!(compute_deadline(&req), compute_deadline(&req));
    }

    #[test]
    fn no_value_makes_the_engine_panic(v in value()) {
        // Any outcome but a panic; errors are never internal.
        if let Err(e) = compute_deadline_value(&v) {
            prop_assert_ne!(e.code(), ErrorCode::Internal, "{}", e);
            prop_assert!(!e.message().is_empty());
        }
        if let Err(e) = protection_pathways::jurisdictions_value(&v) {
            prop_assert_ne!(e.code(), ErrorCode::Internal, "{}", e);
        }
        for result in [
            protection_pathways::assess_value(&v, &Value::Undefined).map(|_| ()),
            protection_pathways::assess_value(&Value::Object(vec![("jurisdiction".into(), Value::String("NL".into()))]), &v).map(|_| ()),
            protection_pathways::assess_many_value(&Value::Array(vec![v.clone(), v.clone()]), &Value::Undefined).map(|_| ()),
            protection_pathways::jurisdiction_value(&v, &Value::Undefined).map(|_| ()),
            protection_pathways::holidays_value(&v).map(|_| ()),
            protection_pathways::to_icalendar_value(&v, &Value::Undefined).map(|_| ()),
        ] {
            if let Err(e) = result {
                prop_assert_ne!(e.code(), ErrorCode::Internal, "{}", e);
            }
        }
    }

    #[test]
    fn dates_and_periods_parse_any_text_without_panicking(text in "\\PC{0,16}") {
        let _ = Date::parse(&text);
        let _ = Period::parse_iso(&text);
    }

    #[test]
    fn period_like_text_never_panics(digits in "[0-9]{0,12}", tail in "\\PC{0,4}", head in "P?") {
        // Regression: "P1\u{a0}D" panicked on a byte slice (the review of the input pipeline
        // found it). Generate text
        // that gets past the digits and then holds any characters, where the bug lived.
        let text = format!("{head}{digits}{tail}");
        match Period::parse_iso(&text) {
            Ok(p) => prop_assert!(p.amount() >= 1),
            Err(e) => prop_assert!(matches!(e.code, ErrorCode::InvalidPeriod | ErrorCode::OutOfRange)),
        }
    }

    #[test]
    fn valid_dates_round_trip(d in date()) {
        prop_assert_eq!(Date::parse(&d.to_string()), Ok(d));
        prop_assert_eq!(d.add_days(1).map(|n| d.days_until(n)), d.add_days(1).map(|_| 1));
    }
}

/// Where a time limit can be counted: a jurisdiction, a rule, and a place for the holidays.
fn place() -> impl Strategy<Value = (&'static str, Option<&'static str>, Option<&'static str>)> {
    prop::sample::select(vec![
        ("AT", None, None),
        ("NL", None, None),
        ("FR", None, None),
        ("FR", None, Some("FR-57")),
        ("ES", None, None),
        ("ES", None, Some("ES-MD")),
        ("ES", None, Some("ES-CT")),
        ("ES", None, Some("ES-AN")),
        ("RS", None, None),
        ("MD", None, None),
        ("EU", None, None),
        ("EU", None, Some("AT")),
        ("EU", None, Some("DE-BY")),
        ("EU", None, Some("DE-BE")),
        ("EU", None, Some("GB-SCT")),
        ("EU", None, Some("GB-NIR")),
        ("EU", None, Some("IE")),
        ("EU", None, Some("IT")),
        ("EU", None, Some("BE")),
        ("EU", Some("apr-2024-1348-art-73"), Some("NL")),
        ("EU", Some("ammr-2024-1351-art-75"), Some("ES-MD")),
        ("EU", Some("dublin-604-2013-art-42"), None),
    ])
}

fn recent_date() -> impl Strategy<Value = Date> {
    (1985i16..=2105, 1i8..=12, 1i8..=31)
        .prop_filter_map("a real date", |(y, m, d)| Date::new(y, m, d).ok())
}

fn placed(
    (jurisdiction, rule, region): (&str, Option<&str>, Option<&str>),
    from: Date,
    amount: u32,
    unit: PeriodUnit,
    kind: Option<protection_pathways::calendar::DeadlineKind>,
) -> Option<DeadlineRequest> {
    Some(DeadlineRequest {
        jurisdiction: jurisdiction.into(),
        from,
        period: Period::new(amount, unit).ok()?,
        kind,
        rule: rule.map(Into::into),
        region: region.map(Into::into),
        locale: None,
    })
}

/// Whether `date` is a working day under the request's rule: not one of its weekend days, not a
/// holiday of its calendar (with the deadline-only days it names).
fn is_working_day(req: &DeadlineRequest, date: Date) -> bool {
    let profile = protection_pathways::law::profile(&req.jurisdiction, "j").expect("profile");
    let id = req
        .rule
        .clone()
        .unwrap_or_else(|| profile.default_counting_rule.clone());
    let rule = profile
        .counting_rules
        .iter()
        .find(|r| r.id == id)
        .expect("rule");
    let weekday = protection_pathways::calendar::weekday_name(date.weekday()).to_ascii_lowercase();
    if rule
        .working_days
        .weekend
        .iter()
        .any(|d| d.as_str() == weekday)
    {
        return false;
    }
    let calendar =
        protection_pathways::calendar::calendar_for(profile, rule, req.region.as_deref())
            .expect("calendar");
    calendar.is_none_or(|c| c.holiday_on(date).is_none())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_500))]

    #[test]
    fn a_time_limit_that_rolls_ends_on_a_working_day(p in place(), from in recent_date(), amount in 1u32..120, unit in unit()) {
        let Some(req) = placed(p, from, amount, unit, None) else { return Ok(()) };
        let Ok(d) = compute_deadline(&req) else { return Ok(()) };
        prop_assert!(d.date > from);
        prop_assert_eq!(d.steps.last().map(|s| s.date), Some(d.date));
        let rolls = d.steps.iter().all(|s| s.code != "rule-not-applicable")
            && protection_pathways::law::profile(p.0, "j").ok().and_then(|prof| {
                let id = p.1.map_or(prof.default_counting_rule.as_str(), |r| r);
                prof.counting_rules.iter().find(|r| r.id == id)
            }).is_some_and(|r| !r.last_day_roll.is_empty());
        if rolls {
            prop_assert!(is_working_day(&req, d.date), "{:?} {} {} ends on {}", p, from, req.period, d.date);
        }
        if let Some(alt) = &d.alternative {
            // Counting an event day whose exclusion is unverified, a 1-day period ends on it.
            prop_assert!(alt.date < d.date && alt.date >= from, "{:?}", alt);
        }
        for h in &d.holidays {
            prop_assert!(h.date > from && h.date <= d.date, "{:?}", h);
        }
    }

    #[test]
    fn a_longer_period_never_ends_earlier_anywhere(p in place(), from in recent_date(), amount in 1u32..120, unit in unit()) {
        let (Some(short), Some(long)) = (placed(p, from, amount, unit, None), placed(p, from, amount + 1, unit, None)) else {
            return Ok(());
        };
        if let (Ok(a), Ok(b)) = (compute_deadline(&short), compute_deadline(&long)) {
            // Except where the longer period leaves the rule's scope: the Atw (art. 4(a)) extends
            // a period of 90 days ending on a holiday but not one of 91 days, which can then end
            // earlier (from 29 December 2001: 90 days → Tuesday 2 April 2002 after Good Friday and
            // Easter, 91 days → Saturday 30 March). That is the law, not a defect.
            let out_of_scope = |d: &protection_pathways::calendar::Deadline| {
                d.steps.iter().any(|s| s.code == "rule-not-applicable")
            };
            if out_of_scope(&b) && !out_of_scope(&a) {
                prop_assert!(b.date >= a.date.add_days(-3).expect("date"), "{:?}", (a.date, b.date));
            } else {
                prop_assert!(b.date >= a.date, "{:?}: {} → {}, {} → {}", p, short.period, a.date, long.period, b.date);
            }
        }
    }

    #[test]
    fn a_validity_counts_its_first_day_and_never_moves(p in place(), from in recent_date(), amount in 1u32..60, unit in unit()) {
        use protection_pathways::calendar::DeadlineKind;
        let Some(before) = from.add_days(-1) else { return Ok(()) };
        let (Some(validity), Some(limit)) = (
            placed(p, from, amount, unit, Some(DeadlineKind::Validity)),
            placed(p, before, amount, unit, Some(DeadlineKind::TimeLimit)),
        ) else { return Ok(()) };
        let (Ok(v), Ok(t)) = (compute_deadline(&validity), compute_deadline(&limit)) else { return Ok(()) };
        // The time limit's end before any move (its counting step) is the validity's last day;
        // nothing moves a validity. Where a time limit's days are working days (Spain), a
        // validity's days stay calendar days: n days counting the first end n - 1 days later.
        let days_are_working = t.steps.iter().any(|s| s.code == "days-are-working-days");
        if days_are_working && unit == PeriodUnit::Days {
            prop_assert_eq!(Some(v.date), from.add_days(i32::try_from(amount).unwrap_or(0) - 1));
        } else if matches!(unit, PeriodUnit::Months | PeriodUnit::Years) {
            // Months and years: the day before the same date n months after the first day, or
            // that month's last day where the date does not exist (1 Mar + 1 month → 31 Mar).
            let months = if unit == PeriodUnit::Years { amount * 12 } else { amount };
            let Some((same, clamped)) = from.add_months_clamped(months) else { return Ok(()) };
            let expected = if clamped { Some(same) } else { same.add_days(-1) };
            prop_assert_eq!(Some(v.date), expected);
        } else {
            let counted = t.steps.iter().rfind(|s| s.code == "count" || s.code == "month-end").map(|s| s.date);
            prop_assert_eq!(Some(v.date), counted);
            prop_assert!(v.date <= t.date);
        }
        prop_assert!(v.date >= from);
        prop_assert!(v.steps.iter().all(|s| s.code != "roll" && s.code != "minimum-working-days"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// A deadline in another language differs only in words: the same dates, step codes,
    /// citations, holidays and statuses; and every step is written in that language (no message
    /// id or unfilled variable shows).
    #[test]
    fn a_deadline_in_any_language_differs_only_in_words(p in place(), from in recent_date(), amount in 1u32..120, unit in unit()) {
        let Some(req) = placed(p, from, amount, unit, None) else { return Ok(()) };
        let Ok(en) = compute_deadline(&req) else { return Ok(()) };
        for locale in ["de", "fr", "es", "nl", "sr-Latn", "ro"] {
            let other = compute_deadline(&DeadlineRequest { locale: Some(locale.into()), ..req.clone() })
                .expect("the same request");
            prop_assert_eq!(other.date, en.date);
            // Holiday names may be translated (src/law-words); the days are the same.
            let days = |d: &protection_pathways::calendar::Deadline| {
                d.holidays.iter().map(|h| (h.date, h.id.clone(), h.scope, h.status)).collect::<Vec<_>>()
            };
            prop_assert_eq!(days(&other), days(&en));
            prop_assert_eq!(other.rule.status, en.rule.status);
            prop_assert_eq!(other.alternative.as_ref().map(|a| a.date), en.alternative.as_ref().map(|a| a.date));
            // The same steps citing the same provisions; what a provision says may be in the
            // locale's words, and then it says so.
            let codes = |d: &protection_pathways::calendar::Deadline| {
                d.steps.iter().map(|s| (s.code.clone(), s.date, s.citation.as_ref().map(|c| (c.instrument.clone(), c.article.clone(), c.url.clone(), c.status, c.source.clone())))).collect::<Vec<_>>()
            };
            prop_assert_eq!(codes(&other), codes(&en));
            for (s, e) in other.steps.iter().zip(&en.steps) {
                if let (Some(c), Some(ec)) = (&s.citation, &e.citation) {
                    prop_assert!(ec.translation.is_none());
                    prop_assert_eq!(c.says != ec.says, c.translation.is_some(), "{}: {}", locale, c.says);
                }
            }
            let a_codes = |d: &protection_pathways::calendar::Deadline| {
                d.assumptions.iter().map(|a| a.code.clone()).collect::<Vec<_>>()
            };
            prop_assert_eq!(a_codes(&other), a_codes(&en));
            for (s, e) in other.steps.iter().zip(&en.steps) {
                prop_assert_ne!(&s.text, &e.text, "{} step {} is not translated", locale, s.code);
                prop_assert!(!s.text.contains("{$") && !s.text.contains("step-"), "{}", s.text);
            }
            for a in &other.assumptions {
                prop_assert!(!a.text.contains("{$") && !a.text.contains("assume-"), "{}", a.text);
            }
        }
    }
}
