//! Cross-checks every holiday calendar against the PyPI `holidays` package for 2000–2050.
//!
//! The package is a test oracle, not a legal source. Where our calendar differs from it on
//! purpose, `tests/holidays/*.toml` list the difference with its legal reason; any
//! other difference fails the test, and so does a listed difference that no longer occurs.
//! Only weekdays are compared: a holiday on a Saturday or Sunday changes no count (every
//! counting rule here treats both as non-working days; substitute days are weekdays).
//!
//! The oracle runs in the venv `tools/setup.sh python` makes (`make test` passes its path in
//! `PP_PYTHON`; by default `target/pyvenv/bin/python`).
// Host-only test code: the sort rule of clippy.toml is the wasm's size budget.
#![allow(clippy::disallowed_methods)]

use std::collections::BTreeMap;
use std::process::Command;

use protection_pathways::calendar::{calendars, Date, HolidayCalendar};
use protection_pathways::law::calendar_model::HolidayScope;
use serde::Deserialize;

const FIRST: i16 = 2000;
const LAST: i16 = 2050;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Differences {
    difference: Vec<Difference>,
}

/// One intended difference.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Difference {
    /// `NL`, or a region: `ES-MD`.
    #[serde(default)]
    calendar: String,
    /// Several calendars with the same difference and reason.
    #[serde(default)]
    calendars: Vec<String>,
    /// `ours`: a day only our calendar has; `package`: a day only the package has.
    side: Side,
    /// The years it covers (absent: 2000–2050).
    #[serde(default)]
    years: Option<[i16; 2]>,
    /// Exact dates.
    #[serde(default)]
    dates: Vec<String>,
    /// Every year on this `MM-DD`.
    #[serde(default)]
    month_day: Option<String>,
    /// Our holiday id (side `ours`).
    #[serde(default)]
    holiday: Option<String>,
    /// A part of the package's name for the day (side `package`).
    #[serde(default)]
    package_name: Option<String>,
    /// The legal reason.
    reason: String,
}

#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum Side {
    Ours,
    Package,
}

#[derive(Deserialize)]
struct Oracle {
    version: String,
    calendars: BTreeMap<String, BTreeMap<String, String>>,
}

struct Day {
    date: String,
    name: String,
}

impl Difference {
    fn covers(&self, key: &str, side: Side, day: &Day, our_id: Option<&str>) -> bool {
        let year: i16 = day.date[..4].parse().unwrap_or(0);
        let [a, b] = self.years.unwrap_or([FIRST, LAST]);
        let calendar = self.calendar == key || self.calendars.iter().any(|c| c == key);
        if !calendar || self.side != side || year < a || year > b {
            return false;
        }
        let selectors = usize::from(!self.dates.is_empty())
            + usize::from(self.month_day.is_some())
            + usize::from(self.holiday.is_some())
            + usize::from(self.package_name.is_some());
        if selectors == 0 {
            // A whole span of years: only with `years`, checked in `entries_are_well_formed`.
            return true;
        }
        (self.dates.is_empty() || self.dates.contains(&day.date))
            && self
                .month_day
                .as_ref()
                .is_none_or(|md| day.date[5..] == **md)
            && self
                .holiday
                .as_ref()
                .is_none_or(|id| our_id == Some(id.as_str()))
            && self
                .package_name
                .as_ref()
                .is_none_or(|n| day.name.contains(n.as_str()))
    }
}

/// Every `tests/holidays/*.toml` file's entries.
fn differences() -> Vec<Difference> {
    let mut files: Vec<_> = std::fs::read_dir("tests/holidays")
        .expect("tests/holidays")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut all = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        let d: Differences =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        all.extend(d.difference);
    }
    for (i, x) in all.iter().enumerate() {
        assert!(
            x.reason.trim().len() > 20,
            "difference {i} ({}): give the legal reason",
            x.calendar
        );
        let selectors = usize::from(!x.dates.is_empty())
            + usize::from(x.month_day.is_some())
            + usize::from(x.holiday.is_some())
            + usize::from(x.package_name.is_some());
        assert!(
            selectors > 0 || x.years.is_some(),
            "difference {i} ({}): name the dates, a month-day, a holiday or a package name, or limit it to years",
            x.calendar
        );
        assert!(
            x.holiday.is_none() || x.side == Side::Ours,
            "difference {i}: 'holiday' names our id, so side = \"ours\""
        );
    }
    all
}

