//! `fromHTCDS`: one record of IOM's Human Trafficking Case Data Standard, version 2.0, read into
//! a case.
//!
//! The field names and value sets are those of "HTCDS Field Standards 2.0.ods" (UNMigration/HTCDS
//! at 3c2f653; inventoried in `docs/htcds-v2-fields.md`, the mapping and its reasons in
//! `docs/htcds-mapping.md`). A record is an object of HTCDS field names, as the Salesforce package,
//! a JSON export or a CSV row holds it: names match without regard to case and with or without a
//! Salesforce `__c`; picklist values match by value name or label, ignoring case, spaces and
//! punctuation; a multi-select is a list or text joined by `;`. Historic Trafficking Events are
//! the record's own `hte_` fields (one event) and, in JSON, a list `historicTraffickingEvents` of
//! objects with `hte_` fields.
//!
//! Nothing is guessed: a fact the record does not settle is left unknown and listed with the
//! reason; a value outside the standard's value sets is an error naming the field. Every field of
//! the record is accounted for, as used (with the case path it filled) or ignored (with why).

use crate::calendar::Date;
use crate::error::{Error, ErrorCode};
use crate::input::{edit, Value};

/// What `fromHTCDS` was asked: whose law, and for which date.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct HtcdsOptions {
    /// The case's `jurisdiction` (HTCDS does not say whose law applies).
    pub jurisdiction: String,
    /// The case's `region`, where regional rules matter.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub region: Option<String>,
    /// The case's `asOf` (`YYYY-MM-DD`); absent, `assess` takes today.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub as_of: Option<Date>,
}

crate::input::from_value_struct!(HtcdsOptions {
    jurisdiction,
    region,
    as_of
});

/// A record read: the case, and what became of each of its fields.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct HtcdsImport {
    /// The case, ready for `assess`: only what the record says, and the options.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Case"))]
    pub case: Value,
    /// The record's fields that filled the case.
    pub used: Vec<UsedField>,
    /// The record's fields that did not, each with why.
    pub ignored: Vec<IgnoredField>,
    /// Facts of the case the record could not fill, left unknown, each with why.
    pub unknown: Vec<UnfilledFact>,
}

/// A field of the record that filled the case.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct UsedField {
    /// The field as the record spells it (`prs_Birthdate`, `historicTraffickingEvents[1].hte_Date`).
    pub field: String,
    /// The case field it filled (`person.dateOfBirth`).
    pub path: String,
}

/// A field of the record that did not fill the case.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct IgnoredField {
    /// The field as the record spells it.
    pub field: String,
    /// Why, as a stable code: `personal-data` (identifying, contact or address data: never
    /// copied), `free-text`, `no-counterpart` (no fact of the case depends on it), `deprecated`
    /// (in HTCDS 2.0), `not-decisive` (close to a fact of the case, but it does not settle it:
    /// the message says which), `not-htcds` (not a field of HTCDS 2.0).
    pub reason: &'static str,
    /// Why, in words.
    pub message: String,
}

/// A fact of the case that the record could not fill.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct UnfilledFact {
    /// The case field (`identification.stage`).
    pub path: String,
    /// Why it stays unknown, and where it could come from.
    pub message: String,
}

