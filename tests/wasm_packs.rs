//! The wasm carries no law and no words: what a page meets before and while it loads packs, in
//! a module of its own (so that nothing is loaded when it starts). Runs in Node.
#![cfg(target_arch = "wasm32")]

use js_sys::{Reflect, JSON};
use protection_pathways::wasm;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

include!(concat!(env!("OUT_DIR"), "/packs_embedded.rs"));

fn json(text: &str) -> JsValue {
    JSON::parse(text).expect("test JSON parses")
}

fn to_json(value: &JsValue) -> serde_json::Value {
    let text: String = JSON::stringify(value).expect("JSON").into();
    serde_json::from_str(&text).expect("parses")
}

fn parts(error: &JsValue) -> (String, String, String) {
    let get = |k: &str| {
        Reflect::get(error, &k.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    (get("code"), get("path"), get("message"))
}

fn pack(file: &str) -> &'static [u8] {
    EMBEDDED
        .iter()
        .find(|(f, _)| *f == file)
        .map(|(_, b)| *b)
        .unwrap_or_else(|| panic!("no pack {file}"))
}

const AT_CASE: &str = r#"{"jurisdiction":"AT","asOf":"2026-11-27","stay":{"asylum":{"lodgedDate":"2026-01-15","procedure":"regular","decision":"rejected","decisionNotifiedDate":"2026-11-26"}}}"#;

/// One test, in order: the module's state is what is being tested.
#[wasm_bindgen_test]
fn packs_load_on_demand_and_bad_packs_leave_the_module_usable() {
    // Nothing is loaded: every call that needs law or words says which packs and which call.
    assert_eq!(
        to_json(&wasm::loaded_packs().expect("loaded")),
        serde_json::json!([])
    );
    let err = wasm::assess(json(AT_CASE), None).expect_err("no packs yet");
    let (code, path, message) = parts(&err);
    assert_eq!(code, "pack_not_loaded");
    assert_eq!(path, "jurisdiction");
    assert!(
        message.contains("law/AT") && message.contains("init({") && message.contains("\"AT\""),
        "{message}"
    );
    let (code, _, _) = parts(
        &wasm::compute_deadline(json(
            r#"{"jurisdiction":"EU","from":"2026-01-31","period":"P1M"}"#,
        ))
        .expect_err("no EU pack"),
    );
    assert_eq!(code, "pack_not_loaded");
    let (code, path, _) =
        parts(&wasm::holidays(json(r#"{"country":"DE","year":2026}"#)).expect_err("no DE pack"));
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("pack_not_loaded", "country")
    );
    // An unknown code is still unknown, not "not loaded".
    let (code, _, _) =
        parts(&wasm::assess(json(r#"{"jurisdiction":"XX"}"#), None).expect_err("unknown"));
    assert_eq!(code, "unknown_jurisdiction");
    // A caseload needs its locale first: without it the whole call is refused.
    let (code, path, _) =
        parts(&wasm::assess_many(json(&format!("[{AT_CASE}]")), None).expect_err("no English"));
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("pack_not_loaded", "locale")
    );

    // What a page asks for: Austria in German is four packs, not Moldova in Romanian: the law
    // of Austria and its baselines in German, which stand in for the English law packs.
    let wanted = to_json(
        &wasm::packs_for(Some(json(
            r#"{"jurisdictions":["AT"],"locales":["de-AT"]}"#,
        )))
        .expect("packsFor"),
    );
    let names: Vec<&str> = wanted
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(
        names,
        ["locale/de", "words/AT-de", "words/COE-de", "words/EU-de"]
    );
    assert!(wanted[1]["file"] == "words-AT-de.ppk" && wanted[1]["loaded"] == false);
    let (code, path, _) =
        parts(&wasm::packs_for(Some(json(r#"{"jurisdictions":["XX"]}"#))).expect_err("unknown"));
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("unknown_jurisdiction", "jurisdictions[0]")
    );

    // Bad packs are refused with a code, and change nothing.
    let at = pack("law-AT.ppk");
    for (what, bytes) in [
        ("empty", Vec::new()),
        ("truncated", at[..at.len() - 3].to_vec()),
        ("altered", {
            let mut b = at.to_vec();
            b[at.len() / 3] ^= 0xff;
            b
        }),
    ] {
        let (code, path, message) = parts(&wasm::load_pack(&bytes).expect_err(what));
        assert_eq!(
            (code.as_str(), path.as_str()),
            ("pack_invalid", "pack"),
            "{what}: {message}"
        );
    }
    assert_eq!(
        to_json(&wasm::loaded_packs().expect("loaded")),
        serde_json::json!([])
    );

    // Austria alone is not enough: its EU and COE baselines are named.
    let loaded = to_json(&wasm::load_pack(at).expect("AT loads"));
    assert_eq!(
        loaded,
        serde_json::json!({ "name": "law/AT", "already": false })
    );
    let (code, _, message) = parts(&wasm::assess(json(AT_CASE), None).expect_err("no EU"));
    assert_eq!(code, "pack_not_loaded");
    assert!(
        message.contains("law/EU") && message.contains("law/COE") && !message.contains("law/AT"),
        "{message}"
    );
    for file in ["law-EU.ppk", "law-COE.ppk"] {
        wasm::load_pack(pack(file)).expect("baseline loads");
    }
    // The law is there; English is not yet.
    let (code, path, message) = parts(&wasm::assess(json(AT_CASE), None).expect_err("no English"));
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("pack_not_loaded", "locale"),
        "{message}"
    );
    assert!(
        message.contains("locale/en") && message.contains("locales: [\"en\"]"),
        "{message}"
    );
    wasm::load_pack(pack("locale-de.ppk")).expect("de loads");
    let de = to_json(
        &wasm::assess(json(AT_CASE), Some(json(r#"{"locale":"de"}"#))).expect("AT in German"),
    );
    assert_eq!(de["locale"], "de");
    let appeal = de["timeline"]
        .as_array()
        .and_then(|t| t.iter().find(|e| e["id"] == "asylum-appeal"))
        .expect("the appeal is dated");
    assert_eq!(appeal["date"], "2026-12-28");
    // With only the English law loaded, the law's words stay English, unmarked.
    let marked = |a: &serde_json::Value| {
        a["pathways"]
            .as_array()
            .is_some_and(|ps| ps.iter().any(|p| p["translation"] == "unreviewed"))
    };
    assert!(!marked(&de), "English law, no mark");
    // The law in German: the same dates, its texts in German and marked as not yet reviewed.
    for file in ["words-AT-de.ppk", "words-EU-de.ppk", "words-COE-de.ppk"] {
        wasm::load_pack(pack(file)).expect("words load");
    }
    let worded = to_json(
        &wasm::assess(json(AT_CASE), Some(json(r#"{"locale":"de"}"#))).expect("AT in German"),
    );
    assert!(marked(&worded), "{worded}");
    let again_dated = worded["timeline"]
        .as_array()
        .and_then(|t| t.iter().find(|e| e["id"] == "asylum-appeal"))
        .expect("the appeal is dated");
    assert_eq!(again_dated["date"], "2026-12-28");
    assert!(
        again_dated["detail"]
            .as_str()
            .is_some_and(|d| d.contains("Bundesverwaltungsgericht")),
        "{again_dated}"
    );
    // English calls still read the English law.
    wasm::load_pack(pack("locale-en.ppk")).expect("en loads");
    let en = to_json(&wasm::assess(json(AT_CASE), None).expect("AT in English"));
    assert!(!marked(&en), "{en}");
    // Loading a pack twice is harmless, as is calling for France, which is still not loaded.
    let again = to_json(&wasm::load_pack(at).expect("again"));
    assert_eq!(again["already"], true);
    let (code, _, _) = parts(
        &wasm::assess(
            json(r#"{"jurisdiction":"FR"}"#),
            Some(json(r#"{"locale":"de"}"#)),
        )
        .expect_err("no FR"),
    );
    assert_eq!(code, "pack_not_loaded");
    // In a caseload, a case of a jurisdiction not loaded gets its error in place; the others
    // are assessed.
    let batch = to_json(
        &wasm::assess_many(
            json(&format!(
                r#"[{AT_CASE}, {{"jurisdiction":"FR","asOf":"2026-11-27"}}]"#
            )),
            Some(json(r#"{"locale":"de"}"#)),
        )
        .expect("batch"),
    );
    assert!(batch[0]["assessment"].is_object(), "{batch}");
    assert_eq!(batch[1]["error"]["code"], "pack_not_loaded", "{batch}");
    assert_eq!(
        to_json(&wasm::loaded_packs().expect("loaded")),
        serde_json::json!([
            "law/AT",
            "law/COE",
            "law/EU",
            "locale/en",
            "locale/de",
            "words/AT-de",
            "words/COE-de",
            "words/EU-de"
        ])
    );
}
