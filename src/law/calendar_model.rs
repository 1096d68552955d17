//! Holiday calendars as data: the shape of `src/calendars/*.toml`.
//!
//! A calendar lists a country's public holidays as rules (a fixed date, an offset from Easter,
//! the nth weekday of a month, or a list of one-off dates), each valid for a span of years and,
//! where it is regional, for some regions only. Substitute days ("a holiday on a Sunday gives the
//! next Monday off") are part of the rule. `scope = "deadlines"` marks days that are not public
//! holidays but that a counting rule treats as non-working (Austria's Good Friday and 24
//! December under § 33(2) AVG); only a rule that names them applies them.
//!
//! A calendar also says for which years it is complete. Outside them (Spain's regions decide
//! some holidays year by year; Moldova moves working days by decree) a computed date is the
//! earliest possible one and says so: a missing holiday can only make a time limit end later,
//! while an invented one could make it end too late. So a day we are unsure of is left out.
//!
//! This file is shared with the build script (`build-script/`), which checks every calendar before packing it.

use serde::{Deserialize, Serialize};

use super::model::{DataDate, Provision};

/// One country's holidays.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarData {
    /// ISO 3166-1 alpha-2 code (`AT`).
    pub code: String,
    /// The country's name in English.
    pub name: String,
    /// The law that lists the holidays, short title.
    pub law: String,
    /// Where the law can be read.
    pub url: String,
    /// Which Easter the movable feasts follow.
    pub easter: EasterKind,
    /// The spans of years (first, last) for which the national list is complete; empty where
    /// it never is (days moved by yearly decree).
    pub complete: Vec<[i16; 2]>,
    /// Why years outside `complete` are not (shown to users when a date depends on them).
    #[serde(default)]
    pub incomplete_reason: String,
    /// The list as a whole: its article, what it says, and how sure we are.
    pub provision: Provision,
    /// Regions with holidays of their own (ISO 3166-2).
    #[serde(default)]
    pub regions: Vec<RegionData>,
    /// The holidays.
    pub holidays: Vec<HolidayData>,
}

/// A region whose holidays differ from the country's.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionData {
    /// ISO 3166-2 code (`ES-MD`).
    pub code: String,
    /// Its name.
    pub name: String,
    /// The spans of years for which the region's own holidays are complete (absent: as the
    /// country).
    #[serde(default)]
    pub complete: Option<Vec<[i16; 2]>>,
    /// Why other years are not.
    #[serde(default)]
    pub incomplete_reason: String,
    /// The regional law, where it differs from the calendar's.
    #[serde(default)]
    pub provision: Option<Provision>,
}

/// Western (Gregorian computus) or Orthodox (Julian computus, shown as a Gregorian date).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EasterKind {
    /// Catholic and Protestant churches.
    Western,
    /// Orthodox churches.
    Orthodox,
}

/// Who counts a day as non-working.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum HolidayScope {
    /// A public holiday: every counting rule that excludes public holidays applies it.
    #[default]
    Public,
    /// Not a public holiday, but named by a counting rule as a non-working day for deadlines.
    Deadlines,
}

/// What happens when a holiday falls on a weekend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Substitute {
    /// Nothing: the holiday is lost.
    #[default]
    None,
    /// On a Saturday or Sunday, the next weekday that is not already a holiday is a day off too
    /// (British bank holidays).
    NextWeekdayIfWeekend,
    /// On a Sunday, the next day that is neither a weekend day nor a holiday is a day off too.
    NextWorkingDayIfSunday,
    /// On a Sunday, the holiday is kept on the Saturday before instead (Dutch King's Day).
    SaturdayBeforeIfSunday,
}

