//! Reads the jurisdiction data files, checks them, and packs them into the binary.
//!
//! The files are TOML for the people who maintain them; the wasm carries a compact postcard
//! encoding instead of a TOML parser. A file that does not check stops the build with a message
//! naming the file and the field.

// Host code: clippy.toml's sort rule is the wasm's size budget.
#![allow(clippy::disallowed_methods)]

use std::fmt::Write as _;
use std::path::Path;

#[path = "src/law/model.rs"]
#[allow(dead_code)]
mod model;

#[path = "src/law/calendar_model.rs"]
#[allow(dead_code)]
mod calendar_model;

#[path = "src/i18n/model.rs"]
#[allow(dead_code)]
mod i18n_model;

#[path = "src/pack/format.rs"]
#[allow(dead_code)]
mod pack_format;

fn main() {
    let mut hash: u32 = 0x811c_9dc5;
    let mut profiles: Vec<model::ProfileData> = read_dir_of(
        "src/jurisdictions",
        "profile",
        &mut hash,
        model::ProfileData::check,
        |p| &p.code,
    );
    let newest = profiles
        .iter()
        .map(|p| p.last_verified.clone())
        .max()
        .unwrap_or_default();
    if profiles.is_empty() {
        panic!("src/jurisdictions: no jurisdiction data files found");
    }
    // Inherited pathways are resolved here to check them, but packed unresolved: the runtime
    // copies them in from the baseline when it unpacks a profile (law::find_profile). Packing
    // them resolved repeated the EU's pathways and provisions in four Member States' blobs,
    // which gzip cannot see across, about 10 KB of the wasm budget.
    let unresolved = profiles.clone();
    let bases: Vec<model::ProfileData> = profiles
        .iter()
        .filter(|p| p.kind == model::JurisdictionKind::Baseline)
        .cloned()
        .collect();
    let base_refs: Vec<&model::ProfileData> = bases.iter().collect();
    for profile in &mut profiles {
        let file = format!(
            "src/jurisdictions/{}.toml",
            profile.code.to_ascii_lowercase()
        );
        if let Err(e) = profile.resolve_inheritance(&base_refs) {
            panic!("{file}: {e}");
        }
        if let Err(e) = profile.check() {
            panic!("{file} (after inheritance): {e}");
        }
    }

    for profile in &profiles {
        for (i, t) in profile.time_limits.iter().enumerate() {
            if let Some((base, rule)) = t.rule.split_once('/') {
                let found = profiles
                    .iter()
                    .any(|p| p.code == base && p.counting_rules.iter().any(|r| r.id == rule));
                if !found {
                    panic!(
                        "src/jurisdictions/{}.toml: time_limits[{i}].rule: no counting rule '{}'",
                        profile.code.to_ascii_lowercase(),
                        t.rule
                    );
                }
            }
        }
    }
    // Guidance rules may cite a baseline's provision as `EU/key` or `COE/key`.
    for profile in &profiles {
        for (i, g) in profile.guidance.iter().enumerate() {
            for k in &g.provisions {
                if let Some((base, key)) = k.split_once('/') {
                    let found = profiles
                        .iter()
                        .any(|p| p.code == base && p.provisions.contains_key(key));
                    if !found {
                        panic!(
                            "src/jurisdictions/{}.toml: guidance[{i}].provisions: no provision '{k}'",
                            profile.code.to_ascii_lowercase()
                        );
                    }
                }
            }
        }
    }
    let calendars = read_calendars(&mut hash, &profiles);

    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let catalogues = write_catalogues(&out);
    write_packs(&out, &unresolved, &calendars, &catalogues, hash);
    // The rules version: the newest verification date and a hash of every data file, so any
    // change to the law data changes the version a result reports.
    std::fs::write(
        Path::new(&out).join("rules_version.txt"),
        format!("{newest}+{hash:08x}"),
    )
    .expect("write rules version");

    // An index of the conformance cases, so that the wasm tests (which cannot read files) run
    // the same cases as the native ones.
    let cases = Path::new("tests/cases");
    println!("cargo::rerun-if-changed={}", cases.display());
    let mut index = String::from("pub const CASES: &[(&str, &str)] = &[\n");
    let mut case_files = Vec::new();
    collect_json(cases, &mut case_files);
    case_files.sort();
    for file in case_files {
        println!("cargo::rerun-if-changed={}", file.display());
        let abs = std::fs::canonicalize(&file).expect("case path");
        let name = file
            .strip_prefix(cases)
            .unwrap_or(&file)
            .display()
            .to_string();
        writeln!(index, "    ({name:?}, include_str!({:?})),", abs.display())
            .expect("write to string");
    }
    index.push_str("];\n");
    std::fs::write(Path::new(&out).join("cases.rs"), index).expect("write case index");
}

