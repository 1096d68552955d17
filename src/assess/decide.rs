//! A pathway's decision rule, written once: `scope ∧ requires ∧ (no groups ? yes : any(all(group)))`
//! in three-valued logic, and a condition's `expect = false` applied in one place.
//!
//! Every evaluation goes through here: the full assessment (over its reasons), the lean states
//! (over bare truths), the alternative that re-opens unverified readings (over reasons with
//! those left open), and the timeline's conditions. It holds no words and no citations.

use super::conditions::{self, Context, Outcome};
use super::PathwayState;
use crate::law::model::{ConditionData, PathwayData};
use crate::logic::Truth;

/// The answer of one condition as the data wants it: its test's answer, negated where the
/// condition expects the test to fail.
pub(super) fn holds(c: &ConditionData, cx: &Context<'_>) -> (Truth, Outcome) {
    let outcome = conditions::apply(c, cx);
    let truth = if c.expect {
        outcome.truth
    } else {
        outcome.truth.not()
    };
    (truth, outcome)
}

/// Something per condition of a pathway, in the pathway's shape: its scope, its requirements
/// and each alternative group.
pub(super) struct Shape<T> {
    pub scope: Vec<T>,
    pub requires: Vec<T>,
    pub groups: Vec<Vec<T>>,
}

/// What the rule decided, with the parts that say which reasons matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Decision {
    pub scope: Truth,
    /// Each alternative group's truth.
    pub groups: Vec<Truth>,
    /// Whether some group holds (yes where the pathway has none).
    pub alternatives: Truth,
    pub state: PathwayState,
}

impl<T> Shape<T> {
    /// `f(condition, role)` for each condition of `p`; the role is `scope`, `requires` or the
    /// alternative group's name.
    pub fn of(p: &PathwayData, mut f: impl FnMut(&ConditionData, &str) -> T) -> Shape<T> {
        Shape {
            scope: p.scope.iter().map(|c| f(c, "scope")).collect(),
            requires: p.requires.iter().map(|c| f(c, "requires")).collect(),
            groups: p
                .alternatives
                .iter()
                .map(|a| a.requires.iter().map(|c| f(c, &a.name)).collect())
                .collect(),
        }
    }

    /// The pathway's state under `truth`: a failing scope makes it not applicable; otherwise
    /// the whole conjunction decides (yes: available, no: unavailable, unknown: possible).
    pub fn decide(&self, truth: impl Fn(&T) -> Truth) -> Decision {
        let scope = Truth::all(self.scope.iter().map(&truth));
        let requires = Truth::all(self.requires.iter().map(&truth));
        let groups: Vec<Truth> = self
            .groups
            .iter()
            .map(|g| Truth::all(g.iter().map(&truth)))
            .collect();
        let alternatives = if groups.is_empty() {
            Truth::Yes
        } else {
            Truth::any(groups.iter().copied())
        };
        let overall = scope.and(requires).and(alternatives);
        let state = if scope == Truth::No {
            PathwayState::NotApplicable
        } else {
            match overall {
                Truth::Yes => PathwayState::Available,
                Truth::No => PathwayState::Unavailable,
                Truth::Unknown => PathwayState::Possible,
            }
        };
        Decision {
            scope,
            groups,
            alternatives,
            state,
        }
    }

    /// The items that can matter to `d`: scope and requirements always; of the alternatives,
    /// the group that holds when one does, the undecided groups while none holds, and all of
    /// them when all fail. An alternative that does not matter (a child's ground for an adult)
    /// must not show up in the explanation or in the facts to establish.
    pub fn relevant(&self, d: &Decision) -> Vec<&T> {
        let groups: Vec<&T> = match d.alternatives {
            Truth::Yes => d
                .groups
                .iter()
                .position(|t| *t == Truth::Yes)
                .map(|i| self.groups[i].iter().collect())
                .unwrap_or_default(),
            Truth::Unknown => self
                .groups
                .iter()
                .zip(&d.groups)
                .filter(|(_, t)| **t == Truth::Unknown)
                .flat_map(|(g, _)| g.iter())
                .collect(),
            Truth::No => self.groups.iter().flatten().collect(),
        };
        self.scope
            .iter()
            .chain(&self.requires)
            .chain(groups)
            .collect()
    }

    /// Every item, scope first, then the requirements, then the groups in order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.scope
            .iter()
            .chain(&self.requires)
            .chain(self.groups.iter().flatten())
    }

    /// Every item, in the order of [`Shape::iter`].
    pub fn into_items(self) -> impl Iterator<Item = T> {
        self.scope
            .into_iter()
            .chain(self.requires)
            .chain(self.groups.into_iter().flatten())
    }
}

/// The state of `p` for the case in `cx`, without reasons (the lean path).
pub(super) fn state(p: &PathwayData, cx: &Context<'_>) -> PathwayState {
    if !p.exists {
        return PathwayState::Unavailable;
    }
    Shape::of(p, |c, _| holds(c, cx).0).decide(|t| *t).state
}

#[cfg(test)]
mod tests {
    use super::*;
    use Truth::{No, Unknown, Yes};

    fn shape(scope: &[Truth], requires: &[Truth], groups: &[&[Truth]]) -> Shape<Truth> {
        Shape {
            scope: scope.to_vec(),
            requires: requires.to_vec(),
            groups: groups.iter().map(|g| g.to_vec()).collect(),
        }
    }

    fn state(s: &Shape<Truth>) -> PathwayState {
        s.decide(|t| *t).state
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn a_failing_scope_is_not_applicable_whatever_else_is_known() {
        assert_eq!(
            state(&shape(&[No], &[Unknown], &[&[Yes]])),
            PathwayState::NotApplicable
        );
        assert_eq!(
            state(&shape(&[Unknown, No], &[Yes], &[])),
            PathwayState::NotApplicable
        );
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn one_holding_group_is_enough_and_no_group_means_no_alternative_to_meet() {
        assert_eq!(
            state(&shape(&[Yes], &[Yes], &[&[No], &[Yes, Yes]])),
            PathwayState::Available
        );
        assert_eq!(state(&shape(&[Yes], &[Yes], &[])), PathwayState::Available);
        assert_eq!(
            state(&shape(&[Yes], &[Yes], &[&[No], &[Unknown]])),
            PathwayState::Possible
        );
        assert_eq!(
            state(&shape(&[Yes], &[Yes], &[&[No], &[Yes, No]])),
            PathwayState::Unavailable
        );
        assert_eq!(
            state(&shape(&[Unknown], &[No], &[])),
            PathwayState::Unavailable
        );
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn only_the_groups_that_matter_are_relevant() {
        // Items are numbered so the test can see which were picked.
        let s = Shape {
            scope: vec![(0, Yes)],
            requires: vec![(1, Yes)],
            groups: vec![vec![(2, No)], vec![(3, Unknown)], vec![(4, Unknown)]],
        };
        let d = s.decide(|x| x.1);
        let picked: Vec<i32> = s.relevant(&d).iter().map(|x| x.0).collect();
        assert_eq!(picked, [0, 1, 3, 4], "undecided groups while none holds");
        let s = Shape {
            scope: vec![(0, Yes)],
            requires: vec![],
            groups: vec![vec![(2, Unknown)], vec![(3, Yes)]],
        };
        let d = s.decide(|x| x.1);
        let picked: Vec<i32> = s.relevant(&d).iter().map(|x| x.0).collect();
        assert_eq!(picked, [0, 3], "the group that holds, and no other");
    }
}