/// How a field that fills the case is read. `Pick`'s table maps HTCDS value names to the case's
/// values (`None`: the value does not settle the fact), and its text says what such a value
/// leaves open.
#[derive(Clone, Copy)]
enum Read {
    Date,
    Countries,
    Pick(
        &'static [(&'static str, Option<&'static str>)],
        &'static str,
    ),
    Forms(&'static [(&'static str, Option<&'static str>)]),
}

/// The fields that fill the case: name, case path (for `hte_` fields: the event's field), how.
const USED: [(&str, &str, Read); 10] = [
    ("prs_Birthdate", "person.dateOfBirth", Read::Date),
    ("prs_Gender", "person.gender", Read::Pick(&GENDER, "")),
    ("prs_Citizenship", "person.citizenships", Read::Countries),
    (
        "vic_TypeOfExploitation",
        "exploitation.forms",
        Read::Forms(&FORMS),
    ),
    (
        "vic_TypeOfSexExploitation",
        "exploitation.forms",
        Read::Forms(&SEX_FORMS),
    ),
    (
        "vic_TraffickingStatus",
        "identification.stage",
        Read::Pick(
            &STATUS,
            "which stage the competent authority's identification reached",
        ),
    ),
    (
        "vic_TraffickingStatusDecisionMakingOrg",
        "identification.by",
        Read::Pick(
            &STATUS_BY,
            "which of the case's bodies identified the person",
        ),
    ),
    ("hte_Type", "kind", Read::Pick(&EVENT_TYPES, "")),
    ("hte_Country", "country", Read::Countries),
    ("hte_Date", "date", Read::Date),
];

/// Older spellings that hold the same field: v0.x's `prs_Nationality`, and the v2.0 Excel
/// templates' hidden header `vic_TraffickinStatusDecisionMakingOrg`.
const ALIASES: [(&str, &str); 2] = [
    ("prs_Nationality", "prs_Citizenship"),
    (
        "vic_TraffickinStatusDecisionMakingOrg",
        "vic_TraffickingStatusDecisionMakingOrg",
    ),
];

/// The other fields of HTCDS 2.0, by why they fill nothing.
const IGNORED: [(&str, &str, &str); 4] = [
    (
        "personal-data",
        "identifying, contact or address data: a case holds none, so it is not copied",
        "prs_Salutation prs_FirstName prs_MiddleName prs_SecondName prs_IdentityNumber prs_Title \
         prs_Email prs_HomePhone prs_MobilePhone prs_MailingCity prs_MailingState \
         prs_MailingStreet prs_MailingPostalCode prs_MailingLongitude prs_MailingLatitude \
         hte_City hte_State hte_Street hte_PostalCode hte_Longitude hte_Latitude cas_CaseOwner \
         cas_ReferringPrimaryCaseWorker cas_ReferredPrimaryCaseWorker",
    ),
    (
        "free-text",
        "free text: the engine reads no free text",
        "hte_Description cco_CaseComment cas_ReasonForCaseClosure cas_IncomingReferralDetails \
         cas_OutgoingReferralDetails per_RoleDetails spl_Objectives spl_ActionPlan",
    ),
    (
        "deprecated",
        "deprecated in HTCDS 2.0",
        "vic_AgreementToManagePersonalData vic_Vulnerabilities vic_DetailsOfVulnerabilities",
    ),
    (
        "no-counterpart",
        "no fact of the case depends on it",
        "org_Name org_ShippingCity org_ShippingCountry org_ShippingState org_ShippingStreet \
         org_ShippingPostalCode org_ShippingLongitude org_ShippingLatitude org_Phone org_Type \
         prs_Deceased prs_MaritalStatus prs_NumberOfChildren prs_PrimaryLanguage \
         prs_SecondaryLanguage prs_HighestLevelOfEducation vic_RelationshipToTrafficker \
         vic_RecruitmentWebsitesAndApps vic_MethodOfRecruitment vic_MethodsOfControl \
         vic_ExploitationWebsitesAndApps per_RoleInProcess per_Organisation cas_Status \
         cas_ReferringOrganisation cas_ReasonForIncomingReferral cas_ReferredOrganisation \
         cas_ReasonForOutgoingReferral spl_PlannedEndDate spl_ActualEndDate spl_Type con_Consent",
    ),
];

/// Fields close to a fact of the case that do not settle it, each with why.
const NOT_DECISIVE: [(&str, &str); 7] = [
    (
        "prs_MailingCountry",
        "a mailing address does not decide whose law applies: the jurisdiction is the caller's",
    ),
    (
        "vic_AgeWhenTrafficked",
        "the age when first trafficked: the law asks the age now (from prs_Birthdate)",
    ),
    (
        "vic_ForcedLabourIndustry",
        "the sector of forced labour: the form comes from vic_TypeOfExploitation",
    ),
    (
        "vic_LocationOfRecruitment",
        "a link to an organisation record: the country comes from hte_Country",
    ),
    (
        "vic_LocationOfExploitation",
        "a link to an organisation record: the country comes from hte_Country",
    ),
    (
        "cas_IncomingReferralDate",
        "the day an organisation accepted a referral from another, not a referral to the \
         competent authority (identification.referralDate)",
    ),
    (
        "cas_OutgoingReferralDate",
        "a referral to another organisation, which may or may not be the competent authority: \
         set identification.referralDate if it was",
    ),
];

/// The list HTCDS's events come in, in a JSON record.
const EVENTS: &str = "historicTraffickingEvents";

/// `Forced labour`, `ForcedLabour` and ` forced-labour ` alike: letters and digits, lower case.
fn folded(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// What a field of the record is: one of [`USED`], or ignored with a reason and a message.
enum Known {
    Used(&'static str, Read),
    Ignored(&'static str, &'static str),
}

fn known(name: &str) -> Option<Known> {
    let name = name.strip_suffix("__c").unwrap_or(name);
    let same = |n: &str| n.eq_ignore_ascii_case(name);
    let name = ALIASES
        .iter()
        .find(|(a, _)| same(a))
        .map_or(name, |(_, n)| n);
    let same = |n: &str| n.eq_ignore_ascii_case(name);
    if let Some((_, path, how)) = USED.iter().find(|(n, _, _)| same(n)) {
        return Some(Known::Used(path, *how));
    }
    if let Some((_, why)) = NOT_DECISIVE.iter().find(|(n, _)| same(n)) {
        return Some(Known::Ignored("not-decisive", why));
    }
    IGNORED
        .iter()
        .find(|(_, _, names)| names.split_whitespace().any(same))
        .map(|(code, why, _)| Known::Ignored(code, why))
}

/// The record's values of one field: a list, or text joined by `;`; empty ones dropped.
fn items<'v>(field: &str, value: &'v Value) -> Result<Vec<&'v str>, Error> {
    let text = |v: &'v Value| match v {
        Value::String(s) => Ok(s.as_str()),
        other => Err(Error::new(
            ErrorCode::WrongType,
            field,
            format!("{field} holds text, not {}", other.describe()),
        )),
    };
    let mut out = Vec::new();
    match value {
        Value::Array(list) => {
            for v in list {
                out.push(text(v)?);
            }
        }
        v => out.extend(text(v)?.split(';')),
    }
    // Trim spaces and the no-break spaces of HTCDS's own labels.
    Ok(out
        .into_iter()
        .map(|s| s.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}'))
        .filter(|s| !s.is_empty())
        .collect())
}

