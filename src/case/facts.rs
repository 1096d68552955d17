//! The paths of the case's facts, as the engine names them to the user (`factsToEstablish`,
//! reasons, questions): written once, and each held to `caseSchema()` by a test, so a renamed
//! field cannot leave a test, a question or a timeline entry naming a field that is gone.

/// `person.ageAssessment`
pub const PERSON_AGE_ASSESSMENT: &str = "person.ageAssessment";
/// `person.ageDisputed`
pub const PERSON_AGE_DISPUTED: &str = "person.ageDisputed";
/// `person.citizenships`
pub const PERSON_CITIZENSHIPS: &str = "person.citizenships";
/// `person.claimedAge`
pub const PERSON_CLAIMED_AGE: &str = "person.claimedAge";
/// `person.dateOfBirth`
pub const PERSON_DATE_OF_BIRTH: &str = "person.dateOfBirth";
/// `person.stateless`
pub const PERSON_STATELESS: &str = "person.stateless";
/// `person.unaccompanied`
pub const PERSON_UNACCOMPANIED: &str = "person.unaccompanied";
/// `identification.referralDate`
pub const IDENTIFICATION_REFERRAL_DATE: &str = "identification.referralDate";
/// `identification.stage`
pub const IDENTIFICATION_STAGE: &str = "identification.stage";
/// `exploitation.forms`
pub const EXPLOITATION_FORMS: &str = "exploitation.forms";
/// `cooperation.civilClaims`
pub const COOPERATION_CIVIL_CLAIMS: &str = "cooperation.civilClaims";
/// `cooperation.complaintFiled`
pub const COOPERATION_COMPLAINT_FILED: &str = "cooperation.complaintFiled";
/// `cooperation.conviction`
pub const COOPERATION_CONVICTION: &str = "cooperation.conviction";
/// `cooperation.convictionDate`
pub const COOPERATION_CONVICTION_DATE: &str = "cooperation.convictionDate";
/// `cooperation.presenceNecessary`
pub const COOPERATION_PRESENCE_NECESSARY: &str = "cooperation.presenceNecessary";
/// `cooperation.proceedings`
pub const COOPERATION_PROCEEDINGS: &str = "cooperation.proceedings";
/// `cooperation.statementMade`
pub const COOPERATION_STATEMENT_MADE: &str = "cooperation.statementMade";
/// `cooperation.tiesSevered`
pub const COOPERATION_TIES_SEVERED: &str = "cooperation.tiesSevered";
/// `cooperation.willing`
pub const COOPERATION_WILLING: &str = "cooperation.willing";
/// `personalSituation.cannotCooperate`
pub const PERSONAL_SITUATION_CANNOT_COOPERATE: &str = "personalSituation.cannotCooperate";
/// `personalSituation.exitProstitutionPathway`
pub const PERSONAL_SITUATION_EXIT_PROSTITUTION_PATHWAY: &str =
    "personalSituation.exitProstitutionPathway";
/// `personalSituation.familyHere`
pub const PERSONAL_SITUATION_FAMILY_HERE: &str = "personalSituation.familyHere";
/// `personalSituation.healthNeeds`
pub const PERSONAL_SITUATION_HEALTH_NEEDS: &str = "personalSituation.healthNeeds";
/// `personalSituation.integrated`
pub const PERSONAL_SITUATION_INTEGRATED: &str = "personalSituation.integrated";
/// `personalSituation.lackOfStateProtection`
pub const PERSONAL_SITUATION_LACK_OF_STATE_PROTECTION: &str =
    "personalSituation.lackOfStateProtection";
/// `personalSituation.returnRiskAssessed`
pub const PERSONAL_SITUATION_RETURN_RISK_ASSESSED: &str = "personalSituation.returnRiskAssessed";
/// `personalSituation.riskOfReprisals`
pub const PERSONAL_SITUATION_RISK_OF_REPRISALS: &str = "personalSituation.riskOfReprisals";
/// `personalSituation.riskOfRetrafficking`
pub const PERSONAL_SITUATION_RISK_OF_RETRAFFICKING: &str = "personalSituation.riskOfRetrafficking";
/// `personalSituation.violenceProtectionOrder`
pub const PERSONAL_SITUATION_VIOLENCE_PROTECTION_ORDER: &str =
    "personalSituation.violenceProtectionOrder";
/// `protectionNeeds.fearOfPersecution`
pub const PROTECTION_NEEDS_FEAR_OF_PERSECUTION: &str = "protectionNeeds.fearOfPersecution";
/// `protectionNeeds.internalRelocationPossible`
pub const PROTECTION_NEEDS_INTERNAL_RELOCATION_POSSIBLE: &str =
    "protectionNeeds.internalRelocationPossible";
