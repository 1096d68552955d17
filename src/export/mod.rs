//! What an assessment becomes outside the engine: an RFC 5545 calendar of its timeline.

pub mod icalendar;