/// Reads and checks `src/calendars/*.toml`; every deadline-only day a counting rule names must
/// exist in the rule's calendar with `scope = "deadlines"`.
fn read_calendars(
    hash: &mut u32,
    profiles: &[model::ProfileData],
) -> Vec<calendar_model::CalendarData> {
    let calendars: Vec<calendar_model::CalendarData> = read_dir_of(
        "src/calendars",
        "calendar",
        hash,
        calendar_model::CalendarData::check,
        |c| &c.code,
    );
    for profile in profiles {
        for (i, rule) in profile.counting_rules.iter().enumerate() {
            let at = format!(
                "src/jurisdictions/{}.toml: counting_rules[{i}]",
                profile.code.to_ascii_lowercase()
            );
            if let Some(code) = &rule.working_days.calendar {
                let Some(cal) = calendars.iter().find(|c| &c.code == code) else {
                    panic!("{at}.working_days.calendar: no calendar '{code}' in src/calendars");
                };
                for extra in &rule.working_days.also_non_working {
                    let ok = cal.holidays.iter().any(|h| {
                        &h.id == extra && h.scope == calendar_model::HolidayScope::Deadlines
                    });
                    if !ok {
                        panic!("{at}.working_days.also_non_working: '{extra}' is not a deadlines-only day of calendar {code}");
                    }
                }
            } else if !rule.working_days.also_non_working.is_empty() {
                panic!("{at}.working_days.also_non_working: needs working_days.calendar");
            }
        }
    }
    calendars
}

