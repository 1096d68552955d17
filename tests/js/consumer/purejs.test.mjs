// protection-pathways/js, the pure-JS build (tools/build-purejs.mjs), against the wasm build:
// the same output, byte for byte, on every conformance case and on a few thousand generated
// cases, in two locales; its single-file script (for a Salesforce static resource) as well; and
// nothing in it names WebAssembly, eval or new Function.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import vm from "node:vm";
import * as wasm from "protection-pathways";
import * as js from "protection-pathways/js";

const require = createRequire(import.meta.url);
const pkg = new URL("./node_modules/protection-pathways/", import.meta.url).pathname;
const packBytes = () => readdirSync(join(pkg, "packs")).filter((f) => f.endsWith(".ppk")).map((f) => readFileSync(join(pkg, "packs", f)));
js.loadPacks(packBytes());
// The script form, as loadScript runs it: in a realm of its own (a browser gives it TextEncoder
// and TextDecoder; nothing else is lent), where it defines the global ProtectionPathways.
const realm = vm.createContext({ TextEncoder, TextDecoder });
vm.runInContext(readFileSync(join(pkg, "js/protection_pathways.iife.js"), "utf8"), realm, { filename: "protection_pathways.iife.js" });
const script = realm.ProtectionPathways;
// Values made in this realm go in as JSON text and come out the same way, so that only the
// engine's answer is compared (not which realm's Object made it).
const scriptApi = Object.fromEntries(
  ["assess", "computeDeadline"].map((name) => [name, (...args) => JSON.parse(vm.runInContext(`JSON.stringify(ProtectionPathways.${name}(...JSON.parse(args)))`, Object.assign(realm, { args: JSON.stringify(args) })))]),
);
script.loadPacks(packBytes());

/** The answer of `call` as text: the result, or the error's code, path and message. */
function answer(call) {
  try {
    return JSON.stringify(call());
  } catch (e) {
    return `error ${e?.name} ${e?.code} ${e?.path} ${e?.message}`;
  }
}

function same(what, f, other = js) {
  const a = answer(() => f(wasm));
  const b = answer(() => f(other));
  assert.equal(b, a, `${what}: the pure-JS build answers otherwise`);
}

/**
 * A seeded generator (mulberry32): `rnd(n)` is 0 … n-1, the same sequence on every run. (An LCG
 * in plain numbers loses its low bits past 2^53, and its `% 2` then is nearly always 0.)
 */
function seeded(seed) {
  let a = seed | 0;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

function files(dir) {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith(".json") ? [join(dir, f)] : []));
}

test("the pure-JS build names no WebAssembly, eval or new Function", () => {
  const built = readdirSync(join(pkg, "js")).filter((f) => /\.(c?js|mjs)$/.test(f));
  for (const f of ["index.js", "index.cjs", "engine.wasm.js", "protection_pathways.iife.js", "htcds.js", "htcds.cjs", "htcds-engine.wasm.js", "htcds.iife.js"]) assert.ok(built.includes(f), `js/${f} is built`);
  for (const f of built) {
    const text = readFileSync(join(pkg, "js", f), "utf8");
    for (const banned of ["WebAssembly", "eval(", "new Function"]) assert.ok(!text.includes(banned), `js/${f} names ${banned}`);
  }
  // CommonJS too.
  const cjs = require("protection-pathways/js");
  assert.equal(typeof cjs.assess, "function");
});

test("the pure-JS build answers every conformance case as the wasm build does", () => {
  const root = process.env.PP_REPO;
  assert.ok(root, "PP_REPO names the repository");
  let n = 0;
  for (const file of files(join(root, "tests/cases"))) {
    const c = JSON.parse(readFileSync(file, "utf8"));
    for (const locale of ["en", "de"]) {
      if (file.includes("/deadlines/")) same(file, (e) => e.computeDeadline({ ...c.input, locale }));
      else same(`${file} (${locale})`, (e) => e.assess(c.input, { locale }));
      n++;
    }
  }
  assert.ok(n > 150, `${n} comparisons`);
});

