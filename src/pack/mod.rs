//! Law packs and locale packs: the engine holds code; each jurisdiction's law (its profile and
//! holiday calendar) and each locale's messages come as a pack beside it, loaded on demand.
//!
//! The model is ICU4X's: code in the binary, data in postcard blobs made at build time for
//! exactly what an application ships, read through one registry. the build script (`build-script/`) checks the TOML and
//! Fluent sources as before and writes the packs (`OUT_DIR/packs/`, copied into the npm
//! package's `packs/` folder); [`format`](mod@format) is their container.
//!
//! A native build (a Rust server, `cargo test`) embeds every pack and loads them on first use:
//! nothing to call. The wasm carries none: JS hands it the packs' bytes ([`load`]), and asking
//! for a jurisdiction or locale whose pack is not loaded is an error (`pack_not_loaded`) that
//! names the packs to load, never a silent gap: a missing EU pack must not make a Member
//! State's EU deadlines disappear.
//!
//! Loaded packs live for the rest of the program (they are leaked once each: a page loads a
//! handful, and results borrow from them).

pub mod format;

use std::collections::BTreeMap;
use std::sync::{OnceLock, RwLock};

use crate::error::{Error, ErrorCode};
use crate::i18n::model::Catalogue;
use crate::law::{CalendarData, ProfileData};

/// What a pack holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackKind {
    /// A jurisdiction's profile and holiday calendar.
    Law,
    /// A locale's messages.
    Locale,
    /// One jurisdiction's law pack with its words in one locale (code `AT-de`): the same law
    /// as the jurisdiction's pack, its texts translated. It stands in for that pack in calls in
    /// its locale, so a German page loads the German law and not the English too.
    Words,
}

impl PackKind {
    /// `law` or `locale`, as in pack names (`law/AT`).
    pub fn as_str(self) -> &'static str {
        match self {
            PackKind::Law => "law",
            PackKind::Locale => "locale",
            PackKind::Words => "words",
        }
    }
}

/// A pack this engine knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackInfo {
    /// What it holds.
    pub kind: PackKind,
    /// The jurisdiction or locale (`AT`, `sr-Latn`, `AT-de`).
    pub code: &'static str,
    /// A law pack with a profile.
    pub profile: bool,
    /// A law pack with a holiday calendar.
    pub calendar: bool,
    /// The packs it needs loaded beside it (`law/EU`).
    pub needs: &'static [&'static str],
}

impl PackInfo {
    /// `law/AT`, `locale/de`, `words/AT-de`.
    pub fn name(&self) -> String {
        format!("{}/{}", self.kind.as_str(), self.code)
    }

    /// Its file in the package's `packs/` folder: `law-AT.ppk`, `locale-de.ppk`,
    /// `words-AT-de.ppk` (made from the name, not stored: 170 names cost 2 KB of wasm).
    pub fn file(&self) -> String {
        format!("{}-{}.ppk", self.kind.as_str(), self.code)
    }
}

include!(concat!(env!("OUT_DIR"), "/packs_index.rs"));

/// The format packs must have been made for: this engine's version and a hash of its data model
/// and of the data the packs were made from.
pub const FORMAT: &str = include_str!(concat!(env!("OUT_DIR"), "/pack_format.txt"));

/// The pack with this kind and code, if the engine knows one.
pub fn info(kind: PackKind, code: &str) -> Option<&'static PackInfo> {
    PACKS.iter().find(|p| p.kind == kind && p.code == code)
}

/// A loaded law pack: the profile as packed (inheritance not yet resolved) and the calendar.
pub(crate) struct LawEntry {
    pub checksum: u64,
    /// Whether the pack holds a profile.
    pub has_profile: bool,
    /// The profile as packed, until it is resolved (taken then, not copied: a profile is the
    /// biggest thing the engine holds, and cloning it cost 7 KB of wasm).
    pub profile: std::sync::Mutex<Option<ProfileData>>,
    pub calendar: Option<CalendarData>,
    /// The profile with what it inherits copied in, made on first use.
    pub resolved: OnceLock<Result<ProfileData, String>>,
}

