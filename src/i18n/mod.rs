//! Messages in the engine's seven languages: English (the fallback), German, French, Spanish,
//! Dutch, Serbian in Latin script and Romanian.
//!
//! The catalogues are Fluent files (`src/locales/<locale>.ftl`) parsed at build time (see
//! `model.rs` for why not `fluent-bundle`) into one locale pack each (`crate::pack`); the
//! message ids are code ([`MESSAGE_IDS`]). A message missing from a locale falls back to
//! English where English is loaded; `tests/i18n.rs` fails when any locale misses a message or
//! has one English lacks, or uses variables English does not pass.

pub mod model;

use model::{Catalogue, Element, Pattern};

use crate::error::{Error, ErrorCode};
use crate::pack::{self, PackKind};

include!(concat!(env!("OUT_DIR"), "/message_ids.rs"));

/// The locales this engine speaks, English first, loaded or not.
pub fn locales() -> impl Iterator<Item = &'static str> {
    pack::all()
        .filter(|p| p.kind == PackKind::Locale)
        .map(|p| p.code)
}

/// An argument of a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// Text, selected on by exact match.
    Str(&'a str),
    /// A whole number, selected on by exact number or plural category.
    Num(i64),
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Arg<'a> {
        Arg::Str(s)
    }
}

impl<'a> From<&'a &String> for Arg<'a> {
    fn from(s: &'a &String) -> Arg<'a> {
        Arg::Str(s)
    }
}

impl<'a> From<&'a &str> for Arg<'a> {
    fn from(s: &'a &str) -> Arg<'a> {
        Arg::Str(s)
    }
}

