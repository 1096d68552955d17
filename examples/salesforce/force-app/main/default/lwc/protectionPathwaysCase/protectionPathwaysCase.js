// The record fields both example components read, the case made of them, and the next date to
// act by in an assessment. Replace the fields with your org's (docs/salesforce.md).

/** The record fields read into the case. */
export const FIELDS = [
    "Case__c.Citizenships__c",
    "Case__c.Date_of_Birth__c",
    "Case__c.Identification_Stage__c",
    "Case__c.Asylum_Lodged__c",
    "Case__c.Asylum_Procedure__c",
    "Case__c.Asylum_Decision__c",
    "Case__c.Asylum_Decision_Notified__c",
    "Case__c.Jurisdiction__c",
    "Case__c.Next_Act_By_Date__c"
];

/**
 * A record (as getRecord gives it) as the engine's case: only what is known. An empty field is
 * left out, which the engine reads as unknown, never as "no".
 */
export function caseFromRecord(record) {
    const f = (name) => record?.fields?.[name]?.value ?? undefined;
    const asylum = {
        lodgedDate: f("Asylum_Lodged__c"),
        procedure: f("Asylum_Procedure__c"),
        decision: f("Asylum_Decision__c"),
        decisionNotifiedDate: f("Asylum_Decision_Notified__c")
    };
    // Plain JSON: no undefined members, no proxies (the record may be a read-only proxy).
    return JSON.parse(
        JSON.stringify({
            jurisdiction: f("Jurisdiction__c") ?? "EU",
            person: {
                citizenships: (f("Citizenships__c") ?? "").split(/[;,\s]+/).filter(Boolean),
                dateOfBirth: f("Date_of_Birth__c")
            },
            identification: { stage: f("Identification_Stage__c") },
            stay: asylum.lodgedDate || asylum.procedure || asylum.decision ? { asylum } : undefined
        })
    );
}

/** The first date to act by that is not past, or undefined. */
export function nextActBy(assessment) {
    return assessment.timeline.find((entry) => entry.kind === "act-by" && !entry.overdue);
}

/**
 * Whether the record's Next_Act_By_Date__c (a Date field of your org) should be set to `next`'s
 * date: not when it holds that date already, so that saving, which refreshes the record, does not
 * save again.
 */
export function needsSaving(record, next) {
    return Boolean(next) && (record?.fields?.Next_Act_By_Date__c?.value ?? null) !== next.date;
}