/// `value`'s one picklist value, looked up in `table` (HTCDS value name → case value, `None`
/// for a value the case cannot hold).
fn pick(
    field: &str,
    value: &str,
    table: &[(&'static str, Option<&'static str>)],
) -> Result<(&'static str, Option<&'static str>), Error> {
    let key = folded(value);
    table
        .iter()
        .find(|(n, _)| folded(n) == key)
        .copied()
        .ok_or_else(|| {
            let names: Vec<&str> = table.iter().map(|(n, _)| *n).collect();
            Error::new(
                ErrorCode::UnknownValue,
                field,
                format!(
                    "{field}: \"{}\" is not a value of HTCDS 2.0; it takes {}",
                    crate::error::shorten(value),
                    names.join(", ")
                ),
            )
        })
}

const GENDER: [(&str, Option<&str>); 11] = [
    ("Feminine", Some("female")),
    ("Masculine", Some("male")),
    ("TransgenderFeminine", Some("transgender-non-conforming")),
    ("TransgenderMasculine", Some("transgender-non-conforming")),
    ("NonConforming", Some("transgender-non-conforming")),
    ("NonSpecifiedUnknown", Some("unknown")),
    // The standard's label for it, which its name does not spell.
    ("Not Specified/Unknown", Some("unknown")),
    // HTCDS 0.x, still in older records.
    ("Female", Some("female")),
    ("Male", Some("male")),
    (
        "Transgender/NonConforming",
        Some("transgender-non-conforming"),
    ),
    ("Unknown", Some("unknown")),
];

/// HTCDS 2.0 forms → the Directive's (art. 2(3) of Directive 2011/36/EU as amended by
/// 2024/1712). `None`: HTCDS's value does not tell which of the Directive's forms it is.
const FORMS: [(&str, Option<&str>); 11] = [
    ("ForcedLabour", Some("forced-labour")),
    ("SexualExploitation", Some("sexual")),
    ("ChildLabour", None),
    ("ForcedMarriage", Some("forced-marriage")),
    ("Servitude", Some("servitude")),
    ("ForcedMilitaryByNonStateActors", None),
    ("OrganRemoval", Some("organ-removal")),
    // Art. 2(3): "forced labour or services, including begging".
    ("ForcedBegging", Some("forced-labour")),
    ("ForcedAdoption", None),
    ("Surrogacy", Some("surrogacy")),
    ("Other", Some("other")),
];

