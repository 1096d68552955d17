//! `computeDeadline` on any request.
#![no_main]
use protection_pathways_fuzz::{coded, json_of};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Some(request) = json_of(data) {
        let _ = coded(protection_pathways::compute_deadline_value(&request));
    }
});
