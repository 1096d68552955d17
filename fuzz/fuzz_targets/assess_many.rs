//! `assessMany` on any list (or other value) of cases.
#![no_main]
use protection_pathways::input::{json, Value};
use protection_pathways_fuzz::{coded, json_of};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some(cases) = json_of(data) else { return };
    let cases = match cases {
        Value::Array(_) => cases,
        one => Value::Array(vec![one]),
    };
    for options in [r#"{"detail":"summary"}"#, r#"{"locale":"de"}"#] {
        let options = json::parse(options).unwrap_or(Value::Undefined);
        let _ = coded(protection_pathways::assess_many_value(&cases, &options));
    }
});
