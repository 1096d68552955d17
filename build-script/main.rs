//! The build script: reads the law data, the holiday calendars and the messages, checks them,
//! and writes what the engine includes — the law and locale packs, the pack index, the message
//! ids, the rules version — and the index of the conformance cases for the wasm tests.
//!
//! Each job is a module here; the checks themselves live in the models this script shares with
//! the crate (`src/law/model.rs`, `src/law/calendar_model.rs`, `src/i18n/model.rs`), so that
//! `cargo test` runs them on broken data too. A file that does not check stops the build with a
//! message naming the file and the field.

// Host code: clippy.toml's sort rule is the wasm's size budget.
#![allow(clippy::disallowed_methods)]

#[path = "../src/law/model/mod.rs"]
#[allow(dead_code)]
mod model;

#[path = "../src/law/calendar_model.rs"]
#[allow(dead_code)]
mod calendar_model;

#[path = "../src/i18n/model.rs"]
#[allow(dead_code)]
mod i18n_model;

#[path = "../src/pack/format.rs"]
#[allow(dead_code)]
mod pack_format;

mod cases;
mod catalogues;
mod law;
mod packs;
mod words;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut law = law::read();
    let words = words::read(&law.unresolved, &law.calendars, &mut law.hash);
    let catalogues = catalogues::write(&out);
    packs::write(
        &out,
        &law.unresolved,
        &law.calendars,
        &catalogues,
        &words,
        law.hash,
    );
    law::write_version(&out, &law);
    cases::write_index(&out);
}
