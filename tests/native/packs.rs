//! Law packs and locale packs from the outside: every kind of bad pack is a coded error, never a
//! panic, and leaves the engine as it was. (A native build embeds and loads every pack; the wasm
//! suite checks what happens before a pack is loaded.)
#![cfg(not(target_arch = "wasm32"))]

use protection_pathways::pack::{self, embedded::EMBEDDED, format, PackKind};
use protection_pathways::{assess::assess_in, case::Case, ErrorCode};

fn bytes_of(file: &str) -> Vec<u8> {
    EMBEDDED
        .iter()
        .find(|(f, _)| *f == file)
        .map(|(_, b)| b.to_vec())
        .unwrap_or_else(|| panic!("no embedded pack {file}"))
}

fn code_of(bytes: &[u8]) -> (ErrorCode, String, String) {
    let e = pack::load(bytes).expect_err("the pack must be refused");
    (e.code(), e.path().to_owned(), e.message().to_owned())
}

fn case(json: &str) -> Case {
    serde_json::from_str(json).expect("case")
}

/// The engine still answers after a refused pack.
fn still_works() {
    let a = assess_in(&case(r#"{"jurisdiction":"AT","asOf":"2026-11-27"}"#), "de")
        .expect("assess after a refused pack");
    assert_eq!(a.locale, "de");
}

#[test]
fn every_pack_the_index_names_is_shipped_and_loaded() {
    assert_eq!(EMBEDDED.len(), pack::all().count());
    for p in pack::all() {
        assert!(
            EMBEDDED.iter().any(|(f, _)| *f == p.file()),
            "{} has no file",
            p.name()
        );
        assert!(pack::is_loaded(p), "{} is not loaded", p.name());
    }
    // Every profile needs both baselines (the EU's member list says who is an EU citizen);
    // the United Kingdom inherits no EU law (law::tests::the_united_kingdom_inherits_no_eu_law).
    let at = pack::info(PackKind::Law, "AT").expect("AT");
    assert_eq!(at.needs, &["law/EU", "law/COE"]);
    let gb = pack::info(PackKind::Law, "GB").expect("GB");
    assert!(gb.calendar && gb.profile);
    assert_eq!(gb.needs, &["law/EU", "law/COE"]);
    let de = pack::info(PackKind::Law, "DE").expect("DE");
    assert!(de.calendar && de.profile && de.needs == ["law/EU", "law/COE"]);
}

#[test]
fn loading_a_pack_again_changes_nothing() {
    let bytes = bytes_of("law-AT.ppk");
    let loaded = pack::load(&bytes).expect("the same pack again");
    assert_eq!(loaded.name, "law/AT");
    assert!(loaded.already);
    still_works();
}

#[test]
fn a_truncated_pack_is_refused() {
    let bytes = bytes_of("law-FR.ppk");
    for cut in [0, 4, 8, 20, bytes.len() / 2, bytes.len() - 1] {
        let (code, path, message) = code_of(&bytes[..cut]);
        assert_eq!(code, ErrorCode::PackInvalid, "cut at {cut}: {message}");
        assert_eq!(path, "pack");
    }
    still_works();
}

#[test]
fn an_altered_pack_is_refused() {
    let mut bytes = bytes_of("locale-de.ppk");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x20;
    let (code, _, message) = code_of(&bytes);
    assert_eq!(code, ErrorCode::PackInvalid);
    assert!(message.contains("checksum"), "{message}");
    let mut longer = bytes_of("locale-de.ppk");
    longer.push(0);
    assert_eq!(code_of(&longer).0, ErrorCode::PackInvalid);
    assert_eq!(code_of(b"not a pack at all").0, ErrorCode::PackInvalid);
    still_works();
}

#[test]
fn a_pack_of_another_engine_version_is_refused() {
    let bytes = bytes_of("law-AT.ppk");
    let parts = format::decode(&bytes).expect("a shipped pack decodes");
    let other = format::encode(
        "0.0.1+0000000000000000",
        parts.kind,
        parts.code,
        parts.payload,
    );
    let (code, path, message) = code_of(&other);
    assert_eq!(code, ErrorCode::PackVersion);
    assert_eq!(path, "pack");
    assert!(message.contains(pack::FORMAT), "{message}");
    // A container version from the future.
    let mut future = bytes.clone();
    future[7] = 9;
    assert_eq!(code_of(&future).0, ErrorCode::PackInvalid);
    still_works();
}

#[test]
fn a_pack_for_an_unknown_code_or_kind_is_refused() {
    let bytes = bytes_of("law-AT.ppk");
    let parts = format::decode(&bytes).expect("decodes");
    let unknown = format::encode(pack::FORMAT, format::KIND_LAW, "XX", parts.payload);
    let (code, _, message) = code_of(&unknown);
    assert_eq!(code, ErrorCode::PackInvalid);
    assert!(message.contains("XX"), "{message}");
    let kind = format::encode(pack::FORMAT, 9, "AT", parts.payload);
    assert_eq!(code_of(&kind).0, ErrorCode::PackInvalid);
    // The right header over another jurisdiction's payload.
    let fr = format::decode(&bytes_of("law-FR.ppk"))
        .expect("decodes")
        .payload
        .to_vec();
    let swapped = format::encode(pack::FORMAT, format::KIND_LAW, "AT", &fr);
    assert_eq!(code_of(&swapped).0, ErrorCode::PackInvalid);
    // A locale payload under a law header.
    let de = format::decode(&bytes_of("locale-de.ppk"))
        .expect("decodes")
        .payload
        .to_vec();
    let mixed = format::encode(pack::FORMAT, format::KIND_LAW, "NL", &de);
    assert_eq!(code_of(&mixed).0, ErrorCode::PackInvalid);
    still_works();
}

#[test]
fn a_different_pack_under_a_loaded_code_is_refused() {
    let bytes = bytes_of("law-AT.ppk");
    let parts = format::decode(&bytes).expect("decodes");
    // A well-formed AT pack whose content differs (one byte of the payload), checksummed anew.
    let mut payload = parts.payload.to_vec();
    let last = payload.len() - 1;
    payload[last] ^= 1;
    let other = format::encode(pack::FORMAT, format::KIND_LAW, "AT", &payload);
    let (code, _, message) = code_of(&other);
    assert_eq!(code, ErrorCode::PackInvalid, "{message}");
    still_works();
}

#[test]
fn packs_for_gives_the_closure_and_refuses_unknown_codes() {
    let names = |j: &[&str], l: &[&str]| -> Vec<String> {
        pack::packs_for(
            &j.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>(),
            &l.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>(),
        )
        .expect("known")
        .iter()
        .map(|p| p.name())
        .collect()
    };
    assert_eq!(
        names(&["AT"], &["de-AT"]),
        // The law in German stands in for the English law packs (src/law-words/de/).
        ["locale/de", "words/AT-de", "words/COE-de", "words/EU-de"]
    );
    // Two locales, one of them English: the English law and the German words.
    assert_eq!(
        names(&["IE"], &["en", "de"]),
        [
            "law/COE",
            "law/EU",
            "law/IE",
            "locale/en",
            "locale/de",
            "words/COE-de",
            "words/EU-de",
            "words/IE-de"
        ]
    );
    assert_eq!(names(&["GB"], &[]), ["law/COE", "law/EU", "law/GB"]);
    assert_eq!(names(&["DE"], &[]), ["law/COE", "law/DE", "law/EU"]);
    assert_eq!(names(&[], &["sr"]), ["locale/sr-Latn"]);
    let e = pack::packs_for(&["XX".to_owned()], &[]).expect_err("unknown");
    assert_eq!(e.code(), ErrorCode::UnknownJurisdiction);
    assert_eq!(e.path(), "jurisdictions[0]");
    let e = pack::packs_for(&[], &["not a tag".to_owned()]).expect_err("bad tag");
    assert_eq!(e.code(), ErrorCode::InvalidValue);
    assert_eq!(e.path(), "locales[0]");
}

#[test]
fn a_pack_is_a_fraction_of_what_one_binary_held() {
    // Each jurisdiction's law and each locale's words are a pack of their own: a Member State's
    // pack holds its own law, not the EU's (which is a pack of its own, inherited at run time).
    let at = bytes_of("law-AT.ppk").len();
    let eu = bytes_of("law-EU.ppk").len();
    assert!(at < eu * 2, "AT {at} bytes, EU {eu}");
    let at_text = String::from_utf8_lossy(&bytes_of("law-AT.ppk")).into_owned();
    assert!(
        !at_text.contains("Regulation (EU) 2024/1351 (Asylum and Migration Management Regulation)"),
        "the EU's instruments are not copied into a Member State's pack"
    );
}