fn oracle(keys: &[String]) -> Oracle {
    let python = std::env::var("PP_PYTHON").unwrap_or_else(|_| "target/pyvenv/bin/python".into());
    let out = Command::new(&python)
        .arg("tools/holidays-oracle.py")
        .arg(FIRST.to_string())
        .arg(LAST.to_string())
        .args(keys)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run {python} (run `tools/setup.sh python`, or `make test`): {e}")
        });
    assert!(
        out.status.success(),
        "the oracle failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("oracle JSON")
}

#[test]
fn calendars_agree_with_the_holidays_package_except_where_the_law_differs() {
    let all = calendars().expect("calendars load");
    let mut keys: Vec<(String, Option<String>)> = Vec::new();
    for c in all {
        keys.push((c.code.clone(), None));
        for r in &c.regions {
            keys.push((c.code.clone(), Some(r.code.clone())));
        }
    }
    let names: Vec<String> = keys
        .iter()
        .map(|(c, r)| r.clone().unwrap_or_else(|| c.clone()))
        .collect();
    let oracle = oracle(&names);
    assert_eq!(
        oracle.version, "0.109",
        "the differences were reviewed against 0.109"
    );
    let listed = differences();
    let mut used = vec![false; listed.len()];
    let mut unexplained: Vec<String> = Vec::new();

    for ((code, region), key) in keys.iter().zip(&names) {
        let cal = HolidayCalendar::of(code, region.as_deref(), "c", "r").expect("calendar");
        let mut ours: BTreeMap<String, (String, String)> = BTreeMap::new();
        for year in FIRST..=LAST {
            for h in cal.holidays(year) {
                if h.scope == HolidayScope::Public && h.date.weekday().to_monday_zero_offset() < 5 {
                    ours.entry(h.date.to_string())
                        .or_insert((h.id.clone(), h.name.clone()));
                }
            }
        }
        let theirs = oracle.calendars.get(key).cloned().unwrap_or_default();
        let mut check = |side: Side, day: Day, id: Option<&str>| {
            let mut covered = false;
            for (i, d) in listed.iter().enumerate() {
                if d.covers(key, side, &day, id) {
                    used[i] = true;
                    covered = true;
                }
            }
            if !covered {
                let weekday = Date::parse(&day.date)
                    .map(|d| protection_pathways::calendar::weekday_name(d.weekday()))
                    .unwrap_or("?");
                unexplained.push(format!(
                    "{key}: {} ({weekday}) {} — {}",
                    day.date,
                    match side {
                        Side::Ours => "only in our calendar",
                        Side::Package => "only in the package",
                    },
                    day.name
                ));
            }
        };
        for (date, (id, name)) in &ours {
            if !theirs.contains_key(date) {
                check(
                    Side::Ours,
                    Day {
                        date: date.clone(),
                        name: name.clone(),
                    },
                    Some(id),
                );
            }
        }
        for (date, name) in &theirs {
            if !ours.contains_key(date) {
                check(
                    Side::Package,
                    Day {
                        date: date.clone(),
                        name: name.clone(),
                    },
                    None,
                );
            }
        }
    }
    let stale: Vec<String> = listed
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(d, _)| format!("{} {:?}: {}", d.calendar, d.side, d.reason))
        .collect();
    assert!(
        unexplained.is_empty() && stale.is_empty(),
        "{} unexplained difference(s):\n{}\n\n{} listed difference(s) that no longer occur:\n{}",
        unexplained.len(),
        unexplained.join("\n"),
        stale.len(),
        stale.join("\n")
    );
}
