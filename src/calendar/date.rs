//! [`Date`]: a civil date (a day in the calendar, with no time and no time zone).
//!
//! The law counts days, not instants: "within 30 days of notification" means calendar days in
//! the place of the procedure. So the engine never converts to instants and never reads a clock.

use std::fmt;

use jiff::civil;
use jiff::civil::Weekday;

use crate::error::{Coded, Error, ErrorCode};

/// The first and last years the engine accepts in dates. Every instrument the engine encodes
/// dates from after 1900; nothing it computes reaches 2200.
pub const MIN_YEAR: i16 = 1900;
/// See [`MIN_YEAR`].
pub const MAX_YEAR: i16 = 2199;

/// A day in the proleptic Gregorian calendar between [`MIN_YEAR`] and [`MAX_YEAR`].
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(civil::Date);

/// Why a date could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    /// `InvalidDate` for bad syntax or a day that does not exist; `OutOfRange` for a valid
    /// date outside the supported years.
    pub code: ErrorCode,
    /// A plain explanation.
    pub message: String,
}

impl Date {
    /// The date `year-month-day`, if it exists and is in range.
    ///
    /// # Errors
    /// [`DateError`] with `InvalidDate` (no such day) or `OutOfRange` (year outside
    /// 1900–2199).
    pub fn new(year: i16, month: i8, day: i8) -> Result<Date, DateError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DateError {
                code: ErrorCode::OutOfRange,
                message: format!("the year {year} is outside the years this engine handles ({MIN_YEAR}–{MAX_YEAR})"),
            });
        }
        civil::Date::new(year, month, day)
            .map(Date)
            .map_err(|_| DateError {
                code: ErrorCode::InvalidDate,
                message: format!("{year:04}-{month:02}-{day:02} does not exist in the calendar"),
            })
    }

    /// Reads a date written exactly `YYYY-MM-DD` (ISO 8601 calendar date, extended format).
    ///
    /// Nothing else is accepted (no `2026-1-5`, no `20260105`, no time part): a date that
    /// decides a deadline must not be guessed.
    ///
    /// # Errors
    /// [`DateError`] saying what is wrong.
    ///
    /// # Examples
    /// ```
    /// use protection_pathways::calendar::Date;
    /// assert_eq!(Date::parse("2026-02-28").unwrap().to_string(), "2026-02-28");
    /// assert!(Date::parse("2026-02-30").is_err());
    /// assert!(Date::parse("26-1-1").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let b = text.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && [0, 1, 2, 3, 5, 6, 8, 9]
                .iter()
                .all(|&i| b[i].is_ascii_digit());
        if !shape_ok {
            return Err(DateError {
                code: ErrorCode::InvalidDate,
                message: format!(
                    "\"{}\" is not a date written YYYY-MM-DD (for example 2026-11-27)",
                    crate::error::shorten(text)
                ),
            });
        }
        let num = |range: std::ops::Range<usize>| {
            b[range]
                .iter()
                .fold(0i16, |acc, d| acc * 10 + i16::from(d - b'0'))
        };
        let (year, month, day) = (num(0..4), num(5..7), num(8..10));
        if !(1..=12).contains(&month) {
            return Err(DateError {
                code: ErrorCode::InvalidDate,
                message: format!("\"{text}\" has no month {month} (months run 01–12)"),
            });
        }
        // month and day have two digits, so they fit an i8.
        Date::new(year, month as i8, day as i8)
    }

    /// The year.
    pub fn year(self) -> i16 {
        self.0.year()
    }

    /// The month, 1–12.
    pub fn month(self) -> i8 {
        self.0.month()
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> i8 {
        self.0.day()
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        self.0.weekday()
    }

    /// The number of days in this date's month.
    pub fn days_in_month(self) -> i8 {
        self.0.days_in_month()
    }

    /// The next day, if it is in range.
    pub fn next_day(self) -> Option<Date> {
        self.0
            .tomorrow()
            .ok()
            .filter(|d| d.year() <= MAX_YEAR)
            .map(Date)
    }

    /// The day `days` days later (or earlier, for a negative number), if it is in range.
    pub fn add_days(self, days: i32) -> Option<Date> {
        let span = jiff::Span::new().try_days(days).ok()?;
        let d = self.0.checked_add(span).ok()?;
        (MIN_YEAR..=MAX_YEAR).contains(&d.year()).then_some(Date(d))
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i32 {
        // Both dates lie within 1900–2199, so the difference always fits.
        let a = self.0.to_jiff_day_number();
        let b = other.0.to_jiff_day_number();
        b - a
    }

    /// The date `months` calendar months later with the same day number, or the last day of
    /// that month when it is shorter (31 January + 1 month → 28 or 29 February). Returns the
    /// date and whether it was clamped. `None` when out of range.
    pub fn add_months_clamped(self, months: u32) -> Option<(Date, bool)> {
        let total = i64::from(self.year()) * 12 + i64::from(self.month() - 1) + i64::from(months);
        let year = i16::try_from(total.div_euclid(12)).ok()?;
        let month = (total.rem_euclid(12) + 1) as i8;
        let first = Date::new(year, month, 1).ok()?;
        let last = first.days_in_month();
        let day = self.day().min(last);
        Some((Date::new(year, month, day).ok()?, day != self.day()))
    }

    /// Saturday or Sunday.
    pub fn is_weekend(self) -> bool {
        matches!(self.weekday(), Weekday::Saturday | Weekday::Sunday)
    }

    /// The date in words for explanations: "Saturday 28 February 2026".
    pub fn long(self) -> String {
        format!(
            "{} {} {} {}",
            weekday_name(self.weekday()),
            self.day(),
            month_name(self.month()),
            self.year()
        )
    }
}

trait DayNumber {
    fn to_jiff_day_number(self) -> i32;
}

impl DayNumber for civil::Date {
    /// Days since 1970-01-01 (the Unix epoch day count), computed without a time zone.
    fn to_jiff_day_number(self) -> i32 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (
            i32::from(self.year()),
            i32::from(self.month()),
            i32::from(self.day()),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English name of month `m` (1–12).
pub fn month_name(m: i8) -> &'static str {
    MONTHS[usize::try_from(m - 1).unwrap_or(0).min(11)]
}

/// The English name of a weekday.
pub fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::str::FromStr for Date {
    type Err = Error;
    fn from_str(s: &str) -> Result<Date, Error> {
        Date::parse(s).map_err(|e| Error::new(e.code, "", e.message))
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        struct DateVisitor;
        impl serde::de::Visitor<'_> for DateVisitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date written YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).map_err(|e| {
                    E::custom(Coded {
                        code: e.code,
                        message: &e.message,
                    })
                })
            }
        }
        deserializer.deserialize_str(DateVisitor)
    }
}

