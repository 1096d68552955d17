//! Public holidays: the calendars of `src/calendars/*.toml`, applied to a year.
//!
//! Easter is computed, not listed: the Western date by the Gregorian computus, the Orthodox one
//! by the Julian computus converted to the Gregorian calendar (13 days' difference from 1900 to
//! 2099, 14 in 2100). Substitute days are added in date order, so a second weekend holiday
//! (Boxing Day after a Saturday Christmas) takes the next free weekday after the first's.

use std::cell::RefCell;

use serde::Serialize;

use super::Date;
use crate::error::{Error, ErrorCode};
use crate::law::calendar_model::{
    month_day, spans_words, within, CalendarData, EasterKind, HolidayData, HolidayScope,
    RegionData, Substitute,
};
use crate::law::{self, Citation, Status};

/// Easter Sunday of `year`.
pub fn easter(year: i16, kind: EasterKind) -> Option<Date> {
    let y = i32::from(year);
    let (month, day) = match kind {
        EasterKind::Western => {
            // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
            let a = y % 19;
            let b = y / 100;
            let c = y % 100;
            let d = b / 4;
            let e = b % 4;
            let f = (b + 8) / 25;
            let g = (b - f + 1) / 3;
            let h = (19 * a + b - d - g + 15) % 30;
            let i = c / 4;
            let k = c % 4;
            let l = (32 + 2 * e + 2 * i - h - k) % 7;
            let m = (a + 11 * h + 22 * l) / 451;
            let month = (h + l - 7 * m + 114) / 31;
            let day = (h + l - 7 * m + 114) % 31 + 1;
            (month, day)
        }
        EasterKind::Orthodox => {
            // Meeus's Julian algorithm, then the Julian–Gregorian difference for that century.
            let a = y % 4;
            let b = y % 7;
            let c = y % 19;
            let d = (19 * c + 15) % 30;
            let e = (2 * a + 4 * b - d + 34) % 7;
            let month = (d + e + 114) / 31;
            let day = (d + e + 114) % 31 + 1;
            let julian =
                Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
            return julian.add_days(y / 100 - y / 400 - 2);
        }
    };
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// One holiday on one date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Holiday {
    /// The day (`YYYY-MM-DD`).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub date: Date,
    /// The rule's id (`good-friday`); a substitute day has the id of the holiday it replaces.
    pub id: String,
    /// Its name in the locale asked for, else English (a substitute day says so).
    pub name: String,
    /// Its name in the country's language.
    pub local_name: String,
    /// `true` for a day off given because the holiday fell on a weekend.
    pub substitute: bool,
    /// `public`, or `deadlines` for a day only some counting rules treat as non-working.
    pub scope: HolidayScope,
    /// How sure we are that the day is a holiday.
    pub status: Status,
    /// Where `name` comes from when it is not the data's English (`unreviewed`, `official`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub translation: Option<crate::law::model::Translation>,
}

/// Every calendar, in code order.
///
/// # Errors
/// `Internal` when the packed data cannot be read (a build defect).
pub fn calendars() -> Result<Vec<&'static CalendarData>, Error> {
    law::calendars()
}

/// A country's calendar, narrowed to a region, with the deadline-only days a rule names.
pub struct HolidayCalendar {
    data: &'static CalendarData,
    region: Option<&'static RegionData>,
    deadline_days: Vec<String>,
    cache: RefCell<Vec<(i16, Vec<Holiday>)>>,
}

impl std::fmt::Debug for HolidayCalendar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HolidayCalendar")
            .field("code", &self.data.code)
            .field("region", &self.region.map(|r| &r.code))
            .finish_non_exhaustive()
    }
}

