//! The timeline as an SVG chart: one row per entry on a shared date axis, today (the assessment's
//! `asOf`) marked by a line, act-by dates drawn as filled diamonds with their label in bold.
//! The list under the chart says the same in words; the chart is an image with a title for
//! assistive technology, and its shapes, not only their colours, tell the kinds apart.

use web_sys::{Document, Element};

use super::dom::{add, svg};
use crate::assess::Assessment;
use crate::calendar::Date;
use crate::i18n::{long_date, t};
use crate::law::model::TimelineKind;

const WIDTH: i32 = 640;
const LEFT: i32 = 12;
const RIGHT: i32 = 12;
const ROW: i32 = 26;
const TOP: i32 = 28;

/// The chart of `a`'s timeline (which must not be empty).
pub fn chart(doc: &Document, a: &Assessment) -> Element {
    let l = a.locale.as_str();
    let first = a.timeline.iter().map(|e| e.date).min();
    let last = a.timeline.iter().map(|e| e.date).max();
    let (Some(mut from), Some(mut to)) = (first, last) else {
        return svg(doc, "svg", "", &[]);
    };
    if let Some(today) = a.as_of {
        from = from.min(today);
        to = to.max(today);
    }
    let span = from.days_until(to).max(1);
    let x = |d: Date| LEFT + from.days_until(d) * (WIDTH - LEFT - RIGHT) / span;
    let height = TOP + ROW * i32::try_from(a.timeline.len()).unwrap_or(0) + 8;
    let title = t(l, "summary-timeline", &[]);
    let root = svg(
        doc,
        "svg",
        "",
        &[
            ("part", "chart"),
            ("role", "img"),
            ("aria-labelledby", "pp-chart-title"),
            ("viewBox", &format!("0 0 {WIDTH} {height}")),
            ("width", "100%"),
        ],
    );
    add(
        &root,
        svg(doc, "title", &title, &[("id", "pp-chart-title")]),
    );
    let axis = TOP - 10;
    add(
        &root,
        svg(
            doc,
            "line",
            "",
            &[
                ("x1", &LEFT.to_string()),
                ("x2", &(WIDTH - RIGHT).to_string()),
                ("y1", &axis.to_string()),
                ("y2", &axis.to_string()),
                ("class", "axis"),
            ],
        ),
    );
    for (d, anchor) in [(from, "start"), (to, "end")] {
        add(
            &root,
            svg(
                doc,
                "text",
                &d.to_string(),
                &[
                    ("x", &x(d).to_string()),
                    ("y", "10"),
                    ("text-anchor", anchor),
                    ("class", "tick"),
                ],
            ),
        );
    }
    if let Some(today) = a.as_of {
        let tx = x(today).to_string();
        add(
            &root,
            svg(
                doc,
                "line",
                "",
                &[
                    ("x1", &tx),
                    ("x2", &tx),
                    ("y1", &(axis - 4).to_string()),
                    ("y2", &height.to_string()),
                    ("class", "today"),
                ],
            ),
        );
        let words = format!("{} ({})", t(l, "widget-today", &[]), long_date(l, today));
        add(
            &root,
            svg(
                doc,
                "text",
                &words,
                &[
                    ("x", &tx),
                    ("y", &(axis - 2).to_string()),
                    ("text-anchor", "middle"),
                    ("class", "today-label"),
                ],
            ),
        );
    }
    for (i, e) in a.timeline.iter().enumerate() {
        let y = TOP + ROW * i32::try_from(i).unwrap_or(0) + ROW / 2;
        let cx = x(e.date);
        let (shape, class) = marker(doc, e.kind, cx, y);
        add(&root, shape);
        // Labels sit on the side with more room.
        let (lx, anchor) = if cx > WIDTH / 2 {
            (cx - 10, "end")
        } else {
            (cx + 10, "start")
        };
        add(
            &root,
            svg(
                doc,
                "text",
                &format!("{} {}", e.date, e.label),
                &[
                    ("x", &lx.to_string()),
                    ("y", &(y + 4).to_string()),
                    ("text-anchor", anchor),
                    ("class", &format!("label {class}")),
                ],
            ),
        );
    }
    root
}

/// The mark of an entry at (`cx`, `y`), and its class: each kind has its own shape.
fn marker(doc: &Document, kind: TimelineKind, cx: i32, y: i32) -> (Element, &'static str) {
    match kind {
        // A diamond: the one shape act-by dates have, bold as well as coloured.
        TimelineKind::ActBy => (
            svg(
                doc,
                "path",
                "",
                &[
                    ("d", &format!("M{cx} {} l6 6 l-6 6 l-6 -6 z", y - 6)),
                    ("class", "act-by"),
                ],
            ),
            "act-by",
        ),
        TimelineKind::ProtectedUntil => (
            svg(
                doc,
                "rect",
                "",
                &[
                    ("x", &(cx - 5).to_string()),
                    ("y", &(y - 5).to_string()),
                    ("width", "10"),
                    ("height", "10"),
                    ("class", "protected-until"),
                ],
            ),
            "protected-until",
        ),
        TimelineKind::Event => (
            svg(
                doc,
                "circle",
                "",
                &[
                    ("cx", &cx.to_string()),
                    ("cy", &y.to_string()),
                    ("r", "5"),
                    ("class", "event"),
                ],
            ),
            "event",
        ),
    }
}
