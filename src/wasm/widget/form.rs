//! The widget's form: one field per fact of the case, built from the engine's own questions.
//!
//! A fact gets a field when the engine first asks about it (or when it is one of the few facts
//! every assessment starts from) and keeps it, so the form grows as answers reveal what matters
//! and never loses what was typed. Every field accepts "I don't know" and "I prefer not to
//! say"; both leave the fact out of the case (unknown). Permits are a list the user adds to and
//! removes from (an empty list is "not known"). Fields sit in the sections of the case: the
//! person, identification, stay, cooperation, risks, dates.

use web_sys::{Document, Element};

use super::dom::{add, el};
use crate::assess::questions::{question, AnswerKind};
use crate::i18n::{t, tr};
use crate::input::Value;

/// The field for `fact`, in `locale`, showing the case's current answer. `n` makes ids unique.
pub fn field(
    doc: &Document,
    locale: &str,
    jurisdiction: &str,
    fact: &str,
    current: Option<&Value>,
    n: usize,
) -> Element {
    let q = question(locale, jurisdiction, fact);
    let id = format!("pp-f{n}");
    let kind = kind_name(q.answer);
    let group = el(
        doc,
        "fieldset",
        "",
        &[("part", "field"), ("data-fact", fact), ("class", "field")],
    );
    add(&group, el(doc, "legend", &q.text, &[("id", &id)]));
    let base = [("data-fact", fact), ("data-kind", kind)];
    let skipped = matches!(current, Some(Value::String(s)) if s == "unknown");
    match q.answer {
        AnswerKind::YesNo | AnswerKind::Choice => {
            for o in &q.options {
                let checked = current.is_some_and(|v| json_of(v) == o.value);
                radio(doc, &group, &id, &o.label, &o.value, checked, &base);
            }
        }
        AnswerKind::Choices => {
            let chosen: Vec<String> = match current {
                Some(Value::Array(items)) => items.iter().map(json_of).collect(),
                _ => Vec::new(),
            };
            for o in &q.options {
                let label = add(&group, el(doc, "label", "", &[("class", "choice")]));
                let mut attrs = vec![("type", "checkbox"), ("data-value", o.value.as_str())];
                attrs.extend(base);
                if chosen.contains(&o.value) {
                    attrs.push(("checked", ""));
                }
                add(&label, el(doc, "input", "", &attrs));
                add(&label, el(doc, "span", &o.label, &[]));
            }
        }
        AnswerKind::AgeRange => {
            let (min, max) = match current {
                Some(Value::Object(fields)) => (number_at(fields, "min"), number_at(fields, "max")),
                _ => (String::new(), String::new()),
            };
            for (part, value, words) in [
                ("min", min, "widget-age-from"),
                ("max", max, "widget-age-to"),
            ] {
                let label = add(
                    &group,
                    el(doc, "label", &t(locale, words, &[]), &[("class", "inline")]),
                );
                let mut attrs = vec![
                    ("type", "number"),
                    ("min", "0"),
                    ("max", "120"),
                    ("data-part", part),
                    ("value", value.as_str()),
                ];
                attrs.extend(base);
                add(&label, el(doc, "input", "", &attrs));
            }
        }
        AnswerKind::Permits => permits(doc, locale, &group, &id, current),
        AnswerKind::Date | AnswerKind::Number | AnswerKind::Countries => {
            let value = match (q.answer, current) {
                (_, Some(Value::String(s))) if s != "unknown" => s.clone(),
                (_, Some(Value::Number(n))) => crate::error::number_text(*n),
                (_, Some(Value::Array(items))) => items
                    .iter()
                    .filter_map(|v| match v {
                        Value::String(s) => Some(s.as_str()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                _ => String::new(),
            };
            let input_type = match q.answer {
                AnswerKind::Date => "date",
                AnswerKind::Number => "number",
                _ => "text",
            };
            let mut attrs = vec![
                ("type", input_type),
                ("aria-labelledby", id.as_str()),
                ("value", value.as_str()),
            ];
            attrs.extend(base);
            if q.answer == AnswerKind::Countries {
                attrs.push(("autocomplete", "off"));
                attrs.push(("spellcheck", "false"));
            }
            add(&group, el(doc, "input", "", &attrs));
            if q.answer == AnswerKind::Countries {
                add(
                    &group,
                    el(
                        doc,
                        "p",
                        &t(locale, "widget-countries-hint", &[]),
                        &[("class", "hint")],
                    ),
                );
            }
        }
    }
    // An empty list of permits is already "not known": no skip answers there.
    if q.answer != AnswerKind::Permits {
        for (i, o) in q.skip.iter().enumerate() {
            let attrs = [
                ("data-fact", fact),
                ("data-kind", "skip"),
                ("data-skip", if i == 0 { "dont-know" } else { "prefer-not" }),
            ];
            radio(doc, &group, &id, &o.label, "", skipped && i == 0, &attrs);
        }
    }
    group
}

/// The permits' rows, editable where every permit is one the rows can show, and the button
/// that adds one.
fn permits(doc: &Document, locale: &str, group: &Element, id: &str, current: Option<&Value>) {
    let items: &[Value] = match current {
        Some(Value::Array(items)) => items,
        _ => &[],
    };
    // Rows show a permit's kind, first and last day as text. A record's list that holds
    // anything else is shown but not editable: rebuilding it from the rows would drop
    // what they cannot show.
    let editable = items.iter().all(|p| match p {
        Value::Object(fields) => fields.iter().all(|(k, v)| {
            matches!(k.as_str(), "scheme" | "from" | "until")
                && matches!(v, Value::String(_) | Value::Undefined)
        }),
        _ => false,
    });
    let hint_id = format!("{id}-hint");
    let hint = if editable {
        "widget-permits-hint"
    } else {
        "widget-permits-record"
    };
    add(
        group,
        el(
            doc,
            "p",
            &t(locale, hint, &[]),
            &[("class", "hint"), ("id", &hint_id)],
        ),
    );
    let _ = group.set_attribute("aria-describedby", &hint_id);
    let list = add(group, el(doc, "div", "", &[("class", "permits")]));
    for (i, permit) in items.iter().enumerate() {
        add(&list, permit_row(doc, locale, i, Some(permit), editable));
    }
    if editable {
        add(
            group,
            el(
                doc,
                "button",
                &t(locale, "widget-permit-add", &[]),
                &[
                    ("type", "button"),
                    ("data-action", "add-permit"),
                    ("part", "button"),
                ],
            ),
        );
    }
}

/// One permit of the list, the `i`-th (from 0): its kind as written on it (free text, which the
/// timeline shows as text), its first and last day, and a button that removes it (none, and the
/// boxes disabled, where the list cannot be edited).
pub fn permit_row(
    doc: &Document,
    locale: &str,
    i: usize,
    permit: Option<&Value>,
    editable: bool,
) -> Element {
    let row = el(doc, "fieldset", "", &[("class", "permit")]);
    add(&row, el(doc, "legend", "", &[]));
    for (part, words, kind) in [
        ("scheme", "widget-permit-scheme", "text"),
        ("from", "widget-permit-from", "date"),
        ("until", "widget-permit-until", "date"),
    ] {
        let value = match permit.and_then(|p| p.get(part)) {
            Some(Value::String(s)) => s.as_str(),
            _ => "",
        };
        let label = add(
            &row,
            el(doc, "label", &t(locale, words, &[]), &[("class", "inline")]),
        );
        let mut attrs = vec![
            ("type", kind),
            ("data-fact", "permits"),
            ("data-kind", "permit"),
            ("data-part", part),
            ("value", value),
        ];
        if !editable {
            attrs.push(("disabled", ""));
        }
        add(&label, el(doc, "input", "", &attrs));
    }
    if editable {
        add(
            &row,
            el(
                doc,
                "button",
                "",
                &[
                    ("type", "button"),
                    ("data-action", "remove-permit"),
                    ("part", "button"),
                ],
            ),
        );
    }
    number_permit(&row, locale, i);
    row
}

/// Writes the permit's number into its legend and its remove button ("Remove permit 2").
pub fn number_permit(row: &Element, locale: &str, i: usize) {
    let n = i + 1;
    if let Ok(Some(legend)) = row.query_selector("legend") {
        legend.set_text_content(Some(&tr!(locale, "widget-permit-n", n = n)));
    }
    if let Ok(Some(button)) = row.query_selector("button") {
        button.set_text_content(Some(&tr!(locale, "widget-permit-remove", n = n)));
    }
}

fn radio(
    doc: &Document,
    group: &Element,
    name: &str,
    label: &str,
    value: &str,
    checked: bool,
    base: &[(&str, &str)],
) {
    let wrap = add(group, el(doc, "label", "", &[("class", "choice")]));
    let mut attrs = vec![("type", "radio"), ("name", name), ("data-value", value)];
    attrs.extend_from_slice(base);
    if checked {
        attrs.push(("checked", ""));
    }
    add(&wrap, el(doc, "input", "", &attrs));
    add(&wrap, el(doc, "span", label, &[]));
}

fn kind_name(kind: AnswerKind) -> &'static str {
    match kind {
        AnswerKind::YesNo => "yes-no",
        AnswerKind::Choice => "choice",
        AnswerKind::Choices => "choices",
        AnswerKind::Date => "date",
        AnswerKind::Countries => "countries",
        AnswerKind::Number => "number",
        AnswerKind::AgeRange => "age-range",
        AnswerKind::Permits => "permits",
    }
}

fn number_at(fields: &[(String, Value)], name: &str) -> String {
    match fields.iter().find(|(k, _)| k == name) {
        Some((_, Value::Number(n))) => crate::error::number_text(*n),
        _ => String::new(),
    }
}

/// A scalar as the JSON text the questions use for their options (`true`, `"sexual"`).
fn json_of(v: &Value) -> String {
    match v {
        Value::Bool(b) => b.to_string(),
        Value::String(s) => format!("\"{s}\""),
        _ => String::new(),
    }
}
