//! The toolbar's actions: print, download the deadlines as `.ics`, copy the assessment as JSON.

use std::cell::RefCell;
use std::rc::Weak;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::dom::el;
use crate::i18n::t;
use crate::input::Value;

use super::*;

/// A toolbar button: print, download the deadlines, copy the assessment as JSON.
pub(super) fn on_action(weak: &Weak<RefCell<State>>, event: &web_sys::Event) {
    let Some(state) = weak.upgrade() else { return };
    let Some(button) = event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest("button").ok().flatten())
    else {
        return;
    };
    let action = button.get_attribute("data-action").unwrap_or_default();
    let Some(window) = web_sys::window() else {
        return;
    };
    // What the action needs, taken while the state is borrowed; the action runs after (a host's
    // `afterprint` or clipboard handler may set the case again).
    let (text, status, done, failed) = {
        let Ok(s) = state.try_borrow() else { return };
        let Some(a) = s.last.as_ref() else { return };
        let l = locale_of(&s);
        let text = match action.as_str() {
            "print" => String::new(),
            "ics" => crate::export::icalendar::to_icalendar(
                &crate::export::icalendar::CalendarSource::from(a),
                &crate::export::icalendar::CalendarOptions::default(),
            ),
            // Indented by the browser's JSON, not serde_json's pretty printer (less wasm).
            "json" => super::super::to_js(a)
                .ok()
                .and_then(|v| {
                    js_sys::JSON::stringify_with_replacer_and_space(
                        &v,
                        &JsValue::NULL,
                        &JsValue::from(2),
                    )
                    .ok()
                })
                .and_then(|s| s.as_string())
                .unwrap_or_default(),
            _ => return,
        };
        (
            text,
            s.status.clone(),
            t(l, "widget-copied", &[]),
            t(l, "widget-copy-failed", &[]),
        )
    };
    match action.as_str() {
        "print" => {
            let _ = window.print();
        }
        // The browser shows its own download; nothing here can know whether it was saved.
        "ics" => download(&text, "text/calendar", "deadlines.ics"),
        _ => {
            let promise = window.navigator().clipboard().write_text(&text);
            let ok: Closure<dyn FnMut(JsValue)> = {
                let status = status.clone();
                Closure::once(move |_: JsValue| status.set_text_content(Some(&done)))
            };
            let err: Closure<dyn FnMut(JsValue)> =
                Closure::once(move |_: JsValue| status.set_text_content(Some(&failed)));
            let _ = promise.then2(&ok, &err);
            // Each runs at most once, when the clipboard answers; they must outlive this call.
            ok.forget();
            err.forget();
        }
    }
}

/// Saves `text` as a file through a `blob:` URL of this page (no request leaves it).
pub(super) fn download(text: &str, mime: &str, name: &str) {
    let Some(doc) = dom::document() else { return };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let a = el(&doc, "a", "", &[("href", &url), ("download", name)]);
    if let Some(a) = dom::html(&a) {
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The case as JSON text (numbers as the form holds them).
pub(super) fn json_text(v: &Value) -> String {
    match v {
        Value::Undefined | Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) if n.is_finite() && n.abs() < 1e15 => crate::error::number_text(*n),
        Value::Number(_) => "null".into(),
        Value::String(s) => serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into()),
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(json_text).collect::<Vec<_>>().join(",")
        ),
        Value::Object(fields) => format!(
            "{{{}}}",
            fields
                .iter()
                .filter(|(_, v)| !matches!(v, Value::Undefined))
                .map(|(k, v)| format!(
                    "{}:{}",
                    serde_json::to_string(k).unwrap_or_default(),
                    json_text(v)
                ))
                .collect::<Vec<_>>()
                .join(",")
        ),
    }
}