pub(crate) struct LocaleEntry {
    pub checksum: u64,
    pub catalogue: Catalogue,
}

#[derive(Default)]
struct Registry {
    law: RwLock<BTreeMap<&'static str, &'static LawEntry>>,
    locales: RwLock<BTreeMap<&'static str, &'static LocaleEntry>>,
    /// Words packs by their code (`AT-de`).
    words: RwLock<BTreeMap<&'static str, &'static LawEntry>>,
}

fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        let r = Registry::default();
        embed(&r);
        r
    })
}

/// A native build loads every pack it embeds (a defect in one shows as that pack not loaded,
/// which every test would see); so do the unit tests in wasm.
#[cfg(any(not(target_arch = "wasm32"), test))]
fn embed(r: &Registry) {
    for (_, bytes) in embedded::EMBEDDED {
        let _ = load_into(r, bytes);
    }
}

#[cfg(all(target_arch = "wasm32", not(test)))]
fn embed(_: &Registry) {}

/// Every pack's bytes, for a native build (and the unit tests in wasm).
#[cfg(any(not(target_arch = "wasm32"), test))]
pub mod embedded {
    include!(concat!(env!("OUT_DIR"), "/packs_embedded.rs"));
}

/// What [`load`] did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LoadedPack {
    /// The pack's name (`law/AT`, `locale/de`).
    pub name: String,
    /// It was loaded already, with the same content: nothing changed.
    pub already: bool,
}

fn invalid(message: String) -> Error {
    Error::new(ErrorCode::PackInvalid, "pack", message)
}

/// Loads a pack from its bytes: checks the container, the format, the code and the payload,
/// and registers it. Loading the same pack again does nothing.
///
/// # Errors
/// `pack_invalid` for bytes that are not a whole, unaltered pack of a kind and code this engine
/// knows; `pack_version` for a pack made for another engine; `pack_invalid` for a different
/// pack under a code already loaded. The registry is unchanged after an error.
///
/// # Examples
/// ```
/// use protection_pathways::pack;
///
/// let e = pack::load(b"not a pack").unwrap_err();
/// assert_eq!((e.code().as_str(), e.path()), ("pack_invalid", "pack"));
/// ```
pub fn load(bytes: &[u8]) -> Result<LoadedPack, Error> {
    load_into(registry(), bytes)
}