const SEX_FORMS: [(&str, Option<&str>); 4] = [
    ("Prostitution", Some("sexual")),
    ("Pornography", Some("sexual")),
    ("RemoteInteractiveServices", Some("sexual")),
    ("PrivateSexualServices", Some("sexual")),
];

/// HTCDS Field Definitions, "Trafficking Status": "Possible victim" is used "when there are
/// indicators of trafficking but when it hasn't been possible to formally verify".
const STATUS: [(&str, Option<&str>); 3] = [
    ("PossibleVictimOfTrafficking", Some("indicators")),
    ("ActualVictimOfTrafficking", None),
    ("NotAVictimOfTrafficking", None),
];

const STATUS_BY: [(&str, Option<&str>); 5] = [
    ("Police", Some("police")),
    ("NGO", Some("ngo")),
    ("CourtOrProsecution", None),
    ("NonPoliceGovernmentalOrganization", None),
    ("Other", Some("other")),
];

const EVENT_TYPES: [(&str, Option<&str>); 3] = [
    ("Recruitment", Some("recruitment")),
    ("Transit", Some("transit")),
    ("Exploitation", Some("exploitation")),
];

/// The facts no field of HTCDS 2.0 records.
const NEVER_IN_HTCDS: &str = "identification.referralDate identification.reasonableGroundsDate \
    identification.conclusiveDate stay cooperation reflection personalSituation protectionNeeds \
    dublin permits";

struct Reading {
    case: Value,
    used: Vec<UsedField>,
    ignored: Vec<IgnoredField>,
    unknown: Vec<UnfilledFact>,
    forms: Vec<Value>,
    events: Vec<Value>,
    /// The record says "not a victim of trafficking": nobody identified the person as one.
    not_a_victim: bool,
}

impl Reading {
    fn unknown(&mut self, path: &str, message: String) {
        self.unknown.push(UnfilledFact {
            path: path.to_owned(),
            message,
        });
    }

    /// One field of the record (or of one of its events: `event` is the event's index). A field
    /// that filled nothing is listed as ignored (`not-decisive`), with the reason it gave.
    /// `spelt` is how a message names it (`historicTraffickingEvents[0].hte_Date`), `name` the
    /// field's own name.
    fn field(
        &mut self,
        spelt: &str,
        name: &str,
        value: &Value,
        event: Option<usize>,
    ) -> Result<(), Error> {
        let said = self.used.len() + self.ignored.len();
        let unsettled = self.unknown.len();
        self.read_field(spelt, name, value, event)?;
        if self.used.len() + self.ignored.len() == said && self.unknown.len() > unsettled {
            if let Some(last) = self.unknown.last() {
                self.ignored.push(IgnoredField {
                    field: spelt.to_owned(),
                    reason: "not-decisive",
                    message: last.message.clone(),
                });
            }
        }
        Ok(())
    }

