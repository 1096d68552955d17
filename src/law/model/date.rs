//! A day written in the law data (`2026-07-01`), checked to exist wherever the data is read:
//! from TOML by the build script, and from a pack at first use. A field that may be open (a
//! pathway still in force, a regime with no start) is an `Option<DataDate>`, never "".
//!
//! It holds no arithmetic: the crate's `calendar::Date` counts; this type only guarantees
//! that the text is a real day, so it compares as text and parses there without failing.
//! (jiff is not a build dependency, and this file is compiled by the build script too.)

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// A day of the calendar written `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct DataDate(String);

impl DataDate {
    /// The day `text`, if it is one.
    ///
    /// # Errors
    /// Why `text` is not a day: not written `YYYY-MM-DD`, or a day no month has.
    pub fn parse(text: &str) -> Result<Self, String> {
        match problem(text) {
            None => Ok(Self(text.to_owned())),
            Some(p) => Err(p.to_string()),
        }
    }

    /// The day as the data writes it.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DataDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for DataDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        match problem(&text) {
            None => Ok(Self(text)),
            Some(p) => Err(serde::de::Error::custom(p)),
        }
    }
}

/// The text of an open-ended date: "" when there is none (the JS API's `from` and `until`).
#[must_use]
pub fn date_text(date: Option<&DataDate>) -> &str {
    date.map_or("", DataDate::as_str)
}

/// Whether something dated `from`–`until` (open where `None`) is in effect on `date`
/// (`YYYY-MM-DD`); with no date, whether it is still in effect (no `until`). Days written
/// `YYYY-MM-DD` compare as text.
#[must_use]
pub fn in_effect(from: Option<&DataDate>, until: Option<&DataDate>, date: Option<&str>) -> bool {
    match date {
        Some(d) => from.is_none_or(|f| f.as_str() <= d) && until.is_none_or(|u| d <= u.as_str()),
        None => until.is_none(),
    }
}

/// Why a text is not a day. Its words are made only when shown: the pack reader drops them
/// (postcard keeps no message), so the wasm carries no formatting for them.
#[derive(Debug)]
enum Problem<'a> {
    NotWritten(&'a str),
    NoMonth(&'a str, u32),
    PastMonthEnd(&'a str, u32),
}

impl fmt::Display for Problem<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotWritten(text) => write!(f, "'{text}' is not a date written YYYY-MM-DD"),
            Problem::NoMonth(text, month) => write!(f, "'{text}': there is no month {month}"),
            Problem::PastMonthEnd(text, last) => write!(
                f,
                "'{text}' is not a day of the calendar (that month has {last} days)"
            ),
        }
    }
}

/// Why `text` is not a day written `YYYY-MM-DD`, if it is not.
fn problem(text: &str) -> Option<Problem<'_>> {
    let b = text.as_bytes();
    let written = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| b[i].is_ascii_digit());
    if !written {
        return Some(Problem::NotWritten(text));
    }
    // All ten bytes are ASCII here, so the slices fall on character boundaries.
    let number = |r: std::ops::Range<usize>| text[r].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let last = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Some(Problem::NoMonth(text, month)),
    };
    (day == 0 || day > last).then_some(Problem::PastMonthEnd(text, last))
}

#[cfg(test)]
mod tests {
    use super::{in_effect, DataDate};

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn data_dates_must_exist() {
        for good in [
            "2026-02-28",
            "2024-02-29",
            "2000-02-29",
            "2026-04-30",
            "2026-12-31",
        ] {
            assert_eq!(
                DataDate::parse(good).map(|d| d.to_string()),
                Ok(good.to_owned())
            );
        }
        for bad in [
            "2026-02-31",
            "2026-02-29",
            "1900-02-29",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "2026-1-01",
            "26-01-01",
            "2026-01-01 ",
            "",
        ] {
            assert!(DataDate::parse(bad).is_err(), "{bad}");
        }
    }

    /// A pack carries the text, so a damaged or hand-made pack with an impossible day is
    /// refused when read, as the TOML is at build time.
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn a_packed_impossible_day_is_refused() {
        let good = postcard::to_allocvec(&DataDate::parse("2026-07-01").ok()).unwrap_or_default();
        assert_eq!(
            postcard::from_bytes::<Option<DataDate>>(&good)
                .ok()
                .flatten(),
            DataDate::parse("2026-07-01").ok()
        );
        let bad = postcard::to_allocvec(&Some("2026-02-31")).unwrap_or_default();
        assert!(postcard::from_bytes::<Option<DataDate>>(&bad).is_err());
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn in_effect_includes_both_ends() {
        let day = |t: &str| DataDate::parse(t).ok();
        let (from, until) = (day("2026-07-01"), day("2026-12-31"));
        for (on, expected) in [
            ("2026-06-30", false),
            ("2026-07-01", true),
            ("2026-12-31", true),
            ("2027-01-01", false),
        ] {
            assert_eq!(
                in_effect(from.as_ref(), until.as_ref(), Some(on)),
                expected,
                "{on}"
            );
        }
        assert!(in_effect(None, None, Some("1900-01-01")));
        assert!(!in_effect(from.as_ref(), until.as_ref(), None));
        assert!(in_effect(from.as_ref(), None, None));
    }
}