/// Reads every `*.toml` in `dir` as a `T`, checks it, makes sure it sits in `<code>.toml`, and
/// folds its text into `hash` (the rules version). Stops the build with a message naming the
/// file and the field at the first problem.
fn read_dir_of<T: serde::de::DeserializeOwned>(
    dir: &str,
    what: &str,
    hash: &mut u32,
    check: fn(&T) -> Result<(), String>,
    code: fn(&T) -> &String,
) -> Vec<T> {
    let dir = Path::new(dir);
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in &files {
        println!("cargo::rerun-if-changed={}", file.display());
        let text = std::fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        let item: T = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        if let Err(e) = check(&item) {
            panic!("{}: {e}", file.display());
        }
        let expected = format!("{}.toml", code(&item).to_ascii_lowercase());
        if file.file_name().is_some_and(|n| n != expected.as_str()) {
            panic!(
                "{}: a {what} with code {} belongs in {expected}",
                file.display(),
                code(&item)
            );
        }
        for byte in text.bytes() {
            *hash = (*hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
        out.push(item);
    }
    out
}

/// The locales the engine ships, English first (the fallback).
const LOCALES: &[&str] = &["en", "de", "fr", "es", "nl", "sr-Latn", "ro"];

/// Parses `src/locales/<locale>.ftl` with Project Fluent's parser and reduces each to the
/// engine's subset (`src/i18n/model.rs`): every locale's patterns in the order of English's
/// sorted ids, which are written once, as code (`message_ids.rs`), since the engine's code
/// names them. A syntax error or an unsupported construct stops the build with the file and
/// message id. Returns the catalogues (ids empty), English first.
fn write_catalogues(out: &str) -> Vec<i18n_model::Catalogue> {
    use fluent_syntax::ast;
    use i18n_model::{Catalogue, Element, Pattern};

    fn inline(file: &str, id: &str, e: &ast::InlineExpression<&str>) -> Element {
        match e {
            ast::InlineExpression::VariableReference { id: v } => Element::Var(v.name.to_owned()),
            ast::InlineExpression::MessageReference { id: m, attribute: None } => {
                Element::Ref(m.name.to_owned())
            }
            ast::InlineExpression::TermReference { id: t, attribute: None, arguments: None } => {
                Element::Ref(format!("-{}", t.name))
            }
            ast::InlineExpression::StringLiteral { value } => Element::Text((*value).to_owned()),
            ast::InlineExpression::Placeable { expression } => match &**expression {
                ast::Expression::Inline(i) => inline(file, id, i),
                ast::Expression::Select { .. } => {
                    panic!("{file}: {id}: a nested select is not supported")
                }
            },
            other => panic!("{file}: {id}: unsupported expression {other:?} (use variables, references and selects)"),
        }
    }
    fn pattern(file: &str, id: &str, p: &ast::Pattern<&str>) -> Pattern {
        let mut out: Pattern = Vec::new();
        for element in &p.elements {
            let e = match element {
                ast::PatternElement::TextElement { value } => Element::Text((*value).to_owned()),
                ast::PatternElement::Placeable { expression } => match expression {
                    ast::Expression::Inline(i) => inline(file, id, i),
                    ast::Expression::Select { selector, variants } => {
                        let ast::InlineExpression::VariableReference { id: v } = selector else {
                            panic!("{file}: {id}: a select must be on a variable");
                        };
                        let default = variants
                            .iter()
                            .position(|x| x.default)
                            .unwrap_or_else(|| panic!("{file}: {id}: a select needs a default"));
                        Element::Select {
                            selector: v.name.to_owned(),
                            variants: variants
                                .iter()
                                .map(|x| {
                                    let key = match &x.key {
                                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                                        ast::VariantKey::NumberLiteral { value } => {
                                            (*value).to_owned()
                                        }
                                    };
                                    (key, pattern(file, id, &x.value))
                                })
                                .collect(),
                            default,
                        }
                    }
                },
            };
            // Adjacent text (Fluent splits at line breaks) is joined.
            match (out.last_mut(), e) {
                (Some(Element::Text(prev)), Element::Text(t)) => prev.push_str(&t),
                (_, e) => out.push(e),
            }
        }
        out
    }

    let dir = Path::new("src/locales");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut catalogues = Vec::new();
    assert_eq!(
        LOCALES.first(),
        Some(&"en"),
        "English comes first: it carries the ids"
    );
    let mut english_ids: Vec<String> = Vec::new();
    for locale in LOCALES {
        let file = dir.join(format!("{locale}.ftl"));
        println!("cargo::rerun-if-changed={}", file.display());
        let text = std::fs::read_to_string(&file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        let name = file.display().to_string();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{name}: Fluent syntax errors: {errors:?}"),
        };
        let mut messages: Vec<(String, Pattern)> = Vec::new();
        for entry in &resource.body {
            let (id, value) = match entry {
                ast::Entry::Message(m) => (
                    m.id.name.to_owned(),
                    m.value.as_ref().unwrap_or_else(|| {
                        panic!("{name}: {}: a message needs a value", m.id.name)
                    }),
                ),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), &t.value),
                ast::Entry::Junk { content } => panic!("{name}: cannot parse: {content}"),
                _ => continue,
            };
            if messages.iter().any(|(k, _)| *k == id) {
                panic!("{name}: {id} is defined twice");
            }
            let p = pattern(&name, &id, value);
            messages.push((id, p));
        }
        messages.sort_by(|a, b| a.0.cmp(&b.0));
        // Every locale's patterns in English's order; the ids are code.
        if english_ids.is_empty() {
            english_ids = messages.iter().map(|(k, _)| k.clone()).collect();
        } else if let Some((extra, _)) = messages.iter().find(|(k, _)| !english_ids.contains(k)) {
            panic!("{name}: {extra} is not a message of en.ftl");
        }
        catalogues.push(Catalogue {
            locale: (*locale).to_owned(),
            ids: Vec::new(),
            patterns: english_ids
                .iter()
                .map(|id| {
                    messages
                        .iter()
                        .find(|(k, _)| k == id)
                        .map(|(_, p)| p.clone())
                })
                .collect(),
        });
    }
    let mut ids = String::from(
        "/// Every message id (terms with their `-`), sorted: the order of every locale pack's patterns.\npub const MESSAGE_IDS: &[&str] = &[\n",
    );
    for id in &english_ids {
        writeln!(ids, "    {id:?},").expect("write to string");
    }
    ids.push_str("];\n");
    std::fs::write(Path::new(out).join("message_ids.rs"), ids).expect("write message ids");
    catalogues
}

/// Writes one law pack per jurisdiction (its profile, unresolved, and its holiday calendar; a
/// calendar-only pack for a country with no profile yet) and one locale pack per locale into
/// `OUT_DIR/packs/`, with the index the engine carries (`packs_index.rs`: every pack's name,
/// file and the packs it needs) and, for native builds, the packs embedded
/// (`packs_embedded.rs`). The format id ties packs to this engine: its version and a hash of the
/// data model, the law data and the messages.
fn write_packs(
    out: &str,
    profiles: &[model::ProfileData],
    calendars: &[calendar_model::CalendarData],
    catalogues: &[i18n_model::Catalogue],
    data_hash: u32,
) {
    let mut model_hash: u64 = pack_format::fnv64(&data_hash.to_le_bytes());
    for file in [
        "src/law/model.rs",
        "src/law/calendar_model.rs",
        "src/i18n/model.rs",
        "src/pack/format.rs",
    ] {
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
            "    PackInfo {{ kind: PackKind::Law, code: {code:?}, file: {file:?}, profile: {}, calendar: {}, needs: &{needs:?} }},",
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
            "    PackInfo {{ kind: PackKind::Locale, code: {:?}, file: {file:?}, profile: false, calendar: false, needs: &[] }},",
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

fn collect_json(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo::rerun-if-changed={}", path.display());
            collect_json(&path, out);
        } else if path.extension().is_some_and(|x| x == "json") {
            out.push(path);
        }
    }
}
