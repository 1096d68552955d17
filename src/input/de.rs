//! A serde `Deserializer` over [`Value`] that knows where it is.
//!
//! It is not self-describing except where a type asks for it (`deserialize_any`): a type that
//! wants text gets an error naming what it got instead ("expected a date written YYYY-MM-DD,
//! got the number 5"), at the path of the field.

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};

use super::path::Path;
use super::Value;
use crate::error::{Error, ErrorCode};

pub(crate) struct ValueDeserializer<'v, 'p> {
    value: &'v Value,
    path: Path<'p>,
}

impl<'v> ValueDeserializer<'v, 'static> {
    pub(crate) fn root(value: &'v Value) -> Self {
        ValueDeserializer {
            value,
            path: Path::Root,
        }
    }
}

impl<'v, 'p> ValueDeserializer<'v, 'p> {
    fn wrong_type(&self, expected: &dyn de::Expected) -> Error {
        super::read::wrong(self.value, &self.path, &in_words(expected))
    }

    /// A whole number in `min..=max` (the same check as `input::read`'s).
    fn integer(&self, min: f64, max: f64) -> Result<f64, Error> {
        super::read::whole(self.value, &self.path, min, max)
    }
}

/// What a type expects, in words for a person: serde's primitive visitors call themselves
/// "u32" or "f64", which means nothing to a case worker.
fn in_words(expected: &dyn de::Expected) -> String {
    let text = expected.to_string();
    match text.as_str() {
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" => "a whole number".to_owned(),
        "f32" | "f64" => "a number".to_owned(),
        "a string" | "a borrowed string" => "text".to_owned(),
        "a boolean" => "true or false".to_owned(),
        _ => text,
    }
}

macro_rules! integer_methods {
    ($($method:ident => $visit:ident, $ty:ty;)*) => {$(
        fn $method<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
            let n = self.integer(<$ty>::MIN as f64, <$ty>::MAX as f64)?;
            // In range and integral, so the cast is exact.
            visitor.$visit(n as $ty).map_err(|e: Error| located(e, &self.path))
        }
    )*};
}

impl<'v> de::Deserializer<'v> for ValueDeserializer<'v, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.value {
            Value::Undefined | Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => {
                visitor.visit_i64(*n as i64)
            }
            Value::Number(n) => visitor.visit_f64(*n),
            Value::String(s) => visitor.visit_str(s),
            Value::Array(items) => return self.visit_array(items, visitor),
            Value::Object(fields) => return self.visit_object(fields, visitor),
        };
        result.map_err(|e: Error| located(e, &self.path))
    }

    fn deserialize_bool<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Bool(b) => visitor
                .visit_bool(*b)
                .map_err(|e: Error| located(e, &self.path)),
            _ => Err(self.wrong_type(&visitor)),
        }
    }

    integer_methods! {
        deserialize_i8 => visit_i8, i8;
        deserialize_i16 => visit_i16, i16;
        deserialize_i32 => visit_i32, i32;
        deserialize_u8 => visit_u8, u8;
        deserialize_u16 => visit_u16, u16;
        deserialize_u32 => visit_u32, u32;
    }

    fn deserialize_i64<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        // Beyond 2^53 a JS number is no longer an exact integer.
        let n = self.integer(-9_007_199_254_740_991.0, 9_007_199_254_740_991.0)?;
        visitor
            .visit_i64(n as i64)
            .map_err(|e: Error| located(e, &self.path))
    }

    fn deserialize_u64<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        let n = self.integer(0.0, 9_007_199_254_740_991.0)?;
        visitor
            .visit_u64(n as u64)
            .map_err(|e: Error| located(e, &self.path))
    }

    fn deserialize_f32<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Number(n) if n.is_finite() => visitor
                .visit_f64(*n)
                .map_err(|e: Error| located(e, &self.path)),
            _ => Err(self.wrong_type(&visitor)),
        }
    }

    fn deserialize_char<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::String(s) => visitor
                .visit_str(s)
                .map_err(|e: Error| located(e, &self.path)),
            _ => Err(self.wrong_type(&visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        Err(self.wrong_type(&visitor))
    }

    fn deserialize_byte_buf<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        Err(self.wrong_type(&visitor))
    }

    fn deserialize_option<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Undefined | Value::Null => visitor
                .visit_none()
                .map_err(|e: Error| located(e, &self.path)),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Undefined | Value::Null => visitor
                .visit_unit()
                .map_err(|e: Error| located(e, &self.path)),
            _ => Err(self.wrong_type(&visitor)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'v>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'v>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Array(items) => self.visit_array(items, visitor),
            _ => Err(self.wrong_type(&visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'v>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'v>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Object(fields) => self.visit_object(fields, visitor),
            _ => Err(self.wrong_type(&visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'v>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'v>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.value {
            Value::String(s) => {
                let access: de::value::StrDeserializer<'_, Error> = s.as_str().into_deserializer();
                visitor
                    .visit_enum(access)
                    .map_err(|e: Error| located(e, &self.path))
            }
            _ => Err(self.wrong_type(&visitor)),
        }
    }

    fn deserialize_identifier<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'v>>(self, visitor: V) -> Result<V::Value, Error> {
        // Only reached for fields a type explicitly ignores; nothing of it is read.
        visitor.visit_unit()
    }
}

impl<'v, 'p> ValueDeserializer<'v, 'p> {
    fn visit_array<V: Visitor<'v>>(
        self,
        items: &'v [Value],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let path = self.path;
        let mut access = Items {
            items: items.iter().enumerate(),
            path: &path,
        };
        let value = visitor
            .visit_seq(&mut access)
            .map_err(|e: Error| located(e, &path))?;
        if access.items.len() > 0 {
            return Err(too_many_items(&path, items.len()));
        }
        Ok(value)
    }

    fn visit_object<V: Visitor<'v>>(
        self,
        fields: &'v [(String, Value)],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let path = self.path;
        let mut access = Fields {
            fields: fields.iter(),
            pending: None,
            path: &path,
        };
        visitor
            .visit_map(&mut access)
            .map_err(|e| object_error(e, &path))
    }
}

