//! Structured input: an arbitrary JSON tree in the input's own vocabulary, through every
//! entry point.
#![no_main]
use protection_pathways::input::Value;
use protection_pathways_fuzz::{coded, Tree};

libfuzzer_sys::fuzz_target!(|input: (Tree, Tree)| {
    let (first, second) = (input.0.value(), input.1.value());
    let _ = coded(protection_pathways::assess_value(&first, &second));
    let _ = coded(protection_pathways::assess_detail_value(&first, &second));
    let _ = coded(protection_pathways::compute_deadline_value(&first));
    let _ = coded(protection_pathways::holidays_value(&first));
    let _ = coded(protection_pathways::to_icalendar_value(&first, &second));
    let _ = coded(protection_pathways::summary_value(&first, &second));
    let _ = coded(protection_pathways::jurisdiction_value(&first, &second));
    let _ = coded(protection_pathways::decode_case(&first));
    let _ = coded(protection_pathways::assess_many_value(
        &Value::Array(vec![first]),
        &second,
    ));
});
