//! `summary` on any case: its HTML holds only the summary's own tags.
#![no_main]
use protection_pathways::input::json;
use protection_pathways_fuzz::{coded, json_of};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some(case) = json_of(data) else { return };
    let options = json::parse(r#"{"locale":"fr"}"#).expect("options");
    if let Some(s) = coded(protection_pathways::summary_value(&case, &options)) {
        assert!(
            !s.html.contains("<script") && !s.html.contains("<img"),
            "{}",
            s.html
        );
    }
});
