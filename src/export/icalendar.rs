//! The timeline as an RFC 5545 calendar: one all-day event per entry, with reminders before
//! act-by dates.
//!
//! No `METHOD`: a published file for import, not an iTIP message (RFC 5546 would then want an
//! `ORGANIZER`).
//!
//! Determinism: no clock is read. `DTSTAMP` (required by RFC 5545) is the assessment's `asOf`
//! at midnight UTC, or the entry's own date without one. UIDs are a hash of the jurisdiction, the
//! entry id and the caller's optional `caseRef` (never written out, so a name used as a
//! reference does not leak into the file), so exporting the same case again replaces its events
//! instead of duplicating them.
//!
//! Text is escaped (RFC 5545 § 3.3.11) and lines are folded at 75 octets without splitting a
//! UTF-8 character (§ 3.1).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Deserialize;

use crate::error::{Error, ErrorCode};
use crate::input::Value;

use crate::assess::timeline::TimelineEntry;
use crate::assess::Assessment;
use crate::calendar::Date;
use crate::i18n::tr;
use crate::law::model::TimelineKind;
use crate::law::Status;

/// What `toICalendar` reads from an assessment (other fields are ignored).
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarSource {
    /// The jurisdiction applied.
    pub jurisdiction: String,
    /// The assessment's date.
    pub as_of: Option<Date>,
    /// The engine's version.
    pub engine: String,
    /// The rules data version.
    pub rules: String,
    /// The timeline.
    pub timeline: Vec<SourceEntry>,
    /// The provisions the entries cite.
    pub provisions: BTreeMap<String, SourceCitation>,
    /// The assessment's locale: the calendar's own words are written in it (English when
    /// absent or not one of the engine's).
    pub locale: Option<String>,
}

/// One timeline entry, as `toICalendar` reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceEntry {
    /// The entry's id.
    pub id: String,
    /// `act-by`, `protected-until` or `event`.
    pub kind: TimelineKind,
    /// The date.
    pub date: Date,
    /// What the date is.
    pub label: String,
    /// The law's own description of the time limit.
    pub detail: Option<String>,
    /// How sure we are.
    pub status: Status,
    /// A reading not known could make the date later.
    pub earliest_possible: bool,
    /// The date under another reading.
    pub alternative: Option<SourceAlternative>,
    /// The provision key.
    pub provision: Option<String>,
    /// The explanation.
    pub steps: Vec<SourceStep>,
    /// Readings and limits.
    pub assumptions: Vec<SourceText>,
}

/// An alternative date.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceAlternative {
    /// Its date.
    pub date: Date,
    /// The reading.
    pub reading: String,
}

/// A step of an explanation.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceStep {
    /// The step in words.
    pub text: String,
}

/// An assumption.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceText {
    /// Its words.
    pub text: String,
}

/// A citation, as `toICalendar` reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceCitation {
    /// The instrument.
    pub instrument: String,
    /// The article.
    pub article: String,
    /// The official text.
    pub url: String,
}

/// Options for `toICalendar`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct CalendarOptions {
    /// A reference that tells this case's events from another's in the same calendar (hashed
    /// into the UIDs, never written out).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub case_ref: Option<String>,
    /// Days before an act-by date to remind (default 7 and 1).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub reminder_days: Option<Vec<u16>>,
    /// Written before each event's summary (`R-1024: …`), so that one calendar for a caseload
    /// tells its cases apart. Unlike `caseRef` it is written out: use a case number, not a name.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub label: Option<String>,
}

crate::input::from_value_struct!(CalendarOptions {
    case_ref,
    reminder_days,
    label
});

