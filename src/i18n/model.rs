//! Message catalogues as the engine carries them: the Fluent files of `src/locales/`, parsed at
//! build time by Project Fluent's own parser (`fluent-syntax`) and reduced to the subset the
//! engine formats: text, variables, message and term references, and select expressions on a
//! variable (plural categories, numbers or plain strings).
//!
//! Why not `fluent-bundle` at run time: measured on this crate's wasm build, it adds 69.5 KB
//! gzip (251.2 → 320.7 KB) before any message, past the package budget of 300 KB. Parsing the
//! same `.ftl` files at build time keeps Fluent's syntax, tooling and checks, and leaves a
//! formatter of a few hundred lines.
//!
//! This file is shared with `build.rs`.

use serde::{Deserialize, Serialize};

/// One locale's messages. Terms keep Fluent's `-` prefix (`-cets`).
///
/// The ids are carried once, in English (the reference catalogue); another locale carries only
/// its patterns, in the same order, `None` where it lacks one (English is used). Carrying the
/// 311 ids in each of the seven catalogues cost about 15 KB of the gzipped wasm.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Catalogue {
    /// BCP 47 tag (`sr-Latn`).
    pub locale: String,
    /// The message ids, sorted: English's own; empty in the other locales.
    pub ids: Vec<String>,
    /// The patterns, in the order of English's ids.
    pub patterns: Vec<Option<Pattern>>,
}

/// A message's value.
pub type Pattern = Vec<Element>;

/// A piece of a pattern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Element {
    /// Literal text.
    Text(String),
    /// `{ $name }`.
    Var(String),
    /// `{ other-message }` or `{ -term }`.
    Ref(String),
    /// `{ $var -> [one] … *[other] … }`.
    Select {
        /// The variable selected on.
        selector: String,
        /// (key, pattern) in source order.
        variants: Vec<(String, Pattern)>,
        /// The index of the `*` default variant.
        default: usize,
    },
}

impl Catalogue {
    /// The pattern at `index` of English's ids.
    pub fn at(&self, index: usize) -> Option<&Pattern> {
        self.patterns.get(index)?.as_ref()
    }

    /// The variables a pattern uses, in order, without repeats.
    pub fn variables(pattern: &Pattern) -> Vec<String> {
        let mut out = Vec::new();
        fn walk(p: &Pattern, out: &mut Vec<String>) {
            for e in p {
                match e {
                    Element::Var(v) => {
                        if !out.contains(v) {
                            out.push(v.clone());
                        }
                    }
                    Element::Select {
                        selector, variants, ..
                    } => {
                        if !out.contains(selector) {
                            out.push(selector.clone());
                        }
                        for (_, p) in variants {
                            walk(p, out);
                        }
                    }
                    Element::Text(_) | Element::Ref(_) => {}
                }
            }
        }
        walk(pattern, &mut out);
        out
    }
}
