// An example host for the iframe build (pkg/frame.html). The frame's URL comes from this page's
// own query (?frame=https://static.example/pp/frame.html) so that the example runs anywhere; a
// real host hard-codes it. The frame must list this page's origin in its frame-config.js.
const frameUrl = new URL(new URLSearchParams(location.search).get("frame") ?? "/frame/frame.html", location.href);
const frame = document.getElementById("pp-frame");
const record = document.getElementById("record");
const pending = new Map();
let next = 1;

/** Sends a request to the frame; resolves with its result or rejects with its error. */
function request(type, fields = {}) {
  const id = `req-${next++}`;
  frame.contentWindow.postMessage({ type, id, version: 1, ...fields }, frameUrl.origin);
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

window.addEventListener("message", async (event) => {
  if (event.origin !== frameUrl.origin || event.source !== frame.contentWindow) return;
  const m = event.data;
  if (m?.type === "pp:ready") {
    await request("pp:configure", { jurisdiction: "AT", locale: document.documentElement.lang, asOf: "2026-11-27" });
    // The record's fields, mapped to the case (see docs/salesforce.md for a real mapping).
    await request("pp:set-case", {
      case: {
        jurisdiction: "AT",
        person: { citizenships: ["NG"], gender: "female", dateOfBirth: "1998-05-04" },
        stay: { asylum: { lodgedDate: "2026-03-01", procedure: "regular", decision: "rejected", decisionNotifiedDate: "2026-11-26" } },
      },
    });
  } else if (m?.type === "pp:reply") {
    const waiting = pending.get(m.id);
    pending.delete(m.id);
    if (waiting) (m.ok ? waiting.resolve(m.result) : waiting.reject(m.error));
  } else if (m?.type === "pp:change") {
    const next = m.assessment.timeline.find((e) => e.kind === "act-by" && !e.overdue);
    record.textContent = next ? `next date to act by: ${next.date} (${next.label})` : "no date to act by";
    document.body.dataset.changes = String(Number(document.body.dataset.changes ?? 0) + 1);
    window.lastCase = m.case;
  } else if (m?.type === "pp:error") {
    record.textContent = `error: ${m.error.code} at ${m.error.path}`;
  }
});

frame.src = frameUrl.href;
window.ppRequest = request;