/// Reading an assessment handed back by a caller. Written by hand rather than derived: the
/// derived deserializer for these types cost 23 KB of the wasm, and only a few fields are read.
impl CalendarSource {
    /// The calendar's source from `v`, an assessment as `assess` returned it; other fields are
    /// ignored.
    ///
    /// # Errors
    /// `missing_field`, `wrong_type`, `invalid_date` or `unknown_value` at the field at fault
    /// (`timeline[0].date`).
    pub fn read(v: &Value) -> Result<CalendarSource, Error> {
        let timeline = match v.get("timeline") {
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, e)| SourceEntry::read(e, &format!("timeline[{i}]")))
                .collect::<Result<Vec<_>, _>>()?,
            Some(_) => return Err(wrong("timeline", "a list")),
            None => return Err(missing("timeline")),
        };
        let mut provisions = BTreeMap::new();
        if let Some(Value::Object(fields)) = v.get("provisions") {
            for (key, c) in fields {
                let path = format!("provisions.{key}");
                provisions.insert(
                    key.clone(),
                    SourceCitation {
                        instrument: text(c, "instrument", &path)?.unwrap_or_default(),
                        article: text(c, "article", &path)?.unwrap_or_default(),
                        url: text(c, "url", &path)?.unwrap_or_default(),
                    },
                );
            }
        }
        Ok(CalendarSource {
            jurisdiction: text(v, "jurisdiction", "")?.ok_or_else(|| missing("jurisdiction"))?,
            as_of: date(v, "asOf", "")?,
            engine: text(v, "engine", "")?.unwrap_or_default(),
            rules: text(v, "rules", "")?.unwrap_or_default(),
            timeline,
            provisions,
            locale: text(v, "locale", "")?,
        })
    }
}

impl SourceEntry {
    fn read(v: &Value, path: &str) -> Result<SourceEntry, Error> {
        let required = |name: &str| -> Result<String, Error> {
            text(v, name, path)?.ok_or_else(|| missing(&at(path, name)))
        };
        let kind = choice(
            &required("kind")?,
            TimelineKind::ALL,
            TimelineKind::NAMES,
            &at(path, "kind"),
        )?;
        let status = choice(
            &required("status")?,
            Status::ALL,
            Status::NAMES,
            &at(path, "status"),
        )?;
        let texts = |name: &str| -> Result<Vec<String>, Error> {
            match v.get(name) {
                None | Some(Value::Undefined | Value::Null) => Ok(Vec::new()),
                Some(Value::Array(items)) => items
                    .iter()
                    .enumerate()
                    .map(|(i, x)| {
                        let p = format!("{}[{i}]", at(path, name));
                        text(x, "text", &p)?.ok_or_else(|| missing(&at(&p, "text")))
                    })
                    .collect(),
                Some(_) => Err(wrong(&at(path, name), "a list")),
            }
        };
        let alternative = match v.get("alternative") {
            None | Some(Value::Undefined | Value::Null) => None,
            Some(a) => {
                let p = at(path, "alternative");
                Some(SourceAlternative {
                    date: date(a, "date", &p)?.ok_or_else(|| missing(&at(&p, "date")))?,
                    reading: text(a, "reading", &p)?.unwrap_or_default(),
                })
            }
        };
        Ok(SourceEntry {
            id: required("id")?,
            kind,
            date: date(v, "date", path)?.ok_or_else(|| missing(&at(path, "date")))?,
            label: required("label")?,
            detail: text(v, "detail", path)?,
            status,
            earliest_possible: matches!(v.get("earliestPossible"), Some(Value::Bool(true))),
            alternative,
            provision: text(v, "provision", path)?,
            steps: texts("steps")?
                .into_iter()
                .map(|text| SourceStep { text })
                .collect(),
            assumptions: texts("assumptions")?
                .into_iter()
                .map(|text| SourceText { text })
                .collect(),
        })
    }
}