impl HolidayCalendar {
    /// The calendar of `country`, narrowed to `region` (an ISO 3166-2 code of that country).
    ///
    /// # Errors
    /// `not_supported` (at `country_path`) when there is no calendar for the country;
    /// `unknown_value` (at `region_path`) for a region the calendar does not list.
    pub fn of(
        country: &str,
        region: Option<&str>,
        country_path: &str,
        region_path: &str,
    ) -> Result<HolidayCalendar, Error> {
        let data = law::find_calendar_at(country, country_path)?.ok_or_else(|| {
            let known: Vec<&str> = law::calendar_codes().collect();
            Error::new(
                ErrorCode::NotSupported,
                country_path,
                format!(
                    "there is no holiday calendar for '{}' yet; calendars exist for {}",
                    crate::error::shorten(country),
                    known.join(", ")
                ),
            )
        })?;
        let region =
            match region {
                None => None,
                Some(code) => Some(data.regions.iter().find(|r| r.code == code).ok_or_else(
                    || {
                        let known: Vec<&str> =
                            data.regions.iter().map(|r| r.code.as_str()).collect();
                        Error::new(
                            ErrorCode::UnknownValue,
                            region_path,
                            if known.is_empty() {
                                format!(
                            "{} has no regional holidays in this calendar; leave out the region",
                            data.name
                        )
                            } else {
                                format!(
                            "'{}' is not a region of {} with holidays of its own; use one of: {}",
                            crate::error::shorten(code),
                            data.name,
                            known.join(", ")
                        )
                            },
                        )
                    },
                )?),
            };
        Ok(HolidayCalendar {
            data,
            region,
            deadline_days: Vec::new(),
            cache: RefCell::new(Vec::new()),
        })
    }

    /// Also treat these deadline-only days (ids with `scope = "deadlines"`) as non-working.
    pub fn with_deadline_days(mut self, ids: &[String]) -> HolidayCalendar {
        self.deadline_days = ids.to_vec();
        self
    }

