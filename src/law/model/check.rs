//! The checks of the data: each profile alone (`ProfileData::check`) and the references between
//! files (`check_all`). The build runs them and stops on the first problem, naming the file and
//! the field; `src/law/check_tests.rs` runs `check_all` on broken data.

use super::*;

impl ProfileData {
    /// Checks what the types cannot: identifiers, references between fields, date order.
    ///
    /// # Errors
    /// A message naming the field (`counting_rules[0].period_end.checked`).
    pub fn check(&self) -> Result<(), String> {
        let code_ok = matches!(self.code.as_str(), "COE" | "EU")
            || (self.code.len() == 2 && self.code.bytes().all(|b| b.is_ascii_uppercase()));
        if !code_ok {
            return Err(format!(
                "code: '{}' is neither COE, EU nor an ISO 3166-1 alpha-2 code",
                self.code
            ));
        }
        for field in [("name", &self.name), ("summary", &self.summary)] {
            if field.1.trim().is_empty() {
                return Err(format!("{}: must not be empty", field.0));
            }
        }
        if self.default_counting_rule.is_empty() {
            if self.no_counting_rule_reason.trim().is_empty() {
                return Err(
                    "no_counting_rule_reason: say why there is no default counting rule".to_owned(),
                );
            }
        } else if !self
            .counting_rules
            .iter()
            .any(|r| r.id == self.default_counting_rule)
        {
            return Err(format!(
                "default_counting_rule: '{}' is not the id of any counting_rules entry",
                self.default_counting_rule
            ));
        }
        self.check_pathways()?;
        self.check_time_limits()?;
        self.check_contacts_and_guidance()?;
        if self.depth == Depth::Baseline {
            // A baseline profile is a state's, and it must at least say whom to call.
            if self.kind != JurisdictionKind::National {
                return Err("depth: only a state's profile can be a baseline one".to_owned());
            }
            if self.contacts.is_empty() {
                return Err(
                    "contacts: a baseline profile needs at least one sourced contact".to_owned(),
                );
            }
        }
        for (i, rule) in self.counting_rules.iter().enumerate() {
            let at = format!("counting_rules[{i}]");
            if rule.id.is_empty()
                || !rule
                    .id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(format!(
                    "{at}.id: '{}' must be lower-case letters, digits and '-'",
                    rule.id
                ));
            }
            if rule.id == "national" {
                return Err(format!(
                    "{at}.id: 'national' is reserved for the jurisdiction's default rule"
                ));
            }
            if self.counting_rules[..i].iter().any(|r| r.id == rule.id) {
                return Err(format!("{at}.id: '{}' appears twice", rule.id));
            }
            check_url(&format!("{at}.url"), &rule.url)?;
            check_provision(
                &format!("{at}.event_day_excluded"),
                &rule.event_day_excluded,
            )?;
            check_provision(&format!("{at}.period_end"), &rule.period_end)?;
            check_provision(
                &format!("{at}.working_days.provision"),
                &rule.working_days.provision,
            )?;
            let weekend = &rule.working_days.weekend;
            if weekend
                .iter()
                .enumerate()
                .any(|(j, d)| weekend[..j].contains(d))
            {
                return Err(format!("{at}.working_days.weekend: a day is named twice"));
            }
            if weekend.len() >= 7 {
                return Err(format!(
                    "{at}.working_days.weekend: no working day would be left"
                ));
            }
            for (j, p) in rule.last_day_roll.iter().enumerate() {
                check_provision(&format!("{at}.last_day_roll[{j}]"), p)?;
            }
            if rule.last_day_roll.len() > 1 {
                return Err(format!("{at}.last_day_roll: give at most one provision"));
            }
            for (j, m) in rule.minimum_working_days.iter().enumerate() {
                check_provision(
                    &format!("{at}.minimum_working_days[{j}].provision"),
                    &m.provision,
                )?;
                if m.working_days == 0 || m.working_days > m.periods_of_at_least_days {
                    return Err(format!("{at}.minimum_working_days[{j}].working_days: must be 1 to periods_of_at_least_days"));
                }
            }
            if let Some(p) = &rule.days_are_working_days {
                check_provision(&format!("{at}.days_are_working_days"), p)?;
                if !rule.working_days.public_holidays_excluded
                    && rule.working_days.weekend.is_empty()
                {
                    return Err(format!(
                        "{at}.days_are_working_days: working days would be all days"
                    ));
                }
            }
            for (j, n) in rule.notes.iter().enumerate() {
                check_provision(&format!("{at}.notes[{j}].provision"), &n.provision)?;
                if n.code.is_empty() || n.text.trim().is_empty() {
                    return Err(format!("{at}.notes[{j}]: code and text must not be empty"));
                }
            }
            if let Some(p) = &rule.month_end {
                check_provision(&format!("{at}.month_end"), p)?;
            }
            if let Some(a) = &rule.applies_up_to {
                check_provision(&format!("{at}.applies_up_to.provision"), &a.provision)?;
            }
            if rule.working_days.calendar.is_some() && !rule.working_days.public_holidays_excluded {
                return Err(format!(
                    "{at}.working_days.calendar: only where public holidays are excluded"
                ));
            }
        }
        Ok(())
    }
}

