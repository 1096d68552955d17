// The engine inside the Lightning Web Component itself: the package's pure-JS build (no
// WebAssembly, which Lightning Web Security blocks), loaded with loadScript from the static
// resource "protectionPathways" (js/protection_pathways.iife.js, which defines the global
// ProtectionPathways), with the law and locale packs from the same resource's packs/ folder:
// everything comes from the org itself. The case is assessed in the user's browser: nothing
// leaves the org. See docs/salesforce.md.
import { LightningElement, api, wire } from "lwc";
import { getRecord, updateRecord } from "lightning/uiRecordApi";
import { loadScript } from "lightning/platformResourceLoader";
import LANG from "@salesforce/i18n/lang";
import PACKAGE from "@salesforce/resourceUrl/protectionPathways";
import { FIELDS, caseFromRecord, needsSaving, nextActBy } from "c/protectionPathwaysCase";

/** Today's date where the user is, as YYYY-MM-DD. */
function today() {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export default class ProtectionPathwaysJs extends LightningElement {
    @api recordId;
    status = "Loading the record…";
    pathways = [];
    next;

    @wire(getRecord, { recordId: "$recordId", fields: FIELDS })
    wiredRecord({ data, error }) {
        if (data) {
            this.assessRecord(data);
        } else if (error) {
            this.status = "The record could not be read.";
        }
    }

    async assessRecord(record) {
        // Overdue and days-left count from today, in the user's browser (the engine reads no clock).
        const kase = { ...caseFromRecord(record), asOf: today() };
        try {
            // The engine (loadScript loads it once per page), then only the packs this
            // jurisdiction and language need, once each.
            await loadScript(this, `${PACKAGE}/js/protection_pathways.iife.js`);
            const engine = window.ProtectionPathways;
            await engine.loadFrom(`${PACKAGE}/packs/`, { jurisdictions: [kase.jurisdiction], locales: [LANG] });
            const assessment = engine.assess(kase, { locale: LANG });
            this.pathways = assessment.pathways.map((p) => ({ id: p.id, label: p.label, explanation: p.explanation }));
            this.next = nextActBy(assessment);
            this.status = this.next ? "" : "No date to act by.";
            if (needsSaving(record, this.next)) {
                // Write the next date back to the record (a Date field of your org).
                updateRecord({ fields: { Id: this.recordId, Next_Act_By_Date__c: this.next.date } }).catch(() => {
                    this.status = "The next date to act by was not saved to the record.";
                });
            }
        } catch (e) {
            this.pathways = [];
            this.next = undefined;
            this.status = `The case could not be assessed: ${e.message} (${e.path ?? e.code ?? ""})`;
        }
    }
}
