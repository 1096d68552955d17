//! Stable insertion sort for the engine's short lists (a timeline's entries, a year's holidays,
//! a pathway's facts: tens of items at most).
//!
//! Why not `slice::sort_by_key`: each call site of the standard library's sort instantiates the
//! whole driftsort (merge runs, quicksort partition, small-sort networks), about 5 KB of wasm a
//! site; eleven sites came to 60 KB before `wasm-opt`, against a 300 KB budget (DESIGN.md) that
//! the widget must fit in too. Insertion sort is a few dozen bytes a site and, for lists this
//! short, no slower.

use std::cmp::Ordering;

/// Sorts `v` by `compare`, keeping equal items in their order.
pub(crate) fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && compare(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `v` by the key `key` gives, keeping equal items in their order.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in ascending order.
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    // The standard library's sort is the oracle here, not code in the wasm.
    #[allow(clippy::disallowed_methods)]
    fn sorts_like_the_standard_library_and_keeps_equal_items_in_order() {
        // Pairs sorted by their first element only: the second shows the order was kept.
        let mut seed = 12_345_u32;
        for len in 0..40 {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    (((seed >> 16) % 7) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std = v.clone();
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "length {len}");
            let mut all = v.clone();
            sort(&mut all);
            let mut std_all = v;
            std_all.sort();
            assert_eq!(all, std_all);
        }
    }
}
