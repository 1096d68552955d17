// The same five eligibility conditions, decided for a caseload by our engine and by its peers in
// one process, so that the ratios hold on a shared machine (absolute rates drift by 20 % or more):
//   1. identified
//   2. non-EU ∧ cooperating ∧ proceedings ∧ ties severed
//   3. age < 18 ∨ age disputed
//   4. non-EU ∧ fear of persecution
//   5. EU citizen
// GoRules ZEN's wasm expression engine (@gorules/zen-engine-wasm) and json-rules-engine evaluate
// the five bare conditions; a plain JS function is the floor; ours assesses the same facts as
// cases with assessMany({ detail: "summary" }) — every pathway of the profile, not five booleans.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** `n` invented caseload rows, deterministic (no Math.random: the same run each time). */
export function facts(n) {
  const rows = [];
  let x = 12345;
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < n; i++) {
    const eu = next() < 0.2;
    rows.push({
      identified: next() < 0.5,
      nonEu: !eu,
      eu,
      cooperating: next() < 0.6,
      proceedings: next() < 0.4,
      tiesSevered: next() < 0.5,
      age: 14 + Math.floor(next() * 30),
      ageDisputed: next() < 0.1,
      fear: next() < 0.3,
    });
  }
  return rows;
}

/** A row as one of our cases (the EU baseline profile, assessed on 27 November 2026). */
export function asCase(r, i) {
  const year = 2026 - r.age - 1;
  return {
    jurisdiction: "EU",
    asOf: "2026-11-27",
    person: {
      citizenships: [r.eu ? "RO" : "NG"],
      dateOfBirth: `${year}-0${1 + (i % 9)}-1${i % 10}`,
      ...(r.ageDisputed ? { ageDisputed: true } : {}),
    },
    identification: { stage: r.identified ? "conclusive" : "indicators" },
    cooperation: { willing: r.cooperating, proceedings: r.proceedings ? "investigation" : "none", tiesSevered: r.tiesSevered },
    protectionNeeds: { fearOfPersecution: r.fear },
  };
}

const EXPRESSIONS = [
  "identified",
  "nonEu and cooperating and proceedings and tiesSevered",
  "age < 18 or ageDisputed",
  "nonEu and fear",
  "eu",
];

function plain(r) {
  return [r.identified, r.nonEu && r.cooperating && r.proceedings && r.tiesSevered, r.age < 18 || r.ageDisputed, r.nonEu && r.fear, r.eu];
}

const rate = (n, nanos) => Math.round(n / (Number(nanos) / 1e9));

/** Cases per second for each engine on `n` rows (after a warm-up of each). */
export async function peers(pp, n = 20_000) {
  const rows = facts(n);
  const cases = rows.map(asCase);
  const out = { cases: n };

  // Ours.
  pp.assessMany(cases.slice(0, 1000), { detail: "summary" });
  let t = process.hrtime.bigint();
  const ours = pp.assessMany(cases, { detail: "summary" });
  out.ours = rate(n, process.hrtime.bigint() - t);
  const failed = ours.filter((item) => item.error);
  if (failed.length) throw new Error(`our engine refused ${failed.length} bench cases: ${JSON.stringify(failed[0].error)}`);

  // The floor.
  let sink = 0;
  for (const r of rows.slice(0, 1000)) sink += plain(r).filter(Boolean).length;
  t = process.hrtime.bigint();
  for (const r of rows) sink += plain(r).filter(Boolean).length;
  out.plainJs = rate(n, process.hrtime.bigint() - t);

  // GoRules ZEN (wasm), one compiled expression per condition.
  const zen = await import("@gorules/zen-engine-wasm");
  const zenDir = dirname(require.resolve("@gorules/zen-engine-wasm/package.json"));
  zen.initSync({ module: readFileSync(join(zenDir, "dist/zen_engine_wasm_bg.wasm")) });
  const zenRow = (r) => EXPRESSIONS.map((e) => zen.evaluateExpression(e, r));
  if (zenRow(rows[0]).join() !== plain(rows[0]).join()) throw new Error(`ZEN disagrees with the plain function: ${zenRow(rows[0])}`);
  for (const r of rows.slice(0, 1000)) zenRow(r);
  t = process.hrtime.bigint();
  for (const r of rows) sink += zenRow(r).filter(Boolean).length;
  out.zen = rate(n, process.hrtime.bigint() - t);

  // json-rules-engine, five rules, one run per case.
  const { Engine } = require("json-rules-engine");
  const engine = new Engine([], { allowUndefinedFacts: true });
  const fact = (name, value = true) => ({ fact: name, operator: "equal", value });
  const rules = [
    { all: [fact("identified")] },
    { all: [fact("nonEu"), fact("cooperating"), fact("proceedings"), fact("tiesSevered")] },
    { any: [{ fact: "age", operator: "lessThan", value: 18 }, fact("ageDisputed")] },
    { all: [fact("nonEu"), fact("fear")] },
    { all: [fact("eu")] },
  ];
  rules.forEach((conditions, i) => engine.addRule({ conditions, event: { type: `c${i + 1}` } }));
  for (const r of rows.slice(0, 1000)) await engine.run(r);
  t = process.hrtime.bigint();
  for (const r of rows) sink += (await engine.run(r)).events.length;
  out.jsonRulesEngine = rate(n, process.hrtime.bigint() - t);

  out.checksum = sink;
  out.oursVsZen = out.ours / out.zen;
  return out;
}
