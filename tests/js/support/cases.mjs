// The conformance cases of tests/cases/, for the JS runners, with the same checks as
// tests/support/cases.rs (kept in step: a case file means the same thing to every runner).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export function loadCases(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".json")) out.push({ name: relative(dir, path), ...JSON.parse(readFileSync(path, "utf8")) });
    }
  };
  walk(dir);
  return out;
}

/** Checks one case against `run(input)`; throws an Error saying what differs. */
export function checkCase(c, run) {
  let result;
  let error;
  try {
    result = run(structuredClone(c.input));
  } catch (e) {
    error = e;
  }
  if (c.expectError) {
    if (!error) throw new Error(`${c.name}: expected ${c.expectError.code}, got a result ${result?.date}`);
    if (!(error instanceof Error) || error.name !== "ProtectionPathwaysError") throw new Error(`${c.name}: thrown value is not a ProtectionPathwaysError: ${error}`);
    if (error.code !== c.expectError.code || error.path !== c.expectError.path) {
      throw new Error(`${c.name}: expected ${c.expectError.code} at '${c.expectError.path}', got ${error.code} at '${error.path}': ${error.message}`);
    }
    if (!error.message) throw new Error(`${c.name}: error without a message`);
    return;
  }
  if (error) throw new Error(`${c.name}: unexpected ${error.code}: ${error.message}`);
  const again = run(structuredClone(c.input));
  if (JSON.stringify(again) !== JSON.stringify(result)) throw new Error(`${c.name}: two runs differ`);
  const last = result.steps.at(-1);
  if (last.code !== "result" || last.date !== result.date) throw new Error(`${c.name}: the last step is not the result`);
  const pick = {
    date: (r) => r.date,
    earliestPossible: (r) => r.earliestPossible,
    period: (r) => r.period,
    calendar: (r) => r.calendar ?? null,
    holidays: (r) => r.holidays.map((h) => h.date),
    alternative: (r) => r.alternative?.date ?? null,
    rule: (r) => r.rule.id,
    ruleStatus: (r) => r.rule.status,
    steps: (r) => r.steps.map((s) => s.code),
    assumptions: (r) => r.assumptions.map((a) => a.code),
  };
  for (const [key, want] of Object.entries(c.expect)) {
    if (key === "texts") {
      for (const [code, fragment] of Object.entries(want)) {
        if (!result.steps.some((s) => s.code === code && s.text.includes(fragment))) {
          throw new Error(`${c.name}: no '${code}' step says "${fragment}"`);
        }
      }
      continue;
    }
    if (!pick[key]) throw new Error(`${c.name}: unknown expectation ${key}`);
    const got = pick[key](result);
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${c.name}: ${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
}

/** Every kind of value a JS caller can pass. */
export function hostileValues() {
  const cyclic = {};
  cyclic.self = cyclic;
  let deep = [];
  for (let i = 0; i < 500; i++) deep = [deep];
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const many = {};
  for (let i = 0; i < 50_000; i++) many[`k${i}`] = i;
  return {
    undefined: undefined,
    null: null,
    true: true,
    zero: 0,
    minusZero: -0,
    NaN: NaN,
    Infinity: Infinity,
    hugeNumber: 1e308,
    emptyText: "",
    text: "P1D",
    hugeText: "x".repeat(5_000_000),
    loneSurrogate: "\ud8002026-01-01",
    html: "<img src=x onerror=alert(1)>",
    bidi: "\u202e2026-01-01",
    periodNbsp: "P1\u00a0D",
    periodEuro: "P30€",
    boxedString: new String("P1D"),
    symbol: Symbol("pp"),
    bigint: 5n,
    function: () => 1,
    array: ["EU", 1],
    deepArray: deep,
    cyclic,
    date: new Date(),
    map: new Map([["a", 1]]),
    typedArray: new Uint8Array(4),
    promise: Promise.resolve(1),
    throwingGetter: Object.defineProperty({ jurisdiction: "EU" }, "from", { get() { throw new Error("getter"); }, enumerable: true }),
    trappingProxy: new Proxy({}, { ownKeys() { throw new Error("trap"); } }),
    revokedProxy: revocable.proxy,
    manyKeys: many,
    emptyObject: {},
    nullPrototype: Object.create(null),
  };
}

/** Checks one assessment case (tests/cases/assess/…) against `run(input)`, as tests/support/cases.rs does. */
export function checkAssessment(c, run) {
  let result;
  let error;
  try {
    result = run(structuredClone(c.input));
  } catch (e) {
    error = e;
  }
  if (c.expectError) {
    if (!error) throw new Error(`${c.name}: expected ${c.expectError.code}, got an assessment`);
    if (error.code !== c.expectError.code || error.path !== c.expectError.path) {
      throw new Error(`${c.name}: expected ${c.expectError.code} at '${c.expectError.path}', got ${error.code} at '${error.path}': ${error.message}`);
    }
    return;
  }
  if (error) throw new Error(`${c.name}: unexpected ${error.code}: ${error.message}`);
  if (JSON.stringify(run(structuredClone(c.input))) !== JSON.stringify(result)) throw new Error(`${c.name}: two runs differ`);
  checkTimeline(c, result);
  checkGuidance(c, result);
  for (const [id, want] of Object.entries(c.expect.pathways ?? {})) {
    if (!want.law) throw new Error(`${c.name}: ${id} has no line of law`);
    const got = result.pathways.find((p) => p.id === id);
    if (!got) throw new Error(`${c.name}: no pathway ${id}`);
    if (got.state !== want.state) throw new Error(`${c.name}: ${id}: expected ${want.state}, got ${got.state} (${got.explanation})`);
    if (want.explains && !got.explanation.includes(want.explains)) throw new Error(`${c.name}: ${id}: the explanation does not say "${want.explains}"`);
    if (want.mustNotSay && got.explanation.includes(want.mustNotSay)) throw new Error(`${c.name}: ${id}: the explanation says "${want.mustNotSay}"`);
    if (want.status && got.status !== want.status) throw new Error(`${c.name}: ${id}: status ${got.status}, expected ${want.status}`);
    if (want.decidedBy && !got.decidedBy.some((a) => a.name.includes(want.decidedBy))) throw new Error(`${c.name}: ${id}: no authority named ${want.decidedBy}`);
    if (want.facts && JSON.stringify(got.factsToEstablish) !== JSON.stringify(want.facts)) throw new Error(`${c.name}: ${id}: facts ${JSON.stringify(got.factsToEstablish)}`);
    if (want.name && got.name !== want.name) throw new Error(`${c.name}: ${id}: expected version ${want.name}, got ${got.name}`);
  }
  for (const [key, value] of Object.entries(c.expect.person ?? {})) {
    if (JSON.stringify(result.person[key]) !== JSON.stringify(value)) throw new Error(`${c.name}: person.${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(result.person[key])}`);
  }
  if (c.expect.warnings && JSON.stringify(result.warnings.map((w) => w.code)) !== JSON.stringify(c.expect.warnings)) {
    throw new Error(`${c.name}: warnings ${JSON.stringify(result.warnings.map((w) => w.code))}`);
  }
  for (const path of c.expect.factsToEstablish ?? []) {
    if (!result.factsToEstablish.some((f) => f.path === path)) throw new Error(`${c.name}: ${path} is not among the facts to establish`);
  }
}

/** The timeline checks of tests/support/cases.rs (check_timeline). */
function checkTimeline(c, result) {
  const dates = result.timeline.map((e) => e.date);
  if (dates.some((d, i) => i > 0 && dates[i - 1] > d)) throw new Error(`${c.name}: timeline not in date order`);
  for (const e of result.timeline) {
    if (e.provision && !result.provisions[e.provision]?.article) throw new Error(`${c.name}: timeline ${e.id} cites ${e.provision}, not in provisions`);
  }
  for (const id of c.expect.timelineAbsent ?? []) {
    if (result.timeline.some((e) => e.id === id)) throw new Error(`${c.name}: timeline ${id} should not be there`);
  }
  for (const [id, want] of Object.entries(c.expect.timeline ?? {})) {
    if (!want.law) throw new Error(`${c.name}: timeline ${id} has no line of law`);
    const got = result.timeline.find((e) => e.id === id);
    if (!got) throw new Error(`${c.name}: no timeline entry ${id}`);
    for (const key of ["date", "kind", "earliestPossible", "overdue", "daysRemaining", "status", "period"]) {
      if (key in want && JSON.stringify(got[key]) !== JSON.stringify(want[key])) throw new Error(`${c.name}: timeline ${id}: ${key} ${JSON.stringify(got[key])}, expected ${JSON.stringify(want[key])}`);
    }
    if ("alternative" in want && (got.alternative?.date ?? null) !== want.alternative) throw new Error(`${c.name}: timeline ${id}: alternative ${got.alternative?.date}`);
  }
}

/** The guidance checks of tests/support/cases.rs (check_guidance). */
function checkGuidance(c, result) {
  const g = result.guidance;
  for (const s of g.steps) {
    for (const k of s.provisions) if (!result.provisions[k]?.article) throw new Error(`${c.name}: guidance ${s.id} cites ${k}, not in provisions`);
  }
  const want = c.expect.guidance;
  if (!want) return;
  const ids = g.steps.map((s) => s.id);
  for (const id of want.steps ?? []) if (!ids.includes(id)) throw new Error(`${c.name}: guidance step ${id} missing`);
  for (const id of want.notSteps ?? []) if (ids.includes(id)) throw new Error(`${c.name}: guidance step ${id} should not apply`);
  for (const id of want.contacts ?? []) if (!g.contacts.some((x) => x.id === id)) throw new Error(`${c.name}: contact ${id} missing`);
  const cited = g.steps.flatMap((s) => s.provisions);
  for (const k of want.notCited ?? []) if (cited.includes(k)) throw new Error(`${c.name}: ${k} should not be cited`);
  for (const k of want.cited ?? []) if (!cited.includes(k)) throw new Error(`${c.name}: ${k} should be cited`);
  if (want.first && g.ranked[0]?.pathway !== want.first) throw new Error(`${c.name}: ${want.first} should rank first`);
}
