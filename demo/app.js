// The demo page: a tester's window onto computeDeadline and assess. All text is set with
// textContent; nothing typed or computed is ever parsed as HTML.
import init, { assess, computeDeadline, jurisdictions, summary, toICalendar, version } from "/pkg/protection_pathways.js";
import "/pkg/define.js";

const $ = (id) => document.getElementById(id);

const EXAMPLES = [
  { label: "31 Jan + 1 month", from: "2026-01-31", amount: 1, unit: "M" },
  { label: "2 days from a Friday", from: "2026-11-27", amount: 2, unit: "D" },
  { label: "6 months from 31 Aug", from: "2026-08-31", amount: 6, unit: "M" },
  { label: "10 working days", from: "2026-11-27", amount: 10, unit: "WD" },
  { label: "1 week to Christmas", from: "2026-12-18", amount: 1, unit: "W" },
];

/** Creates an element with text (never HTML) and optional attributes. */
function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function badge(status) {
  const words = { verified: "verified", secondary: "secondary source", unverified: "unverified" };
  return el("span", words[status] ?? status, { class: `badge ${status}` });
}

function request() {
  const amount = Number($("amount").value);
  const unit = $("unit").value;
  const req = {
    jurisdiction: $("jurisdiction").value,
    from: $("from").value,
    period: unit === "WD" ? { workingDays: amount } : `P${$("amount").value}${unit}`,
    kind: $("kind").value,
  };
  if ($("rule").value) req.rule = $("rule").value;
  const region = $("region").value.trim();
  if (region) req.region = region;
  return req;
}

function showError(error) {
  const box = el("div", null, { class: "error", role: "alert" });
  box.append(el("p", error.message));
  const meta = el("p", null, { class: "cite" });
  meta.append("Error code ", el("code", error.code ?? "unknown"), error.path ? ` at field “${error.path}”` : "");
  box.append(meta);
  $("result").replaceChildren(box);
}

function showDeadline(d) {
  const parts = [];
  const head = el("p", null, { class: "date" });
  head.append(d.steps.at(-1).text, el("span", ` (${d.date})`, { class: "muted" }));
  if (d.earliestPossible) head.append(el("span", "earliest possible", { class: "badge earliest" }));
  parts.push(head);

  const rule = el("p", null);
  rule.append(`Rule: ${d.rule.instrument} `, badge(d.rule.status));
  rule.append(el("span", d.calendar ? `Holidays of ${d.calendar}` : "No holiday calendar applied", { class: "cite" }));
  parts.push(rule);
  if (d.alternative) parts.push(el("p", `To be safe: ${d.alternative.reading}`, { class: "error" }));
  if (d.holidays.length) {
    parts.push(el("h3", "Holidays that changed the count"));
    const ul = el("ul");
    for (const h of d.holidays) {
      const li = el("li", `${h.date}: ${h.name}`);
      if (h.localName !== h.name) li.append(el("span", ` (${h.localName})`, { class: "muted" }));
      li.append(badge(h.status));
      ul.append(li);
    }
    parts.push(ul);
  }

  parts.push(el("h3", "How it was counted"));
  const ol = el("ol", null, { class: "steps" });
  for (const step of d.steps) {
    const li = el("li", step.text);
    if (step.citation) {
      const c = step.citation;
      const cite = el("span", null, { class: "cite" });
      cite.append(`${c.instrument}, ${c.article} `, badge(c.status), " · ");
      cite.append(el("a", "official text", { href: c.url, rel: "noreferrer noopener" }));
      li.append(cite);
    }
    ol.append(li);
  }
  parts.push(ol);

  if (d.assumptions.length) {
    parts.push(el("h3", "Assumptions and limits"));
    const ul = el("ul");
    for (const a of d.assumptions) ul.append(el("li", a.text));
    parts.push(ul);
  }
  $("result").replaceChildren(...parts);
}

function update() {
  try {
    showDeadline(computeDeadline(request()));
  } catch (error) {
    showError(error);
  }
}

