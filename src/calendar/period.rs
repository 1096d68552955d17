//! [`Period`]: a length of time as the law writes it ("30 days", "1 month", "10 working days").
//!
//! Input is an ISO 8601 duration with one unit (`P30D`, `P4W`, `P3M`, `P1Y`) or
//! `{ "workingDays": n }`. Mixed units (`P1M10D`) are refused: the law counts each unit by its
//! own rule, and a mix would force a choice (Reg. 1182/71 art. 3(2)(d)'s 30-day months) that no
//! time limit this engine knows needs.

use std::fmt;

use crate::error::{Coded, ErrorCode};

/// The unit a period is expressed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum PeriodUnit {
    /// Calendar days.
    Days,
    /// Weeks (seven calendar days, ending on the same weekday).
    Weeks,
    /// Calendar months (ending on the same date number, clamped to the month's end).
    Months,
    /// Years (ending on the same date, clamped: 29 February → 28 February).
    Years,
    /// Working days under the applicable rule.
    WorkingDays,
}

/// A positive length of time in one unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    amount: u32,
    unit: PeriodUnit,
}

/// Why a period could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodError {
    /// `InvalidPeriod` for what is not a period we count; `OutOfRange` for one too long.
    pub code: ErrorCode,
    /// A plain explanation.
    pub message: String,
}

const HOW: &str =
    "write it as P30D (days), P4W (weeks), P3M (months), P1Y (years) or { workingDays: 10 }";

impl Period {
    /// A period of `amount` `unit`s.
    ///
    /// # Errors
    /// `InvalidPeriod` for zero; `OutOfRange` beyond a hundred years in any unit.
    pub fn new(amount: u32, unit: PeriodUnit) -> Result<Period, PeriodError> {
        if amount == 0 {
            return Err(PeriodError {
                code: ErrorCode::InvalidPeriod,
                message: "a period must be at least 1 day, week, month or year long".to_owned(),
            });
        }
        let max = match unit {
            PeriodUnit::Days => 36_525,
            PeriodUnit::Weeks => 5_218,
            PeriodUnit::Months => 1_200,
            PeriodUnit::Years => 100,
            PeriodUnit::WorkingDays => 26_100,
        };
        if amount > max {
            return Err(PeriodError {
                code: ErrorCode::OutOfRange,
                message: format!(
                    "periods longer than 100 years are not counted ({amount} {} given)",
                    unit.noun(amount)
                ),
            });
        }
        Ok(Period { amount, unit })
    }

    /// `{ workingDays: n }` as a caller gives it: a number, judged here so that -1, 0 and 1.5
    /// working days get the same codes as "P-1D", "P0D" and "P1.5M".
    ///
    /// # Errors
    /// `InvalidPeriod` for a fraction or a negative number, `OutOfRange` for one too long.
    pub fn working_days(amount: f64) -> Result<Period, PeriodError> {
        let invalid = |message: &str| PeriodError {
            code: ErrorCode::InvalidPeriod,
            message: message.to_owned(),
        };
        if amount.fract() != 0.0 {
            return Err(invalid("give a whole number of working days"));
        }
        if amount < 0.0 {
            return Err(invalid(
                "a period runs forward: give a positive number of working days",
            ));
        }
        if amount > f64::from(u32::MAX) {
            return Err(PeriodError {
                code: ErrorCode::OutOfRange,
                message: "periods longer than 100 years are not counted".to_owned(),
            });
        }
        // Whole, non-negative and within u32, so the cast is exact.
        Period::new(amount as u32, PeriodUnit::WorkingDays)
    }

