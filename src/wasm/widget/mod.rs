//! `<protection-pathways>`'s logic: the form, re-assessment as the user types, the results and
//! the actions. The custom element itself is a thin JS class (`pkg-template/element.js`) that
//! owns the shadow root and the styles and forwards its attributes and `case` property here.
//!
//! Nothing leaves the page: the engine runs here, the calendar file is a `blob:` URL of this
//! page, and "copy as JSON" writes to the clipboard only when the user asks.

mod actions;
mod chart;
mod dom;
mod events;
mod form;
mod results;

use actions::{json_text, on_action};
use events::{inputs, on_form_button, on_input};

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};

use self::dom::{add, el};
use crate::assess::questions::{follow_ups, section, FIRST_FACTS, SECTIONS};
use crate::assess::Assessment;
use crate::error::Error;
use crate::i18n::t;
use crate::input::edit;
use crate::input::Value;

/// How long the widget waits after the last keystroke before it assesses again.
const DEBOUNCE_MS: u32 = 250;

/// The widget inside one `<protection-pathways>` element. Internal to the element (no
/// TypeScript declaration: callers use the element).
#[wasm_bindgen(skip_typescript)]
pub struct Widget {
    state: Rc<RefCell<State>>,
}

struct State {
    host: HtmlElement,
    form: Element,
    status: Element,
    results: Element,
    sections: Vec<(&'static str, Element)>,
    /// The case as the caller's untyped object, so it can be handed back as it came.
    case: Value,
    /// The facts that have a field, in the order they got one.
    shown: Vec<String>,
    /// The locale asked for (attribute or the nearest `lang`), negotiated at each assessment.
    locale: Option<String>,
    jurisdiction: Option<String>,
    as_of: Option<String>,
    last: Option<Assessment>,
    timer: Option<Timeout>,
    listeners: Vec<EventListener>,
    fields: usize,
}

#[wasm_bindgen]
impl Widget {
    /// Builds the widget in `root`, the shadow root of `host`.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, root: ShadowRoot) -> Result<Widget, JsValue> {
        let doc = dom::document().ok_or_else(|| JsValue::from_str("no document"))?;
        let frame = el(&doc, "div", "", &[("part", "widget"), ("class", "pp")]);
        let form = add(
            &frame,
            el(&doc, "form", "", &[("part", "form"), ("novalidate", "")]),
        );
        let toolbar = add(
            &frame,
            el(&doc, "div", "", &[("part", "actions"), ("role", "group")]),
        );
        let status = add(
            &frame,
            el(
                &doc,
                "div",
                "",
                &[
                    ("part", "status"),
                    ("role", "status"),
                    ("aria-live", "polite"),
                ],
            ),
        );
        let results = add(&frame, el(&doc, "div", "", &[("part", "results")]));
        let _ = root.append_child(&frame);
        let state = Rc::new(RefCell::new(State {
            host,
            form: form.clone(),
            status,
            results,
            sections: Vec::new(),
            case: Value::Object(Vec::new()),
            shown: FIRST_FACTS.iter().map(|f| (*f).to_owned()).collect(),
            locale: None,
            jurisdiction: None,
            as_of: None,
            last: None,
            timer: None,
            listeners: Vec::new(),
            fields: 0,
        }));
        let weak = Rc::downgrade(&state);
        let mut listeners = Vec::new();
        for kind in ["input", "change"] {
            let weak = weak.clone();
            listeners.push(EventListener::new(&form, kind, move |event| {
                on_input(&weak, event.target());
            }));
        }
        {
            let weak = weak.clone();
            listeners.push(EventListener::new(&form, "click", move |event| {
                on_form_button(&weak, event.target());
            }));
        }
        // Enter in a field must not submit (and reload) the host page.
        listeners.push(EventListener::new_with_options(
            &form,
            "submit",
            gloo_events::EventListenerOptions::enable_prevent_default(),
            |event| event.prevent_default(),
        ));
        {
            let weak = weak.clone();
            listeners.push(EventListener::new(&toolbar, "click", move |event| {
                on_action(&weak, event);
            }));
        }
        state.borrow_mut().listeners = listeners;
        let widget = Widget { state };
        widget.build_toolbar(&toolbar);
        Ok(widget)
    }

    /// Applies the element's attributes (`jurisdiction`, `locale`, `as-of`; `None` when absent)
    /// and assesses at once.
    pub fn configure(
        &self,
        jurisdiction: Option<String>,
        locale: Option<String>,
        as_of: Option<String>,
    ) {
        {
            let Ok(mut s) = self.state.try_borrow_mut() else {
                // Called from a handler that runs while the widget is busy (a host's listener
                // for an event the widget fired): applied once it is done.
                let state = self.state.clone();
                Timeout::new(0, move || {
                    Widget { state }.configure(jurisdiction, locale, as_of)
                })
                .forget();
                return;
            };
            let relabel = s.locale != locale;
            s.jurisdiction = jurisdiction;
            s.locale = locale;
            s.as_of = as_of;
            if relabel {
                s.sections.clear();
            }
        }
        if let Some(toolbar) = self.toolbar() {
            self.build_toolbar(&toolbar);
        }
        assess_now(&self.state);
    }