fn load_into(r: &Registry, bytes: &[u8]) -> Result<LoadedPack, Error> {
    use format::Damage;
    let parts = format::decode(bytes).map_err(|d| {
        invalid(match d {
            Damage::NotAPack => "these bytes are not a protection-pathways pack (a law pack or locale pack from the package's packs/ folder)".to_owned(),
            Damage::ContainerVersion(v) => format!("this pack's container version ({v}) is not one this engine reads: use the packs shipped with this version of the package"),
            Damage::Truncated => "the pack is truncated: it ends before its last byte (an interrupted download?)".to_owned(),
            Damage::TrailingBytes => "the pack has bytes after its end: it is not one whole pack".to_owned(),
            Damage::BadText => "the pack's header is damaged (its code or format is not text)".to_owned(),
            Damage::Checksum => "the pack's checksum does not match its contents: the file was damaged or altered".to_owned(),
        })
    })?;
    if parts.format != FORMAT {
        return Err(Error::new(
            ErrorCode::PackVersion,
            "pack",
            format!(
                "this pack ({}) was made for engine {}, and this engine is {FORMAT}: load the packs shipped with this version of the package",
                crate::error::shorten(parts.code),
                crate::error::shorten(parts.format)
            ),
        ));
    }
    let kind = match parts.kind {
        format::KIND_LAW => PackKind::Law,
        format::KIND_LOCALE => PackKind::Locale,
        format::KIND_WORDS => PackKind::Words,
        other => {
            return Err(invalid(format!(
                "the pack's kind ({other}) is neither law nor locale"
            )))
        }
    };
    let Some(known) = info(kind, parts.code) else {
        return Err(invalid(format!(
            "this engine knows no {} pack '{}'",
            kind.as_str(),
            crate::error::shorten(parts.code)
        )));
    };
    let name = known.name();
    // The same pack again changes nothing; a different one under a loaded code is refused.
    let again = |name: String, same: bool| {
        if same {
            Ok(LoadedPack {
                name,
                already: true,
            })
        } else {
            Err(invalid(format!(
                "a different {name} pack is already loaded: a page uses the packs of one package version"
            )))
        }
    };
    match kind {
        PackKind::Law | PackKind::Words => {
            let map = if kind == PackKind::Law {
                &r.law
            } else {
                &r.words
            };
            if let Some(e) = read(map).get(known.code) {
                return again(name, e.checksum == parts.checksum);
            }
            let (profile, calendar): (Option<ProfileData>, Option<CalendarData>) =
                postcard::from_bytes(parts.payload)
                    .map_err(|e| invalid(format!("the {name} pack cannot be read: {e}")))?;
            // A words pack `AT-de` holds the profile and calendar of `AT`, in German.
            let code = known.code.split_once('-').map_or(known.code, |(c, _)| c);
            if profile.as_ref().is_some_and(|p| p.code != code)
                || calendar.as_ref().is_some_and(|c| c.code != code)
                || profile.is_some() != known.profile
                || calendar.is_some() != known.calendar
            {
                return Err(invalid(format!(
                    "the {name} pack does not hold what its header says"
                )));
            }
            let entry: &'static LawEntry = Box::leak(Box::new(LawEntry {
                checksum: parts.checksum,
                has_profile: profile.is_some(),
                profile: std::sync::Mutex::new(profile),
                calendar,
                resolved: OnceLock::new(),
            }));
            write(map).entry(known.code).or_insert(entry);
        }
        PackKind::Locale => {
            if let Some(e) = read(&r.locales).get(known.code) {
                return again(name, e.checksum == parts.checksum);
            }
            let catalogue: Catalogue = postcard::from_bytes(parts.payload)
                .map_err(|e| invalid(format!("the {name} pack cannot be read: {e}")))?;
            if catalogue.locale != known.code
                || catalogue.patterns.len() != crate::i18n::MESSAGE_IDS.len()
            {
                return Err(invalid(format!(
                    "the {name} pack does not hold what its header says"
                )));
            }
            let entry: &'static LocaleEntry = Box::leak(Box::new(LocaleEntry {
                checksum: parts.checksum,
                catalogue,
            }));
            write(&r.locales).entry(known.code).or_insert(entry);
        }
    }
    Ok(LoadedPack {
        name,
        already: false,
    })
}

fn read<T>(lock: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    lock.read()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn write<T>(lock: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    lock.write()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The loaded law of `code` for the call under way: in the words of its locale
/// ([`crate::law::in_words`]) where that pack is loaded, else the jurisdiction's own pack.
pub(crate) fn law(code: &str) -> Option<&'static LawEntry> {
    law_in(code, crate::law::words_locale())
}

/// The loaded law of `code` in `locale`'s words, else in the data's English.
fn law_in(code: &str, locale: &str) -> Option<&'static LawEntry> {
    let r = registry();
    if locale != "en" {
        if let Some(e) = read(&r.words).get(format!("{code}-{locale}").as_str()) {
            return Some(e);
        }
    }
    read(&r.law).get(code).copied()
}

/// Whether `entry` is `code`'s own pack in the data's English (no words pack stood in for it).
pub(crate) fn is_english(code: &str, entry: &LawEntry) -> bool {
    read(&registry().law)
        .get(code)
        .is_some_and(|e| std::ptr::eq(*e, entry))
}