    /// Reads an ISO 8601 duration with a single unit of days, weeks, months or years.
    ///
    /// # Errors
    /// [`PeriodError`] naming what is wrong: a negative or fractional number, hours or
    /// minutes, mixed units, or anything that is not a duration.
    ///
    /// # Examples
    /// ```
    /// use protection_pathways::calendar::{Period, PeriodUnit};
    /// let p = Period::parse_iso("P3M").unwrap();
    /// assert_eq!((p.amount(), p.unit()), (3, PeriodUnit::Months));
    /// assert!(Period::parse_iso("P-1D").is_err());
    /// assert!(Period::parse_iso("PT5H").is_err());
    /// ```
    pub fn parse_iso(text: &str) -> Result<Period, PeriodError> {
        let invalid = |why: String| PeriodError {
            code: ErrorCode::InvalidPeriod,
            message: why,
        };
        let shown = crate::error::shorten(text);
        let Some(body) = text.strip_prefix('P') else {
            return Err(invalid(format!("\"{shown}\" is not a period: {HOW}")));
        };
        if body.contains('T') {
            return Err(invalid(format!(
                "\"{shown}\" counts hours, minutes or seconds; legal time limits here are counted in days, weeks, months or years"
            )));
        }
        if body.starts_with('-') || body.starts_with('+') {
            return Err(invalid(format!(
                "\"{shown}\" has a sign; a period runs forward and is written without one"
            )));
        }
        if body.contains(['.', ',']) {
            return Err(invalid(format!(
                "\"{shown}\" has a fraction; use whole units (P45D rather than P1.5M)"
            )));
        }
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let (number, rest) = body.split_at(digits);
        let unit = match rest {
            "D" => PeriodUnit::Days,
            "W" => PeriodUnit::Weeks,
            "M" => PeriodUnit::Months,
            "Y" => PeriodUnit::Years,
            _ if number.is_empty() => return Err(invalid(format!("\"{shown}\" is not a period: {HOW}"))),
            // `chars()`, not byte slicing: the text comes from callers and may hold any
            // character after the digits (a pasted non-breaking space, "€"): `r[1..]` once
            // panicked on "P1\u{a0}D" (test `non_ascii_after_the_digits_is_an_error_not_a_panic`).
            r if r.chars().skip(1).any(|c| c.is_ascii_digit()) => {
                return Err(invalid(format!(
                    "\"{shown}\" mixes units; give one unit only (P1M or P40D, not P1M10D), because each unit is counted by its own rule"
                )))
            }
            _ => return Err(invalid(format!("\"{shown}\" is not a period: {HOW}"))),
        };
        if number.is_empty() {
            return Err(invalid(format!("\"{shown}\" has no number: {HOW}")));
        }
        // Leading zeros carry no value ("P0010D" is 10 days). More than nine significant digits
        // cannot be a sensible period; it is reported as too long rather than overflowing.
        let significant = number.trim_start_matches('0');
        let amount = if significant.len() > 9 {
            u32::MAX
        } else {
            significant.parse::<u32>().unwrap_or(0)
        };
        Period::new(amount, unit)
    }

    /// How many units.
    pub fn amount(self) -> u32 {
        self.amount
    }

    /// Which unit.
    pub fn unit(self) -> PeriodUnit {
        self.unit
    }

    /// The length in days where the unit fixes it (days and weeks), for rules that depend on
    /// "a period of two days or more".
    pub fn is_at_least_two_days(self) -> bool {
        match self.unit {
            PeriodUnit::Days | PeriodUnit::WorkingDays => self.amount >= 2,
            PeriodUnit::Weeks | PeriodUnit::Months | PeriodUnit::Years => true,
        }
    }

    /// The ISO 8601 form, or `{workingDays}` text for working days.
    pub fn to_iso(self) -> String {
        match self.unit {
            PeriodUnit::Days => format!("P{}D", self.amount),
            PeriodUnit::Weeks => format!("P{}W", self.amount),
            PeriodUnit::Months => format!("P{}M", self.amount),
            PeriodUnit::Years => format!("P{}Y", self.amount),
            PeriodUnit::WorkingDays => format!("{} working days", self.amount),
        }
    }
}

impl PeriodUnit {
    fn noun(self, n: u32) -> &'static str {
        match (self, n == 1) {
            (PeriodUnit::Days, true) => "day",
            (PeriodUnit::Days, false) => "days",
            (PeriodUnit::Weeks, true) => "week",
            (PeriodUnit::Weeks, false) => "weeks",
            (PeriodUnit::Months, true) => "month",
            (PeriodUnit::Months, false) => "months",
            (PeriodUnit::Years, true) => "year",
            (PeriodUnit::Years, false) => "years",
            (PeriodUnit::WorkingDays, true) => "working day",
            (PeriodUnit::WorkingDays, false) => "working days",
        }
    }
}

