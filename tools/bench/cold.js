// Cold start: from navigation start (performance.now() counts from it) through fetching,
// compiling and instantiating the wasm, to the first answer.
import init, { computeDeadline } from "/pkg/protection_pathways.js";

const t0 = performance.now();
await init();
const tInit = performance.now();
const d = computeDeadline({ jurisdiction: "EU", from: "2026-01-31", period: "P1M" });
const t1 = performance.now();
document.getElementById("out").textContent = JSON.stringify({ sinceNavigation: t1, initAndFirstCall: t1 - t0, init: tInit - t0, firstCall: t1 - tInit, date: d.date });