    /// Replaces the case (to prefill from a record) and assesses at once. A value that is not
    /// a case is reported by a `pathways-error` event; the widget keeps the case it had.
    #[wasm_bindgen(js_name = setCase)]
    pub fn set_case(&self, case: JsValue) {
        match super::convert::to_value(&case) {
            Ok(v @ Value::Object(_)) => {
                let Ok(mut s) = self.state.try_borrow_mut() else {
                    let state = self.state.clone();
                    Timeout::new(0, move || Widget { state }.set_case(case)).forget();
                    return;
                };
                s.case = v;
                s.sections.clear();
            }
            Ok(_) => {
                let e = Error::new(
                    crate::ErrorCode::WrongType,
                    "case",
                    "the case must be an object",
                );
                report(&self.state, &e);
                return;
            }
            Err(e) => {
                report(&self.state, &e);
                return;
            }
        }
        assess_now(&self.state);
    }

    /// The case as the form holds it (a plain object, ready to save to the record).
    #[wasm_bindgen(js_name = getCase)]
    pub fn get_case(&self) -> JsValue {
        let Ok(s) = self.state.try_borrow() else {
            return JsValue::NULL;
        };
        js_sys::JSON::parse(&json_text(&with_defaults(&s))).unwrap_or(JsValue::NULL)
    }

    /// The last assessment, or `null` before the first.
    pub fn assessment(&self) -> JsValue {
        let Ok(s) = self.state.try_borrow() else {
            return JsValue::NULL;
        };
        s.last
            .as_ref()
            .and_then(|a| super::to_js(a).ok())
            .unwrap_or(JsValue::NULL)
    }

    /// Stops a pending re-assessment (the element left the page).
    pub fn disconnect(&self) {
        if let Ok(mut s) = self.state.try_borrow_mut() {
            s.timer = None;
        }
    }

    fn toolbar(&self) -> Option<Element> {
        self.state.borrow().form.next_element_sibling()
    }

    fn build_toolbar(&self, toolbar: &Element) {
        let Some(doc) = dom::document() else { return };
        let l = locale_of(&self.state.borrow());
        toolbar.set_text_content(None);
        let _ = toolbar.set_attribute("aria-label", &t(l, "widget-actions", &[]));
        for (action, words) in [
            ("print", "widget-print"),
            ("ics", "widget-download-ics"),
            ("json", "widget-copy-json"),
        ] {
            add(
                toolbar,
                el(
                    &doc,
                    "button",
                    &t(l, words, &[]),
                    &[
                        ("type", "button"),
                        ("data-action", action),
                        ("part", "button"),
                    ],
                ),
            );
        }
    }
}

/// The negotiated locale of the widget's own words.
fn locale_of(s: &State) -> &'static str {
    crate::i18n::negotiate(s.locale.as_deref(), "locale").unwrap_or("en")
}

/// The case with the attributes' jurisdiction and date where the case has none, and today's
/// date (the page's) where neither gives one.
fn with_defaults(s: &State) -> Value {
    let mut case = s.case.clone();
    if edit::get(&case, "jurisdiction").is_none() {
        let j = s.jurisdiction.clone().unwrap_or_else(|| "EU".to_owned());
        edit::set(&mut case, "jurisdiction", Some(Value::String(j)));
    }
    if edit::get(&case, "asOf").is_none() {
        let d = s.as_of.clone().unwrap_or_else(super::engine::local_today);
        edit::set(&mut case, "asOf", Some(Value::String(d)));
    }
    case
}

fn schedule(state: &Rc<RefCell<State>>) {
    let weak = Rc::downgrade(state);
    let timer = Timeout::new(DEBOUNCE_MS, move || {
        if let Some(state) = weak.upgrade() {
            assess_now(&state);
        }
    });
    state.borrow_mut().timer = Some(timer);
}

fn assess_now(state: &Rc<RefCell<State>>) {
    let (case, locale) = {
        let mut s = state.borrow_mut();
        s.timer = None;
        (with_defaults(&s), locale_of(&s))
    };
    // The case is always an object here (setCase refuses anything else), so it is decoded once
    // and the same `Case` serves the assessment and the follow-up questions.
    let decoded = crate::input::read::<crate::case::Case>(&case)
        .and_then(|c| crate::assess::assess_in(&c, locale).map(|a| (c, a)));
    match decoded {
        Ok((case, a)) => show(state, &case, a),
        Err(e) => report(state, &e),
    }
}