    fn read_field(
        &mut self,
        spelt: &str,
        name: &str,
        value: &Value,
        event: Option<usize>,
    ) -> Result<(), Error> {
        if matches!(value, Value::Null | Value::Undefined)
            || matches!(value, Value::String(s) if s.trim().is_empty())
        {
            return Ok(());
        }
        let known = known(name);
        let Some(Known::Used(leaf, how)) = known else {
            let (reason, message) = match known {
                Some(Known::Ignored(reason, message)) => (reason, message),
                _ => ("not-htcds", "not a field of HTCDS 2.0"),
            };
            self.ignore(spelt, reason, message);
            return Ok(());
        };
        let is_event = name.len() > 4 && name[..4].eq_ignore_ascii_case("hte_");
        if event.is_some() && !is_event {
            self.ignore(
                spelt,
                "not-htcds",
                "not a field of a Historic Trafficking Event",
            );
            return Ok(());
        }
        let at = event.map_or(0, |i| i + 1);
        let path = if is_event {
            format!("traffickingEvents[{at}].{leaf}")
        } else {
            leaf.to_owned()
        };
        // hte_Country is free text in HTCDS 2.0: read whole, never split on ';'.
        let values = match (how, is_event, value) {
            (Read::Countries, true, Value::String(t)) => {
                let t = t.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}');
                if t.is_empty() {
                    Vec::new()
                } else {
                    vec![t]
                }
            }
            _ => items(spelt, value)?,
        };
        let many = matches!(how, Read::Forms(_)) || (matches!(how, Read::Countries) && !is_event);
        if values.len() > 1 && !many {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                spelt,
                format!("{spelt} takes one value, not {}", values.len()),
            ));
        }
        let mut got = Vec::new();
        for v in values {
            let unsettled = match how {
                Read::Date => {
                    let d = Date::parse(v)
                        .map_err(|e| Error::new(e.code, spelt, format!("{spelt}: {}", e.message)))?;
                    got.push(Value::String(d.to_string()));
                    continue;
                }
                Read::Countries => {
                    // In free text only an upper-case code is a code ("no" is not Norway), and
                    // "NA" may be Namibia or "not available".
                    let upper = if is_event { v.to_owned() } else { v.to_ascii_uppercase() };
                    if super::country::is_country(&upper) && !(is_event && upper == "NA") {
                        got.push(Value::String(upper));
                        continue;
                    }
                    // A picklist of codes may hold the three-letter form (HTCDS: "two-letter
                    // country codes optional"); free text is not read for it ("AND" is Andorra).
                    if let Some(two) = super::country::from_alpha3(&upper).filter(|_| !is_event) {
                        got.push(Value::String(two.to_owned()));
                        continue;
                    }
                    let message = if is_event {
                        format!(
                            "{spelt}: \"{}\" is not read as a country: in this free-text field only an upper-case two-letter ISO 3166-1 code is",
                            crate::error::shorten(v)
                        )
                    } else {
                        format!(
                            "{spelt}: \"{}\" is not an ISO 3166-1 country code (two or three letters)",
                            crate::error::shorten(v)
                        )
                    };
                    // HTCDS 2.0 types hte_Country as free text: not an error there.
                    if !is_event {
                        return Err(Error::new(ErrorCode::UnknownValue, spelt, message));
                    }
                    message
                }
                Read::Pick(table, _) | Read::Forms(table) => match pick(spelt, v, table)? {
                    ("NotAVictimOfTrafficking", None) => {
                        self.not_a_victim = true;
                        format!("{spelt} \"NotAVictimOfTrafficking\": a negative decision is not a stage the case records")
                    }
                    (_, Some(to)) => {
                        got.push(Value::String(to.to_owned()));
                        continue;
                    }
                    (htcds, None) => format!(
                        "{spelt} \"{htcds}\" does not say {}: add it to the case",
                        match how {
                            Read::Pick(_, what) => what,
                            _ => "which form of exploitation of art. 2(3) of Directive 2011/36/EU it is",
                        }
                    ),
                },
            };
            self.unknown(&path, unsettled);
        }
        if got.is_empty() {
            return Ok(());
        }
        self.used.push(UsedField {
            field: spelt.to_owned(),
            path: path.clone(),
        });
        if matches!(how, Read::Forms(_)) {
            for form in got {
                if !self.forms.contains(&form) {
                    self.forms.push(form);
                }
            }
            return Ok(());
        }
        let before = if is_event {
            self.events.get(at).and_then(|e| e.get(leaf)).cloned()
        } else {
            edit::get(&self.case, &path).cloned()
        };
        let value = if many {
            // A multi-select given twice (prs_Citizenship and prs_Nationality): both count.
            let mut once = match before {
                Some(Value::Array(earlier)) => earlier,
                _ => Vec::new(),
            };
            for v in got {
                if !once.contains(&v) {
                    once.push(v);
                }
            }
            Value::Array(once)
        } else if before.is_some() {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                spelt,
                format!("{spelt}: the record gives {path} twice (under two spellings of the field): keep one"),
            ));
        } else {
            got.swap_remove(0)
        };
        if is_event {
            self.event(at, leaf, value);
        } else {
            edit::set(&mut self.case, &path, Some(value));
        }
        Ok(())
    }

    fn ignore(&mut self, field: &str, reason: &'static str, message: &str) {
        self.ignored.push(IgnoredField {
            field: field.to_owned(),
            reason,
            message: message.to_owned(),
        });
    }

    /// Sets `leaf` of event `at` (0: the record's own `hte_` fields; i + 1: its list's item i).
    fn event(&mut self, at: usize, leaf: &str, value: Value) {
        while self.events.len() <= at {
            self.events.push(Value::Object(Vec::new()));
        }
        edit::set(&mut self.events[at], leaf, Some(value));
    }
}

