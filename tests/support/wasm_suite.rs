//! The wasm test suite, compiled into two test crates: `wasm_node.rs` runs it in Node,
//! `wasm_browser.rs` in headless Chromium. It calls the exported `#[wasm_bindgen]` functions
//! with real JS values, so it tests the boundary itself, not just the core.

use js_sys::{Array, Function, Object, Reflect, JSON};
use protection_pathways::wasm;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

#[path = "cases.rs"]
mod cases;

mod packs {
    // The packs the npm package ships: the wasm carries none, so the suite loads them all, as
    // `init()` with no options does (tests/wasm_packs.rs checks what happens before).
    include!(concat!(env!("OUT_DIR"), "/packs_embedded.rs"));

    pub fn load_all() {
        for (file, bytes) in EMBEDDED {
            protection_pathways::wasm::load_pack(bytes)
                .unwrap_or_else(|e| panic!("{file} does not load: {e:?}"));
        }
    }
}

fn json(text: &str) -> JsValue {
    JSON::parse(text).expect("test JSON parses")
}

fn to_json(value: &JsValue) -> serde_json::Value {
    let text: String = JSON::stringify(value).expect("results are JSON").into();
    serde_json::from_str(&text).expect("stringified JSON parses")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// The error contract: a JS Error named ProtectionPathwaysError with a known code and a path.
fn error_parts(error: &JsValue) -> (String, String, String) {
    assert!(
        error.is_instance_of::<js_sys::Error>(),
        "thrown value is not an Error: {error:?}"
    );
    assert_eq!(
        get(error, "name").as_string().as_deref(),
        Some("ProtectionPathwaysError")
    );
    let code = get(error, "code").as_string().expect("code is text");
    let known = to_json(&wasm::error_codes().expect("errorCodes"));
    assert!(
        known
            .as_array()
            .is_some_and(|k| k.iter().any(|c| c == code.as_str())),
        "unknown code {code}"
    );
    let path = get(error, "path").as_string().expect("path is text");
    let message = get(error, "message").as_string().expect("message is text");
    (code, path, message)
}

#[wasm_bindgen_test]
fn conformance_cases_hold_through_wasm() {
    packs::load_all();
    let failures = cases::run_all(|kind, input| {
        let js = json(&input.to_string());
        let result = match kind {
            "assess" => wasm::assess(js, None),
            _ => wasm::compute_deadline(js),
        };
        result.map(|out| to_json(&out)).map_err(|e| error_parts(&e))
    });
    assert!(cases::CASES.len() >= 30);
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[wasm_bindgen_test]
fn an_assessment_exports_to_icalendar_and_bad_input_names_the_field() {
    packs::load_all();
    let a = wasm::assess(
        json(
            r#"{"jurisdiction":"FR","asOf":"2026-10-20","stay":{"asylum":{"lodgedDate":"2026-01-10","procedure":"regular","decision":"rejected","decisionNotifiedDate":"2026-10-11"}}}"#,
        ),
        None,
    )
    .expect("assess");
    let ics = wasm::to_icalendar(a.clone(), None).expect("calendar");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.contains("DTSTART;VALUE=DATE:20261112\r\n"), "{ics}");
    let again = wasm::to_icalendar(
        a.clone(),
        Some(json(r#"{"caseRef":"x","reminderDays":[3]}"#)),
    )
    .expect("calendar");
    assert!(again.contains("TRIGGER;RELATED=START:-P3D"));
    for (input, code, path) in [
        ("5", "wrong_type", ""),
        (
            r#"{"jurisdiction":"FR","timeline":[{"id":"x","kind":"act-by","date":"2026-02-30","label":"l","status":"verified"}]}"#,
            "invalid_date",
            "timeline[0].date",
        ),
        (r#"{"jurisdiction":"FR"}"#, "missing_field", "timeline"),
    ] {
        let err = wasm::to_icalendar(json(input), None).expect_err(input);
        let (c, p, _) = error_parts(&err);
        assert_eq!((c.as_str(), p.as_str()), (code, path), "{input}");
    }
    let err = wasm::to_icalendar(a, Some(json(r#"{"reminder":1}"#))).expect_err("option");
    assert_eq!(error_parts(&err).0, "unknown_field");
}

#[wasm_bindgen_test]
fn locale_questions_guidance_and_summary_come_through_the_boundary() {
    packs::load_all();
    let case = r#"{"jurisdiction":"AT","asOf":"2026-11-27","person":{"gender":"female"}}"#;
    let de = to_json(&wasm::assess(json(case), Some(json(r#"{"locale":"de-AT"}"#))).expect("de"));
    assert_eq!(de["locale"], "de");
    assert!(de["questions"].as_array().is_some_and(|q| !q.is_empty()));
    assert!(de["guidance"]["steps"]
        .as_array()
        .is_some_and(|s| !s.is_empty()));
    let en = to_json(&wasm::assess(json(case), None).expect("en"));
    assert_eq!(en["locale"], "en");
    assert_ne!(de["questions"][0]["text"], en["questions"][0]["text"]);
    assert_eq!(de["questions"][0]["fact"], en["questions"][0]["fact"]);
    let s = to_json(&wasm::summary(json(case), Some(json(r#"{"locale":"ro"}"#))).expect("summary"));
    assert!(s["html"]
        .as_str()
        .is_some_and(|h| h.starts_with("<section class=\"pp-summary\" lang=\"ro\">")));
    let err = wasm::assess(json(case), Some(json(r#"{"locale":"<b>"}"#))).expect_err("bad tag");
    assert_eq!(error_parts(&err).1, "locale");

    // Deadlines and the timeline in the locale; the law's own description beside the label.
    let d = to_json(
        &wasm::compute_deadline(json(
            r#"{"jurisdiction":"AT","from":"2026-11-26","period":"P4W","locale":"fr"}"#,
        ))
        .expect("deadline"),
    );
    assert_eq!(d["date"], "2026-12-28");
    assert!(
        d["steps"][0]["text"]
            .as_str()
            .is_some_and(|t| t.contains("jeudi 26 novembre 2026")),
        "{}",
        d["steps"][0]["text"]
    );
    let dated = r#"{"jurisdiction":"AT","asOf":"2026-11-27","stay":{"asylum":{"lodgedDate":"2026-03-01","procedure":"regular","decision":"rejected","decisionNotifiedDate":"2026-11-26"}}}"#;
    let nl = to_json(&wasm::assess(json(dated), Some(json(r#"{"locale":"nl"}"#))).expect("nl"));
    let appeal = &nl["timeline"][0];
    assert_eq!(appeal["date"], "2026-12-28");
    assert!(
        appeal["label"]
            .as_str()
            .is_some_and(|l| l.contains("asiel")),
        "{appeal}"
    );
    assert!(
        appeal["detail"]
            .as_str()
            .is_some_and(|l| l.contains("(BVwG)")),
        "{appeal}"
    );
}

#[wasm_bindgen_test]
fn holidays_come_through_the_boundary_with_errors_at_their_field() {
    packs::load_all();
    let list = to_json(&wasm::holidays(json(r#"{"country":"NL","year":2026}"#)).expect("NL 2026"));
    let dates: Vec<&str> = list["holidays"]
        .as_array()
        .expect("holidays")
        .iter()
        .filter_map(|h| h["date"].as_str())
        .collect();
    assert!(dates.contains(&"2026-05-05"), "Atw art. 3(1): {dates:?}");
    assert_eq!(list["complete"], true);
    for (input, code, path) in [
        (r#"{"country":"NL","year":"2026"}"#, "wrong_type", "year"),
        (r#"{"country":"NL","year":2026.5}"#, "wrong_type", "year"),
        (
            r#"{"country":"XX","year":2026}"#,
            "not_supported",
            "country",
        ),
        (
            r#"{"country":"ES","year":2026,"region":"FR-57"}"#,
            "invalid_region",
            "region",
        ),
        (
            r#"{"country":"ES","year":2026,"month":1}"#,
            "unknown_field",
            "month",
        ),
        ("7", "wrong_type", ""),
    ] {
        let err = wasm::holidays(json(input)).expect_err(input);
        let (c, p, _) = error_parts(&err);
        assert_eq!((c.as_str(), p.as_str()), (code, path), "{input}");
    }
}

#[wasm_bindgen_test]
fn assess_defaults_as_of_to_the_local_date_and_batches_survive_bad_cases() {
    packs::load_all();
    let a = to_json(&wasm::assess(json(r#"{"jurisdiction":"EU"}"#), None).expect("assess"));
    let as_of = a["asOf"].as_str().expect("asOf filled in");
    assert_eq!(as_of.len(), 10, "{as_of}");
    let batch = wasm::assess_many(
        json(
            r#"[{"jurisdiction":"EU","asOf":"2026-11-27"},{"jurisdiction":"XX"},5,{"jurisdiction":"COE","asOf":"2026-11-27"}]"#,
        ),
        Some(json(r#"{"detail":"summary"}"#)),
    );
    let items = to_json(&batch.expect("a batch with bad cases still answers"));
    let items = items.as_array().expect("list");
    assert_eq!(items.len(), 4);
    assert!(items[0]["pathways"].is_array() && items[3]["pathways"].is_array());
    assert_eq!(items[1]["error"]["code"], "unknown_jurisdiction");
    assert_eq!(items[2]["error"]["code"], "wrong_type");
    let profile = to_json(
        &wasm::jurisdiction(
            JsValue::from_str("EU"),
            Some(json(r#"{"asOf":"2026-06-15"}"#)),
        )
        .expect("profile"),
    );
    let names: Vec<&str> = profile["pathways"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert!(
        names.contains(&"Refugee status (Directive 2011/95)"),
        "{names:?}"
    );
}

#[wasm_bindgen_test]
// Test code: the sort rule of clippy.toml is the engine's size budget.
#[allow(clippy::disallowed_methods)]
fn version_and_jurisdictions_answer() {
    packs::load_all();
    let v = to_json(&wasm::version().expect("version"));
    assert_eq!(v["engine"], env!("CARGO_PKG_VERSION"));
    assert!(v["rules"].as_str().is_some_and(|r| r.contains('+')));
    let list = to_json(&wasm::jurisdictions(None).expect("jurisdictions"));
    let codes: Vec<&str> = list
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|j| j["code"].as_str())
        .collect();
    // The baselines are always there; the list is in code order, so it is stable.
    assert!(codes.contains(&"COE") && codes.contains(&"EU"), "{codes:?}");
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted);
    let err =
        wasm::jurisdictions(Some(json(r#"{"asOf":"2026-01-01"}"#))).expect_err("unknown option");
    assert_eq!(error_parts(&err).0, "unknown_field");
}

fn func(args: &str, body: &str) -> Function {
    Function::new_with_args(args, body)
}

/// Every kind of value JS can pass.
fn hostile_values() -> Vec<(&'static str, JsValue)> {
    let cyclic = Object::new();
    let _ = Reflect::set(&cyclic, &"self".into(), &cyclic);
    let deep = json(&format!("{}{}", "[".repeat(200), "]".repeat(200)));
    let throwing_getter = Object::new();
    let descriptor = Object::new();
    let _ = Reflect::set(
        &descriptor,
        &"get".into(),
        &func("", "throw new Error('getter')"),
    );
    let _ = Reflect::set(&descriptor, &"enumerable".into(), &JsValue::TRUE);
    Object::define_property(&throwing_getter, &"from".into(), &descriptor);
    let _ = Reflect::set(&throwing_getter, &"jurisdiction".into(), &"EU".into());
    let trap_handler = Object::new();
    let _ = Reflect::set(
        &trap_handler,
        &"ownKeys".into(),
        &func("", "throw new Error('trap')"),
    );
    let trapping = js_sys::Proxy::new(&Object::new(), &trap_handler);
    let revocable = js_sys::Proxy::revocable(&Object::new(), &Object::new());
    let revoked = get(&revocable, "proxy");
    if let Ok(revoke) = get(&revocable, "revoke").dyn_into::<Function>() {
        let _ = revoke.call0(&JsValue::NULL);
    }
    let many_keys = func(
        "",
        "const o = {}; for (let i = 0; i < 50000; i++) o['k' + i] = i; return o;",
    )
    .call0(&JsValue::NULL)
    .unwrap_or(JsValue::NULL);
    let huge = func("", "return 'x'.repeat(5_000_000);")
        .call0(&JsValue::NULL)
        .unwrap_or(JsValue::NULL);
    let surrogate = func("", "return '\\ud800' + '2026-01-01';")
        .call0(&JsValue::NULL)
        .unwrap_or(JsValue::NULL);
    vec![
        ("undefined", JsValue::UNDEFINED),
        ("null", JsValue::NULL),
        ("true", JsValue::TRUE),
        ("0", JsValue::from_f64(0.0)),
        ("-0", JsValue::from_f64(-0.0)),
        ("NaN", JsValue::from_f64(f64::NAN)),
        ("Infinity", JsValue::from_f64(f64::INFINITY)),
        ("1e308", JsValue::from_f64(1e308)),
        ("empty text", JsValue::from_str("")),
        ("text", JsValue::from_str("P1D")),
        (
            "period with a non-breaking space",
            JsValue::from_str("P1\u{a0}D"),
        ),
        ("period with a euro sign", JsValue::from_str("P30€")),
        ("huge text", huge),
        ("lone surrogate", surrogate),
        ("symbol", js_sys::Symbol::for_("pp").into()),
        ("bigint", js_sys::BigInt::from(5u64).into()),
        ("function", func("", "return 1").into()),
        (
            "array",
            Array::of2(&"EU".into(), &JsValue::from_f64(1.0)).into(),
        ),
        ("deep array", deep),
        ("cyclic object", cyclic.into()),
        ("date object", js_sys::Date::new_0().into()),
        ("map", js_sys::Map::new().into()),
        ("typed array", js_sys::Uint8Array::new_with_length(4).into()),
        ("promise", js_sys::Promise::resolve(&JsValue::NULL).into()),
        ("throwing getter", throwing_getter.into()),
        ("trapping proxy", trapping.into()),
        ("revoked proxy", revoked),
        ("50 000 keys", many_keys),
        ("empty object", Object::new().into()),
    ]
}

/// Calls `f` and checks it either answered or threw a well-formed error: never a trap.
fn answers_or_errs(what: &str, result: Result<JsValue, JsValue>) {
    if let Err(e) = result {
        let (code, _, message) = error_parts(&e);
        assert!(!message.is_empty(), "{what}: {code} without a message");
        assert_ne!(
            code, "internal",
            "{what}: an input made an internal error: {message}"
        );
    }
}

#[wasm_bindgen_test]
fn no_js_value_breaks_any_export() {
    packs::load_all();
    for (name, value) in hostile_values() {
        answers_or_errs(
            &format!("computeDeadline({name})"),
            wasm::compute_deadline(value.clone()),
        );
        answers_or_errs(
            &format!("jurisdictions({name})"),
            wasm::jurisdictions(Some(value.clone())),
        );
        answers_or_errs(
            &format!("assess({name})"),
            wasm::assess(value.clone(), None),
        );
        answers_or_errs(
            &format!("assess(_, {name})"),
            wasm::assess(json(r#"{"jurisdiction":"EU"}"#), Some(value.clone())),
        );
        answers_or_errs(
            &format!("assessMany({name})"),
            wasm::assess_many(value.clone(), None),
        );
        answers_or_errs(
            &format!("jurisdiction({name})"),
            wasm::jurisdiction(value.clone(), None),
        );
        answers_or_errs(&format!("holidays({name})"), wasm::holidays(value.clone()));
        for field in ["country", "year", "region"] {
            let request = json(r#"{"country":"ES","year":2026}"#);
            let _ = Reflect::set(&request, &field.into(), &value);
            answers_or_errs(
                &format!("holidays({{{field}: {name}}})"),
                wasm::holidays(request),
            );
        }
        answers_or_errs(
            &format!("jurisdiction(EU, {name})"),
            wasm::jurisdiction(JsValue::from_str("EU"), Some(value.clone())),
        );
        // Every kind of value in a case field.
        for field in ["person", "asOf", "identification", "cooperation", "permits"] {
            let case = json(r#"{"jurisdiction":"EU","asOf":"2026-11-27"}"#);
            let _ = Reflect::set(&case, &field.into(), &value);
            answers_or_errs(
                &format!("assess({{{field}: {name}}})"),
                wasm::assess(case, None),
            );
        }
        for field in ["jurisdiction", "from", "period", "kind", "rule", "region"] {
            let request = json(r#"{"jurisdiction":"EU","from":"2026-11-27","period":"P1D"}"#);
            let _ = Reflect::set(&request, &field.into(), &value);
            let result = wasm::compute_deadline(request);
            answers_or_errs(
                &format!("computeDeadline({{{field}: {name}}})"),
                result.clone(),
            );
            // A field given a value of the wrong kind is reported at that field.
            if let Err(e) = result {
                let (_, path, _) = error_parts(&e);
                // The error names the field that holds the bad value (pipeline review: an empty
                // path used to be accepted here, which would hide a lost path).
                let at_field = path == field
                    || path.starts_with(&format!("{field}."))
                    || path.starts_with(&format!("{field}["));
                assert!(at_field, "{field} = {name}: path '{path}'");
            }
        }
        answers_or_errs("version()", wasm::version());
    }
    // The module still works after all that.
    let ok = wasm::compute_deadline(json(
        r#"{"jurisdiction":"EU","from":"2026-01-31","period":"P1M"}"#,
    ));
    assert_eq!(to_json(&ok.expect("still alive"))["date"], "2026-03-02");
}

#[wasm_bindgen_test]
fn errors_name_the_field() {
    packs::load_all();
    let cases = [
        (
            r#"{"jurisdiction":"EU","from":"2026-02-30","period":"P1M"}"#,
            "invalid_date",
            "from",
        ),
        (
            r#"{"jurisdiction":"EU","from":"2026-11-27","period":"PT5H"}"#,
            "invalid_period",
            "period",
        ),
        (
            r#"{"jurisdiction":"EU","from":"2026-11-27","period":"P1M","extra":1}"#,
            "unknown_field",
            "extra",
        ),
        (
            r#"{"jurisdiction":5,"from":"2026-11-27","period":"P1M"}"#,
            "wrong_type",
            "jurisdiction",
        ),
        (r#"[1,2]"#, "wrong_type", ""),
    ];
    for (input, code, path) in cases {
        let err = wasm::compute_deadline(json(input)).expect_err(input);
        let (c, p, _) = error_parts(&err);
        assert_eq!((c.as_str(), p.as_str()), (code, path), "{input}");
    }
    let getter = hostile_values()
        .into_iter()
        .find(|(n, _)| *n == "throwing getter")
        .map(|(_, v)| v);
    let err = wasm::compute_deadline(getter.expect("built")).expect_err("getter throws");
    assert_eq!(error_parts(&err).1, "from");
}

#[wasm_bindgen_test]
fn a_case_sent_as_json_text_gives_what_the_exact_way_gives() {
    packs::load_all();
    let mut compared = 0;
    for (name, text) in cases::CASES {
        if !name.starts_with("assess/") {
            continue;
        }
        let case: serde_json::Value = serde_json::from_str(text).expect("case file");
        let input = case["input"].to_string();
        let exact = wasm::assess(json(&input), None);
        let fast = wasm::assess_json(&input, None);
        match (exact, fast) {
            (Ok(a), Ok(b)) => assert_eq!(to_json(&a), to_json(&b), "{name}"),
            (Err(a), Err(b)) => assert_eq!(error_parts(&a), error_parts(&b), "{name}"),
            (a, b) => panic!("{name}: the two ways disagree: {a:?} / {b:?}"),
        }
        compared += 1;
    }
    assert!(compared > 100, "{compared} cases compared");
    // A caseload too.
    let batch = r#"[{"jurisdiction":"AT","asOf":"2026-11-27"},{"jurisdiction":"XX"},{"jurisdiction":"NL","asOf":"2026-11-27","person":{"claimedAge":16}}]"#;
    let options = || Some(json(r#"{"detail":"summary"}"#));
    assert_eq!(
        to_json(&wasm::assess_many(json(batch), options()).expect("exact")),
        to_json(&wasm::assess_many_json(batch, options()).expect("fast"))
    );
    // Limits hold on the JSON way as well.
    let deep = format!("{}{}", "[".repeat(40), "]".repeat(40));
    let (code, _, _) = error_parts(&wasm::assess_json(&deep, None).expect_err("deep"));
    assert_eq!(code, "input_too_deep");
}