impl ProfileData {
    fn check_contacts_and_guidance(&self) -> Result<(), String> {
        for (i, c) in self.contacts.iter().enumerate() {
            let at = format!("contacts[{i}]");
            if c.serves.is_empty() {
                return Err(format!("{at}.serves: women, men, children, adults or all"));
            }
            if c.phone.is_empty() && c.email.is_empty() && c.website.is_empty() {
                return Err(format!("{at}: give a phone, an e-mail or a website"));
            }
            if !c.website.is_empty() {
                check_url(&format!("{at}.website"), &c.website)?;
            }
            check_provision(&format!("{at}.provision"), &c.provision)?;
        }
        for (i, g) in self.guidance.iter().enumerate() {
            let at = format!("guidance[{i}]");
            for k in &g.provisions {
                if !k.contains('/') && !self.provisions.contains_key(k) {
                    return Err(format!("{at}.provisions: no provision '{k}'"));
                }
            }
        }
        Ok(())
    }

    fn check_time_limits(&self) -> Result<(), String> {
        for (i, t) in self.time_limits.iter().enumerate() {
            if t.translation.is_some() {
                return Err(format!(
                    "time_limits[{i}].translation: the build sets it; do not write it"
                ));
            }
            let at = format!("time_limits[{i}]");
            if !self.provisions.contains_key(&t.provision) {
                return Err(format!("{at}.provision: no provision '{}'", t.provision));
            }
            if t.period_unknown && t.period != "P0D" {
                return Err(format!("{at}.period: an unknown period is written P0D"));
            }
            for (field, p) in [("period", &t.period), ("period_max", &t.period_max)] {
                let ok = p.len() >= 3
                    && p.starts_with('P')
                    && p[1..p.len() - 1].bytes().all(|b| b.is_ascii_digit())
                    && matches!(p.as_bytes()[p.len() - 1], b'D' | b'W' | b'M' | b'Y');
                if !(ok || (field == "period_max" && p.is_empty())) {
                    return Err(format!("{at}.{field}: '{p}' is not a period such as P4W"));
                }
            }
            if (t.national_figure_unknown || !t.range_text.is_empty()) && t.period_max.is_empty() {
                return Err(format!("{at}.period_max: give the range's longest period"));
            }
            let (own, base) = match t.rule.split_once('/') {
                Some((b, r)) => (r, Some(b)),
                None => (t.rule.as_str(), None),
            };
            if base.is_none() && !self.counting_rules.iter().any(|r| r.id == own) {
                return Err(format!("{at}.rule: no counting rule '{own}' here"));
            }
            let inherited = self
                .inherit
                .iter()
                .any(|i| i.rsplit('/').next() == Some(t.pathway.as_str()));
            if !t.pathway.is_empty()
                && !inherited
                && !self.pathways.iter().any(|p| p.id == t.pathway)
            {
                return Err(format!("{at}.pathway: no pathway '{}'", t.pathway));
            }
            if let (Some(from), Some(until)) = (&t.regime_from, &t.regime_until) {
                if until < from {
                    return Err(format!("{at}.regime_until: ends before the regime starts"));
                }
            }
            for (j, c) in t.requires.iter().enumerate() {
                if !self.provisions.contains_key(&c.provision) {
                    return Err(format!(
                        "{at}.requires[{j}].provision: no provision '{}'",
                        c.provision
                    ));
                }
            }
            for p in &t.procedures {
                if !ASYLUM_PROCEDURES.contains(&p.as_str()) {
                    return Err(format!(
                        "{at}.procedures: '{p}' is not one of {ASYLUM_PROCEDURES:?}"
                    ));
                }
            }
            for d in &t.decisions {
                if !ASYLUM_DECISIONS.contains(&d.as_str()) {
                    return Err(format!(
                        "{at}.decisions: '{d}' is not one of {ASYLUM_DECISIONS:?}"
                    ));
                }
            }
            if t.slot.is_empty() || t.label.trim().is_empty() {
                return Err(format!("{at}: slot and label must not be empty"));
            }
        }
        Ok(())
    }