function fillRules() {
  const code = $("jurisdiction").value;
  const j = jurisdictions().find((x) => x.code === code);
  const select = $("rule");
  const options = [el("option", j?.defaultCountingRule ? `Default (${j.defaultCountingRule})` : "Default (none)", { value: "" })];
  for (const id of j?.countingRules ?? []) options.push(el("option", id, { value: id }));
  select.replaceChildren(...options);
  // Places whose holidays the engine knows: the jurisdiction's regions, or for EU rules the
  // Member States and regions with a calendar.
  const places = j?.holidayCalendar ? j.regions : ["AT", "NL", "FR", "FR-57", "ES-MD", "ES-CT", "ES-AN", "DE", "DE-BY", "BE", "IT", "IE"];
  $("regions").replaceChildren(...places.map((r) => el("option", null, { value: r })));
}

const CASES = {
  "Identified, cooperating (EU)": {
    jurisdiction: "EU", asOf: "2026-11-27",
    person: { citizenships: ["NG"], dateOfBirth: "1995-04-02", gender: "female" },
    identification: { stage: "conclusive" },
    cooperation: { willing: true, presenceNecessary: true, tiesSevered: "unknown" },
  },
  "Unaccompanied child, age disputed (EU)": {
    jurisdiction: "EU", asOf: "2026-11-27",
    person: { citizenships: ["AF"], claimedAge: 16, ageDisputed: true, unaccompanied: true },
    identification: { stage: "reasonable-grounds" },
  },
  "EU citizen (EU)": { jurisdiction: "EU", asOf: "2026-11-27", person: { citizenships: ["RO"] } },
  "Fear of persecution (Council of Europe)": {
    jurisdiction: "COE", asOf: "2026-11-27",
    person: { citizenships: ["ER"] },
    protectionNeeds: { fearOfPersecution: true, persecutionGrounds: ["particular-social-group"], internalRelocationPossible: false },
  },
  "Rejected asylum claim, dates known (Austria)": {
    jurisdiction: "AT", asOf: "2026-11-27",
    person: { citizenships: ["NG"], dateOfBirth: "2009-03-10", gender: "female" },
    identification: { referralDate: "2026-11-10" },
    reflection: { granted: true, startDate: "2026-11-20" },
    stay: { asylum: { lodgedDate: "2026-01-15", procedure: "regular", decision: "rejected", decisionNotifiedDate: "2026-11-26" } },
    permits: [{ scheme: "Aufenthaltsberechtigung besonderer Schutz", from: "2025-12-01", until: "2027-01-31" }],
  },
  "Dublin transfer during the reflection period (Netherlands)": {
    jurisdiction: "NL", asOf: "2026-11-27",
    person: { citizenships: ["MD"], gender: "male" },
    reflection: { granted: true, startDate: "2026-09-01" },
    dublin: { otherStateResponsible: "unknown", acceptanceDate: "2026-09-15", transferDecisionDate: "2026-09-25" },
    stay: { asylum: { lodgedDate: "2026-07-01", registeredDate: "2026-07-01", procedure: "accelerated", decision: "rejected", decisionNotifiedDate: "2026-11-20" } },
  },
};

const KIND_WORDS = { "act-by": "Act by", "protected-until": "Protected until", event: "Date" };

let lastAssessment = null;

function showTimeline(a) {
  if (!a.timeline.length) return [el("p", "No dated events: give dates (decision notified, reflection start, permits, date of birth) to see deadlines.", { class: "muted" })];
  const ol = el("ol", null, { class: "timeline" });
  for (const e of a.timeline) {
    const li = el("li", null, { class: `${e.kind}${e.overdue ? " overdue" : ""}` });
    const head = el("p");
    head.append(el("span", `${KIND_WORDS[e.kind] ?? e.kind} ${e.date}`, { class: "kind" }), ` — ${e.label} `, badge(e.status));
    if (e.earliestPossible) head.append(el("span", "earliest possible", { class: "badge earliest" }));
    if (e.overdue) head.append(el("span", "overdue", { class: "badge unverified" }));
    li.append(head);
    if (e.detail) li.append(el("p", e.detail, { class: "cite detail" }));
    if (e.daysRemaining !== undefined) li.append(el("p", e.daysRemaining >= 0 ? `${e.daysRemaining} days from ${a.asOf}` : `${-e.daysRemaining} days ago`, { class: "cite" }));
    if (e.alternative) li.append(el("p", e.alternative.reading, { class: "cite" }));
    for (const x of e.assumptions) li.append(el("p", x.text, { class: "cite" }));
    const basis = e.provision && a.provisions[e.provision];
    if (basis) li.append(el("p", `${basis.instrument}, ${basis.article}`, { class: "cite" }));
    ol.append(li);
  }
  return [ol];
}

