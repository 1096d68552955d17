// Inside Lightning, as far as it can be run outside an org (issue 16):
//  (a) the pure-JS build (pkg/js/protection_pathways.iife.js) evaluated in Lightning Web
//      Security's own sandbox (@locker/sandbox, with the vendor's WebAssembly block: see
//      tests/lightning/lws-host.js) loads its packs and assesses a case there, with the wasm
//      build's answer, byte for byte;
//  (b) the wasm build is refused in the same sandbox, so the sandbox is real;
//  (c) the example LWC c-protection-pathways-js, compiled by the open-source LWC compiler, loads
//      the pure-JS build with loadScript, on a page that deleted globalThis.WebAssembly and whose
//      CSP allows neither wasm nor eval,
//      renders the pathways and the next act-by date, and writes the date back to the record;
//  (a′) the pure-JS HTCDS module (pkg/js/htcds.iife.js), loaded beside the engine in the same
//      sandbox, maps an HTCDS record as the wasm module does, and the engine assesses the case;
//  (b′) the pure-JS build and the example LWC pass Lightning Web Security's lint rules
//      (@locker/eslint-config-locker's recommended set, plus the WebAssembly block: lint.mjs).
// If the pure-JS build ever touches WebAssembly, (a) and (c) fail.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../tools/server.mjs";
import { launch, watch, leftovers } from "../js/support/browser.mjs";
import { buildLightning, out } from "../lightning/build.mjs";
import { lint } from "../lightning/lint.mjs";
import * as wasm from "../../pkg/node.mjs";
import * as htcdsWasm from "../../pkg/htcds-node.mjs";
import { caseFromRecord, nextActBy } from "../../examples/salesforce/force-app/main/default/lwc/protectionPathwaysCase/protectionPathwaysCase.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

// The sandbox evaluates code with eval in its own realm, so its page needs 'unsafe-eval'; it
// also allows wasm, so that the wasm build's refusal is the sandbox's doing, not the page's.
const SANDBOX_CSP = "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'self'";
// The LWC page: neither wasm nor eval.
const LWC_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

// A record as getRecord gives it: an Austrian asylum application lodged on 1 March 2026 (before
// the Pact applies), refused by a decision notified on 26 November 2026.
const RECORD = {
  apiName: "Case__c",
  id: "a01000000000001AAA",
  fields: {
    Citizenships__c: { value: "NG" },
    Date_of_Birth__c: { value: "1998-05-04" },
    Identification_Stage__c: { value: "reasonable-grounds" },
    Asylum_Lodged__c: { value: "2026-03-01" },
    Asylum_Procedure__c: { value: "regular" },
    Asylum_Decision__c: { value: "rejected" },
    Asylum_Decision_Notified__c: { value: "2026-11-26" },
    Jurisdiction__c: { value: "AT" },
  },
};
// The same with no date of lodging: which rules apply is not known. Its next date to act by is
// saved already.
const UNSURE = { ...RECORD, id: "a01000000000002AAA", fields: { ...RECORD.fields, Asylum_Lodged__c: { value: null }, Next_Act_By_Date__c: { value: "2026-12-10" } } };
const AS_OF = "2026-11-27";
const CASE = { ...caseFromRecord(RECORD), asOf: AS_OF };

let site;
let origin;
let browser;

