//! The form's events: an answer typed, chosen or skipped is read back from the DOM into the
//! case (`input::edit`), and the permit rows' buttons add and remove rows.

use std::cell::RefCell;
use std::rc::Weak;

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use super::dom::add;
use crate::input::edit;
use crate::input::Value;

use super::*;

/// A field changed: the case follows, and an assessment is scheduled.
pub(super) fn on_input(weak: &Weak<RefCell<State>>, target: Option<web_sys::EventTarget>) {
    let Some(state) = weak.upgrade() else { return };
    let Some(input) = target
        .clone()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    let (Some(fact), Some(kind)) = (
        input.get_attribute("data-fact"),
        input.get_attribute("data-kind"),
    ) else {
        return;
    };
    {
        let Ok(mut s) = state.try_borrow_mut() else {
            defer(weak, target, on_input);
            return;
        };
        let value = match kind.as_str() {
            "skip" => {
                clear_others(&s.form, &fact);
                None
            }
            "yes-no" | "choice" => input
                .get_attribute("data-value")
                .and_then(|v| edit::value_of_option(&v)),
            "choices" => {
                let picked: Vec<Value> = checked(&s.form, &fact)
                    .iter()
                    .filter_map(|i| i.get_attribute("data-value"))
                    .filter_map(|v| edit::value_of_option(&v))
                    .collect();
                (!picked.is_empty()).then_some(Value::Array(picked))
            }
            "countries" => {
                let codes = edit::countries(&input.value());
                (!codes.is_empty()).then_some(Value::Array(codes))
            }
            "number" => whole(&input.value()).map(Value::Number),
            "age-range" => age_range(&s.form, &fact),
            "permit" => permits(&s.form),
            _ => Some(input.value())
                .filter(|v| !v.is_empty())
                .map(Value::String),
        };
        if kind != "skip" && value.is_some() {
            uncheck_skips(&s.form, &fact);
        }
        edit::set(&mut s.case, &fact, value);
    }
    schedule(&state);
}

pub(super) fn inputs(form: &Element, selector: &str) -> Vec<HtmlInputElement> {
    let Ok(list) = form.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlInputElement>().ok())
        .collect()
}

fn checked(form: &Element, fact: &str) -> Vec<HtmlInputElement> {
    inputs(form, &format!("input[data-fact=\"{fact}\"]:checked"))
}

fn clear_others(form: &Element, fact: &str) {
    for i in inputs(
        form,
        &format!("input[data-fact=\"{fact}\"]:not([data-kind=skip])"),
    ) {
        i.set_checked(false);
        if i.type_() != "radio" && i.type_() != "checkbox" {
            i.set_value("");
        }
    }
}

fn uncheck_skips(form: &Element, fact: &str) {
    for i in inputs(
        form,
        &format!("input[data-fact=\"{fact}\"][data-kind=skip]"),
    ) {
        i.set_checked(false);
    }
}

fn age_range(form: &Element, fact: &str) -> Option<Value> {
    let part = |p: &str| {
        inputs(form, &format!("input[data-fact=\"{fact}\"][data-part={p}]"))
            .first()
            .and_then(|i| whole(&i.value()))
    };
    let (min, max) = (part("min")?, part("max")?);
    Some(Value::Object(vec![
        ("min".into(), Value::Number(min)),
        ("max".into(), Value::Number(max)),
    ]))
}

/// The permits as the form lists them: each row's kind, first and last day where given. A row
/// left empty stays (as `{}`, which says nothing) so that the case's `permits[i]` is row i + 1
/// in an error's path.
fn permits(form: &Element) -> Option<Value> {
    let rows = form.query_selector_all("fieldset.permit").ok()?;
    let list: Vec<Value> = (0..rows.length())
        .filter_map(|i| rows.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .map(|row| {
            let fields = ["scheme", "from", "until"]
                .into_iter()
                .filter_map(|part| {
                    let input = inputs(&row, &format!("input[data-part={part}]"))
                        .into_iter()
                        .next()?;
                    let text = input.value().trim().to_owned();
                    (!text.is_empty()).then(|| (part.to_owned(), Value::String(text)))
                })
                .collect::<Vec<_>>();
            Value::Object(fields)
        })
        .collect();
    (!list.is_empty()).then_some(Value::Array(list))
}

/// A whole number typed in a field (ages are whole years). Parsed as an integer: the float
/// parser's tables would add about 10 KB to the wasm.
fn whole(text: &str) -> Option<f64> {
    text.trim().parse::<u32>().ok().map(f64::from)
}

/// The form's own buttons: add a permit (an empty row, focused) or remove one (the rest are
/// renumbered, focus goes to "Add a permit", and the case follows).
pub(super) fn on_form_button(weak: &Weak<RefCell<State>>, target: Option<web_sys::EventTarget>) {
    let Some(state) = weak.upgrade() else { return };
    let Some(button) = target
        .clone()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest("button[data-action]").ok().flatten())
    else {
        return;
    };
    let Some(doc) = dom::document() else { return };
    let action = button.get_attribute("data-action").unwrap_or_default();
    // The rows are changed and focus is moved with the state released: moving focus (or
    // removing the focused row) fires `change` and `focusout` at once, and handlers, ours or
    // the host's, may need the state.
    let (form, l) = {
        let Ok(s) = state.try_borrow() else {
            defer(weak, target, on_form_button);
            return;
        };
        (s.form.clone(), locale_of(&s))
    };
    let Ok(Some(list)) = form.query_selector("[data-fact=permits].field .permits") else {
        return;
    };
    match action.as_str() {
        "add-permit" => {
            let count = list.child_element_count() as usize;
            let row = add(&list, form::permit_row(&doc, l, count, None, true));
            if let Some(first) = row.query_selector("input").ok().flatten() {
                let _ = dom::html(&first).map(HtmlElement::focus);
            }
            // An empty row changes nothing in the case: no assessment.
        }
        "remove-permit" => {
            if let Some(add_button) = list.next_element_sibling() {
                let _ = dom::html(&add_button).map(HtmlElement::focus);
            }
            if let Some(row) = button.closest("fieldset.permit").ok().flatten() {
                row.remove();
            }
            if let Ok(rows) = list.query_selector_all("fieldset.permit") {
                for i in 0..rows.length() {
                    if let Some(row) = rows.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                        form::number_permit(&row, l, i as usize);
                    }
                }
            }
            take_permits(weak, None);
        }
        _ => {}
    }
}

/// The case's permits follow the form's rows, and an assessment is scheduled.
pub(super) fn take_permits(weak: &Weak<RefCell<State>>, _: Option<web_sys::EventTarget>) {
    let Some(state) = weak.upgrade() else { return };
    {
        let Ok(mut s) = state.try_borrow_mut() else {
            defer(weak, None, take_permits);
            return;
        };
        let value = permits(&s.form);
        edit::set(&mut s.case, "permits", value);
    }
    schedule(&state);
}

/// Handles an event on `target` again once the current handler has released the state (a
/// handler that runs inside another, e.g. a `change` fired by a focus move, must not find it
/// borrowed). The target is kept, not the event: a shadow tree's event loses its target once
/// dispatched.
pub(super) fn defer(
    weak: &Weak<RefCell<State>>,
    target: Option<web_sys::EventTarget>,
    handler: fn(&Weak<RefCell<State>>, Option<web_sys::EventTarget>),
) {
    let weak = weak.clone();
    Timeout::new(0, move || handler(&weak, target)).forget();
}
