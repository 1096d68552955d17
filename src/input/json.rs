//! JSON text → [`Value`], with the limits every host applies (depth, values, text).
//!
//! The JS edge sends a plain case as one `JSON.stringify` text instead of reading it property by
//! property across the wasm boundary, which measured several times slower for a caseload (README
//! › Measured). Anything `JSON.stringify` would change (functions, Dates, boxed values, holes,
//! `undefined` in a list, non-finite numbers, lone surrogates) never reaches this reader: the JS
//! side sends those values the slow, exact way, so both paths give the same result and errors.

use super::{Seg, Value, MAX_DEPTH, MAX_TEXT, MAX_TOTAL_TEXT, MAX_VALUES};
use crate::error::{Error, ErrorCode};

/// Parses `text`, a JSON document.
///
/// # Errors
/// `input_too_deep`, `input_too_large` past the limits (with the path reached), and
/// `invalid_value` for text that is not JSON (which the JS edge never sends).
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut p = Parser {
        bytes: text.as_bytes(),
        at: 0,
        values: MAX_VALUES,
        text: MAX_TOTAL_TEXT,
        path: Vec::new(),
    };
    p.space();
    let v = p.value()?;
    p.space();
    if p.at != p.bytes.len() {
        return Err(p.bad());
    }
    Ok(v)
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
    values: usize,
    text: usize,
    path: Vec<Seg>,
}

