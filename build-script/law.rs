//! The law data: every profile and calendar read, each checked alone, inheritance resolved
//! and checked again, then the references between files (`model::check_all`); and the rules
//! version, from the newest verification date and a hash of every data file.

use std::path::Path;

use crate::{calendar_model, model};

/// The law data as read and checked.
pub struct Law {
    /// The profiles as written (inheritance unresolved): what the packs carry.
    pub unresolved: Vec<model::ProfileData>,
    pub calendars: Vec<calendar_model::CalendarData>,
    /// A hash of every data file's text.
    pub hash: u32,
    /// The newest `last_verified` date.
    pub newest: String,
}

/// Reads and checks `src/jurisdictions/` and `src/calendars/`.
pub fn read() -> Law {
    let mut hash: u32 = 0x811c_9dc5;
    let mut profiles: Vec<model::ProfileData> = read_dir_of(
        "src/jurisdictions",
        "profile",
        &mut hash,
        model::ProfileData::check,
        |p| &p.code,
    );
    if profiles.is_empty() {
        panic!("src/jurisdictions: no jurisdiction data files found");
    }
    let newest = profiles
        .iter()
        .map(|p| p.last_verified.to_string())
        .max()
        .unwrap_or_default();
    // Inherited pathways are resolved here to check them, but packed unresolved: the runtime
    // copies them in from the baseline when it unpacks a profile (law::find_profile). Packing
    // them resolved repeated the EU's pathways and provisions in four Member States' blobs,
    // which gzip cannot see across.
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
    let calendars: Vec<calendar_model::CalendarData> = read_dir_of(
        "src/calendars",
        "calendar",
        &mut hash,
        calendar_model::CalendarData::check,
        |c| &c.code,
    );
    if let Err(e) = model::check_all(&profiles, &calendars) {
        panic!("{e}");
    }
    Law {
        unresolved,
        calendars,
        hash,
        newest,
    }
}

/// Writes `rules_version.txt`: the newest verification date and the data's hash, so any change
/// to the law data changes the version a result reports.
pub fn write_version(out: &str, law: &Law) {
    std::fs::write(
        Path::new(out).join("rules_version.txt"),
        format!("{}+{:08x}", law.newest, law.hash),
    )
    .expect("write rules version");
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
