// Cold start: from navigation start (performance.now() counts from it) through fetching,
// compiling and instantiating the wasm and fetching and loading Austria's packs in German, to
// the first full assessment.
import init, { assess } from "/pkg/protection_pathways.js";

const t0 = performance.now();
await init({ jurisdictions: ["AT"], locales: ["de"] });
const tInit = performance.now();
const a = assess(
  { jurisdiction: "AT", asOf: "2026-11-27", person: { citizenships: ["NG"], dateOfBirth: "1996-05-14" }, identification: { stage: "conclusive" }, cooperation: { complaintFiled: true, proceedings: "investigation" }, stay: { asylum: { lodgedDate: "2026-01-15", procedure: "regular", decision: "rejected", decisionNotifiedDate: "2026-11-26" } } },
  { locale: "de" },
);
const t1 = performance.now();
document.getElementById("out").textContent = JSON.stringify({ sinceNavigation: t1, initAndFirstCall: t1 - t0, init: tInit - t0, firstCall: t1 - tInit, date: a.timeline[0]?.date });