    /// The calendar's data.
    pub fn data(&self) -> &'static CalendarData {
        self.data
    }

    /// The region, where one was chosen.
    pub fn region(&self) -> Option<&'static RegionData> {
        self.region
    }

    /// Whether the country has regions with holidays of their own (and none was chosen).
    pub fn regions_ignored(&self) -> bool {
        self.region.is_none() && !self.data.regions.is_empty()
    }

    /// Whether every holiday of `year` is known: the list is complete for the year, and so is
    /// the chosen region's.
    pub fn complete_for(&self, year: i16) -> bool {
        within(&self.data.complete, year)
            && self
                .region
                .and_then(|r| r.complete.as_deref())
                .is_none_or(|c| within(c, year))
    }

    /// Why `year` is not complete (empty when it is), in `locale`; the calendar's own reason
    /// (data, in English) follows.
    pub fn incomplete_reason(&self, year: i16, locale: &str) -> String {
        use crate::i18n::tr;
        let (head, why) = if self.data.complete.is_empty() {
            (
                tr!(locale, "holidays-never-complete", calendar = self.data.name),
                &self.data.incomplete_reason,
            )
        } else if !within(&self.data.complete, year) {
            (
                tr!(
                    locale,
                    "holidays-known-for",
                    calendar = self.data.name,
                    years = spans_words(&self.data.complete)
                ),
                &self.data.incomplete_reason,
            )
        } else {
            match self.region {
                Some(r) if !r.complete.as_deref().is_none_or(|c| within(c, year)) => (
                    tr!(
                        locale,
                        "regional-holidays-known-for",
                        region = r.name,
                        years = spans_words(r.complete.as_deref().unwrap_or_default())
                    ),
                    &r.incomplete_reason,
                ),
                _ => return String::new(),
            }
        };
        format!("{head} {why}").trim_end().to_owned()
    }

    /// The holiday on `date`, if any.
    pub fn holiday_on(&self, date: Date) -> Option<Holiday> {
        let year = date.year();
        let mut cache = self.cache.borrow_mut();
        if !cache.iter().any(|(y, _)| *y == year) {
            cache.push((year, self.holidays(year)));
        }
        cache
            .iter()
            .find(|(y, _)| *y == year)
            .and_then(|(_, days)| days.iter().find(|h| h.date == date).cloned())
    }

    /// The holidays of `year` that apply: public ones, and the deadline-only days chosen.
    pub fn holidays(&self, year: i16) -> Vec<Holiday> {
        let mut days: Vec<(Holiday, Substitute)> = Vec::new();
        for h in &self.data.holidays {
            if !self.applies(h, year) {
                continue;
            }
            for date in self.dates_of(h, year) {
                if let Some((_, rule)) = days.iter_mut().find(|(d, _)| d.date == date) {
                    // Two holidays on one day (Orthodox Easter on 1 May): the day is listed
                    // once, and keeps a substitute rule either of them has.
                    if *rule == Substitute::None {
                        *rule = h.substitute;
                    }
                    continue;
                }
                days.push((
                    Holiday {
                        date,
                        id: h.id.clone(),
                        name: h.name.clone(),
                        local_name: h.local_name.clone(),
                        substitute: false,
                        scope: h.scope,
                        status: self.status_of(h),
                        translation: h.translation,
                    },
                    h.substitute,
                ));
            }
        }
        crate::sort::sort_by_key(&mut days, |(d, _)| d.date);
        // A substitute replaces a public holiday with the next weekday that is not one; a
        // deadline-only day (the Tribunal's 27–31 December) does not push it further.
        let mut taken: Vec<Date> = days
            .iter()
            .filter(|(d, _)| d.scope == HolidayScope::Public)
            .map(|(d, _)| d.date)
            .collect();
        let mut added = Vec::new();
        for (day, rule) in &days {
            let weekday = day.date.weekday().to_monday_zero_offset();
            let needed = match rule {
                Substitute::NextWeekdayIfWeekend => weekday >= 5,
                Substitute::NextWorkingDayIfSunday => weekday == 6,
                Substitute::None | Substitute::SaturdayBeforeIfSunday => false,
            };
            if !needed {
                continue;
            }
            let mut next = day.date.next_day();
            while let Some(d) = next {
                if d.weekday().to_monday_zero_offset() < 5 && !taken.contains(&d) {
                    break;
                }
                next = d.next_day();
            }
            if let Some(d) = next.filter(|d| d.year() == year) {
                taken.push(d);
                added.push(Holiday {
                    date: d,
                    name: crate::i18n::tr!(
                        crate::law::words_locale(),
                        "holiday-substitute",
                        name = day.name.as_str()
                    ),
                    substitute: true,
                    ..day.clone()
                });
            }
        }
        // A day is listed once: a substitute public holiday over a deadline-only day.
        let mut out: Vec<Holiday> = days
            .into_iter()
            .map(|(d, _)| d)
            .filter(|d| d.scope == HolidayScope::Public || !added.iter().any(|a| a.date == d.date))
            .collect();
        out.extend(added);
        crate::sort::sort_by_key(&mut out, |d| d.date);
        out
    }

    /// A holiday's status: its own provision's, else its region's for a regional holiday, else
    /// the calendar's.
    fn status_of(&self, h: &HolidayData) -> Status {
        match (&h.provision, self.region.and_then(|r| r.provision.as_ref())) {
            (Some(p), _) => p.status,
            (None, Some(p)) if !h.regions.is_empty() => p.status,
            _ => self.data.provision.status,
        }
    }

    /// The same country's calendar for another region and other deadline-only days.
    fn variant(
        &self,
        region: Option<&'static RegionData>,
        deadline_days: Vec<String>,
    ) -> HolidayCalendar {
        HolidayCalendar {
            data: self.data,
            region,
            deadline_days,
            cache: RefCell::new(Vec::new()),
        }
    }

    /// Whether some region has a holiday of its own between `first` and `last` (both
    /// included), on a weekday: the days a calendar without a region may be missing.
    pub fn regional_days_between(&self, first: Date, last: Date) -> bool {
        self.data.regions.iter().any(|r| {
            let regional = self.variant(Some(r), self.deadline_days.clone());
            (first.year()..=last.year()).any(|y| {
                regional.holidays(y).iter().any(|h| {
                    h.date >= first
                        && h.date <= last
                        && h.date.weekday().to_monday_zero_offset() < 5
                        && self
                            .data
                            .holidays
                            .iter()
                            .any(|d| d.id == h.id && !d.regions.is_empty())
                })
            })
        })
    }

    /// The deadline-only days marked `maybe_public` that this calendar does not apply, falling
    /// on a weekday between `first` and `last`: days a count may have to skip after all.
    pub fn doubtful_days_between(&self, first: Date, last: Date) -> Vec<Holiday> {
        let doubtful: Vec<String> = self
            .data
            .holidays
            .iter()
            .filter(|h| h.maybe_public && !self.deadline_days.contains(&h.id))
            .map(|h| h.id.clone())
            .collect();
        if doubtful.is_empty() {
            return vec![];
        }
        let all = self.variant(self.region, doubtful.clone());
        (first.year()..=last.year())
            .flat_map(|y| all.holidays(y))
            .filter(|h| {
                doubtful.contains(&h.id)
                    && h.date >= first
                    && h.date <= last
                    && h.date.weekday().to_monday_zero_offset() < 5
            })
            .collect()
    }

    fn applies(&self, h: &HolidayData, year: i16) -> bool {
        let in_years = h.from.is_none_or(|f| f <= year)
            && h.until.is_none_or(|u| year <= u)
            && !h.except.contains(&year);
        let in_region =
            h.regions.is_empty() || self.region.is_some_and(|r| h.regions.contains(&r.code));
        let in_scope = h.scope == HolidayScope::Public || self.deadline_days.contains(&h.id);
        in_years && in_region && in_scope
    }

    fn dates_of(&self, h: &HolidayData, year: i16) -> Vec<Date> {
        if let Some(md) = &h.date {
            let Some((m, d)) = month_day(md) else {
                return vec![];
            };
            let Ok(date) = Date::new(year, m, d) else {
                return vec![];
            };
            if h.substitute == Substitute::SaturdayBeforeIfSunday
                && date.weekday().to_monday_zero_offset() == 6
            {
                return date.add_days(-1).into_iter().collect();
            }
            return vec![date];
        }
        if let Some(offset) = h.easter {
            return easter(year, self.data.easter)
                .and_then(|e| e.add_days(i32::from(offset)))
                .into_iter()
                .collect();
        }
        if let Some(nth) = h.nth {
            if let Some(instead) = &h.instead {
                if let Some((m, d)) = month_day(&instead.date) {
                    if let Ok(date) = Date::new(year, m, d) {
                        if date.weekday().to_monday_zero_offset()
                            == i8::try_from(instead.weekday.index()).unwrap_or(-1)
                        {
                            return vec![date];
                        }
                    }
                }
            }
            return nth_weekday(year, nth.month, nth.weekday.index(), nth.n)
                .into_iter()
                .collect();
        }
        h.on.iter()
            .filter_map(|d| Date::parse(d.as_str()).ok())
            .filter(|d| d.year() == year)
            .collect()
    }

    /// The citation for a holiday: its own provision, or the calendar's.
    pub fn citation(&self, h: &Holiday) -> Citation {
        let data = self.data.holidays.iter().find(|x| x.id == h.id);
        let p = data
            .and_then(|x| x.provision.as_ref())
            .or_else(|| {
                self.region
                    .and_then(|r| r.provision.as_ref())
                    .filter(|_| data.is_some_and(|x| !x.regions.is_empty()))
            })
            .unwrap_or(&self.data.provision);
        Citation {
            instrument: self.data.law.clone(),
            article: p.article.clone(),
            says: p.says.clone(),
            url: self.data.url.clone(),
            status: p.status,
            checked: p.checked.as_str().to_owned(),
            source: p.source.clone(),
            translation: p.translation,
        }
    }
}

