//! `caseSchema()` returns `src/case/schema.json`, which this test generates from the Rust types
//! (schemars, with the `schema` feature). It fails when the file is stale; regenerate after a
//! reviewed change of the case model with `UPDATE_EXPECT=1 cargo test --features schema --test schema`.
#![cfg(all(feature = "schema", not(target_arch = "wasm32")))]

#[test]
fn case_schema_is_generated_from_the_types() {
    let schema = schemars::schema_for!(protection_pathways::Case);
    let text = serde_json::to_string_pretty(&schema).expect("schema serialises") + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/case/schema.json");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(path, &text).expect("write schema.json");
    }
    let committed = std::fs::read_to_string(path).expect("read schema.json");
    assert!(committed == text, "src/case/schema.json is stale: run UPDATE_EXPECT=1 cargo test --features schema --test schema");
}

#[test]
fn the_schema_accepts_what_the_decoder_accepts() {
    // Spot checks that the schema describes the same contract as the decoder.
    let schema: serde_json::Value =
        serde_json::from_str(protection_pathways::case_schema()).expect("schema is JSON");
    assert_eq!(schema["required"], serde_json::json!(["jurisdiction"]));
    assert_eq!(
        schema["additionalProperties"], false,
        "unknown fields are refused"
    );
    let person = &schema["$defs"]["Person"]["properties"];
    assert!(
        person["dateOfBirth"].to_string().contains("Date"),
        "{person}"
    );
    assert!(person["citizenships"].is_object());
    let stage = schema["$defs"]["IdentificationStage"].to_string();
    assert!(
        stage.contains("reasonable-grounds") && stage.contains("conclusive"),
        "{stage}"
    );
}