/// One holiday rule.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayData {
    /// Where its name comes from when it is not the data's English (set by the build for a
    /// words pack; the build refuses it in the data files).
    #[serde(default)]
    pub translation: Option<super::model::Translation>,
    /// Stable identifier, unique in the calendar (`good-friday`).
    pub id: String,
    /// Its name in English.
    pub name: String,
    /// Its name in the country's language.
    pub local_name: String,
    /// A fixed date, `MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    /// Days after Easter Sunday (negative: before).
    #[serde(default)]
    pub easter: Option<i16>,
    /// The nth weekday of a month (`n = -1`: the last).
    #[serde(default)]
    pub nth: Option<NthWeekday>,
    /// One-off dates, `YYYY-MM-DD` (a jubilee, a moved bank holiday, a year's regional choice).
    #[serde(default)]
    pub on: Vec<DataDate>,
    /// With `nth`: this date instead when it falls on the given weekday (Ireland's St Brigid's
    /// Day: 1 February when that is a Friday).
    #[serde(default)]
    pub instead: Option<InsteadIf>,
    /// The first year the rule applies (absent: always).
    #[serde(default)]
    pub from: Option<i16>,
    /// The last year it applies (absent: still).
    #[serde(default)]
    pub until: Option<i16>,
    /// Years in which it does not apply (it was moved: see a one-off entry).
    #[serde(default)]
    pub except: Vec<i16>,
    /// The regions where it applies (absent: the whole country).
    #[serde(default)]
    pub regions: Vec<String>,
    /// Public holiday, or a day only some counting rules treat as non-working.
    #[serde(default)]
    pub scope: HolidayScope,
    /// What happens when it falls on a weekend.
    #[serde(default)]
    pub substitute: Substitute,
    /// Its own source, where it is not the calendar's.
    #[serde(default)]
    pub provision: Option<Provision>,
    /// A deadline-only day that may also count as a public holiday for rules that do not name
    /// it (the Dutch 5 May under EU rules): a count passing over it is the earliest possible.
    #[serde(default)]
    pub maybe_public: bool,
}

/// "The 1st Monday of May", "the last Monday of August".
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NthWeekday {
    /// 1–12.
    pub month: i8,
    /// Lower-case English name.
    pub weekday: Weekday,
    /// 1–5, or -1 for the last.
    pub n: i8,
}

/// "1 February instead, when that is a Friday".
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InsteadIf {
    /// `MM-DD`.
    pub date: String,
    /// The weekday on which the date is taken instead.
    pub weekday: Weekday,
}

/// A day of the week, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// 0 for Monday … 6 for Sunday.
    pub fn index(self) -> u8 {
        self as u8
    }
}

/// The earliest and latest year a calendar may claim to be complete for.
pub const CALENDAR_YEARS: [i16; 2] = [1990, 2100];

