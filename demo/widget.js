// The persona page: <protection-pathways> as a CRM admin would drop it in, with switches for
// the persona, the jurisdiction, the language and the date, and a list of what changed between
// two assessments (a pathway's state, a date added, moved or gone). Events are also recorded on
// the body for the end-to-end tests (the count of changes and the last error code).
import "/pkg/define.js";
import { PERSONAS } from "./personas.js";

const widget = document.getElementById("widget");
const persona = document.getElementById("persona");
const jurisdiction = document.getElementById("jurisdiction-switch");
const language = document.getElementById("language");
const asOf = document.getElementById("as-of");
const changed = document.getElementById("changed");

const BLANK = { id: "blank", name: "A blank case (start from nothing)", jurisdiction: "AT", case: {} };
for (const p of [...PERSONAS, BLANK]) persona.append(new Option(p.name, p.id));

let fresh = null;

function choose(id) {
  const p = [...PERSONAS, BLANK].find((x) => x.id === id) ?? PERSONAS[0];
  fresh = p.name;
  jurisdiction.value = p.jurisdiction;
  widget.setAttribute("jurisdiction", p.jurisdiction);
  widget.case = structuredClone(p.case);
}

persona.addEventListener("change", () => choose(persona.value));
// The persona's facts under another state's law: the personas carry no jurisdiction of their
// own, so the attribute decides.
jurisdiction.addEventListener("change", () => widget.setAttribute("jurisdiction", jurisdiction.value));
language.addEventListener("change", () => {
  widget.setAttribute("locale", language.value);
  document.documentElement.lang = language.value;
});
asOf.addEventListener("change", () => {
  if (asOf.value) widget.setAttribute("as-of", asOf.value);
});

/** The differences between two assessments, in words (English: the page's own words). */
function differences(before, after) {
  if (!before) return [];
  const out = [];
  if (before.jurisdiction !== after.jurisdiction) out.push(`Jurisdiction: ${before.jurisdiction} → ${after.jurisdiction}`);
  const states = new Map(before.pathways.map((p) => [p.id, p]));
  for (const p of after.pathways) {
    const old = states.get(p.id);
    if (old && old.state !== p.state) out.push(`${p.label}: ${old.state} → ${p.state}`);
    if (!old) out.push(`${p.label}: now assessed (${p.state})`);
  }
  const dates = new Map(before.timeline.map((e) => [e.id, e]));
  for (const e of after.timeline) {
    const old = dates.get(e.id);
    if (!old) out.push(`New date ${e.date}: ${e.label}`);
    else if (old.date !== e.date) out.push(`${e.label}: ${old.date} → ${e.date}`);
    dates.delete(e.id);
  }
  for (const e of dates.values()) out.push(`No longer dated: ${e.label} (${e.date})`);
  if (before.locale !== after.locale) out.push(`Language: ${before.locale} → ${after.locale} (only the words differ)`);
  return out;
}

// The list is updated once the results settle: a switch can assess twice in a row (a new
// jurisdiction, then the persona's facts), and only the settled result is compared.
let previous = null;
let latest = null;
let settle = 0;
let count = 0;

function show(items) {
  changed.replaceChildren(...items.map((text) => {
    const li = document.createElement("li");
    li.textContent = text;
    return li;
  }));
}

widget.addEventListener("pathways-change", (event) => {
  latest = event.detail;
  count += 1;
  document.body.dataset.changes = String(count);
  delete document.body.dataset.error;
  clearTimeout(settle);
  settle = setTimeout(() => {
    if (fresh) {
      show([`${fresh}: assessed. Change a fact, the jurisdiction, the language or the date to see what changes.`]);
      fresh = null;
    } else if (previous) {
      const list = differences(previous, latest);
      show(list.length ? list : ["Nothing in the results changed."]);
    }
    previous = latest;
    // For tests and for anyone watching: the list now reflects change number `count`.
    document.body.dataset.settled = String(count);
  }, 200);
});
widget.addEventListener("pathways-error", (event) => {
  document.body.dataset.error = event.detail?.code ?? "";
});

const wanted = new URLSearchParams(location.search).get("persona");
persona.value = [...PERSONAS, BLANK].some((p) => p.id === wanted) ? wanted : PERSONAS[0].id;
choose(persona.value);