/// The loaded locale pack of `code`.
pub(crate) fn locale(code: &str) -> Option<&'static LocaleEntry> {
    read(&registry().locales).get(code).copied()
}

/// Whether the pack named `name` (`law/AT`) is loaded.
pub fn is_loaded(info: &PackInfo) -> bool {
    match info.kind {
        PackKind::Locale => locale(info.code).is_some(),
        PackKind::Law => read(&registry().law).contains_key(info.code),
        PackKind::Words => read(&registry().words).contains_key(info.code),
    }
}

/// The names of the loaded packs, law first, each in code order.
///
/// # Examples
/// ```
/// use protection_pathways::{input::Value, jurisdictions_value, pack};
///
/// // A native build carries every pack and loads them on the first call that needs law.
/// jurisdictions_value(&Value::Undefined)?;
/// let names = pack::loaded();
/// assert!(names.iter().any(|n| n == "law/AT") && names.iter().any(|n| n == "locale/de"));
/// # Ok::<(), protection_pathways::Error>(())
/// ```
pub fn loaded() -> Vec<String> {
    PACKS
        .iter()
        .filter(|p| is_loaded(p))
        .map(PackInfo::name)
        .collect()
}

/// `pack` and every pack it needs, each once, in `PACKS` order.
fn closure_of(first: &'static PackInfo, into: &mut Vec<&'static PackInfo>) {
    if into.contains(&first) {
        return;
    }
    into.push(first);
    for need in first.needs {
        let (kind, code) = need.split_once('/').unwrap_or(("", need));
        let kind = if kind == "locale" {
            PackKind::Locale
        } else {
            PackKind::Law
        };
        if let Some(p) = info(kind, code) {
            closure_of(p, into);
        }
    }
}

/// The packs that serve these jurisdictions and locales (each with what it needs), known or
/// not yet loaded alike.
///
/// # Errors
/// `unknown_jurisdiction` (at `jurisdictions[i]`) for a code with no pack; `invalid_value` (at
/// `locales[i]`) for a tag that is not a language tag.
pub fn packs_for(
    jurisdictions: &[String],
    locales: &[String],
) -> Result<Vec<&'static PackInfo>, Error> {
    let mut out = Vec::new();
    for (i, code) in jurisdictions.iter().enumerate() {
        let Some(p) = info(PackKind::Law, code) else {
            return Err(crate::law::unknown_jurisdiction(
                code,
                &format!("jurisdictions[{i}]"),
            ));
        };
        closure_of(p, &mut out);
    }
    let mut wanted = Vec::new();
    for (i, tag) in locales.iter().enumerate() {
        let locale = crate::i18n::negotiate_known(Some(tag), &format!("locales[{i}]"))?;
        if let Some(p) = info(PackKind::Locale, locale) {
            closure_of(p, &mut out);
        }
        wanted.push(locale);
    }
    // Each law pack in the locales' words: where every locale asked for has its words pack,
    // those stand in for the English pack (a German page does not load the English law).
    let mut english = Vec::new();
    for law in out.clone() {
        if law.kind != PackKind::Law {
            continue;
        }
        let mut every = !wanted.is_empty();
        for l in &wanted {
            match info(PackKind::Words, &format!("{}-{l}", law.code)) {
                Some(w) => out.push(w),
                None => every = false,
            }
        }
        if every {
            english.push(law);
        }
    }
    out.retain(|p| !english.contains(p));
    crate::sort::sort_by_key(&mut out, |p| {
        PACKS.iter().position(|q| q == *p).unwrap_or(usize::MAX)
    });
    Ok(out)
}

/// Every pack, in order: what `init()` with no options loads.
pub fn all() -> impl Iterator<Item = &'static PackInfo> {
    PACKS.iter()
}