impl CalendarData {
    /// Checks what the types cannot.
    ///
    /// # Errors
    /// A message naming the field (`holidays[3].date`).
    pub fn check(&self) -> Result<(), String> {
        if self.code.len() != 2 || !self.code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!("code: '{}' is not an ISO 3166-1 code", self.code));
        }
        check_spans("complete", &self.complete)?;
        if !full_span(&self.complete) && self.incomplete_reason.trim().is_empty() {
            return Err("incomplete_reason: say why the other years are not complete".into());
        }
        super::model::check_provision("provision", &self.provision)?;
        for (i, r) in self.regions.iter().enumerate() {
            let at = format!("regions[{i}]");
            let prefix = format!("{}-", self.code);
            if !r.code.starts_with(&prefix) || r.code.len() < 4 || r.code.len() > 6 {
                return Err(format!(
                    "{at}.code: '{}' is not an ISO 3166-2 code of {}",
                    r.code, self.code
                ));
            }
            if let Some(c) = &r.complete {
                check_spans(&format!("{at}.complete"), c)?;
                if !full_span(c) && r.incomplete_reason.trim().is_empty() {
                    return Err(format!("{at}.incomplete_reason: say why"));
                }
            }
            if let Some(p) = &r.provision {
                super::model::check_provision(&format!("{at}.provision"), p)?;
            }
            if self.regions[..i].iter().any(|o| o.code == r.code) {
                return Err(format!("{at}.code: '{}' appears twice", r.code));
            }
        }
        for (i, h) in self.holidays.iter().enumerate() {
            if h.translation.is_some() {
                return Err(format!(
                    "holidays[{i}].translation: the build sets it; do not write it"
                ));
            }
            self.check_holiday(&format!("holidays[{i}]"), h)?;
            if self.holidays[..i].iter().any(|o| o.id == h.id) {
                return Err(format!("holidays[{i}].id: '{}' appears twice", h.id));
            }
        }
        Ok(())
    }

    fn check_holiday(&self, at: &str, h: &HolidayData) -> Result<(), String> {
        if h.id.is_empty()
            || !h
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(format!(
                "{at}.id: '{}' must be lower-case-with-dashes",
                h.id
            ));
        }
        if h.name.trim().is_empty() || h.local_name.trim().is_empty() {
            return Err(format!("{at}: name and local_name must not be empty"));
        }
        let kinds = usize::from(h.date.is_some())
            + usize::from(h.easter.is_some())
            + usize::from(h.nth.is_some())
            + usize::from(!h.on.is_empty());
        if kinds != 1 {
            return Err(format!(
                "{at}: give exactly one of date, easter, nth or on (found {kinds})"
            ));
        }
        if let Some(d) = &h.date {
            month_day(d).ok_or_else(|| format!("{at}.date: '{d}' is not MM-DD"))?;
        }
        if let Some(e) = h.easter {
            if !(-60..=70).contains(&e) {
                return Err(format!("{at}.easter: {e} is not a plausible offset"));
            }
        }
        if let Some(n) = h.nth {
            if !(1..=12).contains(&n.month) || !(n.n == -1 || (1..=5).contains(&n.n)) {
                return Err(format!("{at}.nth: month 1–12 and n 1–5 or -1"));
            }
        }
        if let Some(i) = &h.instead {
            if h.nth.is_none() {
                return Err(format!("{at}.instead: only with nth"));
            }
            month_day(&i.date).ok_or_else(|| format!("{at}.instead.date: not MM-DD"))?;
        }
        if !h.on.is_empty() && (h.from.is_some() || h.until.is_some() || !h.except.is_empty()) {
            return Err(format!("{at}: one-off dates take no from, until or except"));
        }
        if let (Some(f), Some(u)) = (h.from, h.until) {
            if f > u {
                return Err(format!("{at}: from {f} is after until {u}"));
            }
        }
        for r in &h.regions {
            if !self.regions.iter().any(|x| &x.code == r) {
                return Err(format!("{at}.regions: '{r}' is not listed under regions"));
            }
        }
        if h.substitute == Substitute::SaturdayBeforeIfSunday && h.date.is_none() {
            return Err(format!(
                "{at}.substitute: saturday-before-if-sunday needs a date"
            ));
        }
        if let Some(p) = &h.provision {
            super::model::check_provision(&format!("{at}.provision"), p)?;
        }
        if h.scope == HolidayScope::Deadlines && h.provision.is_none() {
            return Err(format!(
                "{at}.provision: a deadlines-only day needs the provision that makes it one"
            ));
        }
        Ok(())
    }
}

fn full_span(c: &[[i16; 2]]) -> bool {
    c == [CALENDAR_YEARS]
}

fn check_spans(at: &str, spans: &[[i16; 2]]) -> Result<(), String> {
    for (i, c) in spans.iter().enumerate() {
        if c[0] > c[1] || c[0] < CALENDAR_YEARS[0] || c[1] > CALENDAR_YEARS[1] {
            return Err(format!(
                "{at}[{i}]: [{}, {}] must be a span inside {}–{}",
                c[0], c[1], CALENDAR_YEARS[0], CALENDAR_YEARS[1]
            ));
        }
    }
    Ok(())
}

/// Whether `year` falls in one of `spans`.
pub fn within(spans: &[[i16; 2]], year: i16) -> bool {
    spans.iter().any(|c| c[0] <= year && year <= c[1])
}

/// `spans` in words: "2023–2028", or "no year".
pub fn spans_words(spans: &[[i16; 2]]) -> String {
    if spans.is_empty() {
        return "no year".into();
    }
    let parts: Vec<String> = spans
        .iter()
        .map(|c| {
            if c[0] == c[1] {
                c[0].to_string()
            } else {
                format!("{}–{}", c[0], c[1])
            }
        })
        .collect();
    parts.join(", ")
}

/// `MM-DD` as (month, day), checked against the longest month.
pub fn month_day(text: &str) -> Option<(i8, i8)> {
    let (m, d) = text.split_once('-')?;
    if m.len() != 2 || d.len() != 2 {
        return None;
    }
    let m: i8 = m.parse().ok()?;
    let d: i8 = d.parse().ok()?;
    let max = match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    (1..=max).contains(&d).then_some((m, d))
}
