//! `fromHTCDS` on any bytes a caller could send as an HTCDS record: a case or a coded error,
//! never a panic; and the case it gives is one `assess` reads (answers or refuses with a code).
#![no_main]
use protection_pathways::input::Value;
use protection_pathways_fuzz::{coded, json_of};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Some(record) = json_of(data) {
        let options = Value::Object(vec![("jurisdiction".into(), Value::String("AT".into()))]);
        if let Some(read) = coded(protection_pathways::from_htcds_value(&record, &options)) {
            // The case must decode: fromHTCDS writes only the case's own fields and values.
            if let Err(e) = protection_pathways::decode_case(&read.case) {
                panic!("fromHTCDS wrote a case the engine cannot read: {e:?}");
            }
            let _ = coded(protection_pathways::assess_value(&read.case, &Value::Undefined));
        }
    }
});
