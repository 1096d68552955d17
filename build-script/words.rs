//! The law's words in other locales: `src/law-words/<locale>/<CODE>.ftl` (a profile's texts)
//! and `<CODE>-calendar.ftl` (its calendar's), one message per text under the key
//! `law::model::words` gives it. Each file is read with Project Fluent's parser; a key the
//! English data does not have, a message that is not plain text, or a file for a jurisdiction
//! that does not exist stops the build with the file and key. A text a file leaves out stays
//! English (and says so in the output).
//!
//! A message is `unreviewed` (made here) unless it has the attribute `.official` (the law's own
//! wording in that language, with its source as the attribute's value).

use std::collections::BTreeMap;
use std::path::Path;

use crate::calendar_model::CalendarData;
use crate::model::{self, ProfileData, WordsData, WordsText};

/// The locales law words may be written in (English is the data itself).
const LOCALES: &[&str] = &["de", "fr", "es", "nl", "sr-Latn", "ro"];

/// Every words file, checked: for each (jurisdiction, locale) with one, its texts in walk
/// order. `hash` takes in their bytes (the rules version changes with them).
pub fn read(
    profiles: &[ProfileData],
    calendars: &[CalendarData],
    hash: &mut u32,
) -> Vec<WordsData> {
    let mut out = Vec::new();
    println!("cargo::rerun-if-changed=src/law-words");
    for locale in LOCALES {
        let dir = Path::new("src/law-words").join(locale);
        println!("cargo::rerun-if-changed={}", dir.display());
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        let mut by_code: BTreeMap<String, WordsData> = BTreeMap::new();
        for path in files {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let Some(stem) = name.strip_suffix(".ftl") else {
                continue;
            };
            println!("cargo::rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            for b in text.as_bytes() {
                *hash = (*hash ^ u32::from(*b)).wrapping_mul(16_777_619);
            }
            let file = path.display().to_string();
            let mut messages = parse(&file, &text);
            let code = stem.strip_suffix("-calendar").unwrap_or(stem);
            let entry = by_code.entry(code.to_owned()).or_insert_with(|| WordsData {
                code: code.to_owned(),
                locale: (*locale).to_owned(),
                profile: Vec::new(),
                calendar: Vec::new(),
            });
            if stem.ends_with("-calendar") {
                let mut c = calendars
                    .iter()
                    .find(|c| c.code == code)
                    .unwrap_or_else(|| panic!("{file}: no calendar {code}"))
                    .clone();
                let mut v = Aligned(&mut messages, Vec::new());
                model::calendar_texts(&mut c, &mut v);
                entry.calendar = v.1;
            } else {
                let mut p = profiles
                    .iter()
                    .find(|p| p.code == code)
                    .unwrap_or_else(|| panic!("{file}: no profile {code}"))
                    .clone();
                let mut v = Aligned(&mut messages, Vec::new());
                model::profile_texts(&mut p, &mut v);
                entry.profile = v.1;
            }
            if let Some(key) = messages.keys().next() {
                panic!("{file}: {key} is not a text of the data (see src/law/model/words.rs)");
            }
        }
        out.extend(by_code.into_values());
    }
    out
}

/// Takes the translations out of a file's messages in the walk's order, so what is left
/// names no text of the data.
struct Aligned<'m>(&'m mut BTreeMap<String, WordsText>, Vec<Option<WordsText>>);

impl model::Visit for Aligned<'_> {
    const KEYS: bool = true;
    fn text<'k>(
        &mut self,
        key: impl FnOnce() -> model::Key<'k>,
        _: &mut String,
    ) -> Option<model::Translation> {
        self.1.push(self.0.remove(&key().to_string()));
        None
    }
}

/// The messages of one file, each plain text on one line.
fn parse(file: &str, text: &str) -> BTreeMap<String, WordsText> {
    use fluent_syntax::ast;
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("{file}: {:?}", errors.first()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let key = m.id.name;
        let Some(value) = m.value else {
            panic!("{file}: {key} has no text");
        };
        let mut words = String::new();
        for element in &value.elements {
            match element {
                ast::PatternElement::TextElement { value } => words.push_str(value),
                ast::PatternElement::Placeable { .. } => {
                    panic!("{file}: {key}: law words are plain text (no {{ }})")
                }
            }
        }
        if words.trim().is_empty() || words.contains('\n') {
            panic!("{file}: {key}: one line of text");
        }
        let official = m.attributes.iter().any(|a| a.id.name == "official");
        if out
            .insert(
                key.to_owned(),
                WordsText {
                    text: words,
                    official,
                },
            )
            .is_some()
        {
            panic!("{file}: {key} is written twice");
        }
    }
    out
}