macro_rules! number_args {
    ($($ty:ty),*) => {$(
        impl From<&$ty> for Arg<'_> {
            fn from(n: &$ty) -> Self {
                Arg::Num(i64::try_from(*n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(u8, u16, u32, i32, i16, i8, usize, i64);

/// `tr!(locale, "message-id", name = value, …)`: the message with its arguments, each value
/// text or a whole number.
macro_rules! tr {
    ($locale:expr, $id:expr $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::i18n::t($locale, $id, &[$((stringify!($k), $crate::i18n::Arg::from(&$v))),*])
    };
}
pub(crate) use tr;

/// A date in words in `locale`: "Wednesday 9 December 2026", "Mittwoch, 9. Dezember 2026".
pub fn long_date(locale: &str, d: crate::calendar::Date) -> String {
    let weekday = t(
        locale,
        &format!("weekday-{}", d.weekday().to_monday_one_offset()),
        &[],
    );
    let month = t(locale, &format!("month-{}", d.month()), &[]);
    tr!(
        locale,
        "date-long",
        weekday = weekday,
        day = d.day(),
        month = month,
        year = d.year()
    )
}

/// The locale to answer in for a requested BCP 47 tag: the best match among the engine's
/// locales (`de-AT` → `de`, `sr-Latn-RS` → `sr-Latn`; `sr` → `sr-Latn`, the only Serbian
/// script here), or English when none matches; its pack must be loaded.
///
/// # Errors
/// `invalid_value` (at `path`) when the tag is not shaped like a BCP 47 language tag;
/// `pack_not_loaded` (at `path`) when the locale's pack is not loaded.
pub fn negotiate(requested: Option<&str>, path: &str) -> Result<&'static str, Error> {
    let locale = negotiate_known(requested, path)?;
    pack::require_locale(locale, path)?;
    Ok(locale)
}

/// [`negotiate`] among the locales the engine knows, loaded or not.
///
/// # Errors
/// `invalid_value` (at `path`) when the tag is not shaped like a BCP 47 language tag.
pub fn negotiate_known(requested: Option<&str>, path: &str) -> Result<&'static str, Error> {
    let Some(tag) = requested else {
        return Ok("en");
    };
    let shaped = !tag.is_empty()
        && tag.len() <= 35
        && tag
            .split(['-', '_'])
            .all(|p| !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    let language = tag.split(['-', '_']).next().unwrap_or_default();
    if !shaped || !(2..=3).contains(&language.len()) {
        return Err(Error::new(
            ErrorCode::InvalidValue,
            path,
            format!(
                "'{}' is not a language tag such as 'de' or 'sr-Latn'; the engine speaks {}",
                crate::error::shorten(tag),
                locales().collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    let language = language.to_ascii_lowercase();
    Ok(locales()
        .find(|l| l.split('-').next() == Some(language.as_str()))
        .unwrap_or("en"))
}

fn catalogue(locale: &str) -> Option<&'static Catalogue> {
    pack::locale(locale).map(|e| &e.catalogue)
}

/// The position of message `id` among the ids.
fn index(id: &str) -> Option<usize> {
    MESSAGE_IDS.binary_search(&id).ok()
}

/// Message `id`'s pattern in catalogue `c`.
fn get<'c>(c: &'c Catalogue, id: &str) -> Option<&'c Pattern> {
    c.at(index(id)?)
}

/// The ids of `locale`'s messages (terms with their `-`), sorted; empty for a locale that is
/// unknown or not loaded.
pub fn message_ids(locale: &str) -> Vec<&'static str> {
    let Some(c) = catalogue(locale) else {
        return Vec::new();
    };
    MESSAGE_IDS
        .iter()
        .enumerate()
        .filter(|(i, _)| c.at(*i).is_some())
        .map(|(_, id)| *id)
        .collect()
}

/// The variables message `id` uses in `locale`, sorted.
pub fn variables(locale: &str, id: &str) -> Vec<String> {
    let mut v = catalogue(locale)
        .and_then(|c| get(c, id))
        .map(Catalogue::variables)
        .unwrap_or_default();
    crate::sort::sort(&mut v);
    v
}

/// Whether `id` is a message of the engine's (English, the reference, has every one).
pub fn has(id: &str) -> bool {
    index(id).is_some()
}

/// A locale for tests only: every message comes out as its English words wrapped in `⟦…⟧`, so
/// a test can tell the engine's words from text that did not come from a catalogue.
#[cfg(test)]
pub(crate) const PSEUDO: &str = "x-pseudo";

/// Message `id` in `locale` with `args`, falling back to English, and to the id itself where
/// English lacks it too (a defect the tests catch).
pub fn t(locale: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    #[cfg(test)]
    if locale == PSEUDO {
        return format!("⟦{}⟧", t("en", id, args));
    }
    let found = catalogue(locale)
        .and_then(|c| get(c, id).map(|p| (c, p)))
        .or_else(|| catalogue("en").and_then(|c| get(c, id).map(|p| (c, p))));
    match found {
        Some((c, p)) => {
            let mut out = String::new();
            write(c, p, args, &mut out, 0);
            out
        }
        None => id.to_owned(),
    }
}

fn write(c: &Catalogue, p: &Pattern, args: &[(&str, Arg<'_>)], out: &mut String, depth: u8) {
    for e in p {
        match e {
            Element::Text(s) => out.push_str(s),
            Element::Var(v) => match args.iter().find(|(k, _)| k == v) {
                Some((_, Arg::Str(s))) => out.push_str(s),
                Some((_, Arg::Num(n))) => out.push_str(&n.to_string()),
                None => {
                    out.push('{');
                    out.push_str(v);
                    out.push('}');
                }
            },
            Element::Ref(id) => {
                // The build refuses a reference that loops or leads nowhere
                // (`Catalogue::check_references`); the depth bound guards a defect anyway.
                if let Some(r) = get(c, id).filter(|_| depth < 8) {
                    write(c, r, args, out, depth + 1);
                }
            }
            Element::Select {
                selector,
                variants,
                default,
            } => {
                let arg = args.iter().find(|(k, _)| k == selector).map(|(_, a)| *a);
                let chosen = variants
                    .iter()
                    .position(|(key, _)| match arg {
                        Some(Arg::Str(s)) => key == s,
                        Some(Arg::Num(n)) => *key == n.to_string() || key == plural(&c.locale, n),
                        None => false,
                    })
                    .unwrap_or(*default);
                if let Some((_, p)) = variants.get(chosen) {
                    write(c, p, args, out, depth);
                }
            }
        }
    }
}

/// `ThirdCountryNational` → `third-country-national`: message ids from Rust names.
pub fn kebab(camel: &str) -> String {
    let mut out = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The CLDR cardinal plural category of the integer `n` in `locale` (integers only: the engine
/// counts days, pathways and questions). Checked against the PyPI `babel` package's CLDR data
/// in `tests/i18n.rs`.
pub fn plural(locale: &str, n: i64) -> &'static str {
    let n = n.unsigned_abs();
    match locale {
        "fr" => {
            if n <= 1 {
                "one"
            } else if n != 0 && n.is_multiple_of(1_000_000) {
                "many"
            } else {
                "other"
            }
        }
        "es" => {
            if n == 1 {
                "one"
            } else if n != 0 && n.is_multiple_of(1_000_000) {
                "many"
            } else {
                "other"
            }
        }
        "ro" => {
            if n == 1 {
                "one"
            } else if n == 0 || (1..=19).contains(&(n % 100)) {
                "few"
            } else {
                "other"
            }
        }
        "sr-Latn" => {
            let (d, h) = (n % 10, n % 100);
            if d == 1 && h != 11 {
                "one"
            } else if (2..=4).contains(&d) && !(12..=14).contains(&h) {
                "few"
            } else {
                "other"
            }
        }
        // en, de, nl
        _ => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
    }
}
