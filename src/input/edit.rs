//! Editing a case held as a [`Value`]: setting and removing a fact by its path, and reading the
//! answers a form gives (an option's JSON text, a list of country codes). Used by the widget,
//! which keeps the case as the caller's untyped object so that it can hand it back unchanged.

use super::Value;

/// The option value (JSON text of a boolean or a string) as a case value.
pub fn value_of_option(text: &str) -> Option<Value> {
    match text {
        "true" => Some(Value::Bool(true)),
        "false" => Some(Value::Bool(false)),
        _ => text
            .strip_prefix('"')
            .and_then(|s| s.strip_suffix('"'))
            .map(|s| Value::String(s.to_owned())),
    }
}

/// Country codes typed as "NG, ro de": upper-cased, in order, without repeats.
pub fn countries(text: &str) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for code in text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|s| !s.is_empty())
    {
        // ASCII only: country codes are; and the Unicode case tables would add 18 KB to the wasm.
        let v = Value::String(code.to_ascii_uppercase());
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// The value at `path` (`person.claimedAge`) of an object.
pub fn get<'v>(case: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(case, |v, key| v.get(key))
}

/// Sets (or, with `None`, removes) the value at `path`, creating objects on the way.
pub fn set(case: &mut Value, path: &str, value: Option<Value>) {
    let (head, rest) = match path.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (path, None),
    };
    if !matches!(case, Value::Object(_)) {
        *case = Value::Object(Vec::new());
    }
    let Value::Object(fields) = case else {
        return;
    };
    let at = fields.iter().position(|(k, _)| k == head);
    match (rest, value) {
        (None, None) => {
            if let Some(i) = at {
                fields.remove(i);
            }
        }
        (None, Some(v)) => match at {
            Some(i) => fields[i].1 = v,
            None => fields.push((head.to_owned(), v)),
        },
        (Some(rest), value) => {
            let i = match at {
                Some(i) => i,
                None if value.is_none() => return,
                None => {
                    fields.push((head.to_owned(), Value::Object(Vec::new())));
                    fields.len() - 1
                }
            };
            set(&mut fields[i].1, rest, value);
            // An object left empty is dropped: the case says nothing there.
            if matches!(&fields[i].1, Value::Object(f) if f.is_empty()) {
                fields.remove(i);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn values_are_set_and_removed_by_path() {
        let mut case = Value::Object(vec![("jurisdiction".into(), Value::String("AT".into()))]);
        set(&mut case, "person.claimedAge", Some(Value::Number(16.0)));
        set(&mut case, "person.unaccompanied", Some(Value::Bool(true)));
        assert_eq!(get(&case, "person.claimedAge"), Some(&Value::Number(16.0)));
        set(&mut case, "person.claimedAge", None);
        set(&mut case, "person.unaccompanied", None);
        assert_eq!(
            case,
            Value::Object(vec![("jurisdiction".into(), Value::String("AT".into()))])
        );
        set(&mut case, "a.b", None);
        assert!(get(&case, "a").is_none());
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn options_and_countries_become_case_values() {
        assert_eq!(value_of_option("true"), Some(Value::Bool(true)));
        assert_eq!(
            value_of_option("\"sexual\""),
            Some(Value::String("sexual".into()))
        );
        assert_eq!(value_of_option("<b>"), None);
        assert_eq!(
            countries(" ng, ro;NG  de "),
            vec![
                Value::String("NG".into()),
                Value::String("RO".into()),
                Value::String("DE".into())
            ]
        );
    }
}