impl Parser<'_> {
    fn render(&self) -> String {
        super::render(&self.path)
    }

    fn bad(&self) -> Error {
        Error::new(
            ErrorCode::InvalidValue,
            self.render(),
            "the input is not valid JSON here",
        )
    }

    fn space(&mut self) {
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            self.at += 1;
        }
    }

    fn eat(&mut self, literal: &[u8]) -> Result<(), Error> {
        if self.bytes.get(self.at..self.at + literal.len()) == Some(literal) {
            self.at += literal.len();
            Ok(())
        } else {
            Err(self.bad())
        }
    }

    fn value(&mut self) -> Result<Value, Error> {
        if self.values == 0 {
            return Err(super::too_large(&self.render()));
        }
        self.values -= 1;
        match self.bytes.get(self.at) {
            Some(b'n') => self.eat(b"null").map(|()| Value::Null),
            Some(b't') => self.eat(b"true").map(|()| Value::Bool(true)),
            Some(b'f') => self.eat(b"false").map(|()| Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'[') => self.array(),
            Some(b'{') => self.object(),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.bad()),
        }
    }

    fn nest(&self) -> Result<(), Error> {
        if self.path.len() >= MAX_DEPTH {
            Err(super::too_deep(&self.render()))
        } else {
            Ok(())
        }
    }

    fn array(&mut self) -> Result<Value, Error> {
        self.nest()?;
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.bytes.get(self.at) == Some(&b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.space();
            self.path.push(Seg::Index(items.len()));
            let v = self.value();
            self.path.pop();
            items.push(v?);
            self.space();
            match self.bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.bad()),
            }
        }
    }

    fn object(&mut self) -> Result<Value, Error> {
        self.nest()?;
        self.at += 1;
        let mut fields = Vec::new();
        self.space();
        if self.bytes.get(self.at) == Some(&b'}') {
            self.at += 1;
            return Ok(Value::Object(fields));
        }
        loop {
            self.space();
            if self.bytes.get(self.at) != Some(&b'"') {
                return Err(self.bad());
            }
            let name = self.string()?;
            self.space();
            self.eat(b":")?;
            self.space();
            self.path.push(Seg::Field(name));
            let v = self.value();
            let Some(Seg::Field(name)) = self.path.pop() else {
                return Err(Error::new(ErrorCode::Internal, "", "path bookkeeping"));
            };
            fields.push((name, v?));
            self.space();
            match self.bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(fields));
                }
                _ => return Err(self.bad()),
            }
        }
    }

    fn number(&mut self) -> Result<Value, Error> {
        let start = self.at;
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'))
        {
            self.at += 1;
        }
        let text = std::str::from_utf8(&self.bytes[start..self.at]).map_err(|_| self.bad())?;
        // Whole numbers only (ages, years): the JS edge sends any other number the exact way,
        // so the wasm needs no float parser.
        match text.parse::<i64>() {
            Ok(n) if n.unsigned_abs() < (1 << 53) =>
            {
                #[allow(clippy::cast_precision_loss)]
                Ok(Value::Number(n as f64))
            }
            _ => Err(self.bad()),
        }
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.bad())?;
        let s = std::str::from_utf8(digits).map_err(|_| self.bad())?;
        let n = u32::from_str_radix(s, 16).map_err(|_| self.bad())?;
        self.at += 4;
        Ok(n)
    }

    fn string(&mut self) -> Result<String, Error> {
        self.at += 1;
        let mut out = String::new();
        let mut units = 0usize;
        loop {
            let start = self.at;
            while self
                .bytes
                .get(self.at)
                .is_some_and(|b| *b != b'"' && *b != b'\\' && *b >= 0x20)
            {
                self.at += 1;
            }
            let run = std::str::from_utf8(&self.bytes[start..self.at]).map_err(|_| self.bad())?;
            units += run.encode_utf16().count();
            out.push_str(run);
            match self.bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    break;
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self.bytes.get(self.at).copied().ok_or_else(|| self.bad())?;
                    self.at += 1;
                    let c = match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let first = self.hex4()?;
                            if (0xD800..0xDC00).contains(&first)
                                && self.bytes.get(self.at..self.at + 2) == Some(b"\\u")
                            {
                                self.at += 2;
                                let second = self.hex4()?;
                                units += 1;
                                if (0xDC00..0xE000).contains(&second) {
                                    let code =
                                        0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                                    char::from_u32(code).unwrap_or('\u{FFFD}')
                                } else {
                                    // A lone high surrogate, then another character.
                                    out.push('\u{FFFD}');
                                    char::from_u32(second).unwrap_or('\u{FFFD}')
                                }
                            } else {
                                // A lone surrogate becomes U+FFFD, as on the slow path.
                                char::from_u32(first).unwrap_or('\u{FFFD}')
                            }
                        }
                        _ => return Err(self.bad()),
                    };
                    units += 1;
                    out.push(c);
                }
                _ => return Err(self.bad()),
            }
        }
        if units > MAX_TEXT {
            return Err(super::text_too_long(&self.render()));
        }
        self.text = self
            .text
            .checked_sub(units)
            .ok_or_else(|| super::total_text_too_large(&self.render()))?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn reads_what_json_stringify_writes() {
        let v =
            parse(r#" {"a":[1,-2500,true,false,null],"b":"x\"\\\/\n\u00e9\ud83d\ude00","c":{}} "#)
                .expect("json");
        let Value::Object(fields) = v else {
            panic!("object")
        };
        assert_eq!(fields[0].0, "a");
        assert_eq!(
            fields[0].1,
            Value::Array(vec![
                Value::Number(1.0),
                Value::Number(-2500.0),
                Value::Bool(true),
                Value::Bool(false),
                Value::Null
            ])
        );
        assert_eq!(fields[1].1, Value::String("x\"\\/\né😀".to_owned()));
        assert_eq!(fields[2].1, Value::Object(vec![]));
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn refuses_what_is_not_json_and_keeps_the_limits() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "tru",
            "\"x",
            "01x",
            "{} {}",
            "\"\\q\"",
            "1.5",
            "9007199254740993",
        ] {
            assert_eq!(
                parse(bad).map_err(|e| e.code()),
                Err(ErrorCode::InvalidValue),
                "{bad}"
            );
        }
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(
            parse(&deep).map_err(|e| e.code()),
            Err(ErrorCode::InputTooDeep)
        );
        let long = format!("{{\"a\":\"{}\"}}", "x".repeat(MAX_TEXT + 1));
        let e = parse(&long).expect_err("too long");
        assert_eq!((e.code(), e.path()), (ErrorCode::InputTooLarge, "a"));
        assert_eq!(
            parse("\"\\ud800\"").expect("lone"),
            Value::String("\u{FFFD}".into())
        );
    }
}
