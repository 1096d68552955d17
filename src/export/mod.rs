//! What an assessment becomes outside the engine: an RFC 5545 calendar of its timeline, and a
//! printable summary.

pub mod icalendar;
pub mod summary;
