//! An index of the conformance cases, so that the wasm tests (which cannot read files) run the
//! same cases as the native ones.

use std::fmt::Write as _;
use std::path::Path;

/// Writes `cases.rs`: every `tests/cases/**/*.json` with its text.
pub fn write_index(out: &str) {
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
    std::fs::write(Path::new(out).join("cases.rs"), index).expect("write case index");
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