// The error paths below are not generic: written once instead of once per type decoded (they
// were much of the Case deserializer's 47 KB before wasm-opt).

#[inline(never)]
fn located(e: Error, path: &Path<'_>) -> Error {
    e.locate(|| path.render())
}

#[inline(never)]
fn object_error(e: Error, path: &Path<'_>) -> Error {
    if e.code() == ErrorCode::MissingField && !e.is_located() {
        // `missing_field` stored the bare field name as the path.
        let field = e.path().to_owned();
        e.locate(|| Path::Field(path, &field).render())
    } else {
        e.locate(|| path.render())
    }
}

#[cold]
#[inline(never)]
fn too_many_items(path: &Path<'_>, n: usize) -> Error {
    Error::new(
        ErrorCode::InvalidValue,
        path.render(),
        format!("this list has {n} items, more than expected"),
    )
}

#[cold]
#[inline(never)]
fn value_before_key(path: &Path<'_>) -> Error {
    Error::new(
        ErrorCode::Internal,
        path.render(),
        "value requested before its key",
    )
}

struct Items<'v, 'p, I: Iterator<Item = (usize, &'v Value)>> {
    items: I,
    path: &'p Path<'p>,
}

impl<'v, 'p, I> SeqAccess<'v> for Items<'v, 'p, I>
where
    I: Iterator<Item = (usize, &'v Value)> + ExactSizeIterator,
{
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'v>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        match self.items.next() {
            None => Ok(None),
            Some((i, value)) => {
                let path = Path::Index(self.path, i);
                seed.deserialize(ValueDeserializer { value, path })
                    .map(Some)
            }
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct Fields<'v, 'p> {
    fields: std::slice::Iter<'v, (String, Value)>,
    pending: Option<&'v (String, Value)>,
    path: &'p Path<'p>,
}

impl<'v> MapAccess<'v> for Fields<'v, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'v>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        // A field set to `undefined` is absent, as in JSON.
        let Some(entry) = self.fields.by_ref().find(|(_, v)| *v != Value::Undefined) else {
            return Ok(None);
        };
        self.pending = Some(entry);
        let path = Path::Field(self.path, &entry.0);
        let key = de::value::BorrowedStrDeserializer::<Error>::new(&entry.0);
        seed.deserialize(key)
            .map(Some)
            .map_err(|e: Error| located(e, &path))
    }

    fn next_value_seed<V: DeserializeSeed<'v>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let Some((name, value)) = self.pending.take() else {
            return Err(value_before_key(self.path));
        };
        let path = Path::Field(self.path, name);
        seed.deserialize(ValueDeserializer { value, path })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::decode;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    struct Person {
        name: String,
        age: Option<u8>,
        tags: Option<Vec<String>>,
        inner: Option<Inner>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    struct Inner {
        date_of_birth: String,
    }

    fn obj(fields: &[(&str, Value)]) -> Value {
        Value::Object(
            fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    fn s(text: &str) -> Value {
        Value::String(text.to_owned())
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn decodes_and_treats_undefined_and_null_as_absent() {
        let v = obj(&[
            ("name", s("A")),
            ("age", Value::Null),
            ("tags", Value::Undefined),
        ]);
        let p: Person = decode(&v).expect("valid");
        assert_eq!(
            p,
            Person {
                name: "A".into(),
                age: None,
                tags: None,
                inner: None
            }
        );
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn errors_carry_code_and_path() {
        let cases = [
            (s("x"), ErrorCode::WrongType, ""),
            (obj(&[]), ErrorCode::MissingField, "name"),
            (
                obj(&[("name", Value::Number(1.0))]),
                ErrorCode::WrongType,
                "name",
            ),
            (
                obj(&[("name", s("A")), ("agee", Value::Number(1.0))]),
                ErrorCode::UnknownField,
                "agee",
            ),
            (
                obj(&[("name", s("A")), ("age", Value::Number(1.5))]),
                ErrorCode::WrongType,
                "age",
            ),
            (
                obj(&[("name", s("A")), ("age", Value::Number(300.0))]),
                ErrorCode::OutOfRange,
                "age",
            ),
            (
                obj(&[("name", s("A")), ("age", Value::Number(f64::NAN))]),
                ErrorCode::WrongType,
                "age",
            ),
            (
                obj(&[
                    ("name", s("A")),
                    ("tags", Value::Array(vec![s("a"), Value::Bool(true)])),
                ]),
                ErrorCode::WrongType,
                "tags[1]",
            ),
            (
                obj(&[("name", s("A")), ("inner", obj(&[]))]),
                ErrorCode::MissingField,
                "inner.dateOfBirth",
            ),
            (
                obj(&[
                    ("name", s("A")),
                    (
                        "inner",
                        obj(&[("dateOfBirth", s("x")), ("zz", Value::Null)]),
                    ),
                ]),
                ErrorCode::UnknownField,
                "inner.zz",
            ),
        ];
        for (input, code, path) in cases {
            let err = decode::<Person>(&input).expect_err("must fail");
            assert_eq!((err.code(), err.path()), (code, path), "{input:?} → {err}");
            assert!(!err.message().is_empty());
        }
    }
}
