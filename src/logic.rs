//! Three-valued (Kleene) logic: what the engine knows about a condition is yes, no or unknown.
//!
//! Practitioners rarely know everything. A condition that depends on an unknown fact is
//! [`Truth::Unknown`], and combining conditions follows Kleene's strong logic: `and` is no as
//! soon as one side is no, `or` is yes as soon as one side is yes, and unknown otherwise.
//!
//! # Properties
//! Monotonicity: replacing an `Unknown` input by `Yes` or `No` never turns a `Yes` result into
//! `No` or the reverse. This is what lets a pathway that is available or unavailable keep its
//! state when more facts become known.

use serde::Serialize;

/// Yes, no, or not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Truth {
    /// The condition holds.
    Yes,
    /// The condition does not hold.
    No,
    /// Not known from the facts given.
    Unknown,
}

impl Truth {
    /// `Some(true)` → yes, `Some(false)` → no, `None` → unknown.
    pub fn from_option(value: Option<bool>) -> Truth {
        match value {
            Some(true) => Truth::Yes,
            Some(false) => Truth::No,
            None => Truth::Unknown,
        }
    }

    /// Kleene conjunction.
    pub fn and(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::No, _) | (_, Truth::No) => Truth::No,
            (Truth::Yes, Truth::Yes) => Truth::Yes,
            _ => Truth::Unknown,
        }
    }

    /// Kleene disjunction.
    pub fn or(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::Yes, _) | (_, Truth::Yes) => Truth::Yes,
            (Truth::No, Truth::No) => Truth::No,
            _ => Truth::Unknown,
        }
    }

    /// Kleene negation.
    #[allow(clippy::should_implement_trait)]
    pub fn not(self) -> Truth {
        match self {
            Truth::Yes => Truth::No,
            Truth::No => Truth::Yes,
            Truth::Unknown => Truth::Unknown,
        }
    }

    /// Conjunction of many (yes for none).
    pub fn all(items: impl IntoIterator<Item = Truth>) -> Truth {
        items.into_iter().fold(Truth::Yes, Truth::and)
    }

    /// Disjunction of many (no for none).
    pub fn any(items: impl IntoIterator<Item = Truth>) -> Truth {
        items.into_iter().fold(Truth::No, Truth::or)
    }

    /// Whether `self` may become `other` when unknown facts become known.
    pub fn can_refine_to(self, other: Truth) -> bool {
        self == Truth::Unknown || self == other
    }
}

#[cfg(test)]
mod tests {
    use super::Truth::{self, No, Unknown, Yes};

    const ALL: [Truth; 3] = [Yes, No, Unknown];

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn kleene_tables() {
        assert_eq!(Yes.and(Unknown), Unknown);
        assert_eq!(No.and(Unknown), No);
        assert_eq!(Yes.or(Unknown), Yes);
        assert_eq!(No.or(Unknown), Unknown);
        assert_eq!(Unknown.not(), Unknown);
        assert_eq!(Truth::all([]), Yes);
        assert_eq!(Truth::any([]), No);
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn operators_are_monotone_in_knowledge() {
        // For every pair of inputs and every refinement of them, the output only refines.
        for a in ALL {
            for b in ALL {
                for a2 in ALL.into_iter().filter(|x| a.can_refine_to(*x)) {
                    for b2 in ALL.into_iter().filter(|x| b.can_refine_to(*x)) {
                        assert!(
                            a.and(b).can_refine_to(a2.and(b2)),
                            "and {a:?} {b:?} → {a2:?} {b2:?}"
                        );
                        assert!(
                            a.or(b).can_refine_to(a2.or(b2)),
                            "or {a:?} {b:?} → {a2:?} {b2:?}"
                        );
                    }
                    assert!(a.not().can_refine_to(a2.not()));
                }
            }
        }
    }
}
