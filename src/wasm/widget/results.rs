//! The widget's results: pathway cards, the timeline (chart and list), next steps, contacts and
//! the questions to ask next, in the assessment's locale.
//!
//! A state is never shown by colour alone: each card carries the state's word and a symbol, and
//! a rule that is not verified gets a badge in words.

use web_sys::{Document, Element};

use super::chart::chart;
use super::dom::{add, el};
use crate::assess::{state_key, Assessment, PathwayState};
use crate::i18n::{long_date, t, tr};
use crate::law::model::TimelineKind;
use crate::law::Status;

/// Fills `out` with the results of `a`.
pub fn render(doc: &Document, out: &Element, a: &Assessment) {
    let l = a.locale.as_str();
    out.set_text_content(None);
    // A baseline profile says, above the results, that national law is not encoded.
    if let Some(note) = a.baseline_note() {
        add(
            out,
            el(doc, "p", note, &[("part", "scope"), ("role", "note")]),
        );
    }
    pathway_cards(
        doc,
        &section(doc, out, "pp-h-pathways", &t(l, "summary-pathways", &[])),
        a,
    );
    dates(
        doc,
        &section(doc, out, "pp-h-timeline", &t(l, "summary-timeline", &[])),
        a,
    );
    next_steps(
        doc,
        &section(doc, out, "pp-h-steps", &t(l, "summary-steps", &[])),
        a,
    );
    contacts(
        doc,
        &section(doc, out, "pp-h-contacts", &t(l, "summary-contacts", &[])),
        a,
    );
    questions(
        doc,
        &section(doc, out, "pp-h-questions", &t(l, "summary-questions", &[])),
        a,
    );
    add(
        out,
        el(doc, "p", &a.guidance.disclaimer, &[("part", "disclaimer")]),
    );
}

/// A section of the results under a heading with `id`.
fn section(doc: &Document, out: &Element, id: &str, heading: &str) -> Element {
    let s = add(
        out,
        el(
            doc,
            "section",
            "",
            &[("part", "section"), ("aria-labelledby", id)],
        ),
    );
    add(&s, el(doc, "h2", heading, &[("id", id)]));
    s
}

/// A card per pathway the law has: its state in words and symbol, why, and on what.
fn pathway_cards(doc: &Document, cards: &Element, a: &Assessment) {
    let l = a.locale.as_str();
    let list = add(cards, el(doc, "div", "", &[("class", "cards")]));
    for p in a.pathways.iter().filter(|p| p.in_law) {
        let state = state_key(p.state);
        let card = add(
            &list,
            el(
                doc,
                "article",
                "",
                &[("part", "card"), ("data-state", state)],
            ),
        );
        add(&card, el(doc, "h3", &p.label, &[]));
        let line = add(&card, el(doc, "p", "", &[]));
        let symbol = match p.state {
            PathwayState::Available => "✔",
            PathwayState::Possible => "?",
            PathwayState::Unavailable => "✖",
            PathwayState::NotApplicable => "–",
        };
        add(
            &line,
            el(
                doc,
                "span",
                &format!("{symbol} {}", t(l, &format!("state-{state}"), &[])),
                &[("part", "state"), ("class", state)],
            ),
        );
        if let Some(words) = status_badge(p.status, l) {
            add(&line, el(doc, "span", &words, &[("part", "badge")]));
        }
        if let Some(tr) = p.translation {
            let words = t(l, &format!("translation-{}", tr.as_str()), &[]);
            add(
                &line,
                el(
                    doc,
                    "span",
                    &words,
                    &[("part", "badge"), ("class", "translation")],
                ),
            );
        }
        add(&card, el(doc, "p", &p.explanation, &[]));
        // An available pathway says it in its explanation; otherwise the grant's wording is a
        // line of its own.
        if let Some(d) = p
            .discretion
            .as_ref()
            .filter(|_| p.state != PathwayState::Available)
        {
            add(&card, el(doc, "p", &d.text, &[("class", "note")]));
        }
        if let Some(alt) = &p.alternative {
            add(&card, el(doc, "p", &alt.reading, &[("class", "note")]));
        }
        let details = add(&card, el(doc, "details", "", &[]));
        add(
            &details,
            el(doc, "summary", &t(l, "widget-reasons", &[]), &[]),
        );
        let reasons = add(&details, el(doc, "ul", "", &[]));
        for r in &p.reasons {
            let li = add(&reasons, el(doc, "li", &r.text, &[]));
            add(
                &li,
                el(doc, "span", &format!(" ({})", r.cite), &[("class", "cite")]),
            );
        }
        if let Some(c) = a.provisions.get(&p.basis) {
            add(
                &details,
                el(
                    doc,
                    "p",
                    &format!("{}, {}", c.instrument, c.article),
                    &[("class", "cite")],
                ),
            );
        }
    }
}

