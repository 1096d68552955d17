//! A printable summary of an assessment, in its locale: an HTML fragment safe to insert (every
//! text escaped, no styles or scripts, so it lives under a strict CSP) and the same as plain
//! text. The law's own words (pathway summaries, a time limit's `detail`, what a source says) are in
//! this version; headings, states, steps, questions and contacts' roles are in the locale.

use std::fmt::Write as _;

use serde::Serialize;

use crate::assess::{Assessment, PathwayState};
use crate::i18n::{self, Arg};
use crate::law::model::TimelineKind;
use crate::law::Status;

/// The summary in two forms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Summary {
    /// The locale it is written in.
    pub locale: String,
    /// A `<section>` to insert into a page (all text escaped).
    pub html: String,
    /// The same as plain text.
    pub text: String,
}

/// Escapes text for HTML element content and double-quoted attributes.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn state_id(s: PathwayState) -> &'static str {
    match s {
        PathwayState::Available => "state-available",
        PathwayState::Possible => "state-possible",
        PathwayState::Unavailable => "state-unavailable",
        PathwayState::NotApplicable => "state-not_applicable",
    }
}

fn status_id(s: Status) -> &'static str {
    match s {
        Status::Verified => "status-verified",
        Status::Secondary => "status-secondary",
        Status::Unverified => "status-unverified",
    }
}

fn kind_id(k: TimelineKind) -> &'static str {
    match k {
        TimelineKind::ActBy => "kind-act-by",
        TimelineKind::ProtectedUntil => "kind-protected-until",
        TimelineKind::Event => "kind-event",
    }
}

/// Builds both forms side by side: `h` gets escaped HTML, `t` plain text.
struct Out {
    h: String,
    t: String,
}

impl Out {
    fn heading(&mut self, text: &str) {
        let _ = write!(self.h, "<h2>{}</h2>", escape_html(text));
        let _ = write!(self.t, "\n{text}\n{}\n", "=".repeat(text.chars().count()));
    }

    fn para(&mut self, text: &str) {
        let _ = write!(self.h, "<p>{}</p>", escape_html(text));
        let _ = writeln!(self.t, "{text}");
    }

    fn list(&mut self, items: &[String]) {
        if items.is_empty() {
            return;
        }
        self.h.push_str("<ul>");
        for i in items {
            let _ = write!(self.h, "<li>{}</li>", escape_html(i));
            let _ = writeln!(self.t, "- {i}");
        }
        self.h.push_str("</ul>");
    }
}

/// Whether any text of the law in `a` is a translation not yet reviewed.
fn translated(a: &Assessment) -> bool {
    // A locale with translated law translates every pathway's words.
    a.pathways
        .iter()
        .any(|p| p.translation == Some(crate::law::model::Translation::Unreviewed))
}

/// The summary of `a`, in `a.locale`.
pub fn summary(a: &Assessment) -> Summary {
    let l = a.locale.as_str();
    let t = |id: &str| i18n::t(l, id, &[]);
    let mut o = Out {
        h: String::new(),
        t: String::new(),
    };
    let _ = write!(
        o.h,
        "<section class=\"pp-summary\" lang=\"{}\">",
        escape_html(l)
    );
    let title = t("summary-title");
    let _ = write!(o.h, "<h1>{}</h1>", escape_html(&title));
    let _ = writeln!(o.t, "{title}\n{}", "#".repeat(title.chars().count()));
    let date = a.as_of.map_or_else(|| "—".to_owned(), |d| d.to_string());
    o.para(&i18n::t(
        l,
        "summary-for",
        &[
            ("jurisdiction", Arg::Str(&a.jurisdiction)),
            ("date", Arg::Str(&date)),
        ],
    ));
    o.para(&a.guidance.disclaimer);
    // A baseline profile says, before anything else, that national law is not encoded.
    if let Some(note) = a.baseline_note() {
        o.para(note);
    }
    if translated(a) {
        o.para(&t("translation-note"));
    }

    o.heading(&t("summary-pathways"));
    let pathways: Vec<String> = a
        .pathways
        .iter()
        .map(|p| {
            let mut line = format!(
                "{} — {} [{}]: {}",
                p.label,
                t(state_id(p.state)),
                t(status_id(p.status)),
                p.explanation
            );
            if let Some(alt) = &p.alternative {
                let _ = write!(line, " {}", alt.reading);
            }
            if let Some(tr) = p.translation {
                let _ = write!(line, " ({})", t(&format!("translation-{}", tr.as_str())));
            }
            line
        })
        .collect();
    o.list(&pathways);

    o.heading(&t("summary-timeline"));
    if a.timeline.is_empty() {
        o.para(&t("summary-no-dates"));
    }
    let dates: Vec<String> = a
        .timeline
        .iter()
        .map(|e| {
            let mut line = format!(
                "{} {}: {} [{}]",
                t(kind_id(e.kind)),
                e.date,
                e.label,
                t(status_id(e.status))
            );
            if let Some(detail) = &e.detail {
                let _ = write!(line, " — {detail}");
            }
            if e.earliest_possible {
                let _ = write!(line, " — {}", t("summary-earliest"));
            }
            if e.overdue {
                let _ = write!(line, " — {}", t("summary-overdue"));
            }
            if let Some(alt) = &e.alternative {
                let _ = write!(line, " ({})", alt.reading);
            }
            line
        })
        .collect();
    o.list(&dates);

    o.heading(&t("summary-steps"));
    let steps: Vec<String> = a
        .guidance
        .steps
        .iter()
        .map(|s| format!("{}: {}", s.title, s.text))
        .collect();
    o.list(&steps);

    o.heading(&t("summary-contacts"));
    let contacts: Vec<String> = a
        .guidance
        .contacts
        .iter()
        .map(|c| {
            let reach: Vec<&str> = [&c.phone, &c.email, &c.website, &c.hours]
                .into_iter()
                .filter_map(|x| x.as_deref())
                .collect();
            format!(
                "{} ({}) — {} [{}, {}]",
                c.name,
                c.role_label,
                reach.join(" · "),
                t(status_id(c.status)),
                c.checked
            )
        })
        .collect();
    o.list(&contacts);

    o.heading(&t("summary-questions"));
    let questions: Vec<String> = a.questions.iter().map(|q| q.text.clone()).collect();
    o.list(&questions);

    o.heading(&t("summary-sources"));
    let sources: Vec<String> = a
        .provisions
        .values()
        .map(|c| {
            format!(
                "{}, {} [{}] {}",
                c.instrument,
                c.article,
                t(status_id(c.status)),
                c.url
            )
        })
        .collect();
    o.list(&sources);

    o.para(&i18n::t(
        l,
        "summary-generated",
        &[
            ("engine", Arg::Str(&a.engine)),
            ("rules", Arg::Str(&a.rules)),
        ],
    ));
    o.h.push_str("</section>");
    Summary {
        locale: a.locale.clone(),
        html: o.h,
        text: o.t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn html_escaping_covers_markup_and_attributes() {
        assert_eq!(
            escape_html("<img src=x onerror=\"alert('1')\"> & </script>"),
            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; &lt;/script&gt;"
        );
    }
}
