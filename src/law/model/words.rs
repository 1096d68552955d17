//! The words of the law data that reach a person, each under a stable key: what a pathway
//! gives and requires, what a provision says, a time limit's label and note, a contact's
//! notes, a counting rule's steps, a holiday's name. The data's English stays in the TOML; a
//! translation is a Fluent file per jurisdiction and locale (`src/law-words/<locale>/<code>.ftl`)
//! whose messages carry these keys.
//!
//! One walk, [`profile_texts`] / [`calendar_texts`], names every such text with its key. The
//! build script reads the English through it (to check each translation's keys) and writes a
//! locale's words through it into a copy of the profile, marked (`translation`), which it packs
//! as that jurisdiction's words pack (`words-AT-de.ppk`). The engine reads that pack instead of
//! the English one for calls in that locale, so it applies nothing at run time. A key is derived
//! in one place, and a text added to the model without a key here stays English (the
//! pseudo-locale test and `every_text_of_the_law_data_is_translated_into_every_locale` see
//! it).
//!
//! Not walked, on purpose: legal names and citations (a pathway's `local_name`, instruments'
//! titles, articles, sources, a holiday's `local_name`), organisation names, identifiers.

use serde::{Deserialize, Serialize};

use super::super::calendar_model::CalendarData;
use super::ProfileData;

vocabulary! {
    /// Where a text in another language than the data's English comes from.
    pub enum Translation {
        /// Made here and not yet reviewed by a native speaker: read it beside the English.
        Unreviewed = "unreviewed",
        /// The law's own wording in that language (its source is cited).
        Official = "official",
    }
}

/// The key of one text, made only when it is written out (`Display`): `pathway-` + id +
/// `-2` for a second version + `-param` + `3` + `-name` = `pathway-x-2-param3-name`. The walk
/// builds these cheaply; only the build script and the tests turn them into text, so the
/// engine carries no key formatting, and a words pack holds its texts in walk order.
#[derive(Debug, Clone, Copy)]
pub struct Key<'a> {
    prefix: &'static str,
    id: &'a str,
    version: Option<usize>,
    field: &'static str,
    index: usize,
    tail: &'static str,
}

impl<'a> Key<'a> {
    const fn of(prefix: &'static str, id: &'a str) -> Key<'a> {
        Key {
            prefix,
            id,
            version: None,
            field: "",
            index: 0,
            tail: "",
        }
    }
    const fn version(self, version: Option<usize>) -> Key<'a> {
        Key { version, ..self }
    }
    const fn field(self, field: &'static str) -> Key<'a> {
        Key { field, ..self }
    }
    const fn nth(self, field: &'static str, index: usize, tail: &'static str) -> Key<'a> {
        Key {
            field,
            index,
            tail,
            ..self
        }
    }
}

impl std::fmt::Display for Key<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.prefix)?;
        f.write_str(self.id)?;
        if let Some(v) = self.version {
            write!(f, "-{v}")?;
        }
        f.write_str(self.field)?;
        if self.index > 0 {
            write!(f, "{}", self.index)?;
        }
        f.write_str(self.tail)
    }
}

/// What a walk calls for each text of the data.
pub trait Visit {
    /// Whether this visitor reads keys (the build script and the tests do). The engine's does
    /// not: it takes a words pack's texts in walk order, so no key is ever made in the wasm
    /// (the walk's key closures and bookkeeping compile away there).
    const KEYS: bool;
    /// Visits one text under the key `key()` makes; answers how the text now reads (`None`:
    /// as the data's English).
    fn text<'k>(&mut self, key: impl FnOnce() -> Key<'k>, text: &mut String)
        -> Option<Translation>;
}

/// The version part of a key: nothing for the first of an id, `-2` for the second, …
fn nth_of(seen: &mut Vec<String>, id: &str) -> Option<usize> {
    let n = seen.iter().filter(|s| *s == id).count() + 1;
    seen.push(id.to_owned());
    (n > 1).then_some(n)
}