test("the pure-JS build answers 3,000 generated cases as the wasm build does", () => {
  const rnd = seeded(20261207);
  const pick = (xs) => xs[rnd(xs.length)];
  const day = () => `${2018 + rnd(10)}-${String(1 + rnd(12)).padStart(2, "0")}-${String(1 + rnd(28)).padStart(2, "0")}`;
  const J = ["AT", "NL", "FR", "ES", "RS", "MD", "DE", "BE", "IT", "IE", "GB", "EU", "COE"];
  for (let i = 0; i < 3000; i++) {
    const c = { jurisdiction: pick(J), asOf: day() };
    if (rnd(2)) c.person = { citizenships: [pick(["NG", "RO", "AL", "VN", "BR", "UA", "SY"])], dateOfBirth: `${1980 + rnd(30)}-0${1 + rnd(9)}-1${rnd(9)}` };
    if (rnd(2)) c.identification = { stage: pick(["indicators", "referral", "reasonable-grounds", "conclusive"]) };
    if (rnd(2)) c.reflection = { startDate: day() };
    if (rnd(3) === 0) c.stay = { status: "asylum-applicant", asylum: { lodgedDate: day(), procedure: pick(["regular", "accelerated", "border", "dublin"]), decision: pick(["rejected", "inadmissible"]), decisionNotifiedDate: day() } };
    if (rnd(3) === 0) c.cooperation = { willing: rnd(2) === 0, proceedings: pick(["none", "investigation", "prosecution", "trial"]) };
    if (c.jurisdiction === "GB" && rnd(2)) c.region = pick(["GB-ENG", "GB-SCT", "GB-NIR"]);
    // Chosen once, outside the calls: both builds get the same request.
    const locale = pick(["en", "de", "fr", "ro"]);
    const period = pick(["P14D", "P1M", "P2W", "P30D"]);
    same(`${JSON.stringify(c)} (${locale})`, (e) => e.assess(c, { locale }));
    same(`deadline ${i}`, (e) => e.computeDeadline({ jurisdiction: c.jurisdiction, from: c.asOf, period, locale }));
  }
});