/// `protectionNeeds.persecutionGrounds`
pub const PROTECTION_NEEDS_PERSECUTION_GROUNDS: &str = "protectionNeeds.persecutionGrounds";
/// `protectionNeeds.seriousHarm`
pub const PROTECTION_NEEDS_SERIOUS_HARM: &str = "protectionNeeds.seriousHarm";
/// `stay.asylum.decision`
pub const STAY_ASYLUM_DECISION: &str = "stay.asylum.decision";
/// `stay.asylum.decisionNotifiedDate`
pub const STAY_ASYLUM_DECISION_NOTIFIED_DATE: &str = "stay.asylum.decisionNotifiedDate";
/// `stay.asylum.lodgedDate`
pub const STAY_ASYLUM_LODGED_DATE: &str = "stay.asylum.lodgedDate";
/// `stay.asylum.procedure`
pub const STAY_ASYLUM_PROCEDURE: &str = "stay.asylum.procedure";
/// `stay.asylum.registeredDate`
pub const STAY_ASYLUM_REGISTERED_DATE: &str = "stay.asylum.registeredDate";
/// `stay.status`
pub const STAY_STATUS: &str = "stay.status";
/// `dublin.acceptanceDate`
pub const DUBLIN_ACCEPTANCE_DATE: &str = "dublin.acceptanceDate";
/// `dublin.otherStateResponsible`
pub const DUBLIN_OTHER_STATE_RESPONSIBLE: &str = "dublin.otherStateResponsible";
/// `dublin.requestDate`
pub const DUBLIN_REQUEST_DATE: &str = "dublin.requestDate";
/// `dublin.transferDecisionDate`
pub const DUBLIN_TRANSFER_DECISION_DATE: &str = "dublin.transferDecisionDate";
/// `reflection.consent`
pub const REFLECTION_CONSENT: &str = "reflection.consent";
/// `reflection.startDate`
pub const REFLECTION_START_DATE: &str = "reflection.startDate";
/// `permits`
pub const PERMITS: &str = "permits";
/// `asOf`
pub const AS_OF: &str = "asOf";
/// `region`
pub const REGION: &str = "region";

/// Every path above.
pub const ALL: &[&str] = &[
    PERSON_AGE_ASSESSMENT,
    PERSON_AGE_DISPUTED,
    PERSON_CITIZENSHIPS,
    PERSON_CLAIMED_AGE,
    PERSON_DATE_OF_BIRTH,
    PERSON_STATELESS,
    PERSON_UNACCOMPANIED,
    IDENTIFICATION_REFERRAL_DATE,
    IDENTIFICATION_STAGE,
    EXPLOITATION_FORMS,
    COOPERATION_CIVIL_CLAIMS,
    COOPERATION_COMPLAINT_FILED,
    COOPERATION_CONVICTION,
    COOPERATION_CONVICTION_DATE,
    COOPERATION_PRESENCE_NECESSARY,
    COOPERATION_PROCEEDINGS,
    COOPERATION_STATEMENT_MADE,
    COOPERATION_TIES_SEVERED,
    COOPERATION_WILLING,
    PERSONAL_SITUATION_CANNOT_COOPERATE,
    PERSONAL_SITUATION_EXIT_PROSTITUTION_PATHWAY,
    PERSONAL_SITUATION_FAMILY_HERE,
    PERSONAL_SITUATION_HEALTH_NEEDS,
    PERSONAL_SITUATION_INTEGRATED,
    PERSONAL_SITUATION_LACK_OF_STATE_PROTECTION,
    PERSONAL_SITUATION_RETURN_RISK_ASSESSED,
    PERSONAL_SITUATION_RISK_OF_REPRISALS,
    PERSONAL_SITUATION_RISK_OF_RETRAFFICKING,
    PERSONAL_SITUATION_VIOLENCE_PROTECTION_ORDER,
    PROTECTION_NEEDS_FEAR_OF_PERSECUTION,
    PROTECTION_NEEDS_INTERNAL_RELOCATION_POSSIBLE,
    PROTECTION_NEEDS_PERSECUTION_GROUNDS,
    PROTECTION_NEEDS_SERIOUS_HARM,
    STAY_ASYLUM_DECISION,
    STAY_ASYLUM_DECISION_NOTIFIED_DATE,
    STAY_ASYLUM_LODGED_DATE,
    STAY_ASYLUM_PROCEDURE,
    STAY_ASYLUM_REGISTERED_DATE,
    STAY_STATUS,
    DUBLIN_ACCEPTANCE_DATE,
    DUBLIN_OTHER_STATE_RESPONSIBLE,
    DUBLIN_REQUEST_DATE,
    DUBLIN_TRANSFER_DECISION_DATE,
    REFLECTION_CONSENT,
    REFLECTION_START_DATE,
    PERMITS,
    AS_OF,
    REGION,
];

#[cfg(test)]
mod tests {
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn every_fact_path_is_a_field_of_the_case_schema() {
        let schema = crate::input::json::parse(crate::case_schema()).expect("the schema parses");
        for path in super::ALL {
            assert!(
                resolves(&schema, &schema, path),
                "{path} is not in caseSchema()"
            );
        }
        assert!(
            !resolves(&schema, &schema, "stay.asylum.lodged"),
            "the check can fail"
        );
    }

    /// Whether `path` names a property of the JSON Schema `node` (following `$ref`s and
    /// `anyOf`s into `$defs`).
    fn resolves(root: &crate::input::Value, node: &crate::input::Value, path: &str) -> bool {
        use crate::input::Value;
        let field = |v: &Value, name: &str| -> Option<Value> {
            match v {
                Value::Object(fields) => fields
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, x)| x.clone()),
                _ => None,
            }
        };
        if let Some(Value::String(r)) = field(node, "$ref") {
            let name = r.trim_start_matches("#/$defs/");
            return field(root, "$defs")
                .and_then(|d| field(&d, name))
                .is_some_and(|d| resolves(root, &d, path));
        }
        if let Some(Value::Array(options)) = field(node, "anyOf") {
            return options.iter().any(|o| resolves(root, o, path));
        }
        let (head, rest) = match path.split_once('.') {
            Some((h, r)) => (h, Some(r)),
            None => (path, None),
        };
        let Some(child) = field(node, "properties").and_then(|p| field(&p, head)) else {
            return false;
        };
        rest.is_none_or(|r| resolves(root, &child, r))
    }
}