/// Reads one HTCDS 2.0 record into a case for `options.jurisdiction`.
///
/// # Errors
/// `wrong_type` for a record that is not an object or a field of the wrong kind,
/// `unknown_value` for a value outside HTCDS's value set (or a citizenship that is not a country
/// code), `invalid_date` for a date that is not `YYYY-MM-DD` or does not exist, `invalid_value`
/// for two values in a single-value field: each with the field's name as its `path`. `assess`
/// checks the case itself (a jurisdiction with no profile, a birth after `asOf`, …).
pub fn from_htcds(record: &Value, options: &HtcdsOptions) -> Result<HtcdsImport, Error> {
    let Value::Object(fields) = record else {
        return Err(Error::new(
            ErrorCode::WrongType,
            "",
            format!("an HTCDS record is an object, not {}", record.describe()),
        ));
    };
    let mut r = Reading {
        case: Value::Object(vec![(
            "jurisdiction".into(),
            Value::String(options.jurisdiction.clone()),
        )]),
        used: Vec::new(),
        ignored: Vec::new(),
        unknown: Vec::new(),
        forms: Vec::new(),
        events: Vec::new(),
        not_a_victim: false,
    };
    if let Some(region) = &options.region {
        edit::set(&mut r.case, "region", Some(Value::String(region.clone())));
    }
    if let Some(as_of) = options.as_of {
        edit::set(&mut r.case, "asOf", Some(Value::String(as_of.to_string())));
    }
    for (name, value) in fields {
        if name != EVENTS {
            r.field(name, name, value, None)?;
            continue;
        }
        let Value::Array(events) = value else {
            return Err(Error::new(
                ErrorCode::WrongType,
                EVENTS,
                format!("{EVENTS} is a list, not {}", value.describe()),
            ));
        };
        for (i, event) in events.iter().enumerate() {
            let at = format!("{EVENTS}[{i}]");
            let Value::Object(event) = event else {
                return Err(Error::new(
                    ErrorCode::WrongType,
                    at,
                    "a Historic Trafficking Event is an object of hte_ fields",
                ));
            };
            for (name, value) in event {
                r.field(&format!("{at}.{name}"), name, value, Some(i))?;
            }
        }
    }
    finish(r)
}

/// Puts the forms and events into the case, and lists what stays unknown. The case holds only
/// values of its own value sets (tests/native/htcds.rs assesses what it gives).
fn finish(mut r: Reading) -> Result<HtcdsImport, Error> {
    if !r.forms.is_empty() {
        let forms = std::mem::take(&mut r.forms);
        edit::set(&mut r.case, "exploitation.forms", Some(Value::Array(forms)));
    }
    // Events with no field the case holds are dropped. Paths are renumbered in one pass (old
    // index → new), so that a dropped event's facts never land on a later one; a dropped event's
    // unknown facts are said of the list.
    let mut kept = Vec::new();
    let mut renumber: Vec<Option<usize>> = Vec::new();
    for event in std::mem::take(&mut r.events) {
        if matches!(&event, Value::Object(f) if !f.is_empty()) {
            renumber.push(Some(kept.len()));
            kept.push(event);
        } else {
            renumber.push(None);
        }
    }
    for p in r
        .used
        .iter_mut()
        .map(|u| &mut u.path)
        .chain(r.unknown.iter_mut().map(|u| &mut u.path))
    {
        let Some((i, leaf)) = p
            .strip_prefix("traffickingEvents[")
            .and_then(|rest| rest.split_once("]."))
        else {
            continue;
        };
        let Ok(i) = i.parse::<usize>() else {
            continue;
        };
        *p = match renumber.get(i).copied().flatten() {
            Some(to) => format!("traffickingEvents[{to}].{leaf}"),
            None => "traffickingEvents".to_owned(),
        };
    }
    if !kept.is_empty() {
        edit::set(&mut r.case, "traffickingEvents", Some(Value::Array(kept)));
    }
    if r.not_a_victim && edit::get(&r.case, "identification.by").is_some() {
        // Who decided that the person is not a victim did not identify them as one.
        edit::set(&mut r.case, "identification.by", None);
        if let Some(i) = r.used.iter().position(|u| u.path == "identification.by") {
            let u = r.used.remove(i);
            r.ignored.push(IgnoredField {
                field: u.field,
                reason: "not-decisive",
                message:
                    "the body that found the person not to be a victim did not identify them as one"
                        .to_owned(),
            });
        }
    }
    for (path, field) in [
        ("person.dateOfBirth", "prs_Birthdate"),
        ("person.citizenships", "prs_Citizenship"),
        ("identification.stage", "vic_TraffickingStatus"),
    ] {
        let said =
            r.used.iter().any(|u| u.path == path) || r.unknown.iter().any(|u| u.path == path);
        if !said {
            r.unknown(path, format!("the record has no {field}"));
        }
    }
    for path in NEVER_IN_HTCDS.split_whitespace() {
        r.unknown(path, "HTCDS 2.0 has no field for it".to_owned());
    }
    Ok(HtcdsImport {
        case: r.case,
        used: r.used,
        ignored: r.ignored,
        unknown: r.unknown,
    })
}