    fn check_pathways(&self) -> Result<(), String> {
        for (key, instrument) in &self.instruments {
            check_url(&format!("instruments.{key}.url"), &instrument.url)?;
        }
        for (key, p) in &self.provisions {
            let at = format!("provisions.{key}");
            if !self.instruments.contains_key(&p.instrument) {
                return Err(format!(
                    "{at}.instrument: '{}' is not a key of [instruments]",
                    p.instrument
                ));
            }
            check_statement(&at, &p.statement())?;
        }
        let known = |at: &str, key: &str| {
            if self.provisions.contains_key(key) {
                Ok(())
            } else {
                Err(format!("{at}: '{key}' is not a key of [provisions]"))
            }
        };
        for (i, f) in self.free_movement.iter().enumerate() {
            let at = format!("free_movement[{i}]");
            if f.code.len() != 2 || !f.code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(format!(
                    "{at}.code: '{}' is not an ISO 3166-1 alpha-2 code",
                    f.code
                ));
            }
            if f.until.as_ref().is_some_and(|u| *u < f.from) {
                return Err(format!("{at}.until: ends before it starts"));
            }
            known(&format!("{at}.provision"), &f.provision)?;
        }
        for (i, p) in self.pathways.iter().enumerate() {
            let at = format!("pathways[{i}] ({})", p.id);
            if p.id.is_empty()
                || !p
                    .id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(format!(
                    "{at}.id: must be lower-case letters, digits and '-'"
                ));
            }
            for field in [("name", &p.name), ("summary", &p.summary)] {
                if field.1.trim().is_empty() {
                    return Err(format!("{at}.{}: must not be empty", field.0));
                }
            }
            known(&format!("{at}.basis"), &p.basis)?;
            if p.translation.is_some() {
                return Err(format!(
                    "{at}.translation: the build sets it; do not write it"
                ));
            }
            if let Some(d) = &p.discretion {
                known(&format!("{at}.discretion.provision"), &d.provision)?;
            }
            if let (Some(from), Some(until)) = (&p.from, &p.until) {
                if until < from {
                    return Err(format!("{at}.until: ends before it starts"));
                }
            }
            // Two versions of one pathway may not be in force on the same day.
            for other in self.pathways[..i].iter().filter(|o| o.id == p.id) {
                let starts_after = |a: &PathwayData, b: &PathwayData| matches!((&a.from, &b.until), (Some(from), Some(until)) if from > until);
                if !(starts_after(p, other) || starts_after(other, p)) {
                    return Err(format!(
                        "{at}: overlaps another version of '{}' in time; give from/until",
                        p.id
                    ));
                }
            }
            // An existing channel has no absent_reason; an absent one must say why.
            if p.exists != p.absent_reason.trim().is_empty() {
                return Err(format!(
                    "{at}.absent_reason: give a reason exactly when exists = false"
                ));
            }
            let conditions = p
                .scope
                .iter()
                .chain(&p.requires)
                .chain(p.alternatives.iter().flat_map(|a| &a.requires));
            for (j, c) in conditions.enumerate() {
                known(&format!("{at}.conditions[{j}].provision"), &c.provision)?;
            }
            for (j, a) in p.alternatives.iter().enumerate() {
                if a.requires.is_empty() {
                    return Err(format!(
                        "{at}.alternatives[{j}].requires: an alternative needs conditions"
                    ));
                }
            }
            for (j, param) in p.parameters.iter().enumerate() {
                known(&format!("{at}.parameters[{j}].provision"), &param.provision)?;
            }
            for (j, a) in p.decided_by.iter().enumerate() {
                if a.name.trim().is_empty() {
                    return Err(format!("{at}.decided_by[{j}].name: must not be empty"));
                }
                known(&format!("{at}.decided_by[{j}].provision"), &a.provision)?;
            }
        }
        Ok(())
    }
}