fn show(state: &Rc<RefCell<State>>, case: &crate::case::Case, a: Assessment) {
    let Some(doc) = dom::document() else { return };
    let host = {
        let mut s = state.borrow_mut();
        let mut asked: Vec<String> = a.questions.iter().map(|q| q.fact.clone()).collect();
        // Dates the timeline counts from, once the answers show they exist.
        asked.extend(follow_ups(case).into_iter().map(str::to_owned));
        for fact in asked {
            if !s.shown.contains(&fact) {
                s.shown.push(fact);
            }
        }
        sync_form(&mut s, &doc, &a.locale);
        mark_invalid(&s.form, "");
        results::render(&doc, &s.results, &a);
        s.status.set_text_content(Some(&results::announce(&a)));
        let _ = s.host.remove_attribute("data-error");
        s.last = Some(a);
        s.host.clone()
    };
    let detail = state
        .borrow()
        .last
        .as_ref()
        .and_then(|a| super::to_js(a).ok());
    dispatch(&host, "pathways-change", &detail.unwrap_or(JsValue::NULL));
}

/// Adds a field for each fact shown that has none yet; rebuilds all fields when the sections
/// were cleared (a new locale or a new case).
fn sync_form(s: &mut State, doc: &web_sys::Document, locale: &str) {
    if s.sections.is_empty() {
        s.form.set_text_content(None);
        for name in SECTIONS {
            let set = add(
                &s.form,
                el(
                    doc,
                    "fieldset",
                    "",
                    &[("part", "section"), ("data-section", name)],
                ),
            );
            add(
                &set,
                el(
                    doc,
                    "legend",
                    &t(locale, &format!("widget-section-{name}"), &[]),
                    &[],
                ),
            );
            s.sections.push((name, set));
        }
    }
    for fact in s.shown.clone() {
        let selector = format!("[data-fact=\"{fact}\"].field");
        if s.form.query_selector(&selector).ok().flatten().is_some() {
            continue;
        }
        let Some((_, set)) = s.sections.iter().find(|(n, _)| *n == section(&fact)) else {
            continue;
        };
        s.fields += 1;
        let jurisdiction = match edit::get(&s.case, "jurisdiction") {
            Some(Value::String(j)) => j.clone(),
            _ => s.jurisdiction.clone().unwrap_or_default(),
        };
        let f = form::field(
            doc,
            locale,
            &jurisdiction,
            &fact,
            edit::get(&s.case, &fact),
            s.fields,
        );
        let _ = set.append_child(&f);
    }
    for (_, set) in &s.sections {
        // A section with no field yet is hidden, not announced empty.
        let empty = set.query_selector(".field").ok().flatten().is_none();
        let _ = if empty {
            set.set_attribute("hidden", "")
        } else {
            set.remove_attribute("hidden")
        };
    }
}

fn report(state: &Rc<RefCell<State>>, e: &Error) {
    let host = {
        let Ok(mut s) = state.try_borrow_mut() else {
            return;
        };
        let l = locale_of(&s);
        // A new case or locale that cannot be assessed still gets its form: the fields must
        // show the case they edit (a list of permits rebuilt from the rows of the previous
        // case would replace the record's).
        if s.sections.is_empty() {
            if let Some(doc) = dom::document() {
                sync_form(&mut s, &doc, l);
            }
        }
        mark_invalid(&s.form, e.path());
        let words = crate::i18n::tr!(l, "widget-error", message = e.message(), field = e.path());
        s.status.set_text_content(Some(&words));
        let _ = s.host.set_attribute("data-error", e.code().as_str());
        s.host.clone()
    };
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"code".into(), &e.code().as_str().into());
    let _ = js_sys::Reflect::set(&detail, &"path".into(), &e.path().into());
    let _ = js_sys::Reflect::set(&detail, &"message".into(), &e.message().into());
    dispatch(&host, "pathways-error", &detail);
}

/// Marks the field at `path` (`person.dateOfBirth`, `permits[1].until`) as invalid for
/// assistive technology, and only it; an empty path clears the marks.
fn mark_invalid(form: &Element, path: &str) {
    if let Ok(marked) = form.query_selector_all("[aria-invalid]") {
        for i in 0..marked.length() {
            if let Some(e) = marked.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = e.remove_attribute("aria-invalid");
            }
        }
    }
    let selector = match path
        .strip_prefix("permits[")
        .and_then(|rest| rest.split_once("]."))
    {
        // Rows are the case's permits in order, one to one.
        Some((i, part)) => i.parse::<u32>().ok().map(|i| {
            format!(
                "fieldset.permit:nth-of-type({}) input[data-part=\"{}\"]",
                i + 1,
                part.replace(|c: char| !c.is_ascii_alphanumeric(), "")
            )
        }),
        None if !path.is_empty() => Some(format!(
            "input[data-fact=\"{}\"]:not([data-kind=skip])",
            path.replace(|c: char| !(c.is_ascii_alphanumeric() || c == '.'), "")
        )),
        None => None,
    };
    let Some(selector) = selector else { return };
    for input in inputs(form, &selector) {
        let _ = input.set_attribute("aria-invalid", "true");
    }
}

fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