/// `packs` as a call in `locale` needs them: each law pack whose words in `locale` are loaded
/// is served by those (`words/AT-de`); one with neither loaded is named in `locale`'s words
/// where such a pack exists, so the error names what a page in that locale loads.
pub fn in_locale(packs: &[&'static PackInfo], locale: &str) -> Vec<&'static PackInfo> {
    packs
        .iter()
        .map(|p| {
            if p.kind != PackKind::Law || locale == "en" {
                return *p;
            }
            match info(PackKind::Words, &format!("{}-{locale}", p.code)) {
                Some(w) if is_loaded(w) || !is_loaded(p) => w,
                _ => p,
            }
        })
        .collect()
}

/// `Ok` when `packs` are all loaded; otherwise `pack_not_loaded` at `path`, naming the missing
/// packs and the call that loads them.
///
/// # Errors
/// `pack_not_loaded` as above.
pub fn require(packs: &[&'static PackInfo], path: &str) -> Result<(), Error> {
    let missing: Vec<&PackInfo> = packs.iter().copied().filter(|p| !is_loaded(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = missing.iter().map(|p| p.name()).collect();
    // A words pack `AT-de` is loaded by asking for jurisdiction AT in locale de.
    let split = |p: &PackInfo| match p.kind {
        PackKind::Words => p.code.split_once('-').unwrap_or((p.code, "")),
        PackKind::Law => (p.code, ""),
        PackKind::Locale => ("", p.code),
    };
    let mut jurisdictions: Vec<String> = Vec::new();
    let mut locales: Vec<String> = Vec::new();
    for p in &missing {
        let (j, l) = split(p);
        for (list, code) in [(&mut jurisdictions, j), (&mut locales, l)] {
            let quoted = format!("\"{code}\"");
            if !code.is_empty() && !list.contains(&quoted) {
                list.push(quoted);
            }
        }
    }
    let mut call = Vec::new();
    if !jurisdictions.is_empty() {
        call.push(format!("jurisdictions: [{}]", jurisdictions.join(", ")));
    }
    if !locales.is_empty() {
        call.push(format!("locales: [{}]", locales.join(", ")));
    }
    Err(Error::new(
        ErrorCode::PackNotLoaded,
        path,
        format!(
            "not loaded: {}. Load it first: await init({{ {} }}) or await load({{ {} }}) (in Node every pack loads by itself)",
            names.join(", "),
            call.join(", "),
            call.join(", ")
        ),
    ))
}

/// `Ok` when the pack of `locale` (one of the engine's) is loaded; otherwise `pack_not_loaded`
/// at `path`.
///
/// # Errors
/// `pack_not_loaded` as above.
pub fn require_locale(locale: &str, path: &str) -> Result<(), Error> {
    info(PackKind::Locale, locale).map_or(Ok(()), |p| require(&[p], path))
}

/// `Ok` when the packs a call on `jurisdiction` in `locale` needs are all loaded; otherwise one
/// `pack_not_loaded` naming every missing pack, at `jurisdiction` when law is missing, else at
/// `locale`.
///
/// # Errors
/// `unknown_jurisdiction` (at `jurisdiction`) when no profile has that code; `pack_not_loaded`
/// as above.
pub fn require_for(jurisdiction: &str, locale: &str) -> Result<(), Error> {
    let mut needed = Vec::new();
    match info(PackKind::Law, jurisdiction) {
        Some(p) if p.profile => closure_of(p, &mut needed),
        _ => {
            return Err(crate::law::unknown_jurisdiction(
                jurisdiction,
                "jurisdiction",
            ))
        }
    }
    if let Some(p) = info(PackKind::Locale, locale) {
        closure_of(p, &mut needed);
    }
    let needed = in_locale(&needed, locale);
    let law_missing = needed
        .iter()
        .any(|p| p.kind != PackKind::Locale && !is_loaded(p));
    require(
        &needed,
        if law_missing {
            "jurisdiction"
        } else {
            "locale"
        },
    )
}
