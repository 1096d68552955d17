//! Civil dates, periods, and counting time limits the way the law counts them.
//!
//! What counts is data (`law::CountingRuleData`: which day is excluded, how a period ends,
//! what a working day is, whether a last day on a non-working day moves); this module applies
//! it and explains every step.

mod date;
mod deadline;
mod holidays;
mod period;

#[cfg(feature = "schema")]
pub use date::DateSchema;
pub use date::{weekday_name, Date, DateError, MAX_YEAR, MIN_YEAR};
pub use deadline::{
    calendar_for, compute_deadline, earliest, Alternative, Assumption, Deadline, DeadlineKind,
    DeadlineRequest, Place, Reading, Readings, RuleApplied, Step,
};
pub use holidays::{
    calendars, easter, holidays_of, Holiday, HolidayCalendar, HolidayList, HolidaysRequest,
};
pub use period::{Period, PeriodError, PeriodUnit};
