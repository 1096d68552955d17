//! A legal statement as the data holds it: the instrument, the article, what it says, the status
//! of our reading, when and where it was checked; and the checks of one statement.

use serde::{Deserialize, Serialize};

/// A legal instrument: its short title and official text.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstrumentData {
    /// Short title (`CETS No. 197`).
    pub title: String,
    /// The official text.
    pub url: String,
}

/// A provision of an instrument, with our reading of it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitedProvision {
    /// The key of the instrument in `instruments`.
    pub instrument: String,
    /// Article, paragraph, point.
    pub article: String,
    /// What it provides, in plain words.
    pub says: String,
    /// How sure we are of that reading.
    pub status: Status,
    /// When it was last checked (`YYYY-MM-DD`).
    pub checked: String,
    /// Where it was read, or where the reading comes from.
    pub source: String,
}

/// An article and what we know of it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    /// The article, paragraph and point (`Art. 3(4)`).
    pub article: String,
    /// What it provides, in plain words.
    pub says: String,
    /// How sure we are of that reading.
    pub status: Status,
    /// When it was last checked (`YYYY-MM-DD`).
    pub checked: String,
    /// Where it was read (a URL), or why nothing could be read.
    pub source: String,
}

vocabulary! {
    /// How a legal statement was established.
    pub enum Status {
        /// Not read in any source; shown to users as unverified. (Lowest, so `min` finds the
        /// weakest status of a conclusion.)
        Unverified = "unverified",
        /// Read in secondary material (NGO, practitioner, a quotation in another text).
        Secondary = "secondary",
        /// Read in the primary text or an authoritative summary (a government or court page).
        Verified = "verified",
    }
}

/// Checks a provision: article, words, date, and a source fitting its status.
pub fn check_provision(at: &str, p: &Provision) -> Result<(), String> {
    check_statement(at, &p.statement())
}

/// What a check reads of a legal statement: both [`Provision`] and [`CitedProvision`] hold it
/// (postcard cannot flatten one into the other, so the two types stay, with one check).
pub struct Statement<'a> {
    /// Article, paragraph, point.
    pub article: &'a str,
    /// What it provides, in plain words.
    pub says: &'a str,
    /// How sure we are of that reading.
    pub status: Status,
    /// When it was last checked (`YYYY-MM-DD`).
    pub checked: &'a str,
    /// Where it was read.
    pub source: &'a str,
}

impl Provision {
    /// The statement, for [`check_statement`].
    pub fn statement(&self) -> Statement<'_> {
        Statement {
            article: &self.article,
            says: &self.says,
            status: self.status,
            checked: &self.checked,
            source: &self.source,
        }
    }
}

impl CitedProvision {
    /// The statement, for [`check_statement`].
    pub fn statement(&self) -> Statement<'_> {
        Statement {
            article: &self.article,
            says: &self.says,
            status: self.status,
            checked: &self.checked,
            source: &self.source,
        }
    }
}

/// Checks one legal statement: an article, what it says, a real date checked, and a source
/// (a page for a verified reading).
///
/// # Errors
/// The field at fault under `at`.
pub fn check_statement(at: &str, p: &Statement<'_>) -> Result<(), String> {
    if p.article.trim().is_empty() {
        return Err(format!("{at}.article: must not be empty"));
    }
    if p.says.trim().is_empty() {
        return Err(format!("{at}.says: must not be empty"));
    }
    check_date(&format!("{at}.checked"), p.checked)?;
    // A verified reading names the page it was read on; a weaker one says at least where it
    // comes from.
    if p.status == Status::Verified {
        check_url(&format!("{at}.source"), p.source)?;
    } else if p.source.trim().is_empty() {
        return Err(format!("{at}.source: say where this reading comes from"));
    }
    Ok(())
}

pub(super) fn check_url(at: &str, url: &str) -> Result<(), String> {
    if url.starts_with("https://") || url.starts_with("http://") {
        Ok(())
    } else {
        Err(format!("{at}: '{url}' is not a web address"))
    }
}

/// Checks a `YYYY-MM-DD` date written in the data.
pub fn check_date(at: &str, text: &str) -> Result<(), String> {
    let b = text.as_bytes();
    let ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| b[i].is_ascii_digit())
        && matches!(
            &text[5..7],
            "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12"
        )
        && text[8..10] >= *"01"
        && text[8..10] <= *"31";
    if !ok {
        return Err(format!("{at}: '{text}' is not a date written YYYY-MM-DD"));
    }
    // A day that exists: not 2026-02-31, and 29 February only in a leap year.
    let number = |r: std::ops::Range<usize>| text[r].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let last = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if day > last {
        return Err(format!(
            "{at}: '{text}' is not a day of the calendar (that month has {last} days)"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod date_tests {
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
            assert_eq!(super::check_date("x", good), Ok(()), "{good}");
        }
        for bad in [
            "2026-02-31",
            "2026-02-29",
            "1900-02-29",
            "2026-04-31",
            "2026-13-01",
            "2026-1-01",
            "26-01-01",
        ] {
            assert!(super::check_date("x", bad).is_err(), "{bad}");
        }
    }
}