fn at(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

fn missing(path: &str) -> Error {
    Error::new(ErrorCode::MissingField, path, format!("{path} is required"))
}

fn wrong(path: &str, expected: &str) -> Error {
    Error::new(ErrorCode::WrongType, path, format!("expected {expected}"))
}

/// `text` as one of a vocabulary's values (`all`, spelt `names`), or `unknown_value` at `path`.
fn choice<T: Copy>(text: &str, all: &[T], names: &[&str], path: &str) -> Result<T, Error> {
    names
        .iter()
        .position(|n| *n == text)
        .and_then(|i| all.get(i).copied())
        .ok_or_else(|| {
            Error::new(
                ErrorCode::UnknownValue,
                path,
                format!("expected one of: {}", names.join(", ")),
            )
        })
}

/// Field `name` of `v` as text; absent, `undefined` and `null` are `None`.
fn text(v: &Value, name: &str, path: &str) -> Result<Option<String>, Error> {
    match v.get(name) {
        None | Some(Value::Undefined | Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(wrong(&at(path, name), "text")),
    }
}

/// Field `name` of `v` as a date.
fn date(v: &Value, name: &str, path: &str) -> Result<Option<Date>, Error> {
    match text(v, name, path)? {
        None => Ok(None),
        Some(s) => s
            .parse::<Date>()
            .map(Some)
            .map_err(|e| Error::new(e.code(), at(path, name), e.message())),
    }
}

impl From<&Assessment> for CalendarSource {
    fn from(a: &Assessment) -> CalendarSource {
        CalendarSource {
            jurisdiction: a.jurisdiction.clone(),
            as_of: a.as_of,
            engine: a.engine.clone(),
            rules: a.rules.clone(),
            locale: Some(a.locale.clone()),
            timeline: a.timeline.iter().map(SourceEntry::from).collect(),
            provisions: a
                .provisions
                .iter()
                .map(|(k, c)| {
                    (
                        k.clone(),
                        SourceCitation {
                            instrument: c.instrument.clone(),
                            article: c.article.clone(),
                            url: c.url.clone(),
                        },
                    )
                })
                .collect(),
        }
    }
}

impl From<&TimelineEntry> for SourceEntry {
    fn from(e: &TimelineEntry) -> SourceEntry {
        SourceEntry {
            id: e.id.clone(),
            kind: e.kind,
            date: e.date,
            label: e.label.clone(),
            detail: e.detail.clone(),
            status: e.status,
            earliest_possible: e.earliest_possible,
            alternative: e.alternative.as_ref().map(|a| SourceAlternative {
                date: a.date,
                reading: a.reading.clone(),
            }),
            provision: e.provision.clone(),
            steps: e
                .steps
                .iter()
                .map(|s| SourceStep {
                    text: s.text.clone(),
                })
                .collect(),
            assumptions: e
                .assumptions
                .iter()
                .map(|a| SourceText {
                    text: a.text.clone(),
                })
                .collect(),
        }
    }
}

/// The calendar text (CRLF line ends, folded lines).
pub fn to_icalendar(source: &CalendarSource, options: &CalendarOptions) -> String {
    let l = crate::i18n::negotiate(source.locale.as_deref(), "locale").unwrap_or("en");
    let reminders = options.reminder_days.clone().unwrap_or_else(|| vec![7, 1]);
    let mut out = String::new();
    let mut line = |text: &str| fold(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    // The versions come from the input object: only their plain characters are kept.
    let plain = |t: &str| -> String {
        t.chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-'))
            .take(40)
            .collect()
    };
    line(&format!(
        "PRODID:-//protection-pathways//engine {} rules {}//EN",
        plain(&source.engine),
        plain(&source.rules)
    ));
    line("CALSCALE:GREGORIAN");
    line(&format!(
        "X-WR-CALNAME:{}",
        escape(&tr!(
            l,
            "ics-calendar-name",
            jurisdiction = source.jurisdiction
        ))
    ));
    for e in &source.timeline {
        let uid = format!(
            "pp-{:016x}@protection-pathways.invalid",
            hash(&[
                options.case_ref.as_deref().unwrap_or(""),
                &source.jurisdiction,
                &e.id,
            ])
        );
        let stamp = source.as_of.unwrap_or(e.date);

        // An act-by entry's label already says it is the last day ("Last day to appeal …").
        let summary = match e.kind {
            TimelineKind::ProtectedUntil => tr!(l, "ics-summary-protected-until", label = e.label),
            TimelineKind::ActBy | TimelineKind::Event => e.label.clone(),
        };
        line("BEGIN:VEVENT");
        line(&format!("UID:{uid}"));
        line(&format!("DTSTAMP:{}T000000Z", compact(stamp)));
        line(&format!("DTSTART;VALUE=DATE:{}", compact(e.date)));
        // All-day: DTEND is the next day (exclusive); on the last day the engine handles it is
        // left out, which RFC 5545 reads as one day.
        if let Some(next) = e.date.next_day() {
            line(&format!("DTEND;VALUE=DATE:{}", compact(next)));
        }
        let summary = match &options.label {
            Some(label) => format!("{label}: {summary}"),
            None => summary,
        };
        line(&format!("SUMMARY:{}", escape(&summary)));
        line(&format!(
            "DESCRIPTION:{}",
            escape(&description(source, e, l))
        ));
        line(&format!(
            "CATEGORIES:{}",
            match e.kind {
                TimelineKind::ActBy => "ACT-BY",
                TimelineKind::ProtectedUntil => "PROTECTED-UNTIL",
                TimelineKind::Event => "EVENT",
            }
        ));
        line(if e.earliest_possible || e.status != Status::Verified {
            "STATUS:TENTATIVE"
        } else {
            "STATUS:CONFIRMED"
        });
        line("TRANSP:TRANSPARENT");
        if let Some(url) = e
            .provision
            .as_ref()
            .and_then(|k| source.provisions.get(k))
            .map(|c| c.url.as_str())
            .filter(|u| {
                (u.starts_with("https://") || u.starts_with("http://"))
                    && u.bytes().all(|b| b.is_ascii_graphic())
            })
        {
            line(&format!("URL:{url}"));
        }
        if e.kind == TimelineKind::ActBy {
            for days in &reminders {
                line("BEGIN:VALARM");
                line("ACTION:DISPLAY");
                line(&format!("TRIGGER;RELATED=START:-P{days}D"));
                line(&format!(
                    "DESCRIPTION:{}",
                    escape(&tr!(l, "ics-reminder", days = *days, label = e.label))
                ));
                line("END:VALARM");
            }
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

fn description(source: &CalendarSource, e: &SourceEntry, l: &str) -> String {
    let mut d = String::new();
    if let Some(detail) = &e.detail {
        let _ = writeln!(d, "{detail}");
    }
    for s in &e.steps {
        let _ = writeln!(d, "{}", s.text);
    }
    if let Some(alt) = &e.alternative {
        let reading = tr!(
            l,
            "ics-another-reading",
            date = alt.date.to_string(),
            reading = alt.reading
        );
        let _ = writeln!(d, "{reading}");
    }
    for a in &e.assumptions {
        let _ = writeln!(d, "{}", tr!(l, "ics-note", text = a.text));
    }
    if let Some(c) = e.provision.as_ref().and_then(|k| source.provisions.get(k)) {
        let cited = tr!(
            l,
            "ics-source",
            instrument = c.instrument,
            article = c.article,
            url = c.url
        );
        let _ = writeln!(d, "{cited}");
    }
    let status = tr!(
        l,
        match e.status {
            Status::Verified => "status-word-verified",
            Status::Secondary => "status-word-secondary",
            Status::Unverified => "status-word-unverified",
        }
    );
    let _ = writeln!(
        d,
        "{}",
        tr!(
            l,
            if e.earliest_possible {
                "ics-status-earliest"
            } else {
                "ics-status"
            },
            status = status
        )
    );
    d.push_str(&tr!(l, "ics-disclaimer"));
    d
}

/// `YYYYMMDD`.
fn compact(d: Date) -> String {
    d.to_string().replace('-', "")
}

/// RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks; other control
/// characters are dropped (they are not allowed in TEXT).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `text` as one content line, folded so that no line exceeds 75 octets, never inside a
/// UTF-8 character; continuation lines start with a space.
fn fold(out: &mut String, text: &str) {
    let mut width = 0;
    for c in text.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// FNV-1a over the parts, separated so that ("ab", "c") and ("a", "bc") differ.
fn hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0)) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn escaping_follows_rfc_5545() {
        assert_eq!(escape("a;b,c\\d\ne\r\nf\u{7}"), "a\\;b\\,c\\\\d\\ne\\nf");
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn folding_keeps_lines_short_and_characters_whole() {
        let mut out = String::new();
        let text = format!("SUMMARY:{}", "é".repeat(100));
        fold(&mut out, &text);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, text);
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn uids_are_stable_and_tell_cases_apart() {
        assert_eq!(
            hash(&["a", "AT", "asylum-appeal"]),
            hash(&["a", "AT", "asylum-appeal"])
        );
        assert_ne!(hash(&["a", "AT", "x"]), hash(&["b", "AT", "x"]));
        assert_ne!(hash(&["ab", "c"]), hash(&["a", "bc"]));
    }
}
