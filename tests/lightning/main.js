// The LWC test page's entry (tests/e2e/lightning.test.mjs): the example component
// c-protection-pathways-js on the record the page names, compiled by the open-source LWC
// compiler with the stand-ins of modules/ for what only Salesforce has.
import { createElement } from "lwc";
import ProtectionPathwaysJs from "c/protectionPathwaysJs";

const element = createElement("c-protection-pathways-js", { is: ProtectionPathwaysJs });
element.recordId = globalThis.testRecordId;
document.querySelector("main").appendChild(element);
