//! `assess` on any bytes a caller could send as a case.
#![no_main]
use protection_pathways::input::Value;
use protection_pathways_fuzz::{coded, json_of};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Some(case) = json_of(data) {
        if let Some(a) = coded(protection_pathways::assess_value(&case, &Value::Undefined)) {
            // What it answers it can also summarise and put in a calendar.
            let _ = protection_pathways::export::summary::summary(&a);
        }
    }
});
