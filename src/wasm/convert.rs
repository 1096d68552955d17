//! `JsValue` → [`Value`]: every kind of JS value is either converted or refused with an error;
//! nothing a caller passes can make this trap.
//!
//! Every JS operation that could throw (a getter, a Proxy trap, a revoked Proxy) is called
//! through a `catch` import, so a throwing object becomes an error instead of an exception
//! unwinding through wasm.

use wasm_bindgen::prelude::*;

use crate::error::{Error, ErrorCode};
use crate::input::{self, render, Seg, Value};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(value: &JsValue) -> Result<js_sys::Array, JsValue>;

    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["Object", "prototype", "toString"], js_name = call)]
    fn object_tag(value: &JsValue) -> Result<js_sys::JsString, JsValue>;
}

/// Converts a caller's value, refusing what is not JSON-like.
///
/// # Errors
/// `wrong_type` for functions, symbols, BigInts and Date objects; `input_too_deep`,
/// `input_too_large` past the limits in [`crate::input`]; `invalid_value` when reading the
/// object threw.
pub fn to_value(js: &JsValue) -> Result<Value, Error> {
    let mut budget = Budget {
        values: input::MAX_VALUES,
        text: input::MAX_TOTAL_TEXT,
    };
    convert(js, &mut Vec::new(), &mut budget)
}

/// What is left of the limits for one input.
struct Budget {
    values: usize,
    text: usize,
}

impl Budget {
    /// Charges a string's length (UTF-16 units, read from JS before anything is copied).
    fn text(&mut self, s: &js_sys::JsString, path: &[Seg]) -> Result<(), Error> {
        let length = s.length() as usize;
        if length > input::MAX_TEXT {
            return Err(input::text_too_long(&render(path)));
        }
        self.text = self
            .text
            .checked_sub(length)
            .ok_or_else(|| input::total_text_too_large(&render(path)))?;
        Ok(())
    }
}

/// Lists are allocated as they fill, not by the length a caller claims.
const PREALLOCATE: usize = 64;

fn threw(path: &[Seg]) -> Error {
    Error::new(
        ErrorCode::InvalidValue,
        render(path),
        "reading this value raised an exception in the page",
    )
}

fn wrong(path: &[Seg], what: &str) -> Error {
    Error::new(
        ErrorCode::WrongType,
        render(path),
        format!("{what} cannot be used here; give plain values (text, numbers, true/false, lists, objects)"),
    )
}

fn convert(js: &JsValue, path: &mut Vec<Seg>, budget: &mut Budget) -> Result<Value, Error> {
    if budget.values == 0 {
        return Err(input::too_large(&render(path)));
    }
    budget.values -= 1;
    if js.is_undefined() {
        return Ok(Value::Undefined);
    }
    if js.is_null() {
        return Ok(Value::Null);
    }
    if let Some(b) = js.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = js.as_f64() {
        return Ok(Value::Number(n));
    }
    if js.is_string() {
        let s: &js_sys::JsString = js.unchecked_ref();
        budget.text(s, path)?;
        // Lone surrogates cannot be UTF-8; they become U+FFFD rather than an error.
        return Ok(Value::String(String::from(s)));
    }
    if js.is_function() {
        return Err(wrong(path, "a function"));
    }
    if js.is_symbol() {
        return Err(wrong(path, "a Symbol"));
    }
    if js.is_bigint() {
        return Err(wrong(path, "a BigInt (use an ordinary number)"));
    }
    if !js.is_object() {
        return Err(wrong(path, "this kind of value"));
    }
    if path.len() >= input::MAX_DEPTH {
        return Err(input::too_deep(&render(path)));
    }
    let tag = object_tag(js).map_err(|_| threw(path))?;
    if tag == "[object String]" || tag == "[object Number]" || tag == "[object Boolean]" {
        return Err(Error::new(
            ErrorCode::WrongType,
            render(path),
            "a boxed value (new String(…), new Number(…)) cannot be used: give the plain value",
        ));
    }
    if tag == "[object Date]" {
        return Err(Error::new(
            ErrorCode::WrongType,
            render(path),
            "a JavaScript Date object cannot be used: give the calendar date as text \"YYYY-MM-DD\"",
        ));
    }
    if is_array(js).map_err(|_| threw(path))? {
        let length = js_sys::Reflect::get(js, &"length".into()).map_err(|_| threw(path))?;
        let length = length.as_f64().unwrap_or(0.0);
        if length > budget.values as f64 {
            return Err(input::too_large(&render(path)));
        }
        let mut items = Vec::with_capacity((length as usize).min(PREALLOCATE));
        for i in 0..length as u32 {
            path.push(Seg::Index(i as usize));
            let value = js_sys::Reflect::get_u32(js, i)
                .map_err(|_| threw(path))
                .and_then(|item| convert(&item, path, budget));
            path.pop();
            items.push(value?);
        }
        return Ok(Value::Array(items));
    }
    let keys = object_keys(js).map_err(|_| threw(path))?;
    if keys.length() as usize > budget.values {
        return Err(input::too_large(&render(path)));
    }
    let mut fields = Vec::with_capacity((keys.length() as usize).min(PREALLOCATE));
    for key in keys.iter() {
        // Object.keys gives strings only; the length is charged before the key is copied.
        let Some(key_text) = key.dyn_ref::<js_sys::JsString>() else {
            return Err(threw(path));
        };
        budget.text(key_text, path)?;
        let name = String::from(key_text);
        path.push(Seg::Field(name));
        let value = js_sys::Reflect::get(js, &key)
            .map_err(|_| threw(path))
            .and_then(|item| convert(&item, path, budget));
        let Some(Seg::Field(name)) = path.pop() else {
            return Err(Error::new(ErrorCode::Internal, "", "path bookkeeping"));
        };
        fields.push((name, value?));
    }
    Ok(Value::Object(fields))
}