/// A request for one year's holidays, as `holidays` takes it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct HolidaysRequest {
    /// ISO 3166-1 alpha-2 code (`AT`).
    pub country: String,
    /// The year, 1900–2199 (holidays are encoded for 1990–2100).
    pub year: i16,
    /// An ISO 3166-2 region with holidays of its own (`ES-MD`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub region: Option<String>,
    /// The locale of the holidays' names (BCP 47; default English).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub locale: Option<String>,
}

crate::input::from_value_struct!(HolidaysRequest {
    country,
    year,
    region,
    locale
});

/// One year's holidays of a country or region, as `holidays` returns them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct HolidayList {
    /// The country.
    pub country: String,
    /// The region, where one was asked for.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub region: Option<String>,
    /// The year.
    pub year: i16,
    /// The law that lists the holidays, and where to read it.
    pub law: String,
    /// Its official text.
    pub url: String,
    /// Whether every holiday of the year is known; where not, `incompleteReason` says why.
    pub complete: bool,
    /// Why the year is not complete (empty when it is).
    pub incomplete_reason: String,
    /// The regions with holidays of their own (ISO 3166-2).
    pub regions: Vec<String>,
    /// The holidays, public ones and the days only some counting rules treat as non-working
    /// (`scope: "deadlines"`), in date order, substitute days included.
    pub holidays: Vec<Holiday>,
}

