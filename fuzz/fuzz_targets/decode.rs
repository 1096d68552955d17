//! The untyped input decoder: any bytes as JSON text, then as a case.
#![no_main]
use protection_pathways_fuzz::coded;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(value) = coded(protection_pathways::input::json::parse(text)) {
        let _ = coded(protection_pathways::decode_case(&value));
    }
});
