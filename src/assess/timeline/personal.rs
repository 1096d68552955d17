//! The entries from the person's own dates: the 18th birthday and each permit's expiry.

use crate::calendar::Assumption;
use crate::case::Case;
use crate::i18n::tr;
use crate::law::model::TimelineKind;
use crate::law::Status;

use super::entry::plain;
use super::not_counted;
use super::TimelineEntry;

/// The 18th birthday, for a child or someone who turned 18 in the last year.
pub(super) fn birthday(
    case: &Case,
    entries: &mut Vec<TimelineEntry>,
    l: &str,
    notes: &mut Vec<Assumption>,
) {
    let Some(born) = case.person.date_of_birth else {
        return;
    };
    let Some((date, clamped)) = born.add_months_clamped(18 * 12) else {
        notes.push(not_counted(l, "timeline-18th-birthday"));
        return;
    };
    if case
        .as_of
        .is_some_and(|a| a.add_days(-366).is_some_and(|y| date < y))
    {
        return;
    }
    let mut e = plain(
        case,
        "18th-birthday".into(),
        TimelineKind::Event,
        date,
        tr!(l, "timeline-18th-birthday"),
        l,
        None,
        Status::Verified,
        None,
    );
    if clamped {
        e.assumptions.push(Assumption {
            code: "born-29-february".into(),
            text: tr!(l, "assume-born-29-february"),
        });
    }
    entries.push(e);
}

/// Each permit's last day of validity, with the renewal that must come before it.
pub(super) fn permits(case: &Case, entries: &mut Vec<TimelineEntry>, l: &str) {
    for (i, p) in case.permits.iter().enumerate() {
        let Some(until) = p.until else {
            continue;
        };
        if case.as_of.is_some_and(|a| until < a) {
            continue;
        }
        let label = match p.scheme.as_deref() {
            Some(s) => tr!(l, "timeline-permit-expiry-scheme", scheme = label_text(s)),
            None => tr!(l, "timeline-permit-expiry"),
        };
        let mut expiry = plain(
            case,
            format!("permit-expiry-{}", i + 1),
            TimelineKind::ProtectedUntil,
            until,
            label,
            l,
            None,
            Status::Verified,
            None,
        );
        // No act-by date for the renewal: national rules may require the application some time
        // before expiry, none is encoded, and an act-by date that may be too late must not be
        // shown (law/README principle 1).
        expiry.assumptions.push(Assumption {
            code: "renewal-period-not-encoded".into(),
            text: tr!(l, "assume-renewal-period-not-encoded"),
        });
        entries.push(expiry);
    }
}

/// Free text from the case, fit for a one-line label: control characters and bidirectional
/// overrides become spaces (they could break the line or reorder what a reader sees), and
/// long text is cut at 60 characters.
pub(super) fn label_text(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| {
            let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || bidi {
                ' '
            } else {
                c
            }
        })
        .collect();
    let clean = clean.trim();
    if clean.chars().count() > 60 {
        let cut: String = clean.chars().take(60).collect();
        format!("{}…", cut.trim_end())
    } else {
        clean.to_owned()
    }
}
