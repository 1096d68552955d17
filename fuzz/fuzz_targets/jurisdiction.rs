//! `jurisdiction(code, options)` on any code and options.
#![no_main]
use protection_pathways::input::Value;
use protection_pathways_fuzz::{coded, json_of};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let value = json_of(data).unwrap_or(Value::Undefined);
    let (code, options) = match value {
        Value::Array(mut two) if two.len() == 2 => {
            let options = two.pop().unwrap_or(Value::Undefined);
            (two.pop().unwrap_or(Value::Undefined), options)
        }
        one => (one, Value::Undefined),
    };
    let _ = coded(protection_pathways::jurisdiction_value(&code, &options));
});
