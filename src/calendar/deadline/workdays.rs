//! Which days a counting rule treats as working days at a place. Pure: it answers questions
//! about days and remembers nothing; the phases of `count.rs` say which holidays they met.

use super::super::holidays::{Holiday, HolidayCalendar};
use super::super::Date;
use super::Reading;
use crate::law::model::Weekday;
use crate::law::{CountingRuleData, Status};

/// Why a day is not a working day.
#[derive(Debug, Clone)]
pub(super) enum NotWorking {
    /// A day of the rule's weekend.
    Weekend(Date),
    /// A holiday of the calendar on a day that is not a weekend day.
    Holiday(Holiday),
}

/// The rule's weekend and the holidays of the place, as the reading counts them.
pub(super) struct Workdays<'a> {
    /// Monday first, as `Weekday::ALL`.
    weekend: [bool; 7],
    calendar: Option<&'a HolidayCalendar>,
    reading: Reading,
}

impl<'a> Workdays<'a> {
    pub(super) fn of(
        rule: &CountingRuleData,
        calendar: Option<&'a HolidayCalendar>,
        reading: Reading,
    ) -> Workdays<'a> {
        let mut weekend = [false; 7];
        for (i, day) in Weekday::ALL.iter().enumerate() {
            weekend[i] = rule.working_days.weekend.contains(day);
        }
        Workdays {
            weekend,
            calendar: calendar.filter(|_| rule.working_days.public_holidays_excluded),
            reading,
        }
    }

    /// The calendar applied: none where the rule does not exclude public holidays.
    pub(super) fn calendar(&self) -> Option<&'a HolidayCalendar> {
        self.calendar
    }

    fn is_weekend(&self, d: Date) -> bool {
        let index = usize::try_from(d.weekday().to_monday_zero_offset()).unwrap_or(0);
        self.weekend[index]
    }

    /// The holiday on `d` that this reading counts (the strict one leaves out unverified ones).
    fn holiday(&self, d: Date) -> Option<Holiday> {
        self.calendar
            .and_then(|c| c.holiday_on(d))
            .filter(|h| self.reading == Reading::AsEncoded || h.status != Status::Unverified)
    }

    pub(super) fn is_working(&self, d: Date) -> bool {
        self.why_not_working(d).is_none()
    }

    /// Why `d` is not a working day, or `None` when it is one.
    pub(super) fn why_not_working(&self, d: Date) -> Option<NotWorking> {
        if self.is_weekend(d) {
            return Some(NotWorking::Weekend(d));
        }
        self.holiday(d).map(NotWorking::Holiday)
    }

    pub(super) fn next_working_after(&self, d: Date) -> Option<Date> {
        let mut day = d.next_day()?;
        // Weekends and holidays never fill more than a few weeks; the bound only guards
        // against a defective calendar.
        for _ in 0..60 {
            if self.is_working(day) {
                return Some(day);
            }
            day = day.next_day()?;
        }
        None
    }

    /// The working days from `first` to `last`, both included.
    pub(super) fn count_between(&self, first: Date, last: Date) -> u32 {
        days(first, last)
            .map(|d| u32::from(self.is_working(d)))
            .sum()
    }

    /// The holidays that are not working days from `first` to `last`, both included (a holiday
    /// on a weekend day changes nothing and is not listed).
    pub(super) fn holidays_between(&self, first: Date, last: Date) -> Vec<Holiday> {
        days(first, last)
            .filter_map(|d| match self.why_not_working(d) {
                Some(NotWorking::Holiday(h)) => Some(h),
                _ => None,
            })
            .collect()
    }
}

/// The days from `first` to `last`, both included.
fn days(first: Date, last: Date) -> impl Iterator<Item = Date> {
    std::iter::successors(Some(first), |d| d.next_day()).take_while(move |d| *d <= last)
}