/// The JSON Schema (draft 2020-12) of an HTCDS 2.0 record as `fromHTCDS` reads it: every field of
/// the standard, the value sets of the fields that fill the case (names; labels are read too), and
/// the events list. Other fields are allowed (they are reported as `not-htcds`), as in a host's
/// export.
pub fn htcds_schema() -> String {
    // The tables hold ASCII letters, digits, spaces and '/' only (a test reads the result back).
    let quoted = |s: &str| format!("\"{s}\"");
    let mut props: Vec<String> = Vec::new();
    let mut event_props: Vec<String> = Vec::new();
    for (name, path, how) in USED {
        let one = match how {
            Read::Date => r#"{"type":"string","format":"date"}"#.to_owned(),
            // The citizenship picklist reads ISO 3166-1 alpha-2 or alpha-3; free text two letters.
            Read::Countries if name.starts_with("hte_") => {
                r#"{"type":"string","pattern":"^[A-Za-z]{2}$"}"#.to_owned()
            }
            Read::Countries => r#"{"type":"string","pattern":"^[A-Za-z]{2,3}$"}"#.to_owned(),
            Read::Pick(table, _) | Read::Forms(table) => format!(
                r#"{{"type":"string","enum":[{}]}}"#,
                table
                    .iter()
                    .map(|(n, _)| quoted(n))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        };
        let many = matches!(how, Read::Forms(_))
            || (matches!(how, Read::Countries) && !name.starts_with("hte_"));
        let schema = if many {
            format!(
                r#"{{"description":"fills {path}; a list, or text joined by ';'","anyOf":[{one},{{"type":"array","items":{one}}},{{"type":"string"}}]}}"#
            )
        } else {
            format!(r#"{{"description":"fills {path}",{}"#, &one[1..])
        };
        let entry = format!("{}:{schema}", quoted(name));
        if name.starts_with("hte_") {
            event_props.push(entry.clone());
        }
        props.push(entry);
    }
    for (code, why, names) in IGNORED {
        for name in names.split_whitespace() {
            let entry = format!(
                r#"{}:{{"description":"not read ({code}): {}"}}"#,
                quoted(name),
                why.replace('"', "'")
            );
            if name.starts_with("hte_") {
                event_props.push(entry.clone());
            }
            props.push(entry);
        }
    }
    for (name, why) in NOT_DECISIVE {
        props.push(format!(
            r#"{}:{{"description":"not read (not-decisive): {}"}}"#,
            quoted(name),
            why.replace('"', "'")
        ));
    }
    props.push(format!(
        r#"{}:{{"description":"Historic Trafficking Events, each an object of hte_ fields","type":"array","items":{{"type":"object","properties":{{{}}}}}}}"#,
        quoted(EVENTS),
        event_props.join(",")
    ));
    format!(
        r#"{{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"HTCDS 2.0 record (fromHTCDS)","description":"One record of IOM's Human Trafficking Case Data Standard 2.0 (HTCDS Field Standards 2.0.ods, UNMigration/HTCDS at 3c2f653). Field names match in any case and with or without '__c'; picklist values by name or label.","type":"object","properties":{{{}}}}}"#,
        props.join(",")
    )
}
