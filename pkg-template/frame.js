// The iframe build: frame.html hosts <protection-pathways> and talks to the page that embeds it by
// postMessage, for hosts that cannot run WebAssembly themselves (Salesforce Lightning: see
// SALESFORCE.md). Protocol version 1; every message is { type, id?, version, … }:
//
//   host → frame   { type: "pp:configure", id, version: 1, jurisdiction?, locale?, asOf? }
//                  { type: "pp:set-case", id, version: 1, case }
//                  { type: "pp:get-case", id, version: 1 }
//                  { type: "pp:get-assessment", id, version: 1 }
//   frame → host   { type: "pp:ready", version: 1 }                            once, on load
//                  { type: "pp:reply", id, version: 1, ok: true, result }       to each request
//                  { type: "pp:reply", id, version: 1, ok: false, error: { code, path, message } }
//                  { type: "pp:change", version: 1, assessment, case }          after each assessment
//                  { type: "pp:error", version: 1, error: { code, path, message } }
//
// Messages are accepted only from the parent window and from an origin in frame-config.js (or
// the frame's own origin when the list is empty), and sent only to such an origin: the case
// never leaves for a page that was not named.
import "./define.js";
import { allowedOrigins } from "./frame-config.js";

const VERSION = 1;
const widget = document.getElementById("pp");
const allowed = allowedOrigins.length ? allowedOrigins : [location.origin];
let host = null;

function send(message) {
  if (host && window.parent !== window) window.parent.postMessage({ ...message, version: VERSION }, host);
}

function reply(id, result, error) {
  send(error ? { type: "pp:reply", id, ok: false, error } : { type: "pp:reply", id, ok: true, result });
}

function failure(code, path, message) {
  return { code, path, message };
}

window.addEventListener("message", (event) => {
  if (event.source !== window.parent || !allowed.includes(event.origin)) return;
  const m = event.data;
  if (!m || typeof m !== "object" || typeof m.type !== "string" || !m.type.startsWith("pp:")) return;
  host = event.origin;
  if (m.version !== VERSION) {
    reply(m.id, null, failure("not_supported", "version", `protocol version ${VERSION} is spoken here`));
    return;
  }
  switch (m.type) {
    case "pp:configure":
      for (const [name, attr] of [["jurisdiction", "jurisdiction"], ["locale", "locale"], ["asOf", "as-of"]]) {
        if (typeof m[name] === "string") widget.setAttribute(attr, m[name]);
      }
      reply(m.id, true);
      break;
    case "pp:set-case":
      widget.case = m.case;
      reply(m.id, true);
      break;
    case "pp:get-case":
      reply(m.id, widget.case ?? null);
      break;
    case "pp:get-assessment":
      reply(m.id, widget.assessment);
      break;
    default:
      reply(m.id, null, failure("unknown_value", "type", `unknown message type ${String(m.type).slice(0, 40)}`));
  }
});

widget.addEventListener("pathways-change", (event) => send({ type: "pp:change", assessment: event.detail, case: widget.case }));
widget.addEventListener("pathways-error", (event) => send({ type: "pp:error", error: event.detail }));

// Announce readiness to each allowed origin; only the embedding page's own origin receives it.
if (window.parent !== window) {
  for (const origin of allowed) window.parent.postMessage({ type: "pp:ready", version: VERSION }, origin);
}
