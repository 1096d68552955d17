//! `JsValue` → [`Value`]: every kind of JS value is either converted or refused with an error;
//! nothing a caller passes can make this trap.
//!
//! Every JS operation that could throw (a getter, a Proxy trap, a revoked Proxy) is called
//! through a `catch` import, so a throwing object becomes an error instead of an exception
//! unwinding through wasm.

use wasm_bindgen::prelude::*;

use crate::error::{Error, ErrorCode};
use crate::input::{self, Value};

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
    let mut budget = input::MAX_VALUES;
    convert(js, &mut Vec::new(), &mut budget)
}

/// A path segment while converting.
enum Seg {
    Field(String),
    Index(u32),
}

fn render(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Field(name) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            Seg::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

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

fn convert(js: &JsValue, path: &mut Vec<Seg>, budget: &mut usize) -> Result<Value, Error> {
    if *budget == 0 {
        return Err(input::too_large(&render(path)));
    }
    *budget -= 1;
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
        if s.length() as usize > input::MAX_TEXT {
            return Err(input::text_too_long(&render(path)));
        }
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
        if length > *budget as f64 {
            return Err(input::too_large(&render(path)));
        }
        let mut items = Vec::with_capacity(length as usize);
        for i in 0..length as u32 {
            path.push(Seg::Index(i));
            let value = js_sys::Reflect::get_u32(js, i)
                .map_err(|_| threw(path))
                .and_then(|item| convert(&item, path, budget));
            path.pop();
            items.push(value?);
        }
        return Ok(Value::Array(items));
    }
    let keys = object_keys(js).map_err(|_| threw(path))?;
    if keys.length() as usize > *budget {
        return Err(input::too_large(&render(path)));
    }
    let mut fields = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        let name = key.as_string().unwrap_or_default();
        if name.len() > input::MAX_TEXT {
            return Err(input::text_too_long(&render(path)));
        }
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
