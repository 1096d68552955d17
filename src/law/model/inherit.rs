//! A state's profile takes pathways over from a baseline (`inherit = ["EU/…"]`): resolved when
//! the data is built (to check it) and again when a pack is unpacked.

use super::*;

impl ProfileData {
    /// Copies the pathways named in `inherit` from `bases` into this profile, with their
    /// provisions and instruments under keys prefixed by the base's code (`EU/qr-24`).
    ///
    /// # Errors
    /// A message naming the `inherit` entry that names no base or no pathway.
    pub fn resolve_inheritance(&mut self, bases: &[&ProfileData]) -> Result<(), String> {
        for (i, entry) in self.inherit.clone().iter().enumerate() {
            let at = format!("inherit[{i}]");
            let (code, id) = entry.split_once('/').ok_or(format!(
                "{at}: write it as BASE/pathway-id (EU/refugee-status)"
            ))?;
            let base = bases
                .iter()
                .find(|b| b.code == code && b.kind == JurisdictionKind::Baseline)
                .ok_or(format!("{at}: '{code}' is not a baseline profile"))?;
            let versions: Vec<&PathwayData> = base.pathways.iter().filter(|p| p.id == id).collect();
            if versions.is_empty() {
                return Err(format!("{at}: {code} has no pathway '{id}'"));
            }
            if self.pathways.iter().any(|p| p.id == id) {
                return Err(format!("{at}: this profile already has a pathway '{id}'"));
            }
            let prefix = |key: &str| format!("{code}/{key}");
            for p in versions {
                let mut copy = p.clone();
                copy.basis = prefix(&copy.basis);
                let all = copy.scope.iter_mut().chain(copy.requires.iter_mut()).chain(
                    copy.alternatives
                        .iter_mut()
                        .flat_map(|a| a.requires.iter_mut()),
                );
                for c in all {
                    c.provision = prefix(&c.provision);
                }
                for x in &mut copy.parameters {
                    x.provision = prefix(&x.provision);
                }
                for a in &mut copy.decided_by {
                    a.provision = prefix(&a.provision);
                }
                let keys = std::iter::once(p.basis.clone())
                    .chain(
                        p.scope
                            .iter()
                            .chain(&p.requires)
                            .chain(p.alternatives.iter().flat_map(|a| &a.requires))
                            .map(|c| c.provision.clone()),
                    )
                    .chain(p.parameters.iter().map(|x| x.provision.clone()))
                    .chain(p.decided_by.iter().map(|a| a.provision.clone()));
                for key in keys {
                    let provision = base
                        .provisions
                        .get(&key)
                        .ok_or(format!("{at}: {code} lacks provision '{key}'"))?;
                    let mut provision = provision.clone();
                    let instrument = base.instruments.get(&provision.instrument).ok_or(format!(
                        "{at}: {code} lacks instrument '{}'",
                        provision.instrument
                    ))?;
                    self.instruments
                        .insert(prefix(&provision.instrument), instrument.clone());
                    provision.instrument = prefix(&provision.instrument);
                    self.provisions.insert(prefix(&key), provision);
                }
                self.pathways.push(copy);
            }
        }
        Ok(())
    }
}
