// Embeds the protection-pathways iframe build (a Visualforce page serving the package from a
// static resource) on a record page, and wires it to the record with postMessage protocol 1.
// The engine does not run in this component: Lightning Web Security blocks the WebAssembly API in
// LWC, so the wasm build runs in the frame, on the Visualforce domain (protectionPathwaysJs runs
// the pure-JS build in the component instead). Nothing leaves the org.
import { LightningElement, api, wire } from "lwc";
import { getRecord, updateRecord } from "lightning/uiRecordApi";
import { FIELDS, caseFromRecord, needsSaving, nextActBy } from "c/protectionPathwaysCase";

export default class ProtectionPathways extends LightningElement {
    @api recordId;
    status = "Loading the engine…";
    record;
    nextId = 1;

    // The Visualforce page that hosts the frame; its origin is the only one messages go to.
    get frameUrl() {
        return "/apex/ProtectionPathwaysFrame";
    }

    get frameOrigin() {
        // Visualforce pages live on the org's --c.vf.force.com domain (My Domain); the frame's
        // own URL tells the origin once it has loaded.
        const frame = this.template.querySelector("iframe.pp-frame");
        return frame ? new URL(frame.src, window.location.href).origin : null;
    }

    @wire(getRecord, { recordId: "$recordId", fields: FIELDS })
    wiredRecord({ data }) {
        if (data) {
            this.record = data;
            this.sendCase();
        }
    }

    connectedCallback() {
        this.onMessage = (event) => this.handleMessage(event);
        window.addEventListener("message", this.onMessage);
    }

    disconnectedCallback() {
        window.removeEventListener("message", this.onMessage);
    }

    handleLoad() {
        this.sendCase();
    }

    post(type, fields) {
        const frame = this.template.querySelector("iframe.pp-frame");
        if (!frame || !frame.contentWindow) return;
        frame.contentWindow.postMessage({ type, id: `lwc-${this.nextId++}`, version: 1, ...fields }, this.frameOrigin);
    }

    sendCase() {
        if (this.record) this.post("pp:set-case", { case: caseFromRecord(this.record) });
    }

    handleMessage(event) {
        if (event.origin !== this.frameOrigin) return;
        const m = event.data;
        if (m?.type === "pp:ready") {
            this.sendCase();
        } else if (m?.type === "pp:change") {
            const next = nextActBy(m.assessment);
            this.status = next ? `Next date to act by: ${next.date} — ${next.label}` : "No date to act by.";
            // Write the next date back to the record (a Date field of your org).
            if (needsSaving(this.record, next)) {
                updateRecord({ fields: { Id: this.recordId, Next_Act_By_Date__c: next.date } }).catch(() => {
                    this.status += " (not saved to the record)";
                });
            }
        } else if (m?.type === "pp:error") {
            this.status = `The case could not be assessed: ${m.error.message} (${m.error.path})`;
        }
    }
}
