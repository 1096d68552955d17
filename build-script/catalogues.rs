//! The messages: `src/locales/<locale>.ftl` parsed with Project Fluent's parser and reduced to
//! the engine's subset (`src/i18n/model.rs`), every reference checked to lead somewhere and
//! never back (`Catalogue::check_references`), and the message ids written as code.

use std::fmt::Write as _;
use std::path::Path;

use crate::i18n_model;

/// The locales the engine ships, English first (the fallback).
const LOCALES: &[&str] = &["en", "de", "fr", "es", "nl", "sr-Latn", "ro"];

/// Parses `src/locales/<locale>.ftl` with Project Fluent's parser and reduces each to the
/// engine's subset (`src/i18n/model.rs`): every locale's patterns in the order of English's
/// sorted ids, which are written once, as code (`message_ids.rs`), since the engine's code
/// names them. A syntax error or an unsupported construct stops the build with the file and
/// message id. Returns the catalogues (ids empty), English first.
pub fn write(out: &str) -> Vec<i18n_model::Catalogue> {
    use fluent_syntax::ast;
    use i18n_model::{Catalogue, Element, Pattern};

    fn inline(file: &str, id: &str, e: &ast::InlineExpression<&str>) -> Element {
        match e {
            ast::InlineExpression::VariableReference { id: v } => Element::Var(v.name.to_owned()),
            ast::InlineExpression::MessageReference { id: m, attribute: None } => {
                Element::Ref(m.name.to_owned())
            }
            ast::InlineExpression::TermReference { id: t, attribute: None, arguments: None } => {
                Element::Ref(format!("-{}", t.name))
            }
            ast::InlineExpression::StringLiteral { value } => Element::Text((*value).to_owned()),
            ast::InlineExpression::Placeable { expression } => match &**expression {
                ast::Expression::Inline(i) => inline(file, id, i),
                ast::Expression::Select { .. } => {
                    panic!("{file}: {id}: a nested select is not supported")
                }
            },
            other => panic!("{file}: {id}: unsupported expression {other:?} (use variables, references and selects)"),
        }
    }
    fn pattern(file: &str, id: &str, p: &ast::Pattern<&str>) -> Pattern {
        let mut out: Pattern = Vec::new();
        for element in &p.elements {
            let e = match element {
                ast::PatternElement::TextElement { value } => Element::Text((*value).to_owned()),
                ast::PatternElement::Placeable { expression } => match expression {
                    ast::Expression::Inline(i) => inline(file, id, i),
                    ast::Expression::Select { selector, variants } => {
                        let ast::InlineExpression::VariableReference { id: v } = selector else {
                            panic!("{file}: {id}: a select must be on a variable");
                        };
                        let default = variants
                            .iter()
                            .position(|x| x.default)
                            .unwrap_or_else(|| panic!("{file}: {id}: a select needs a default"));
                        Element::Select {
                            selector: v.name.to_owned(),
                            variants: variants
                                .iter()
                                .map(|x| {
                                    let key = match &x.key {
                                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                                        ast::VariantKey::NumberLiteral { value } => {
                                            (*value).to_owned()
                                        }
                                    };
                                    (key, pattern(file, id, &x.value))
                                })
                                .collect(),
                            default,
                        }
                    }
                },
            };
            // Adjacent text (Fluent splits at line breaks) is joined.
            match (out.last_mut(), e) {
                (Some(Element::Text(prev)), Element::Text(t)) => prev.push_str(&t),
                (_, e) => out.push(e),
            }
        }
        out
    }

    let dir = Path::new("src/locales");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut catalogues = Vec::new();
    assert_eq!(
        LOCALES.first(),
        Some(&"en"),
        "English comes first: it carries the ids"
    );
    let mut english_ids: Vec<String> = Vec::new();
    for locale in LOCALES {
        let file = dir.join(format!("{locale}.ftl"));
        println!("cargo::rerun-if-changed={}", file.display());
        let text = std::fs::read_to_string(&file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        let name = file.display().to_string();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{name}: Fluent syntax errors: {errors:?}"),
        };
        let mut messages: Vec<(String, Pattern)> = Vec::new();
        for entry in &resource.body {
            let (id, value) = match entry {
                ast::Entry::Message(m) => (
                    m.id.name.to_owned(),
                    m.value.as_ref().unwrap_or_else(|| {
                        panic!("{name}: {}: a message needs a value", m.id.name)
                    }),
                ),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), &t.value),
                ast::Entry::Junk { content } => panic!("{name}: cannot parse: {content}"),
                _ => continue,
            };
            if messages.iter().any(|(k, _)| *k == id) {
                panic!("{name}: {id} is defined twice");
            }
            let p = pattern(&name, &id, value);
            messages.push((id, p));
        }
        messages.sort_by(|a, b| a.0.cmp(&b.0));
        // Every locale's patterns in English's order; the ids are code.
        if english_ids.is_empty() {
            english_ids = messages.iter().map(|(k, _)| k.clone()).collect();
        } else if let Some((extra, _)) = messages.iter().find(|(k, _)| !english_ids.contains(k)) {
            panic!("{name}: {extra} is not a message of en.ftl");
        }
        catalogues.push(Catalogue {
            locale: (*locale).to_owned(),
            ids: Vec::new(),
            patterns: english_ids
                .iter()
                .map(|id| {
                    messages
                        .iter()
                        .find(|(k, _)| k == id)
                        .map(|(_, p)| p.clone())
                })
                .collect(),
        });
    }
    for c in &catalogues {
        if let Err(e) = c.check_references(&english_ids) {
            panic!("src/locales/{}.ftl: {e}", c.locale);
        }
    }
    let mut ids = String::from(
        "/// Every message id (terms with their `-`), sorted: the order of every locale pack's patterns.\npub const MESSAGE_IDS: &[&str] = &[\n",
    );
    for id in &english_ids {
        writeln!(ids, "    {id:?},").expect("write to string");
    }
    ids.push_str("];\n");
    std::fs::write(Path::new(out).join("message_ids.rs"), ids).expect("write message ids");
    catalogues
}