/// The JSON Schema of a [`Date`], for `caseSchema()` (generated with the `schema` feature).
#[cfg(feature = "schema")]
pub struct DateSchema;

#[cfg(feature = "schema")]
impl schemars::JsonSchema for DateSchema {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar date written YYYY-MM-DD (1900–2199)",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn parses_only_strict_iso_dates() {
        assert_eq!(
            Date::parse("2028-02-29").map(|d| d.to_string()),
            Ok("2028-02-29".to_owned())
        );
        for bad in [
            "2026-02-30",
            "2027-02-29",
            "26-1-1",
            "2026-1-05",
            "20260105",
            "2026-11-27T00:00",
            "",
            "２０２６-01-01",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
        ] {
            let err = Date::parse(bad).expect_err(bad);
            assert_eq!(err.code, ErrorCode::InvalidDate, "{bad}");
        }
        assert_eq!(
            Date::parse("1899-12-31").map_err(|e| e.code),
            Err(ErrorCode::OutOfRange)
        );
        assert_eq!(
            Date::parse("2200-01-01").map_err(|e| e.code),
            Err(ErrorCode::OutOfRange)
        );
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn months_clamp_to_the_last_day() {
        let d = |s| Date::parse(s).expect("valid");
        assert_eq!(
            d("2026-01-31").add_months_clamped(1),
            Some((d("2026-02-28"), true))
        );
        assert_eq!(
            d("2028-01-31").add_months_clamped(1),
            Some((d("2028-02-29"), true))
        );
        assert_eq!(
            d("2026-01-15").add_months_clamped(1),
            Some((d("2026-02-15"), false))
        );
        assert_eq!(
            d("2026-11-30").add_months_clamped(3),
            Some((d("2027-02-28"), true))
        );
        assert_eq!(
            d("2026-08-31").add_months_clamped(6),
            Some((d("2027-02-28"), true))
        );
        assert_eq!(
            d("2028-02-29").add_months_clamped(12),
            Some((d("2029-02-28"), true))
        );
        assert_eq!(d("2199-12-01").add_months_clamped(1), None);
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn day_arithmetic_agrees_with_the_calendar() {
        let d = |s| Date::parse(s).expect("valid");
        assert_eq!(d("2026-12-31").next_day(), Some(d("2027-01-01")));
        assert_eq!(d("2028-02-28").add_days(1), Some(d("2028-02-29")));
        assert_eq!(d("2026-11-27").add_days(-27), Some(d("2026-10-31")));
        assert_eq!(d("2026-11-27").days_until(d("2027-11-27")), 365);
        assert_eq!(d("1970-01-01").days_until(d("1970-01-02")), 1);
        assert_eq!(d("2199-12-31").next_day(), None);
        assert_eq!(d("2026-11-27").weekday(), Weekday::Friday);
        assert_eq!(d("2026-02-28").long(), "Saturday 28 February 2026");
    }
}