/** Guidance, contacts and questions, in the assessment's language (lang set for screen readers). */
function showGuidance(a) {
  const box = el("div", null, { lang: a.locale });
  box.append(el("h3", "Next steps"));
  const steps = el("ol");
  for (const s of a.guidance.steps) {
    const li = el("li");
    li.append(el("strong", s.title), " ", s.text, " ", badge(s.status));
    steps.append(li);
  }
  box.append(steps, el("p", a.guidance.disclaimer, { class: "cite" }));
  box.append(el("h3", "Whom to contact"));
  if (!a.guidance.contacts.length) box.append(el("p", "No contact is recorded for this jurisdiction yet.", { class: "muted" }));
  const contacts = el("ul");
  for (const c of a.guidance.contacts) {
    const li = el("li");
    li.append(el("strong", c.name), ` — ${c.roleLabel}`, " ", badge(c.status));
    const reach = [c.phone, c.email, c.hours].filter(Boolean).join(" · ");
    if (reach) li.append(el("span", reach, { class: "cite" }));
    if (c.website) li.append(el("a", c.website, { href: c.website, rel: "noreferrer noopener" }));
    li.append(el("span", `${c.about} (checked ${c.checked})`, { class: "cite" }));
    contacts.append(li);
  }
  box.append(contacts);
  box.append(el("h3", "Questions to ask next"));
  const questions = el("ol");
  for (const q of a.questions.slice(0, 8)) {
    const li = el("li", q.text);
    li.append(el("span", `${q.why} (${q.fact})`, { class: "cite" }));
    questions.append(li);
  }
  box.append(questions);
  return [box];
}

function showSummary() {
  let input;
  try {
    input = JSON.parse($("case-json").value);
    const s = summary(input, { locale: $("case-locale").value });
    $("summary-text").textContent = s.text;
    $("summary-text").setAttribute("lang", s.locale);
    $("summary-text").hidden = false;
  } catch (error) {
    $("summary-text").textContent = error.message;
    $("summary-text").hidden = false;
  }
}

