// The installed tarball from Node ESM: no init call, every conformance case, every kind of
// hostile value, and the package's declared contents.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import * as pp from "protection-pathways";

const repo = process.env.PP_REPO;
const { loadCases, checkCase, checkAssessment, hostileValues } = await import(join(repo, "tests/js/support/cases.mjs"));
const require = createRequire(import.meta.url);
const pkgDir = join(require.resolve("protection-pathways/package.json"), "..");

test("imports with no init call and answers", () => {
  const d = pp.computeDeadline({ jurisdiction: "EU", from: "2026-01-31", period: "P1M" });
  assert.equal(d.date, "2026-03-02");
  assert.equal(d.rule.id, "eu-1182-71");
  assert.ok(d.steps.every((s) => typeof s.text === "string" && s.text.length > 0));
  const v = pp.version();
  assert.equal(v.engine, JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version);
  const codes = pp.jurisdictions().map((j) => j.code);
  assert.ok(codes.includes("COE") && codes.includes("EU"), codes.join());
  assert.deepEqual(codes, [...codes].sort(), "in code order");
});

test("init() and initSync() exist for isomorphic code and are harmless in Node", async () => {
  await pp.default();
  assert.equal(pp.computeDeadline({ jurisdiction: "EU", from: "2026-11-02", period: "P2W" }).date, "2026-11-16");
});

test("holidays and national counting rules come through the package", () => {
  const nl = pp.holidays({ country: "NL", year: 2026 });
  assert.ok(nl.holidays.some((h) => h.date === "2026-05-05" && h.scope === "deadlines"), "Atw art. 3(1): 5 May every year");
  const es = pp.computeDeadline({ jurisdiction: "ES", from: "2026-03-27", period: "P10D", region: "ES-MD" });
  assert.equal(es.date, "2026-04-14");
  assert.deepEqual(es.holidays.map((h) => h.date), ["2026-04-02", "2026-04-03"]);
  assert.throws(() => pp.holidays({ country: "XX", year: 2026 }), (e) => e.code === "not_supported" && e.path === "country");
});

test("the timeline comes with the assessment and exports as iCalendar", () => {
  const a = pp.assess({ jurisdiction: "AT", asOf: "2026-11-27", stay: { asylum: { lodgedDate: "2026-01-15", procedure: "regular", decision: "rejected", decisionNotifiedDate: "2026-11-26" } } });
  const appeal = a.timeline.find((e) => e.id === "asylum-appeal");
  assert.equal(appeal.date, "2026-12-28");
  assert.equal(appeal.kind, "act-by");
  const ics = pp.toICalendar(a, { caseRef: "ref-1" });
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20261228\r\n/);
  assert.ok(!ics.includes("ref-1"), "the case reference is not written out");
  assert.throws(() => pp.toICalendar({ jurisdiction: "AT" }), (e) => e.code === "missing_field" && e.path === "timeline");
});

test("assessments speak seven languages, with questions, guidance and a printable summary", () => {
  const c = { jurisdiction: "AT", asOf: "2026-11-27", person: { gender: "female" } };
  const texts = new Set();
  for (const locale of ["en", "de", "fr", "es", "nl", "sr-Latn", "ro"]) {
    const a = pp.assess(c, { locale });
    assert.equal(a.locale, locale);
    assert.ok(a.questions.length > 0 && a.guidance.steps.length > 0);
    texts.add(a.questions[0].text);
    const s = pp.summary(c, { locale });
    assert.ok(s.html.startsWith(`<section class="pp-summary" lang="${locale}">`));
  }
  assert.equal(texts.size, 7, "seven different wordings of the first question");
  assert.equal(pp.assess(c, { locale: "it" }).locale, "en", "unsupported languages fall back to English");
});

test("every conformance case holds through the package", () => {
  const cases = loadCases(join(repo, "tests/cases"));
  assert.ok(cases.length >= 30, `only ${cases.length} cases`);
  for (const c of cases) {
    if (c.name.startsWith("assess/")) checkAssessment(c, pp.assess);
    else checkCase(c, pp.computeDeadline);
  }
  assert.ok(cases.filter((c) => c.name.startsWith("assess/")).length >= 20, "assessment cases ran");
});

