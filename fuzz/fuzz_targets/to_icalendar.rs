//! `toICalendar` on any value passed as an assessment (what JS hands back may be anything).
#![no_main]
use protection_pathways::input::Value;
use protection_pathways_fuzz::{coded, json_of};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Some(assessment) = json_of(data) {
        if let Some(ics) = coded(protection_pathways::to_icalendar_value(
            &assessment,
            &Value::Undefined,
        )) {
            // Whatever the input, no line of the calendar is broken by it.
            assert!(ics
                .split("\r\n")
                .all(|l| !l.contains('\n') && !l.contains('\r')));
        }
    }
});