before(async () => {
  await buildLightning({ lang: "en-US" });
  site = await serve({
    mounts: { "/": join(root, "tests/lightning"), "/build/": out, "/pkg/": join(root, "pkg") },
    csp: (req) => (new URL(req.url, "http://x").pathname === "/lwc.html" ? LWC_CSP : SANDBOX_CSP),
  });
  origin = new URL(site.url).origin;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

/** Evaluates `source` in the LWS sandbox `key` of `page`; the code calls report(text) or fail(text). */
function inSandbox(page, key, source, values = {}) {
  return page.evaluate(
    ({ key, source, values }) =>
      new Promise((resolve) => {
        window.lightningSandbox(key, source, {
          ...values,
          report: (text) => resolve({ ok: String(text) }),
          fail: (text) => resolve({ error: String(text) }),
        });
      }),
    { key, source, values },
  );
}

test("the pure-JS build assesses a case inside Lightning Web Security, as the wasm build does", async () => {
  const page = await browser.context.newPage();
  const seen = watch(page, origin);
  await page.goto(`${origin}/sandbox.html`);
  const build = readFileSync(join(root, "pkg/js/protection_pathways.iife.js"), "utf8");
  const run = `;(function () {
    var untouched = true;
    try { new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); } catch (e) { untouched = String(e.message); }
    ProtectionPathways.loadFrom(base, { jurisdictions: ["AT"], locales: ["en"] })
      .then(function (names) {
        var a = ProtectionPathways.assess(JSON.parse(kase), { locale: "en" });
        report(JSON.stringify({ names: names, webAssembly: untouched, assessment: JSON.stringify(a) }));
      })
      .catch(function (e) { fail((e && e.code) + " " + (e && e.message) + " " + (e && e.stack)); });
  })();`;
  const got = await inSandbox(page, "pp-purejs", build + run, { base: `${origin}/pkg/packs/`, kase: JSON.stringify(CASE) });
  assert.equal(got.error, undefined, `in the sandbox: ${got.error}`);
  const inside = JSON.parse(got.ok);
  // The sandbox is the blocking one: WebAssembly is there, and touching it is refused.
  assert.match(inside.webAssembly, /Lightning Web Security: Cannot access Module/);
  assert.deepEqual(inside.names.sort(), ["law/AT", "law/COE", "law/EU", "locale/en"]);
  // The same answer as the wasm build's in Node, byte for byte.
  assert.equal(inside.assessment, JSON.stringify(wasm.assess(CASE, { locale: "en" })));
  const a = JSON.parse(inside.assessment);
  // Four weeks (§ 16(1) BFA-VG) from 26 November end on Thursday 24 December, which § 33(2) AVG
  // does not count as a working day; the next working day is Monday 28 December.
  assert.equal(a.timeline.find((e) => e.id === "asylum-appeal")?.date, "2026-12-28");
  // What runs in the sandbox stays there: the host page got no global.
  assert.equal(await page.evaluate(() => typeof window.ProtectionPathways), "undefined");
  assert.deepEqual(seen.foreign(), []);
  // The sandbox's own realm is an iframe with allow-scripts and allow-same-origin, which
  // Chromium warns of; nothing else may be said.
  assert.deepEqual(seen.problems.filter((p) => !p.includes("allow-scripts and allow-same-origin")), []);
  await page.close();
});

test("the pure-JS HTCDS module maps a record inside Lightning Web Security, as the wasm module does", async () => {
  const page = await browser.context.newPage();
  const seen = watch(page, origin);
  await page.goto(`${origin}/sandbox.html`);
  // Both scripts in one sandbox, as a component loads them: the record mapped, then assessed.
  const build = readFileSync(join(root, "pkg/js/protection_pathways.iife.js"), "utf8") + ";\n" + readFileSync(join(root, "pkg/js/htcds.iife.js"), "utf8");
  // A record as a VCMS (HTCDS-based) org exports it, and one with a value outside HTCDS.
  const record = { prs_Birthdate__c: "1998-05-04", prs_Citizenship__c: "NG", prs_Gender__c: "Feminine", vic_TypeOfExploitation__c: "SexualExploitation;ForcedLabour", prs_Email__c: "a@example.org", historicTraffickingEvents: [{ hte_Type__c: "Exploitation", hte_Country__c: "AT", hte_Date__c: "2026-03-01" }] };
  const run = `;(function () {
    ProtectionPathways.loadFrom(base, { jurisdictions: ["AT"], locales: ["en"] })
      .then(function () {
        var read = ProtectionPathwaysHTCDS.fromHTCDS(JSON.parse(rec), { jurisdiction: "AT", asOf: "2026-11-27" });
        var refused;
        try { ProtectionPathwaysHTCDS.fromHTCDS({ prs_Gender: "F" }, { jurisdiction: "AT" }); } catch (e) { refused = e.code + " " + e.path; }
        var assessment = ProtectionPathways.assess(read.case, { locale: "en" });
        report(JSON.stringify({ read: JSON.stringify(read), refused: refused, assessment: JSON.stringify(assessment) }));
      })
      .catch(function (e) { fail((e && e.code) + " " + (e && e.message) + " " + (e && e.stack)); });
  })();`;
  const got = await inSandbox(page, "pp-purejs-htcds", build + run, { rec: JSON.stringify(record), base: `${origin}/pkg/packs/` });
  assert.equal(got.error, undefined, `in the sandbox: ${got.error}`);
  const inside = JSON.parse(got.ok);
  await htcdsWasm.default?.();
  assert.equal(inside.read, JSON.stringify(htcdsWasm.fromHTCDS(record, { jurisdiction: "AT", asOf: "2026-11-27" })));
  const read = JSON.parse(inside.read);
  assert.deepEqual(read.case.exploitation.forms.sort(), ["forced-labour", "sexual"]);
  assert.ok(read.ignored.some((i) => i.field === "prs_Email__c" && i.reason === "personal-data"), inside.read);
  assert.equal(inside.refused, "unknown_value prs_Gender");
  // The case it made is assessed there as the wasm build assesses it in Node.
  assert.equal(inside.assessment, JSON.stringify(wasm.assess(read.case, { locale: "en" })));
  assert.equal(await page.evaluate(() => typeof window.ProtectionPathwaysHTCDS), "undefined");
  assert.deepEqual(seen.foreign(), []);
  assert.deepEqual(seen.problems.filter((p) => !p.includes("allow-scripts and allow-same-origin")), []);
  await page.close();
});

test("the wasm build is refused inside the same sandbox", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/sandbox.html`);
  const glue = readFileSync(join(out, "wasm-glue.js"), "utf8");
  // Outside the sandbox, on the same page, the same glue runs: the page allows wasm.
  const outside = await page.evaluate(async ({ glue, wasmUrl }) => {
    (0, eval)(glue);
    await window.PPWasm.default({ module_or_path: wasmUrl });
    return typeof window.PPWasm.assess;
  }, { glue, wasmUrl: `${origin}/pkg/protection_pathways_bg.wasm` });
  assert.equal(outside, "function");
  // Inside: both ways of starting it are refused by Lightning Web Security.
  const run = `;(function () {
    var sync;
    try { PPWasm.initSync({ module: new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]) }); sync = "started"; } catch (e) { sync = String(e.message); }
    PPWasm.default({ module_or_path: wasmUrl })
      .then(function () { report(JSON.stringify({ sync: sync, async: "started" })); })
      .catch(function (e) { report(JSON.stringify({ sync: sync, async: String(e.message) })); });
  })();`;
  const got = await inSandbox(page, "pp-wasm", glue + run, { wasmUrl: `${origin}/pkg/protection_pathways_bg.wasm` });
  assert.equal(got.error, undefined);
  const refused = JSON.parse(got.ok);
  assert.match(refused.sync, /Lightning Web Security: Cannot access/);
  assert.match(refused.async, /Lightning Web Security: Cannot access/);
  await page.close();
});

/** Opens the LWC page on `record`, on AS_OF; resolves to the page once the date is shown. */
async function openComponent(record) {
  const page = await browser.context.newPage();
  const seen = watch(page, origin);
  // The user's today, in the browser (the component counts overdue dates from it).
  await page.clock.setFixedTime(new Date(`${AS_OF}T10:00:00`));
  await page.addInitScript(({ record }) => {
    globalThis.testRecords = { [record.id]: record };
    globalThis.testRecordId = record.id;
  }, { record });
  const response = await page.goto(`${origin}/lwc.html`);
  await page.locator("c-protection-pathways-js .pp-next-date").waitFor({ timeout: 20_000 });
  return { page, seen, csp: response.headers()["content-security-policy"] };
}

test("the example LWC runs the pure-JS build with no WebAssembly and a CSP without wasm or eval", async () => {
  const { page, seen, csp } = await openComponent(RECORD);
  assert.equal(csp, LWC_CSP);
  assert.ok(!csp.includes("wasm-unsafe-eval") && !csp.includes("unsafe-eval"));
  assert.equal(await page.evaluate(() => typeof globalThis.WebAssembly), "undefined");
  const shown = (selector) => page.locator(`c-protection-pathways-js ${selector}`);
  // The date the wasm build gives for the same record on the same day: read from the law above.
  const assessment = wasm.assess(CASE, { locale: "en-US" });
  assert.equal(nextActBy(assessment).date, "2026-12-28");
  assert.equal(await shown(".pp-next-date").textContent(), "2026-12-28");
  assert.ok(assessment.pathways.length > 0);
  assert.deepEqual(await shown(".pp-pathways li").allTextContents(), assessment.pathways.map((p) => `${p.label}: ${p.explanation}`));
  assert.equal(await shown(".pp-status").textContent(), "");
  // Written back to the record, as the org's Date field.
  assert.deepEqual(await page.evaluate(() => globalThis.savedRecords), [{ fields: { Id: RECORD.id, Next_Act_By_Date__c: "2026-12-28" } }]);
  assert.deepEqual(seen.foreign(), []);
  assert.deepEqual(seen.problems, []);
  assert.deepEqual(await leftovers(page), { cookies: 0, local: 0, session: 0, indexedDB: [] });
  await page.close();
});

test("the example LWC shows the earliest date and the other reading when the rules are not certain", async () => {
  const { page, seen } = await openComponent(UNSURE);
  const shown = (selector) => page.locator(`c-protection-pathways-js ${selector}`);
  // Lodged after 11 June 2026, the APR's 2 weeks at the least (art. 67(7)(b)), counted under its
  // art. 73: Thursday 10 December; lodged before, the 4 weeks of § 16(1) BFA-VG: 28 December.
  assert.equal(await shown(".pp-next-date").textContent(), "2026-12-10");
  const notes = (await shown(".pp-next ~ p").allTextContents()).join("\n");
  assert.match(notes, /earliest possible date/);
  assert.match(notes, /Monday 28 December 2026/);
  // The record holds that date already: nothing is saved (saving refreshes the record).
  assert.equal(await page.evaluate(() => globalThis.savedRecords), undefined);
  assert.deepEqual(seen.problems, []);
  await page.close();
});

test("the pure-JS build, its HTCDS module and the example LWC pass Lightning Web Security's lint rules", async () => {
  const lwc = join(root, "examples/salesforce/force-app/main/default/lwc");
  const files = [
    { path: join(root, "pkg/js/protection_pathways.iife.js"), sourceType: "script" },
    { path: join(root, "pkg/js/index.js") },
    { path: join(root, "pkg/js/htcds.iife.js"), sourceType: "script" },
    { path: join(root, "pkg/js/htcds.js") },
    ...["protectionPathwaysJs", "protectionPathwaysCase", "protectionPathways"].map((c) => ({ path: join(lwc, c, `${c}.js`) })),
  ];
  const messages = await lint(files, { cwd: root });
  const errors = messages.filter((m) => m.severity === 2);
  assert.deepEqual(errors, [], "what Lightning Web Security blocks");
  // What LWS changes but allows, each said in docs/salesforce.md: fetch (loadFrom fetches the
  // packs from the org's static resource), and, in the widget's code compiled into the same
  // engine (not used by an LWC), setTimeout and URL.createObjectURL (the .ics download).
  const warned = [...new Set(messages.map((m) => m.rule))].sort();
  assert.deepEqual(warned, ["@locker/locker/distorted-url-create-object-url", "@locker/locker/distorted-window-fetch", "@locker/locker/distorted-window-set-timeout"]);
  // The lint is live: code that touches what LWS blocks fails it.
  const bad = await lint([{ path: join(root, "tests/lightning/known-bad.js"), sourceType: "script", text: 'window.find("x");\nWebAssembly.instantiate(bytes);\nglobalThis.WebAssembly;\nnew Worker("w.js");\neval("1");\n' }], { cwd: root });
  const failing = bad.filter((m) => m.severity === 2).map((m) => `${m.line} ${m.rule}`);
  for (const expected of ["1 @locker/locker/distorted-window-blocked-properties", "2 no-restricted-properties", "3 no-restricted-properties", "4 @locker/locker/distorted-worker-constructor", "5 no-eval"]) {
    assert.ok(failing.includes(expected), `${expected} in ${failing.join(", ")}`);
  }
});
