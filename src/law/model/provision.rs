//! A legal statement as the data holds it: the instrument, the article, what it says, the status
//! of our reading, when and where it was checked; and the checks of one statement.

use serde::{Deserialize, Serialize};

use super::DataDate;

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
    /// Where `says` comes from when it is not the data's English (set by the build for a
    /// words pack; the build refuses it in the data files).
    #[serde(default)]
    pub translation: Option<super::Translation>,
    /// Article, paragraph, point.
    pub article: String,
    /// What it provides, in plain words.
    pub says: String,
    /// How sure we are of that reading.
    pub status: Status,
    /// When it was last checked.
    pub checked: DataDate,
    /// Where it was read, or where the reading comes from.
    pub source: String,
}

/// An article and what we know of it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    /// The article, paragraph and point (`Art. 3(4)`).
    pub article: String,
    /// Where `says` comes from when it is not the data's English (set by the build for a
    /// words pack; the build refuses it in the data files).
    #[serde(default)]
    pub translation: Option<super::Translation>,
    /// What it provides, in plain words.
    pub says: String,
    /// How sure we are of that reading.
    pub status: Status,
    /// When it was last checked.
    pub checked: DataDate,
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

/// Checks a provision: article, words, and a source fitting its status (its date is a
/// [`DataDate`], checked when read).
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
    /// Where it was read.
    pub source: &'a str,
    /// A translation's mark, which only the build sets.
    pub translation: Option<super::Translation>,
}

impl Provision {
    /// The statement, for [`check_statement`].
    pub fn statement(&self) -> Statement<'_> {
        Statement {
            article: &self.article,
            says: &self.says,
            status: self.status,
            source: &self.source,
            translation: self.translation,
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
            source: &self.source,
            translation: self.translation,
        }
    }
}

/// Checks one legal statement: an article, what it says, and a source (a page for a verified
/// reading). The date it was checked is a [`DataDate`], checked when it is read.
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
    if p.translation.is_some() {
        return Err(format!(
            "{at}.translation: the build sets it for a words pack; do not write it"
        ));
    }
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