function downloadCalendar() {
  if (!lastAssessment) return;
  const text = toICalendar(lastAssessment);
  const url = URL.createObjectURL(new Blob([text], { type: "text/calendar" }));
  const a = el("a", null, { href: url, download: `deadlines-${lastAssessment.jurisdiction}.ics` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  $("ics-status").textContent = `${lastAssessment.timeline.length} dates exported.`;
}

const STATE_WORDS = { available: "Available", possible: "Possible", unavailable: "Not available", not_applicable: "Does not apply" };

function showAssessment(a) {
  const parts = [el("p", `Assessed for ${a.jurisdiction} on ${a.asOf ?? "no date"} · rules ${a.rules}`, { class: "muted" })];
  for (const w of a.warnings) parts.push(el("p", `Check: ${w.text}`, { class: "error" }));
  for (const p of a.pathways) {
    const box = el("div", null, { class: "pathway" });
    const h = el("h3", p.name);
    if (p.localName) h.append(el("span", ` (${p.localName})`, { class: "muted" }));
    box.append(h);
    const line = el("p");
    line.append(el("span", STATE_WORDS[p.state] ?? p.state, { class: `state ${p.state}` }), " ", badge(p.status));
    box.append(line, el("p", p.explanation));
    if (p.alternative) box.append(el("p", p.alternative.reading, { class: "cite alternative" }));
    if (p.factsToEstablish.length) box.append(el("p", `To establish: ${p.factsToEstablish.join(", ")}`, { class: "cite" }));
    const basis = a.provisions[p.basis];
    const cite = el("span", null, { class: "cite" });
    cite.append(`Basis: ${basis.instrument}, ${basis.article} · `, el("a", "official text", { href: basis.url, rel: "noreferrer noopener" }));
    box.append(cite);
    parts.push(box);
  }
  parts.push(el("h3", "Timeline"), ...showTimeline(a));
  parts.push(...showGuidance(a));
  $("assessment").replaceChildren(...parts);
}

function updateAssessment() {
  let input;
  try {
    input = JSON.parse($("case-json").value);
  } catch (e) {
    $("assessment").replaceChildren(el("p", `Not valid JSON: ${e.message}`, { class: "error", role: "alert" }));
    return;
  }
  try {
    lastAssessment = assess(input, { locale: $("case-locale").value });
    showAssessment(lastAssessment);
  } catch (error) {
    lastAssessment = null;
    const box = el("div", null, { class: "error", role: "alert" });
    box.append(el("p", error.message));
    const meta = el("p", null, { class: "cite" });
    meta.append("Error code ", el("code", error.code ?? "unknown"), error.path ? ` at field “${error.path}”` : "");
    box.append(meta);
    $("assessment").replaceChildren(box);
  }
}

async function main() {
  await init();
  const v = version();
  $("version").textContent = `Engine ${v.engine} · rules ${v.rules}`;

  const list = jurisdictions();
  // Grouped by how much of the law is encoded: full national profiles, baseline ones (the
  // Convention's and the EU's rights with a few sourced national facts), and the two baselines.
  const groups = [
    ["Full national profiles", (j) => j.kind === "national" && j.depth === "full"],
    ["Baseline profiles: the Convention's rights and a few sourced national facts", (j) => j.kind === "national" && j.depth === "baseline"],
    ["Baselines", (j) => j.kind === "baseline"],
  ];
  $("jurisdiction").replaceChildren(
    ...groups
      .map(([label, test]) => {
        const group = el("optgroup", null, { label });
        group.append(...list.filter(test).map((j) => el("option", `${j.code} — ${j.name}`, { value: j.code })));
        return group;
      })
      .filter((g) => g.children.length > 0),
  );
  $("jurisdiction").value = list.some((j) => j.code === "EU") ? "EU" : list[0].code;
  fillRules();

  $("coverage").replaceChildren(
    ...list.map((j) => {
      const tr = el("tr");
      tr.append(el("td", j.code), el("td", j.name), el("td", j.kind === "baseline" ? "baseline (instrument)" : j.depth), el("td", j.summary), el("td", j.countingRules.join(", ") || "none"), el("td", j.lastVerified));
      return tr;
    }),
  );

  $("examples").replaceChildren(
    ...EXAMPLES.map((x) => {
      const b = el("button", x.label, { type: "button" });
      b.addEventListener("click", () => {
        $("from").value = x.from;
        $("amount").value = String(x.amount);
        $("unit").value = x.unit;
        update();
      });
      return b;
    }),
  );

  $("jurisdiction").addEventListener("change", () => {
    fillRules();
    update();
  });
  $("deadline-form").addEventListener("input", update);
  $("deadline-form").addEventListener("change", update);
  $("deadline-form").addEventListener("submit", (e) => e.preventDefault());
  update();

  $("case-example").replaceChildren(...Object.keys(CASES).map((k) => el("option", k, { value: k })));
  const pickCase = () => {
    $("case-json").value = JSON.stringify(CASES[$("case-example").value], null, 2);
    updateAssessment();
  };
  $("case-example").addEventListener("change", pickCase);
  $("download-ics").addEventListener("click", downloadCalendar);
  $("show-summary").addEventListener("click", showSummary);
  $("case-locale").addEventListener("change", updateAssessment);
  $("case-json").addEventListener("input", updateAssessment);
  pickCase();
  document.body.dataset.ready = "true";
}

main().catch((error) => {
  $("version").textContent = `The engine could not start: ${error?.message ?? error}`;
});
