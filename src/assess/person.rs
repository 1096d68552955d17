//! What the engine derives about the person: EU citizenship, being a foreigner, being a child.
//!
//! These are derived, never asked: the case gives citizenships and a date of birth (or a claimed
//! or assessed age), and the law decides what follows. Each derivation says how it was reached.

use serde::Serialize;

use crate::calendar::Date;
use crate::case::validate::age_on;
use crate::case::{Case, StayStatus};
use crate::law::model::FreeMovementData;
use crate::law::ProfileData;
use crate::logic::Truth;

/// What the engine derived about the person, with how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PersonFacts {
    /// A citizen of an EU/EEA state or Switzerland.
    pub eu_citizen: Truth,
    /// Not a citizen of the jurisdiction's state.
    pub foreign_national: Truth,
    /// Under 18, or presumed so.
    pub child: Truth,
    /// Age in full years on `asOf`, when a date of birth and `asOf` are known.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub age: Option<u32>,
    /// The 18th birthday, when the date of birth is known.
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub eighteenth_birthday: Option<Date>,
    /// How `child` was decided, in words.
    pub child_basis: String,
    /// True when `child` rests on a presumption of minority rather than a known age.
    pub child_presumed: bool,
}

/// Derives the person's facts for `case` under `profile`.
pub fn derive(
    case: &Case,
    profile: &ProfileData,
    free_movement: &[FreeMovementData],
    locale: &str,
) -> PersonFacts {
    let as_of = case.as_of;
    let person = &case.person;

    // EU/EEA/Swiss citizenship: from the citizenships and the membership dates in the data.
    let as_of_text = as_of.map(|d| d.to_string());
    let member_on = |code: &str| {
        free_movement.iter().any(|f| {
            f.code == code
                && crate::law::in_effect(Some(&f.from), f.until.as_ref(), as_of_text.as_deref())
        })
    };
    let eu_citizen = if person.citizenships.iter().any(|c| member_on(c)) {
        Truth::Yes
    } else if !person.citizenships.is_empty() || person.stateless.0 == Some(true) {
        Truth::No
    } else {
        Truth::Unknown
    };

    let national = case.stay.status == Some(StayStatus::National)
        || (profile.code.len() == 2 && person.citizenships.contains(&profile.code));
    let foreign_national = if national {
        Truth::No
    } else if !person.citizenships.is_empty() || person.stateless.0 == Some(true) {
        Truth::Yes
    } else {
        Truth::Unknown
    };

    let age = match (person.date_of_birth, as_of) {
        (Some(birth), Some(on)) => Some(age_on(birth, on)),
        _ => None,
    };
    let eighteenth_birthday = person
        .date_of_birth
        .and_then(|b| b.add_months_clamped(18 * 12))
        .map(|(d, _)| d);
    let (child, child_basis, child_presumed) = child(case, age, locale);
    PersonFacts {
        eu_citizen,
        foreign_national,
        child,
        age,
        eighteenth_birthday,
        child_basis,
        child_presumed,
    }
}

fn child(case: &Case, age: Option<u32>, l: &str) -> (Truth, String, bool) {
    use crate::i18n::tr;
    let person = &case.person;
    if let Some(age) = age {
        let truth = if age < 18 { Truth::Yes } else { Truth::No };
        return (truth, tr!(l, "child-basis-age", age = age), false);
    }
    if person.date_of_birth.is_some() && case.as_of.is_none() {
        return (Truth::Unknown, tr!(l, "child-basis-no-as-of"), false);
    }
    if let Some(range) = &person.age_assessment {
        let (min, max) = (range.min, range.max);
        if max < 18 {
            return (
                Truth::Yes,
                tr!(l, "child-basis-assessed", min = min, max = max),
                false,
            );
        }
        if min < 18 {
            return (
                Truth::Yes,
                tr!(l, "child-basis-assessed-presumed", min = min, max = max),
                true,
            );
        }
        return (
            Truth::No,
            tr!(l, "child-basis-assessed", min = min, max = max),
            false,
        );
    }
    if let Some(claimed) = person.claimed_age {
        if claimed < 18 {
            let disputed = person.age_disputed.0 == Some(true);
            let basis = if disputed {
                tr!(l, "child-basis-claimed-disputed", claimed = claimed)
            } else {
                tr!(l, "child-basis-claimed", claimed = claimed)
            };
            return (Truth::Yes, basis, disputed);
        }
        return (
            Truth::No,
            tr!(l, "child-basis-claimed", claimed = claimed),
            false,
        );
    }
    (Truth::Unknown, tr!(l, "child-basis-unknown"), false)
}
