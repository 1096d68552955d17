//! What the fuzz targets share: raw bytes read as the JSON a caller sends, an arbitrary JSON
//! tree built from the case's own field names (so that generated input reaches past the
//! first unknown field), and the one property every target checks: the engine answers with a
//! result or a coded error, and never panics (a panic aborts the wasm module).

use arbitrary::Arbitrary;
use protection_pathways::input::{json, Value};

/// The bytes as JSON text, if they are UTF-8 and parse (the parser's own errors are fuzzed by
/// the `decode` target).
pub fn json_of(data: &[u8]) -> Option<Value> {
    json::parse(std::str::from_utf8(data).ok()?).ok()
}

/// A coded error names a code that exists and a path; a result is whatever the call returns.
pub fn coded<T>(r: Result<T, protection_pathways::Error>) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(e) => {
            assert!(!e.code().as_str().is_empty(), "an error with no code");
            assert!(
                !e.message().is_empty(),
                "{}: an error with no message",
                e.code().as_str()
            );
            None
        }
    }
}

/// The names the case, the requests and the options use, so that a generated object's keys
/// are mostly real ones.
const KEYS: &[&str] = &[
    "jurisdiction",
    "asOf",
    "region",
    "person",
    "citizenships",
    "stateless",
    "dateOfBirth",
    "claimedAge",
    "ageAssessment",
    "ageDisputed",
    "unaccompanied",
    "gender",
    "identification",
    "stage",
    "referralDate",
    "reasonableGroundsDate",
    "conclusiveDate",
    "exploitation",
    "forms",
    "cooperation",
    "willing",
    "complaintFiled",
    "statementMade",
    "presenceNecessary",
    "tiesSevered",
    "civilClaims",
    "conviction",
    "proceedings",
    "personalSituation",
    "healthNeeds",
    "riskOfReprisals",
    "riskOfRetrafficking",
    "lackOfStateProtection",
    "familyHere",
    "integrated",
    "cannotCooperate",
    "protectionNeeds",
    "fearOfPersecution",
    "persecutionGrounds",
    "seriousHarm",
    "internalRelocationPossible",
    "stay",
    "status",
    "asylum",
    "lodgedDate",
    "registeredDate",
    "procedure",
    "decision",
    "decisionNotifiedDate",
    "dublin",
    "otherStateResponsible",
    "requestDate",
    "acceptanceDate",
    "transferDecisionDate",
    "reflection",
    "startDate",
    "permits",
    "scheme",
    "from",
    "until",
    "min",
    "max",
    "locale",
    "detail",
    "period",
    "kind",
    "rule",
    "workingDays",
    "country",
    "year",
    "timeline",
    "date",
    "id",
    "label",
    "events",
    "uid",
    "__proto__",
    "constructor",
];

/// Values that mean something somewhere in the input.
const STRINGS: &[&str] = &[
    "AT",
    "EU",
    "COE",
    "NL",
    "FR",
    "ES",
    "RS",
    "MD",
    "DE",
    "BE",
    "IT",
    "IE",
    "GB",
    "XX",
    "at",
    "GB-SCT",
    "ES-MD",
    "DE-BY",
    "2026-11-27",
    "2026-02-29",
    "2024-02-29",
    "0000-01-01",
    "9999-12-31",
    "10000-01-01",
    "P1M",
    "P30D",
    "P2W",
    "P1Y",
    "P0D",
    "P999999D",
    "de",
    "sr",
    "sr-Latn",
    "ro",
    "unknown",
    "yes",
    "no",
    "reasonable-grounds",
    "conclusive",
    "referral",
    "asylum-applicant",
    "rejected",
    "regular",
    "dublin",
    "forced-labour",
    "full",
    "decision",
    "states",
    "summary",
    "time-limit",
    "validity",
    "",
    "\u{0}",
    "\u{202e}",
    "\u{fffd}",
];

/// An arbitrary JSON value with the input's own vocabulary.
#[derive(Debug, Arbitrary)]
pub enum Tree {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    Int(i32),
    Known(u8),
    Text(String),
    Array(Vec<Tree>),
    Object(Vec<(u8, Tree)>),
    Field(String, Box<Tree>),
}

impl Tree {
    /// The tree as the engine's input value (depth-capped: deep nesting is its own case).
    pub fn value(&self) -> Value {
        self.at(0)
    }

    fn at(&self, depth: usize) -> Value {
        if depth > 64 {
            return Value::Null;
        }
        match self {
            Tree::Undefined => Value::Undefined,
            Tree::Null => Value::Null,
            Tree::Bool(b) => Value::Bool(*b),
            Tree::Number(n) => Value::Number(*n),
            Tree::Int(n) => Value::Number(f64::from(*n)),
            Tree::Known(i) => Value::String(STRINGS[usize::from(*i) % STRINGS.len()].to_owned()),
            Tree::Text(s) => Value::String(s.clone()),
            Tree::Array(items) => Value::Array(items.iter().map(|t| t.at(depth + 1)).collect()),
            Tree::Object(fields) => Value::Object(
                fields
                    .iter()
                    .map(|(k, t)| {
                        (
                            KEYS[usize::from(*k) % KEYS.len()].to_owned(),
                            t.at(depth + 1),
                        )
                    })
                    .collect(),
            ),
            Tree::Field(k, t) => Value::Object(vec![(k.clone(), t.at(depth + 1))]),
        }
    }
}
