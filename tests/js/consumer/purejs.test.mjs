// protection-pathways/js, the pure-JS build (tools/build-purejs.mjs), against the wasm build:
// the same output, byte for byte, on every conformance case and on a few thousand generated
// cases, in two locales; and nothing in it names WebAssembly, eval or new Function.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import * as wasm from "protection-pathways";
import * as js from "protection-pathways/js";

const require = createRequire(import.meta.url);
const pkg = new URL("./node_modules/protection-pathways/", import.meta.url).pathname;
js.loadPacks(readdirSync(join(pkg, "packs")).filter((f) => f.endsWith(".ppk")).map((f) => readFileSync(join(pkg, "packs", f))));

/** The answer of `call` as text: the result, or the error's code, path and message. */
function answer(call) {
  try {
    return JSON.stringify(call());
  } catch (e) {
    return `error ${e?.name} ${e?.code} ${e?.path} ${e?.message}`;
  }
}

function same(what, f) {
  const a = answer(() => f(wasm));
  const b = answer(() => f(js));
  assert.equal(b, a, `${what}: the pure-JS build answers otherwise`);
}

function files(dir) {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith(".json") ? [join(dir, f)] : []));
}

test("the pure-JS build names no WebAssembly, eval or new Function", () => {
  for (const f of readdirSync(join(pkg, "js")).filter((f) => /\.(c?js)$/.test(f))) {
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
  assert.ok(n > 300, `${n} comparisons`);
});

test("the pure-JS build answers 3,000 generated cases as the wasm build does", () => {
  // A small seeded generator: the same cases on every run.
  let seed = 20261207;
  const rnd = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
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