impl Period {
    /// The period in words in `locale`: "4 weeks", "10 Arbeitstage".
    pub fn words(self, locale: &str) -> String {
        let unit = match self.unit {
            PeriodUnit::Days => "days",
            PeriodUnit::Weeks => "weeks",
            PeriodUnit::Months => "months",
            PeriodUnit::Years => "years",
            PeriodUnit::WorkingDays => "working-days",
        };
        crate::i18n::tr!(locale, "period-amount", unit = unit, n = self.amount)
    }
}

impl fmt::Display for Period {
    /// "1 month", "10 working days".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.unit.noun(self.amount))
    }
}

impl<'de> serde::Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Period, D::Error> {
        use serde::de::{Error as _, MapAccess};

        struct PeriodVisitor;
        impl<'de> serde::de::Visitor<'de> for PeriodVisitor {
            type Value = Period;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a period such as \"P30D\", \"P1M\" or { workingDays: 10 }")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Period, E> {
                Period::parse_iso(v).map_err(|e| {
                    E::custom(Coded {
                        code: e.code,
                        message: &e.message,
                    })
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Period, A::Error> {
                let mut amount: Option<f64> = None;
                while let Some(key) = map.next_key::<WorkingDaysKey>()? {
                    let WorkingDaysKey = key;
                    if amount.is_some() {
                        return Err(A::Error::duplicate_field("workingDays"));
                    }
                    amount = Some(map.next_value::<f64>()?);
                }
                let amount = amount.ok_or_else(|| A::Error::missing_field("workingDays"))?;
                Period::working_days(amount).map_err(|e| {
                    A::Error::custom(Coded {
                        code: e.code,
                        message: &e.message,
                    })
                })
            }
        }

        struct WorkingDaysKey;
        impl<'de> serde::Deserialize<'de> for WorkingDaysKey {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct KeyVisitor;
                impl serde::de::Visitor<'_> for KeyVisitor {
                    type Value = WorkingDaysKey;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("the field workingDays")
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<WorkingDaysKey, E> {
                        if v == "workingDays" {
                            Ok(WorkingDaysKey)
                        } else {
                            Err(E::unknown_field(v, &["workingDays"]))
                        }
                    }
                }
                d.deserialize_identifier(KeyVisitor)
            }
        }

        deserializer.deserialize_any(PeriodVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn reads_single_unit_durations() {
        for (text, amount, unit) in [
            ("P30D", 30, PeriodUnit::Days),
            ("P4W", 4, PeriodUnit::Weeks),
            ("P1M", 1, PeriodUnit::Months),
            ("P1Y", 1, PeriodUnit::Years),
            ("P0010D", 10, PeriodUnit::Days),
        ] {
            assert_eq!(
                Period::parse_iso(text),
                Ok(Period { amount, unit }),
                "{text}"
            );
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn refuses_what_it_does_not_count() {
        for bad in [
            "P-1D", "P1.5M", "P1,5M", "PT5H", "P1DT2H", "P1M10D", "P", "PD", "30D", "p30d", "P30",
            "P30X", "", "P+1D", "P0D",
        ] {
            let err = Period::parse_iso(bad).expect_err(bad);
            assert_eq!(err.code, ErrorCode::InvalidPeriod, "{bad}: {}", err.message);
        }
        assert_eq!(
            Period::parse_iso("P0000000001D"),
            Ok(Period {
                amount: 1,
                unit: PeriodUnit::Days
            })
        );
        for big in [
            "P101Y",
            "P99999999999999999999D",
            "P1201M",
            "P0004294967296D",
        ] {
            assert_eq!(
                Period::parse_iso(big).map_err(|e| e.code),
                Err(ErrorCode::OutOfRange),
                "{big}"
            );
        }
    }

    /// Regression: a pasted non-breaking space after the digits ("P1\u{a0}D") panicked on a
    /// byte slice (found in the review of the input pipeline).
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn non_ascii_after_the_digits_is_an_error_not_a_panic() {
        for odd in [
            "P1\u{a0}D",
            "P30€",
            "P5日",
            "P1D\u{202e}",
            "P\u{661}D",
            "Pé",
            "P1é2D",
        ] {
            let err = Period::parse_iso(odd).expect_err(odd);
            assert_eq!(err.code, ErrorCode::InvalidPeriod, "{odd}");
        }
    }
}