test("no JS value breaks any export, and errors keep the contract", () => {
  const codes = pp.errorCodes();
  for (const [name, value] of Object.entries(hostileValues())) {
    const calls = {
      assess: () => pp.assess(value),
      assessOptions: () => pp.assess({ jurisdiction: "EU" }, value),
      assessMany: () => pp.assessMany(value),
      assessManyItem: () => pp.assessMany([value, { jurisdiction: "EU" }]),
      jurisdiction: () => pp.jurisdiction(value),
      jurisdictionOptions: () => pp.jurisdiction("EU", value),
      computeDeadline: () => pp.computeDeadline(value),
      jurisdictions: () => pp.jurisdictions(value),
      version: () => pp.version(value),
    };
    for (const field of ["jurisdiction", "from", "period", "kind", "rule", "region"]) {
      calls[`computeDeadline.${field}`] = () => pp.computeDeadline({ jurisdiction: "EU", from: "2026-11-27", period: "P1D", [field]: value });
    }
    for (const [call, f] of Object.entries(calls)) {
      try {
        f();
      } catch (e) {
        assert.ok(e instanceof Error, `${call}(${name}) threw a non-Error`);
        assert.equal(e.name, "ProtectionPathwaysError", `${call}(${name}): ${e}`);
        assert.ok(codes.includes(e.code), `${call}(${name}): unknown code ${e.code}`);
        assert.notEqual(e.code, "internal", `${call}(${name}): ${e.message}`);
        assert.equal(typeof e.path, "string");
        assert.ok(e.message.length > 0);
        if (call.startsWith("computeDeadline.")) {
          const field = call.split(".")[1];
          // The error names the field that holds the bad value (pipeline review: an empty path
          // used to be accepted here, which would hide a lost path).
          assert.ok(e.path === field || e.path.startsWith(`${field}.`) || e.path.startsWith(`${field}[`), `${call}(${name}): path '${e.path}'`);
        }
      }
    }
  }
  assert.equal(pp.computeDeadline({ jurisdiction: "EU", from: "2026-01-31", period: "P1M" }).date, "2026-03-02", "still alive");
});

test("thousands of refused calls leave the module working", () => {
  // Regression (pipeline review): a panic traps the wasm and leaks its stack pointer; after
  // ~900 traps every call failed. Bad input must never trap, however often it comes.
  const bad = [{ period: "P1\u00a0D" }, { period: "P30€" }, { from: "2026-02-30" }, { period: { workingDays: -1 } }];
  for (let i = 0; i < 3000; i++) {
    assert.throws(() => pp.computeDeadline({ jurisdiction: "EU", from: "2026-11-27", period: "P1D", ...bad[i % bad.length] }), (e) => e.name === "ProtectionPathwaysError");
  }
  assert.equal(pp.computeDeadline({ jurisdiction: "EU", from: "2026-01-31", period: "P1M" }).date, "2026-03-02");
});

test("inputs past the size limits are refused, quickly and cleanly", () => {
  // Regression (pipeline review): many strings under the per-field limit once filled gigabytes.
  const started = performance.now();
  const long = "a".repeat(100_000);
  assert.throws(
    () => pp.computeDeadline({ jurisdiction: "EU", from: "2026-11-27", period: "P1D", notes: Array(200).fill(long) }),
    (e) => e.code === "input_too_large" && e.path.startsWith("notes["),
  );
  assert.throws(() => pp.computeDeadline({ jurisdiction: "EU", from: "2026-11-27", period: "P1D", [long + "b"]: 1 }), (e) => e.code === "input_too_large");
  assert.throws(() => pp.computeDeadline({ jurisdiction: "EU", from: "2026-11-27", period: "P1D", sparse: new Array(1_900_000) }), (e) => e.code === "unknown_field");
  assert.throws(() => pp.computeDeadline({ jurisdiction: "EU", from: "2026-11-27", period: new String("P1D") }), (e) => e.code === "wrong_type" && e.path === "period");
  assert.ok(performance.now() - started < 20_000, "refusing large input must not take long");
  assert.equal(pp.computeDeadline({ jurisdiction: "EU", from: "2026-01-31", period: "P1M" }).date, "2026-03-02");
});

