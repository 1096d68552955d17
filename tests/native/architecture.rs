//! ARCHITECTURE.md's invariants that a reading of the source can hold: the core knows nothing
//! of JS but the `cfg_attr(target_arch = "wasm32", …)` attributes, and never reads a clock. The
//! other invariants are held by behaviour tests (ARCHITECTURE.md names each one).

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// Every line of the core (`src/` but `src/wasm/`), with its file and number, comments left
/// out (a doc may name what the code must not use).
fn core_lines() -> Vec<(String, usize, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut out = Vec::new();
    for f in files.iter().filter(|f| !f.starts_with(src.join("wasm"))) {
        let text = std::fs::read_to_string(f).expect("a source file");
        let name = f.strip_prefix(&src).unwrap_or(f).display().to_string();
        for (i, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("").to_owned();
            if !code.trim().is_empty() {
                out.push((name.clone(), i + 1, code));
            }
        }
    }
    out
}

/// Lines that break `rule`, as `file:line: code`.
fn breaking(rule: impl Fn(&str) -> bool) -> Vec<String> {
    core_lines()
        .into_iter()
        .filter(|(_, _, code)| rule(code))
        .map(|(f, n, code)| format!("{f}:{n}: {}", code.trim()))
        .collect()
}

#[test]
fn the_core_knows_nothing_of_js_but_its_wasm32_attributes() {
    // JS crates and tsify may appear only inside `cfg_attr(target_arch = "wasm32", …)` (the
    // TypeScript declarations, and the unit tests' second runner), compiled out natively.
    let host = [
        "wasm_bindgen",
        "js_sys",
        "web_sys",
        "JsValue",
        "gloo_",
        "tsify",
    ];
    let mut open = false;
    let mut stray = Vec::new();
    for (f, n, code) in core_lines() {
        if code.contains("cfg_attr(") || code.contains("target_arch = \"wasm32\"") {
            open = code.contains("target_arch = \"wasm32\"");
        }
        if !open && host.iter().any(|name| code.contains(name)) {
            stray.push(format!("{f}:{n}: {}", code.trim()));
        }
        if code.trim_end().ends_with(")]") {
            open = false;
        }
    }
    assert!(
        stray.is_empty(),
        "the host outside cfg_attr(wasm32) in the core:\n{}",
        stray.join("\n")
    );
}

#[test]
fn the_core_never_reads_a_clock() {
    let clocks = [
        "SystemTime",
        "Instant::now",
        "Zoned::now",
        "Timestamp::now",
        "civil::Date::today",
        "Date::now",
        "chrono::",
        "time::OffsetDateTime",
    ];
    let found = breaking(|code| clocks.iter().any(|c| code.contains(c)));
    assert!(
        found.is_empty(),
        "a clock read in the core:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_checks_can_fail() {
    // The scan sees the core: a file the invariants name is in it.
    assert!(core_lines()
        .iter()
        .any(|(f, _, code)| f.ends_with("lib.rs") && code.contains("pub mod assess")));
}
