//! `jurisdiction(code, { asOf })`: a profile as in force on a date, with its pathways'
//! conditions and sources, for readers who want the law rather than a case.

use std::collections::BTreeMap;

use serde::Serialize;

use super::*;
use crate::calendar::Date;
use crate::error::Error;
use crate::law::model::{Channel, ConditionData, Test};
use crate::law::{self, Citation};

/// One condition of a pathway as the law states it (for `jurisdiction()`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ConditionView {
    /// `scope`, `requires`, or the alternative's name.
    pub role: String,
    /// The test.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub test: Test,
    /// The answer the condition needs.
    pub expect: bool,
    /// Its provision: a key of `provisions`.
    pub provision: String,
}

/// A pathway as the law states it, without a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PathwayView {
    /// Id in the profile.
    pub id: String,
    /// The kind of channel.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub channel: Channel,
    /// Name in the locale asked for, else English.
    pub name: String,
    /// Legal name in the jurisdiction's language.
    pub local_name: String,
    /// What it gives.
    pub summary: String,
    /// Whether the law has it.
    pub in_law: bool,
    /// Why not, when it does not.
    pub absent_reason: String,
    /// First day of this version ("" when none is known).
    pub from: String,
    /// Last day of this version ("" while in force).
    pub until: String,
    /// The provision that opens it.
    pub basis: String,
    /// Where the name, summary and parameters come from when they are not the data's English
    /// (`unreviewed`, `official`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub translation: Option<crate::law::model::Translation>,
    /// Its conditions.
    pub conditions: Vec<ConditionView>,
    /// Figures the law sets.
    pub parameters: Vec<Parameter>,
    /// Who decides on the channel.
    pub decided_by: Vec<Authority>,
}

/// A profile as in force on a date: what `jurisdiction(code, { asOf })` returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ProfileView {
    /// Coverage and verification date.
    #[serde(flatten)]
    pub summary: law::JurisdictionSummary,
    /// The date the law is given for ("" for the latest recorded).
    pub as_of: String,
    /// The pathways in force on that date.
    pub pathways: Vec<PathwayView>,
    /// Every provision the pathways cite, by the key they use.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Record<string, Citation>"))]
    pub provisions: BTreeMap<String, Citation>,
}

/// The profile of `code` as in force on `as_of` (the latest recorded law when `None`).
///
/// # Errors
/// `unknown_jurisdiction` (at `path`).
pub fn profile_view(code: &str, as_of: Option<Date>, path: &str) -> Result<ProfileView, Error> {
    let profile = law::profile(code, path)?;
    let date = as_of.map(|d| d.to_string());
    let pathways: Vec<PathwayView> = in_force(profile, date.as_deref())
        .map(|p| {
            let condition = |role: &str, c: &ConditionData| ConditionView {
                role: role.to_owned(),
                test: c.test,
                expect: c.expect,
                provision: c.provision.clone(),
            };
            let mut conditions: Vec<ConditionView> = p
                .scope
                .iter()
                .map(|c| condition("scope", c))
                .chain(p.requires.iter().map(|c| condition("requires", c)))
                .collect();
            for a in &p.alternatives {
                conditions.extend(a.requires.iter().map(|c| condition(&a.name, c)));
            }
            PathwayView {
                id: p.id.clone(),
                channel: p.channel,
                name: p.name.clone(),
                local_name: p.local_name.clone(),
                summary: p.summary.clone(),
                in_law: p.exists,
                absent_reason: p.absent_reason.clone(),
                from: law::model::date_text(p.from.as_ref()).to_owned(),
                until: law::model::date_text(p.until.as_ref()).to_owned(),
                basis: p.basis.clone(),
                translation: p.translation,
                conditions,
                decided_by: authorities(p),
                parameters: p
                    .parameters
                    .iter()
                    .map(|x| Parameter {
                        name: x.name.clone(),
                        value: x.value.clone(),
                        provision: x.provision.clone(),
                    })
                    .collect(),
            }
        })
        .collect();
    let keys = pathways.iter().flat_map(|p: &PathwayView| {
        std::iter::once(p.basis.as_str())
            .chain(p.conditions.iter().map(|c| c.provision.as_str()))
            .chain(p.parameters.iter().map(|x| x.provision.as_str()))
            .chain(p.decided_by.iter().map(|a| a.provision.as_str()))
    });
    let provisions = provisions_for(profile, keys);
    Ok(ProfileView {
        summary: law::JurisdictionSummary::from(profile),
        as_of: date.unwrap_or_default(),
        pathways,
        provisions,
    })
}
