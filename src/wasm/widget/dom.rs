//! Small DOM helpers for the widget: elements with text and attributes, never HTML.
//!
//! Every text goes in through `textContent` (or an SVG `<text>` node's): nothing the case, the
//! host or the law data holds is ever parsed as markup.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

const SVG: &str = "http://www.w3.org/2000/svg";

/// The page's document. The widget runs only in a page, where there always is one.
pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// `<tag>` with `text` (if any) and attributes.
pub fn el(doc: &Document, tag: &str, text: &str, attrs: &[(&str, &str)]) -> Element {
    // `create_element` fails only for an invalid tag name; ours are literals.
    let e = doc
        .create_element(tag)
        .unwrap_or_else(|_| doc.create_element("div").expect("div is a valid tag"));
    fill(&e, text, attrs);
    e
}

/// An SVG element with `text` (for `<text>`, `<title>`) and attributes.
pub fn svg(doc: &Document, tag: &str, text: &str, attrs: &[(&str, &str)]) -> Element {
    let e = doc
        .create_element_ns(Some(SVG), tag)
        .unwrap_or_else(|_| el(doc, "span", "", &[]));
    fill(&e, text, attrs);
    e
}

fn fill(e: &Element, text: &str, attrs: &[(&str, &str)]) {
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    for (k, v) in attrs {
        // Attribute names are literals of this crate; a value is any text.
        let _ = e.set_attribute(k, v);
    }
}

/// Appends `child` to `parent`, returning the child.
pub fn add(parent: &Element, child: Element) -> Element {
    let _ = parent.append_child(&child);
    child
}

/// As an `HtmlElement` (for focus), where it is one.
pub fn html(e: &Element) -> Option<&HtmlElement> {
    e.dyn_ref::<HtmlElement>()
}