/// One year's holidays.
///
/// # Errors
/// `not_supported` (at `country`) for a country without a calendar; `invalid_region` and
/// `unknown_value` (at `region`); `out_of_range` (at `year`) outside 1900–2199.
pub fn holidays_of(request: &HolidaysRequest) -> Result<HolidayList, Error> {
    let locale = match &request.locale {
        Some(_) => crate::i18n::negotiate_known(request.locale.as_deref(), "locale")?,
        None => "en",
    };
    law::in_words(locale, || holidays_in(request))
}

fn holidays_in(request: &HolidaysRequest) -> Result<HolidayList, Error> {
    if !(super::MIN_YEAR..=super::MAX_YEAR).contains(&request.year) {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "year",
            format!(
                "the year {} is outside the years this engine handles ({}–{})",
                request.year,
                super::MIN_YEAR,
                super::MAX_YEAR
            ),
        ));
    }
    if let Some(r) = &request.region {
        crate::case::check_region_shape(r, "region")?;
        if !r.starts_with(&format!("{}-", request.country)) {
            return Err(Error::new(
                ErrorCode::InvalidRegion,
                "region",
                format!(
                    "{} is not a region of {}",
                    r,
                    crate::error::shorten(&request.country)
                ),
            ));
        }
    }
    let cal = HolidayCalendar::of(
        &request.country,
        request.region.as_deref(),
        "country",
        "region",
    )?;
    let deadline_days: Vec<String> = cal
        .data()
        .holidays
        .iter()
        .filter(|h| h.scope == HolidayScope::Deadlines)
        .map(|h| h.id.clone())
        .collect();
    let cal = cal.with_deadline_days(&deadline_days);
    Ok(HolidayList {
        country: cal.data().code.clone(),
        region: cal.region().map(|r| r.code.clone()),
        year: request.year,
        law: cal.data().law.clone(),
        url: cal.data().url.clone(),
        complete: cal.complete_for(request.year),
        incomplete_reason: cal.incomplete_reason(request.year, "en"),
        regions: cal.data().regions.iter().map(|r| r.code.clone()).collect(),
        holidays: cal.holidays(request.year),
    })
}

