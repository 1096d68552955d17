//! The two readings of a time limit and the one place that chooses between them.
//!
//! The data's own reading (`AsEncoded`) applies every provision and holiday as encoded; the
//! strict reading leaves out what is unverified where it would make the period longer. Where
//! the strict reading ends earlier, both callers show both dates: `computeDeadline` answers the
//! data's reading with the earlier date as its alternative ("act by then to be safe"); the
//! timeline, whose act-by dates are the earliest possible ones (ARCHITECTURE.md), shows the
//! earlier date with the data's reading as the later alternative.

use super::super::{Date, Period};
use super::count::{count, Unverified};
use super::workdays::Workdays;
use super::{assumptions, explain, Alternative, Deadline, DeadlineKind, Place, RuleApplied};
use crate::error::Error;
use crate::i18n::{long_date, tr};
use crate::law::{CountingRuleData, Status};

/// Which provisions and holidays a count applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Everything as the data encodes it.
    AsEncoded,
    /// Without what is unverified and would make the period longer (an unverified holiday, an
    /// unverified roll or minimum of working days, an unverified exclusion of the event day).
    Strict,
}

/// A time limit counted under the data's reading and, where it ends earlier, the strict one.
#[derive(Debug, Clone)]
pub struct Readings<'l> {
    encoded: Deadline,
    /// The strict reading, only where it ends earlier than the data's.
    strict: Option<Deadline>,
    /// What the strict reading leaves out, in words.
    left_out: String,
    locale: &'l str,
}

/// Counts `period` from `from` under `rule` at `place`, in both readings where they can differ.
///
/// # Errors
/// `out_of_range` when the end would pass 2199 (or the start precede 1900).
pub fn earliest<'l>(
    rule: &CountingRuleData,
    place: &Place<'l>,
    kind: DeadlineKind,
    from: Date,
    period: Period,
) -> Result<Readings<'l>, Error> {
    let (encoded, unverified) = one(rule, place, Reading::AsEncoded, kind, from, period)?;
    let strict = if unverified.is_empty() {
        None
    } else {
        let (strict, _) = one(rule, place, Reading::Strict, kind, from, period)?;
        Some(strict).filter(|s| s.date < encoded.date)
    };
    // Worded only where the strict reading is given: `as_encoded` names what it leaves out.
    let left_out: Vec<String> = if strict.is_some() {
        unverified
            .iter()
            .map(|u| explain::unverified_words(u, place.locale))
            .collect()
    } else {
        Vec::new()
    };
    Ok(Readings {
        encoded,
        strict,
        left_out: left_out.join("; "),
        locale: place.locale,
    })
}

impl Readings<'_> {
    /// `computeDeadline`'s answer: the data's reading, with the earlier date as alternative.
    #[must_use]
    pub fn as_encoded(self) -> Deadline {
        let mut d = self.encoded;
        if let Some(strict) = self.strict {
            d.alternative = Some(Alternative {
                date: strict.date,
                reading: tr!(
                    self.locale,
                    "reading-without-unverified",
                    parts = self.left_out,
                    date = long_date(self.locale, strict.date)
                ),
            });
        }
        d
    }

    /// The timeline's answer: the earliest date first, and the data's date as the later
    /// alternative where it differs. The earlier date keeps the data's reading's assumptions
    /// (they say what is unverified) and is marked the earliest possible.
    #[must_use]
    pub fn earliest_first(self) -> (Deadline, Option<Alternative>) {
        let Some(mut strict) = self.strict else {
            return (self.encoded, None);
        };
        let later = Alternative {
            date: self.encoded.date,
            reading: tr!(
                self.locale,
                "reading-if-unverified-holds",
                date = long_date(self.locale, self.encoded.date)
            ),
        };
        strict.assumptions = self.encoded.assumptions;
        strict.earliest_possible = true;
        (strict, Some(later))
    }
}

/// One reading counted, worded and with its assumptions, and what in it is unverified.
fn one<'r>(
    rule: &'r CountingRuleData,
    place: &Place<'_>,
    reading: Reading,
    kind: DeadlineKind,
    from: Date,
    period: Period,
) -> Result<(Deadline, Vec<Unverified<'r>>), Error> {
    let workdays = Workdays::of(rule, place.calendar, reading);
    let c = count(rule, &workdays, reading, kind, from, period)?;
    let l = place.locale;
    let (assumptions, earliest_possible) = assumptions::assumptions(&c, workdays.calendar(), l);
    let status = c
        .used
        .iter()
        .map(|p| p.status)
        .chain(c.holidays.iter().map(|h| h.status))
        .min()
        .unwrap_or(Status::Verified);
    let deadline = Deadline {
        date: c.end,
        earliest_possible,
        from: c.event,
        period: c.period.to_iso(),
        kind,
        jurisdiction: place.jurisdiction.to_owned(),
        rule: RuleApplied {
            id: rule.id.clone(),
            title: rule.title.clone(),
            instrument: rule.instrument.clone(),
            url: rule.url.clone(),
            status,
        },
        calendar: workdays.calendar().map(|cal| {
            cal.region()
                .map_or_else(|| cal.data().code.clone(), |r| r.code.clone())
        }),
        steps: explain::steps(&c, l),
        assumptions,
        alternative: None,
        holidays: c.holidays,
    };
    Ok((deadline, c.unverified))
}