/// The mark of an item of several texts: unreviewed if any text is (the weakest), official if
/// every translated one is, none while all are English.
fn weakest(marks: impl IntoIterator<Item = Option<Translation>>) -> Option<Translation> {
    marks.into_iter().flatten().min()
}

/// Visits every text of a profile's own data that reaches a person, and marks each provision, pathway and time limit with what `f` answers.
pub fn profile_texts<V: Visit>(p: &mut ProfileData, v: &mut V) {
    v.text(|| Key::of("name", ""), &mut p.name);
    v.text(|| Key::of("summary", ""), &mut p.summary);
    for (key, provision) in &mut p.provisions {
        // Inherited provisions (`EU/…`) are the baseline's, translated there.
        if !key.contains('/') {
            provision.translation = v.text(|| Key::of("provision-", key), &mut provision.says);
        }
    }
    let mut seen: Vec<String> = Vec::new();
    for w in &mut p.pathways {
        let at = Key::of("pathway-", &w.id).version(if V::KEYS {
            nth_of(&mut seen, &w.id)
        } else {
            None
        });
        let mut marks = vec![
            v.text(|| at.field("-name"), &mut w.name),
            v.text(|| at.field("-summary"), &mut w.summary),
        ];
        if !w.absent_reason.is_empty() {
            marks.push(v.text(|| at.field("-absent"), &mut w.absent_reason));
        }
        for (j, x) in w.parameters.iter_mut().enumerate() {
            marks.push(v.text(|| at.nth("-param", j + 1, "-name"), &mut x.name));
            marks.push(v.text(|| at.nth("-param", j + 1, "-value"), &mut x.value));
        }
        for (j, a) in w.decided_by.iter_mut().enumerate() {
            marks.push(v.text(|| at.nth("-by", j + 1, ""), &mut a.name));
        }
        for (j, a) in w.alternatives.iter_mut().enumerate() {
            marks.push(v.text(|| at.nth("-ground", j + 1, ""), &mut a.name));
        }
        w.translation = weakest(marks);
    }
    for r in &mut p.counting_rules {
        let at = Key::of("rule-", &r.id);
        v.text(|| at.field("-applies"), &mut r.applies_to);
        v.text(
            || at.field("-holidays-of"),
            &mut r.working_days.public_holidays_of,
        );
        say(v, || at.field("-event-day"), &mut r.event_day_excluded);
        say(v, || at.field("-period-end"), &mut r.period_end);
        say(
            v,
            || at.field("-working-days"),
            &mut r.working_days.provision,
        );
        for (j, x) in r.last_day_roll.iter_mut().enumerate() {
            say(v, || at.nth("-roll", j + 1, ""), x);
        }
        for (j, x) in r.minimum_working_days.iter_mut().enumerate() {
            say(v, || at.nth("-minimum", j + 1, ""), &mut x.provision);
        }
        if let Some(x) = &mut r.days_are_working_days {
            say(v, || at.field("-days-are-working"), x);
        }
        if let Some(x) = &mut r.month_end {
            say(v, || at.field("-month-end"), x);
        }
        if let Some(x) = &mut r.applies_up_to {
            say(v, || at.field("-up-to"), &mut x.provision);
        }
        for (j, x) in r.notes.iter_mut().enumerate() {
            say(v, || at.nth("-note", j + 1, "-source"), &mut x.provision);
        }
        for (j, x) in r.notes.iter_mut().enumerate() {
            v.text(|| at.nth("-note", j + 1, ""), &mut x.text);
        }
    }
    let mut slots: Vec<String> = Vec::new();
    for t in &mut p.time_limits {
        // Every time limit's key has its number in the slot (`limit-asylum-appeal-1-label`).
        let n = if V::KEYS {
            nth_of(&mut slots, &t.slot).unwrap_or(1)
        } else {
            1
        };
        let at = Key::of("limit-", &t.slot).version(Some(n));
        let mut marks = vec![v.text(|| at.field("-label"), &mut t.label)];
        for (suffix, text) in [
            ("-note", &mut t.note),
            ("-boundary", &mut t.boundary_note),
            ("-range", &mut t.range_text),
        ] {
            if !text.is_empty() {
                marks.push(v.text(|| at.field(suffix), text));
            }
        }
        t.translation = weakest(marks);
    }
    for c in &mut p.contacts {
        c.provision.translation = v.text(|| Key::of("contact-", &c.id), &mut c.provision.says);
    }
}

