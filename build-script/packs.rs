//! The packs: one law pack per jurisdiction and one locale pack per locale in `OUT_DIR/packs/`,
//! with the index the engine carries and, for native builds, the packs embedded.

use std::fmt::Write as _;
use std::path::Path;

use crate::{calendar_model, i18n_model, model, pack_format};

/// Writes one law pack per jurisdiction (its profile, unresolved, and its holiday calendar; a
/// calendar-only pack for a country with no profile yet) and one locale pack per locale into
/// `OUT_DIR/packs/`, with the index the engine carries (`packs_index.rs`: every pack's name,
/// file and the packs it needs) and, for native builds, the packs embedded
/// (`packs_embedded.rs`). The format id ties packs to this engine: its version and a hash of the
/// data model, the law data and the messages.
pub fn write(
    out: &str,
    profiles: &[model::ProfileData],
    calendars: &[calendar_model::CalendarData],
    catalogues: &[i18n_model::Catalogue],
    words: &[model::WordsData],
    data_hash: u32,
) {
    let mut model_hash: u64 = pack_format::fnv64(&data_hash.to_le_bytes());
    let mut model_files: Vec<String> = std::fs::read_dir("src/law/model")
        .expect("src/law/model")
        .filter_map(|e| e.ok().map(|e| e.path().display().to_string()))
        .filter(|p| p.ends_with(".rs"))
        .collect();
    model_files.sort();
    model_files.extend(
        [
            "src/law/calendar_model.rs",
            "src/i18n/model.rs",
            "src/pack/format.rs",
        ]
        .map(String::from),
    );
    for file in &model_files {
        println!("cargo::rerun-if-changed={file}");
        let text = std::fs::read(file).unwrap_or_else(|e| panic!("cannot read {file}: {e}"));
        model_hash ^= pack_format::fnv64(&text).rotate_left(7);
    }
    for c in catalogues {
        let bytes = postcard::to_allocvec(c).expect("catalogue serialises");
        model_hash = model_hash.rotate_left(5) ^ pack_format::fnv64(&bytes);
    }
    let format = format!(
        "{}+{model_hash:016x}",
        std::env::var("CARGO_PKG_VERSION").expect("cargo sets CARGO_PKG_VERSION")
    );
    let dir = Path::new(out).join("packs");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create the packs folder");

    // Every profile reads the EU's member list (is the person an EU citizen?) and the COE's
    // guidance, so every profile needs both baselines; a Member State also inherits from them.
    let mut codes: Vec<&str> = profiles
        .iter()
        .map(|p| p.code.as_str())
        .chain(calendars.iter().map(|c| c.code.as_str()))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let mut index = String::from(
        "/// Every pack this engine reads: kind, code, file, whether a law pack holds a profile and a\n/// calendar, and the packs it needs (`law/EU`).\npub const PACKS: &[PackInfo] = &[\n",
    );
    let mut embedded = String::from(
        "/// Every pack's file name and bytes.\npub const EMBEDDED: &[(&str, &[u8])] = &[\n",
    );
    let mut manifest = Vec::new();
    for code in &codes {
        let profile = profiles.iter().find(|p| p.code == *code);
        let calendar = calendars.iter().find(|c| c.code == *code);
        let payload = postcard::to_allocvec(&(profile, calendar)).expect("law pack serialises");
        let needs: Vec<String> = if profile.is_some() {
            ["EU", "COE"]
                .iter()
                .filter(|b| *b != code)
                .map(|b| format!("law/{b}"))
                .collect()
        } else {
            Vec::new()
        };
        let file = format!("law-{code}.ppk");
        std::fs::write(
            dir.join(&file),
            pack_format::encode(&format, pack_format::KIND_LAW, code, &payload),
        )
        .expect("write law pack");
        writeln!(
            index,
            "    PackInfo {{ kind: PackKind::Law, code: {code:?}, profile: {}, calendar: {}, needs: &{needs:?} }},",
            profile.is_some(),
            calendar.is_some()
        )
        .expect("write to string");
        writeln!(
            embedded,
            "    ({file:?}, include_bytes!({:?})),",
            dir.join(&file).display()
        )
        .expect("write to string");
        let needs_json: Vec<String> = needs.iter().map(|n| format!("\"{n}\"")).collect();
        manifest.push(format!(
            "{{\"name\":\"law/{code}\",\"file\":\"{file}\",\"needs\":[{}]}}",
            needs_json.join(",")
        ));
    }
    for c in catalogues {
        let payload = postcard::to_allocvec(c).expect("catalogue serialises");
        let file = format!("locale-{}.ppk", c.locale);
        std::fs::write(
            dir.join(&file),
            pack_format::encode(&format, pack_format::KIND_LOCALE, &c.locale, &payload),
        )
        .expect("write locale pack");
        writeln!(
            index,
            "    PackInfo {{ kind: PackKind::Locale, code: {:?}, profile: false, calendar: false, needs: &[] }},",
            c.locale
        )
        .expect("write to string");
        writeln!(
            embedded,
            "    ({file:?}, include_bytes!({:?})),",
            dir.join(&file).display()
        )
        .expect("write to string");
        manifest.push(format!(
            "{{\"name\":\"locale/{}\",\"file\":\"{file}\"}}",
            c.locale
        ));
    }
    // A words pack is the jurisdiction's law pack with its texts in one locale (marked), so
    // the engine applies nothing at run time: it reads that pack instead.
    for w in words {
        let code = format!("{}-{}", w.code, w.locale);
        let profile = profiles
            .iter()
            .find(|p| p.code == w.code)
            .cloned()
            .map(|mut p| {
                model::profile_in_words(&mut p, &w.profile);
                p
            });
        let calendar = calendars
            .iter()
            .find(|c| c.code == w.code)
            .cloned()
            .map(|mut c| {
                model::calendar_in_words(&mut c, &w.calendar);
                c
            });
        let payload = postcard::to_allocvec(&(&profile, &calendar)).expect("words serialise");
        let file = format!("words-{code}.ppk");
        std::fs::write(
            dir.join(&file),
            pack_format::encode(&format, pack_format::KIND_WORDS, &code, &payload),
        )
        .expect("write words pack");
        writeln!(
            index,
            "    PackInfo {{ kind: PackKind::Words, code: {code:?}, profile: {}, calendar: {}, needs: &[] }},",
            profile.is_some(),
            calendar.is_some()
        )
        .expect("write to string");
        writeln!(
            embedded,
            "    ({file:?}, include_bytes!({:?})),",
            dir.join(&file).display()
        )
        .expect("write to string");
        manifest.push(format!("{{\"name\":\"words/{code}\",\"file\":\"{file}\"}}"));
    }
    index.push_str("];\n");
    embedded.push_str("];\n");
    std::fs::write(Path::new(out).join("packs_index.rs"), index).expect("write pack index");
    std::fs::write(Path::new(out).join("packs_embedded.rs"), embedded)
        .expect("write embedded packs");
    std::fs::write(Path::new(out).join("pack_format.txt"), &format).expect("write pack format");
    // For tools/build-pkg.mjs: which packs to copy into the npm package.
    std::fs::write(
        dir.join("manifest.json"),
        format!(
            "{{\"format\":\"{format}\",\"packs\":[{}]}}\n",
            manifest.join(",")
        ),
    )
    .expect("write pack manifest");
}