/// The checks between data files: a profile's reference to another's counting rule or
/// provision (`EU/…`), and a counting rule's to a holiday calendar and its deadline-only days.
/// [`ProfileData::check`] checks each file alone; the build runs this on all of them (after
/// inheritance), and the tests feed it broken data.
///
/// # Errors
/// The first broken reference, as `src/jurisdictions/<code>.toml: <field>: <what is missing>`.
pub fn check_all(
    profiles: &[ProfileData],
    calendars: &[super::super::calendar_model::CalendarData],
) -> Result<(), String> {
    let file = |p: &ProfileData| format!("src/jurisdictions/{}.toml", p.code.to_ascii_lowercase());
    for profile in profiles {
        let calendar = calendars.iter().find(|c| c.code == profile.code);
        for (at, c) in conditions(profile) {
            check_regions(c, calendar).map_err(|e| format!("{}: {at}: {e}", file(profile)))?;
        }
        for (i, t) in profile.time_limits.iter().enumerate() {
            if !t.fixes.is_empty() {
                // The EU's range for the same slot and event: a national figure fixes only the
                // range it stands for.
                let eu = profiles.iter().find(|p| p.code == "EU");
                let fixed = t.fixes.strip_prefix("EU/").and_then(|key| {
                    eu?.time_limits.iter().find(|e| {
                        e.provision == key
                            && e.slot == t.slot
                            && e.event == t.event
                            && e.national_figure_unknown
                    })
                });
                if fixed.is_none() || t.national_figure_unknown || t.period_unknown {
                    return Err(format!(
                        "{}: time_limits[{i}].fixes: '{}' is not an EU range of national figure \
                         unknown in slot '{}' for the same event (write EU/provision), or this \
                         row is no figure",
                        file(profile),
                        t.fixes,
                        t.slot
                    ));
                }
            }
            if let Some((base, rule)) = t.rule.split_once('/') {
                let found = profiles
                    .iter()
                    .any(|p| p.code == base && p.counting_rules.iter().any(|r| r.id == rule));
                if !found {
                    return Err(format!(
                        "{}: time_limits[{i}].rule: no counting rule '{}'",
                        file(profile),
                        t.rule
                    ));
                }
            }
        }
        // Guidance rules may cite a baseline's provision as `EU/key` or `COE/key`.
        for (i, g) in profile.guidance.iter().enumerate() {
            for k in &g.provisions {
                if let Some((base, key)) = k.split_once('/') {
                    let found = profiles
                        .iter()
                        .any(|p| p.code == base && p.provisions.contains_key(key));
                    if !found {
                        return Err(format!(
                            "{}: guidance[{i}].provisions: no provision '{k}'",
                            file(profile)
                        ));
                    }
                }
            }
        }
        for (i, rule) in profile.counting_rules.iter().enumerate() {
            let at = format!("{}: counting_rules[{i}].working_days", file(profile));
            let days = &rule.working_days;
            let Some(code) = &days.calendar else {
                if days.also_non_working.is_empty() {
                    continue;
                }
                return Err(format!(
                    "{at}.also_non_working: needs working_days.calendar"
                ));
            };
            let Some(cal) = calendars.iter().find(|c| &c.code == code) else {
                return Err(format!(
                    "{at}.calendar: no calendar '{code}' in src/calendars"
                ));
            };
            for extra in &days.also_non_working {
                let deadline_day = cal.holidays.iter().any(|h| {
                    &h.id == extra
                        && h.scope == super::super::calendar_model::HolidayScope::Deadlines
                });
                if !deadline_day {
                    return Err(format!(
                        "{at}.also_non_working: '{extra}' is not a deadlines-only day of calendar {code}"
                    ));
                }
            }
        }
    }
    Ok(())
}

/// Every condition of a profile's pathways and time limits, with where it is written.
fn conditions(p: &ProfileData) -> impl Iterator<Item = (String, &ConditionData)> {
    let pathways = p.pathways.iter().enumerate().flat_map(|(i, w)| {
        w.scope
            .iter()
            .chain(&w.requires)
            .chain(w.alternatives.iter().flat_map(|a| &a.requires))
            .enumerate()
            .map(move |(j, c)| (format!("pathways[{i}] ({}).conditions[{j}]", w.id), c))
    });
    let limits = p.time_limits.iter().enumerate().flat_map(|(i, t)| {
        t.requires
            .iter()
            .enumerate()
            .map(move |(j, c)| (format!("time_limits[{i}].requires[{j}]"), c))
    });
    pathways.chain(limits)
}

/// An `in-region` condition names regions, each one the case can give (a region of the
/// jurisdiction's calendar); no other condition names any.
fn check_regions(
    c: &ConditionData,
    calendar: Option<&super::super::calendar_model::CalendarData>,
) -> Result<(), String> {
    if (c.test == Test::InRegion) == c.regions.is_empty() {
        return Err("give regions exactly when the test is in-region".to_owned());
    }
    for r in &c.regions {
        if !calendar.is_some_and(|cal| cal.regions.iter().any(|x| x.code == *r)) {
            return Err(format!(
                "regions: '{r}' is not a region of the jurisdiction's calendar"
            ));
        }
    }
    Ok(())
}