/// Visits every text of a calendar that reaches a person, and marks each holiday and provision with what `f` answers.
pub fn calendar_texts<V: Visit>(c: &mut CalendarData, v: &mut V) {
    c.provision.translation = v.text(|| Key::of("calendar-provision", ""), &mut c.provision.says);
    if !c.incomplete_reason.is_empty() {
        v.text(
            || Key::of("calendar-incomplete", ""),
            &mut c.incomplete_reason,
        );
    }
    for r in &mut c.regions {
        let at = Key::of("region-", &r.code);
        v.text(|| at, &mut r.name);
        if !r.incomplete_reason.is_empty() {
            v.text(|| at.field("-incomplete"), &mut r.incomplete_reason);
        }
        if let Some(p) = &mut r.provision {
            p.translation = v.text(|| at.field("-provision"), &mut p.says);
        }
    }
    let mut seen: Vec<String> = Vec::new();
    for h in &mut c.holidays {
        let at = Key::of("holiday-", &h.id).version(if V::KEYS {
            nth_of(&mut seen, &h.id)
        } else {
            None
        });
        h.translation = v.text(|| at.field("-name"), &mut h.name);
        if let Some(p) = &mut h.provision {
            p.translation = v.text(|| at.field("-provision"), &mut p.says);
        }
    }
}

/// A provision's words, with its mark.
fn say<'k, V: Visit>(v: &mut V, key: impl FnOnce() -> Key<'k>, x: &mut super::Provision) {
    x.translation = v.text(key, &mut x.says);
}

/// One jurisdiction's law words in one locale, as a words pack holds them: the profile's
/// texts and then the calendar's, in the order of [`profile_texts`] and [`calendar_texts`]
/// over the English data, `None` where a text has no translation (it stays English).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct WordsData {
    /// The jurisdiction (`AT`).
    pub code: String,
    /// The locale (`de`).
    pub locale: String,
    /// The profile's texts, in walk order.
    pub profile: Vec<Option<WordsText>>,
    /// The calendar's texts, in walk order.
    pub calendar: Vec<Option<WordsText>>,
}

/// One translated text.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct WordsText {
    /// The text in the locale.
    pub text: String,
    /// The law's own wording in that language (else made here, unreviewed).
    pub official: bool,
}

/// The build's visitor: a locale's texts, in walk order, written into the English.
struct Apply<'w>(std::slice::Iter<'w, Option<WordsText>>);

impl Visit for Apply<'_> {
    const KEYS: bool = false;
    fn text<'k>(&mut self, _: impl FnOnce() -> Key<'k>, text: &mut String) -> Option<Translation> {
        let w = self.0.next()?.as_ref()?;
        w.text.clone_into(text);
        Some(if w.official {
            Translation::Official
        } else {
            Translation::Unreviewed
        })
    }
}

/// `p` in the words of a words pack (`words` in the order of [`profile_texts`]), each
/// translated item marked.
pub fn profile_in_words(p: &mut ProfileData, words: &[Option<WordsText>]) {
    profile_texts(p, &mut Apply(words.iter()));
}

/// `c` in the words of a words pack (in the order of [`calendar_texts`]).
pub fn calendar_in_words(c: &mut CalendarData, words: &[Option<WordsText>]) {
    calendar_texts(c, &mut Apply(words.iter()));
}

/// A visitor that collects every text with its key, as the data has it.
#[derive(Debug, Default)]
pub struct Collect(pub Vec<(String, String)>);

impl Visit for Collect {
    const KEYS: bool = true;
    fn text<'k>(
        &mut self,
        key: impl FnOnce() -> Key<'k>,
        text: &mut String,
    ) -> Option<Translation> {
        self.0.push((key().to_string(), text.clone()));
        None
    }
}