test("error messages show hostile text defused", () => {
  try {
    pp.computeDeadline({ jurisdiction: "EU", from: "\u202e2026-01-01", period: "P1D" });
    assert.fail("must throw");
  } catch (e) {
    assert.equal(e.code, "invalid_date");
    assert.ok(!e.message.includes("\u202e"), e.message);
  }
});

test("the tarball holds what package.json declares, and nothing of the sources", () => {
  const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  for (const file of manifest.files) assert.ok(existsSync(join(pkgDir, file)), `missing ${file}`);
  for (const absent of ["src", "Cargo.toml", "tests"]) assert.ok(!existsSync(join(pkgDir, absent)), `${absent} leaked into the package`);
  for (const [entry, target] of Object.entries(manifest.exports)) {
    const targets = typeof target === "string" ? [target] : JSON.stringify(target).match(/\.\/[\w./-]+/g);
    for (const t of targets) {
      // A subpath pattern (./packs/*) names a folder's files: the folder must hold some.
      const path = t.endsWith("/*") ? t.slice(0, -2) : t;
      assert.ok(existsSync(join(pkgDir, path)), `exports ${entry} → ${t} is missing`);
    }
  }
  // Every pack the engine knows is shipped, and nothing else is in packs/.
  const shipped = readdirSync(join(pkgDir, "packs")).sort();
  assert.deepEqual(shipped, pp.packsFor().map((p) => p.file).sort());
  assert.deepEqual(pp.loadedPacks().length, shipped.length, "Node loads every pack at import");
  assert.ok(manifest.sideEffects.includes("./define.js"));
});

test("caseSchema() is the JSON Schema of the case, generated from the Rust types", () => {
  const schema = pp.caseSchema();
  assert.deepEqual(schema.required, ["jurisdiction"]);
  assert.ok(schema.properties.person && schema.properties.stay, "the case's sections");
});

test("assess gives the decision or the states alone when asked, with the full result's states and dates", () => {
  const c = { jurisdiction: "AT", asOf: "2026-11-27", person: { citizenships: ["NG"], dateOfBirth: "1996-05-14" }, cooperation: { proceedings: "investigation" }, stay: { asylum: { lodgedDate: "2026-01-15", procedure: "regular", decision: "rejected", decisionNotifiedDate: "2026-11-26" } } };
  const full = pp.assess(c);
  const decision = pp.assess(c, { detail: "decision" });
  const states = pp.assess(c, { detail: "states", locale: "de" });
  assert.equal(decision.detail, "decision");
  assert.equal(states.detail, "states");
  assert.deepEqual(decision.pathways.map((p) => [p.id, p.state]), full.pathways.map((p) => [p.id, p.state]));
  assert.deepEqual(states.pathways.map((p) => [p.id, p.state]), full.pathways.map((p) => [p.id, p.state]));
  assert.deepEqual(decision.timeline.map((e) => [e.id, e.date]), full.timeline.map((e) => [e.id, e.date]));
  assert.deepEqual(states.timeline.map((e) => [e.id, e.date]), full.timeline.map((e) => [e.id, e.date]));
  const appeal = decision.timeline.find((e) => e.id === "asylum-appeal");
  assert.equal(appeal.date, "2026-12-28");
  assert.equal(decision.provisions[appeal.provision].article, full.provisions[appeal.provision].article);
  assert.ok(!JSON.stringify(decision).includes("\"says\""), "no provision texts");
  assert.ok(JSON.stringify(decision).length * 3 < JSON.stringify(full).length);
  assert.throws(() => pp.assess(c, { detail: "summary" }), (e) => e.code === "unknown_value" && e.path === "detail");
});