test("the glue reads the memory through views checked by their buffer, which wasm2js replaces on growth", () => {
  // wasm-bindgen checks its cached views by detachment, which never happens with wasm2js's
  // memory: a view left on the old buffer reads (or writes) stale bytes after a growth. Found in
  // Lightning Web Security's sandbox, where a first call returned nothing (tests/e2e/lightning.test.mjs).
  for (const file of ["js/protection_pathways_bg.js", "js/htcds_bg.js"]) {
    const glue = readFileSync(join(pkg, file), "utf8");
    const checks = [...glue.matchAll(/if \((cached\w+Memory0) === null \|\| (.*)\) \{/g)];
    assert.deepEqual(checks.map((m) => m[1]).sort(), ["cachedDataViewMemory0", "cachedUint8ArrayMemory0"], file);
    for (const [, view, test] of checks) assert.equal(test, `${view}.buffer !== wasm.memory.buffer`, file);
  }
});

test("the single-file script answers every conformance case as the wasm build does", () => {
  assert.equal(typeof script?.assess, "function", "the script defines ProtectionPathways");
  let n = 0;
  for (const file of files(join(process.env.PP_REPO, "tests/cases"))) {
    const c = JSON.parse(readFileSync(file, "utf8"));
    if (file.includes("/deadlines/")) same(`${file} (script)`, (e) => e.computeDeadline({ ...c.input, locale: "fr" }), scriptApi);
    else same(`${file} (script)`, (e) => e.assess(c.input, { locale: "fr" }), scriptApi);
    n++;
  }
  assert.ok(n > 150, `${n} comparisons`);
});

// The HTCDS module as plain JS (js/htcds.js, tools/build-purejs.mjs --htcds), against its wasm.
test("the pure-JS HTCDS module reads 2,000 generated records as the wasm module does, and its script too", async () => {
  const wasmHtcds = await import("protection-pathways/htcds");
  await wasmHtcds.default();
  const jsHtcds = await import("protection-pathways/js/htcds");
  const cjsHtcds = require("protection-pathways/js/htcds");
  const realmH = vm.createContext({ TextEncoder, TextDecoder });
  vm.runInContext(readFileSync(join(pkg, "js/htcds.iife.js"), "utf8"), realmH, { filename: "htcds.iife.js" });
  const scriptFrom = (record, options) =>
    JSON.parse(vm.runInContext("JSON.stringify(ProtectionPathwaysHTCDS.fromHTCDS(...JSON.parse(args)))", Object.assign(realmH, { args: JSON.stringify([record, options]) })));
  assert.equal(JSON.stringify(jsHtcds.htcdsSchema()), JSON.stringify(wasmHtcds.htcdsSchema()));
  // Records drawn from the schema's own value sets, with a few values outside them and some
  // impossible dates, so that both the mappings and the errors are compared.
  const schema = wasmHtcds.htcdsSchema();
  const fields = Object.entries(schema.properties ?? {}).filter(([name]) => name !== "historicTraffickingEvents");
  const eventFields = Object.entries(schema.properties?.historicTraffickingEvents?.items?.properties ?? {});
  assert.ok(fields.length > 40 && eventFields.length > 3, "the schema lists the HTCDS fields");
  const rnd = seeded(20261207);
  const values = (spec) => {
    const choices = spec.enum ?? spec.items?.enum ?? spec.anyOf?.flatMap((s) => s.enum ?? []) ?? [];
    const pool = [...choices, "2026-02-31", "1990-05-04", "NG", "ua", "NGA", "srb", "AND", "Not a value", "", 7, true, null];
    const v = pool[rnd(pool.length)];
    return (spec.type === "array" || spec.anyOf) && rnd(2) ? [v, pool[rnd(pool.length)]] : v;
  };
  const jurisdictions = ["AT", "NL", "FR", "ES", "RS", "MD", "DE", "GB", "EU", "PL", "XX"];
  const outcomes = {};
  const drawn = new Set();
  let alpha3 = 0;
  for (let i = 0; i < 2000; i++) {
    const record = {};
    for (let k = rnd(8); k > 0; k--) {
      const [name, spec] = fields[rnd(fields.length)];
      record[name] = values(spec);
    }
    if (rnd(3) === 0) {
      record.historicTraffickingEvents = Array.from({ length: 1 + rnd(2) }, () => {
        const e = {};
        for (let k = 1 + rnd(3); k > 0; k--) {
          const [name, spec] = eventFields[rnd(eventFields.length)];
          e[name] = values(spec);
        }
        return e;
      });
    }
    const options = { jurisdiction: jurisdictions[rnd(jurisdictions.length)], ...(rnd(2) ? { asOf: "2026-12-07" } : {}) };
    const want = answer(() => wasmHtcds.fromHTCDS(record, options));
    const kind = want.startsWith("error") ? want.split(" ")[2] : "read";
    outcomes[kind] = (outcomes[kind] ?? 0) + 1;
    for (const name of Object.keys(record)) drawn.add(name);
    if (/"citizenships":\["[A-Z]{2}"/.test(want) && /"prs_Citizenship":\[?"[A-Za-z]{3}"/.test(JSON.stringify(record))) alpha3 += 1;
    assert.equal(answer(() => jsHtcds.fromHTCDS(record, options)), want, `record ${i}: ${JSON.stringify(record)}`);
    assert.equal(answer(() => cjsHtcds.fromHTCDS(record, options)), want, `record ${i} (CommonJS)`);
    if (i % 10 === 0) assert.equal(answer(() => scriptFrom(record, options)), want, `record ${i} (script)`);
  }
  // The draw is not vacuous: most fields drawn, records read and refused for each reason, and
  // three-letter citizenships read.
  assert.ok(drawn.size > fields.length * 0.9, `fields drawn: ${drawn.size} of ${fields.length}`);
  assert.ok(outcomes.read > 200 && outcomes.invalid_date > 20 && outcomes.unknown_value > 20 && outcomes.wrong_type > 20, JSON.stringify(outcomes));
  assert.ok(alpha3 > 5, `three-letter citizenships read: ${alpha3}`);
});