/// The `n`th `weekday` (0 = Monday) of `month`; `n = -1` for the last.
fn nth_weekday(year: i16, month: i8, weekday: u8, n: i8) -> Option<Date> {
    let first = Date::new(year, month, 1).ok()?;
    let days_in = first.days_in_month();
    let want = i8::try_from(weekday).ok()?;
    if n > 0 {
        let shift = (want - first.weekday().to_monday_zero_offset()).rem_euclid(7);
        let day = 1 + shift + 7 * (n - 1);
        (day <= days_in).then(|| Date::new(year, month, day).ok())?
    } else {
        let last = Date::new(year, month, days_in).ok()?;
        let back = (last.weekday().to_monday_zero_offset() - want).rem_euclid(7);
        Date::new(year, month, days_in - back).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).expect("test date")
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn western_easter_matches_known_dates() {
        // Dates from the church calendars: 2026 per ../shared/law (national-checked.md § 9).
        for (y, e) in [
            (1990, "1990-04-15"),
            (2000, "2000-04-23"),
            (2008, "2008-03-23"),
            (2011, "2011-04-24"),
            (2019, "2019-04-21"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
            (2100, "2100-03-28"),
        ] {
            assert_eq!(easter(y, EasterKind::Western), Some(d(e)), "{y}");
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn orthodox_easter_matches_known_dates() {
        for (y, e) in [
            (2000, "2000-04-30"),
            (2010, "2010-04-04"),
            (2023, "2023-04-16"),
            (2026, "2026-04-12"),
            (2027, "2027-05-02"),
            // 2100: the Julian calendar is 14 days behind from 1 March 2100.
            (2100, "2100-05-02"),
        ] {
            assert_eq!(easter(y, EasterKind::Orthodox), Some(d(e)), "{y}");
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn nth_weekdays() {
        assert_eq!(nth_weekday(2026, 5, 0, 1), Some(d("2026-05-04")));
        assert_eq!(nth_weekday(2026, 5, 0, -1), Some(d("2026-05-25")));
        assert_eq!(nth_weekday(2026, 8, 0, -1), Some(d("2026-08-31")));
        assert_eq!(nth_weekday(2026, 2, 0, 5), None);
    }

    fn list(country: &str, year: i16, region: Option<&str>) -> Result<HolidayList, Error> {
        holidays_of(&HolidaysRequest {
            country: country.into(),
            year,
            region: region.map(Into::into),
            locale: None,
        })
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn a_year_lists_public_and_deadline_only_days() {
        let at = list("AT", 2026, None).expect("AT 2026");
        assert!(at.complete);
        let public = at
            .holidays
            .iter()
            .filter(|h| h.scope == HolidayScope::Public)
            .count();
        assert_eq!(public, 13, "FeiertagsruheG § 1(1) lists 13 days");
        let deadlines: Vec<String> = at
            .holidays
            .iter()
            .filter(|h| h.scope == HolidayScope::Deadlines)
            .map(|h| h.date.to_string())
            .collect();
        assert_eq!(deadlines, ["2026-04-03", "2026-12-24"], "§ 33(2) AVG days");
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn substitute_days_follow_the_rule() {
        // England 2027: Christmas on a Saturday, Boxing Day on a Sunday.
        let eng = list("GB", 2027, Some("GB-ENG")).expect("GB-ENG");
        let subs: Vec<String> = eng
            .holidays
            .iter()
            .filter(|h| h.substitute)
            .map(|h| h.date.to_string())
            .collect();
        assert_eq!(subs, ["2027-12-27", "2027-12-28"]);
        // Serbia 2026: Statehood Day on Sunday 15 February gives Tuesday 17 February off.
        let rs = list("RS", 2026, None).expect("RS");
        assert!(rs
            .holidays
            .iter()
            .any(|h| h.substitute && h.date.to_string() == "2026-02-17"));
        // Religious holidays are not moved: Orthodox Christmas on Sunday 7 January 2029.
        let rs29 = list("RS", 2029, None).expect("RS");
        assert!(!rs29
            .holidays
            .iter()
            .any(|h| h.substitute && h.id == "orthodox-christmas"));
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn incomplete_years_say_why() {
        let es = list("ES", 2027, Some("ES-MD")).expect("ES-MD");
        assert!(!es.complete && es.incomplete_reason.contains("Each year"));
        let md = list("MD", 2026, None).expect("MD");
        assert!(!md.complete && md.incomplete_reason.contains("not complete for any year"));
        assert!(list("NL", 2026, None).expect("NL").complete);
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn bad_requests_name_the_field() {
        let e = list("PL", 2026, None).expect_err("no calendar");
        assert_eq!((e.code(), e.path()), (ErrorCode::NotSupported, "country"));
        assert!(e.message().contains("AT"), "{}", e.message());
        let e = list("AT", 2026, Some("ES-MD")).expect_err("wrong country");
        assert_eq!((e.code(), e.path()), (ErrorCode::InvalidRegion, "region"));
        let e = list("ES", 2026, Some("ES-GA")).expect_err("not encoded");
        assert_eq!((e.code(), e.path()), (ErrorCode::UnknownValue, "region"));
        assert!(e.message().contains("ES-MD"), "{}", e.message());
        let e = list("AT", 2300, None).expect_err("year");
        assert_eq!((e.code(), e.path()), (ErrorCode::OutOfRange, "year"));
    }
}