/// The chart and the list of dates, each with its kind, status and days left.
fn dates(doc: &Document, dates: &Element, a: &Assessment) {
    let l = a.locale.as_str();
    if a.timeline.is_empty() {
        add(
            dates,
            el(
                doc,
                "p",
                &t(l, "summary-no-dates", &[]),
                &[("class", "hint")],
            ),
        );
    } else {
        add(dates, chart(doc, a));
        let ol = add(dates, el(doc, "ol", "", &[("class", "timeline")]));
        for e in &a.timeline {
            let kind = match e.kind {
                TimelineKind::ActBy => "act-by",
                TimelineKind::ProtectedUntil => "protected-until",
                TimelineKind::Event => "event",
            };
            let li = add(&ol, el(doc, "li", "", &[("data-kind", kind)]));
            let head = add(&li, el(doc, "p", "", &[]));
            add(
                &head,
                el(doc, "strong", &t(l, &format!("kind-{kind}"), &[]), &[]),
            );
            add(
                &head,
                el(
                    doc,
                    "span",
                    &format!(" {} — {}", long_date(l, e.date), e.label),
                    &[],
                ),
            );
            if let Some(words) = status_badge(e.status, l) {
                add(&head, el(doc, "span", &words, &[("part", "badge")]));
            }
            if e.earliest_possible {
                add(
                    &head,
                    el(
                        doc,
                        "span",
                        &t(l, "summary-earliest", &[]),
                        &[("part", "badge")],
                    ),
                );
            }
            if let Some(days) = e.days_remaining {
                let id = if e.overdue {
                    "widget-overdue"
                } else if days >= 0 {
                    "widget-days-left"
                } else {
                    "widget-days-ago"
                };
                add(
                    &li,
                    el(
                        doc,
                        "p",
                        &tr!(l, id, days = days.abs()),
                        &[("class", "note")],
                    ),
                );
            }
            if let Some(detail) = &e.detail {
                add(&li, el(doc, "p", detail, &[("class", "cite")]));
            }
            if let Some(alt) = &e.alternative {
                add(&li, el(doc, "p", &alt.reading, &[("class", "note")]));
            }
        }
    }
}

/// The next steps of the guidance.
fn next_steps(doc: &Document, steps: &Element, a: &Assessment) {
    let ol = add(steps, el(doc, "ol", "", &[]));
    for s in &a.guidance.steps {
        let li = add(&ol, el(doc, "li", "", &[]));
        add(&li, el(doc, "strong", &s.title, &[]));
        add(&li, el(doc, "span", &format!(" {}", s.text), &[]));
    }
}

/// The contacts that serve this person, with a phone link and a website that opens apart.
fn contacts(doc: &Document, contacts: &Element, a: &Assessment) {
    let l = a.locale.as_str();
    let ul = add(contacts, el(doc, "ul", "", &[]));
    for c in &a.guidance.contacts {
        let li = add(&ul, el(doc, "li", "", &[("part", "contact")]));
        add(&li, el(doc, "strong", &c.name, &[]));
        add(&li, el(doc, "span", &format!(" — {}", c.role_label), &[]));
        if let Some(words) = status_badge(c.status, l) {
            add(&li, el(doc, "span", &words, &[("part", "badge")]));
        }
        if let Some(phone) = &c.phone {
            let tel: String = phone
                .chars()
                .filter(|x| x.is_ascii_digit() || *x == '+')
                .collect();
            let p = add(&li, el(doc, "p", "", &[]));
            add(&p, el(doc, "a", phone, &[("href", &format!("tel:{tel}"))]));
        }
        if let Some(site) = c
            .website
            .as_deref()
            .filter(|w| w.starts_with("https://") || w.starts_with("http://"))
        {
            let p = add(&li, el(doc, "p", "", &[]));
            add(
                &p,
                el(
                    doc,
                    "a",
                    site,
                    &[
                        ("href", site),
                        ("rel", "noopener noreferrer"),
                        ("target", "_blank"),
                    ],
                ),
            );
        }
    }
}

/// The first five questions to ask next, each with why it matters.
fn questions(doc: &Document, asks: &Element, a: &Assessment) {
    let ol = add(asks, el(doc, "ol", "", &[]));
    for q in a.questions.iter().take(5) {
        let li = add(&ol, el(doc, "li", &q.text, &[]));
        add(
            &li,
            el(doc, "span", &format!(" {}", q.why), &[("class", "cite")]),
        );
    }
}

/// A short line for the live region: how many channels are open or possible, and the next date
/// to act by.
pub fn announce(a: &Assessment) -> String {
    let l = a.locale.as_str();
    let count = |s: PathwayState| {
        a.pathways
            .iter()
            .filter(|p| p.in_law && p.state == s)
            .count()
    };
    let next = a
        .timeline
        .iter()
        .find(|e| e.kind == TimelineKind::ActBy && !e.overdue)
        .map_or_else(|| t(l, "widget-no-act-by", &[]), |e| long_date(l, e.date));
    tr!(
        l,
        "widget-announce",
        available = count(PathwayState::Available),
        possible = count(PathwayState::Possible),
        next = next
    )
}

fn status_badge(s: Status, l: &str) -> Option<String> {
    match s {
        Status::Verified => None,
        Status::Secondary => Some(t(l, "widget-secondary", &[])),
        Status::Unverified => Some(t(l, "widget-unverified", &[])),
    }
}
