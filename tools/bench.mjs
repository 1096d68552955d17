// The budgets of DESIGN.md that can be measured today. Run by `make bench`.
//   node tools/bench.mjs [--size-only] [--check]
// --check fails (exit 1) when a size budget is exceeded: sizes are deterministic, so `make test`
// runs it; timings are not, and stay out of tests.
// Writes build/bench.json and prints a table. Figures vary with the machine; the README quotes
// a run and the machine it ran on.
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cpus } from "node:os";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "pkg");
const out = {};

function sizes(file) {
  const bytes = readFileSync(join(pkg, file));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

out.size = {
  wasm: sizes("protection_pathways_bg.wasm"),
  // The web entry: the wrapper, wasm-bindgen's glue (with caseSchema()'s schema) and the pack URLs.
  webGlue: ["protection_pathways.js", "engine.js", "packs.js"].map(sizes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli })),
  nodeGlue: sizes("node.cjs"),
  element: ["element.js", "define.js"].map(sizes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli })),
  // The pure-JS build: the engine and the glue a page would load (the entry is small).
  pureJs: ["js/index.js", "js/engine.js", "js/engine.wasm.js", "js/protection_pathways_bg.js"].map(sizes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli })),
  // The same as one script, for a Salesforce static resource (loadScript).
  pureJsScript: sizes("js/protection_pathways.iife.js"),
  packs: Object.fromEntries(readdirSync(join(pkg, "packs")).sort().map((f) => [f, sizes(join("packs", f))])),
};
// What a page with the widget, Austria and German downloads: the engine, its JS, the element,
// Austria's pack with the EU and COE baselines it needs, and the German words.
const pagePacks = ["words-AT-de.ppk", "words-EU-de.ppk", "words-COE-de.ppk", "locale-de.ppk"];
out.size.pageAtDe = out.size.wasm.gzip + out.size.webGlue.gzip + out.size.element.gzip + pagePacks.reduce((n, f) => n + out.size.packs[f].gzip, 0);
// A jurisdiction's pack in English (law-) or in another locale's words (words-): the budget is
// the same for both.
const memberPacks = Object.entries(out.size.packs).filter(([f]) => (f.startsWith("law-") || f.startsWith("words-")) && !/^(law|words)-(EU|COE)[.-]/.test(f));
out.size.largestJurisdictionPack = memberPacks.reduce((m, [f, s]) => (s.gzip > m.gzip ? { file: f, gzip: s.gzip } : m), { gzip: 0 });
out.size.largestLocalePack = Object.entries(out.size.packs).filter(([f]) => f.startsWith("locale-")).reduce((m, [f, s]) => (s.gzip > m.gzip ? { file: f, gzip: s.gzip } : m), { gzip: 0 });

// The size budgets of DESIGN.md (KB read as 1000 bytes, the stricter reading).
const budgets = [
  ["engine wasm, gzip", out.size.wasm.gzip, 250_000],
  ["a page with the widget, AT and de, gzip", out.size.pageAtDe, 300_000],
  [`one jurisdiction pack, gzip (${out.size.largestJurisdictionPack.file})`, out.size.largestJurisdictionPack.gzip, 25_000],
  [`one locale pack, gzip (${out.size.largestLocalePack.file})`, out.size.largestLocalePack.gzip, 20_000],
];
if (process.argv.includes("--check")) {
  const over = budgets.filter(([, size, budget]) => size > budget);
  for (const [what, size, budget] of budgets) {
    console.log(`${size > budget ? "OVER" : "ok  "} ${what}: ${size.toLocaleString("en")} B (budget ${budget.toLocaleString("en")} B)`);
  }
  if (over.length) {
    console.error(`size budget exceeded: ${over.map(([w]) => w).join("; ")}`);
    process.exit(1);
  }
  if (process.argv.includes("--size-only")) process.exit(0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!process.argv.includes("--size-only")) {
  // Warm computeDeadline from JS (Node), median of 200 batches of 100 calls.
  const require = createRequire(import.meta.url);
  const pp = require(join(pkg, "node.cjs"));
  const request = { jurisdiction: "EU", from: "2026-01-31", period: "P1M" };
  for (let i = 0; i < 2000; i++) pp.computeDeadline(request);
  const batches = [];
  for (let b = 0; b < 200; b++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < 100; i++) pp.computeDeadline(request);
    batches.push(Number(process.hrtime.bigint() - t) / 100 / 1000);
  }
  out.computeDeadlineWarmMicros = { median: median(batches), p90: [...batches].sort((a, b) => a - b)[179] };

  // A typical case: what a case worker knows a few weeks in.
  const typical = {
    jurisdiction: "EU", asOf: "2026-11-27",
    person: { citizenships: ["NG"], dateOfBirth: "1995-04-02", gender: "female" },
    exploitation: { forms: ["sexual"] },
    identification: { stage: "reasonable-grounds", reasonableGroundsDate: "2026-10-02" },
    cooperation: { willing: true, complaintFiled: true, proceedings: "investigation" },
    personalSituation: { healthNeeds: true, riskOfReprisals: "unknown" },
    protectionNeeds: { fearOfPersecution: "unknown" },
  };
  const timePerCall = (f, calls = 50) => {
    for (let i = 0; i < 500; i++) f();
    const samples = [];
    for (let b = 0; b < 200; b++) {
      const t = process.hrtime.bigint();
      for (let i = 0; i < calls; i++) f();
      samples.push(Number(process.hrtime.bigint() - t) / calls / 1000);
    }
    return median(samples);
  };
  out.assessWarmMicros = timePerCall(() => pp.assess(typical));
  out.assessDecisionWarmMicros = timePerCall(() => pp.assess(typical, { detail: "decision" }));
  out.assessStatesWarmMicros = timePerCall(() => pp.assess(typical, { detail: "states" }));
  out.resultBytes = {
    full: JSON.stringify(pp.assess(typical)).length,
    decision: JSON.stringify(pp.assess(typical, { detail: "decision" })).length,
    states: JSON.stringify(pp.assess(typical, { detail: "states" })).length,
  };
  // The pure-JS build (protection-pathways/js, no WebAssembly) on the same case.
  const jsBuild = await import(join(pkg, "js/index.js"));
  jsBuild.loadPacks(readdirSync(join(pkg, "packs")).filter((f) => f.endsWith(".ppk")).map((f) => readFileSync(join(pkg, "packs", f))));
  out.pureJsAssessWarmMicros = timePerCall(() => jsBuild.assess(typical), 10);
  out.pureJsDeadlineWarmMicros = timePerCall(() => jsBuild.computeDeadline(request), 20);
  // What V8 alone spends parsing the full result's JSON, of the time above.
  const fullText = JSON.stringify(pp.assess(typical));
  out.parseFullResultMicros = timePerCall(() => JSON.parse(fullText));
  // The same case with an unknown jurisdiction: converted and decoded, then refused at once.
  // A proxy for "just moving the case across the boundary".
  const refused = { ...typical, jurisdiction: "XX" };
  out.boundaryProxyMicros = timePerCall(() => {
    try { pp.assess(refused); } catch {}
  });
  // A caseload of 20 000, ours beside GoRules ZEN, json-rules-engine and a plain function on the
  // same five conditions (tools/bench/peers.mjs), in this one process.
  const { peers } = await import("./bench/peers.mjs");
  out.peers = await peers(pp, 20_000);
  out.assessManySummaryPerSecond = out.peers.ours;
  // Node loads every pack at import: what that costs (a fresh process, median of 5).
  const { execFileSync } = await import("node:child_process");
  const importRuns = [];
  for (let i = 0; i < 5; i++) {
    const text = execFileSync(process.execPath, ["--input-type=module", "-e", `const t = performance.now(); await import(${JSON.stringify(join(pkg, "node.mjs"))}); console.log(performance.now() - t);`]).toString();
    importRuns.push(Number(text.trim()));
  }
  out.nodeImportMillis = median(importRuns);

  // Cold start in headless Chromium: 15 fresh pages, nothing cached (the server sends no-store).
  const { serve } = await import("./server.mjs");
  const { launch } = await import("../tests/js/support/browser.mjs");
  const site = await serve({ mounts: { "/": join(root, "tools/bench"), "/pkg/": pkg } });
  const browser = await launch();
  const runs = [];
  try {
    for (let i = 0; i < 15; i++) {
      const page = await browser.context.newPage();
      await page.goto(site.url);
      await page.waitForFunction(() => document.getElementById("out").textContent !== "running");
      runs.push(JSON.parse(await page.textContent("#out")));
      await page.close();
    }
  } finally {
    await browser.close();
    site.server.close();
  }
  // The widget: navigation → first rendered result (cards in the shadow root), 15 fresh pages.
  const widgetRuns = [];
  {
    const site2 = await serve({ mounts: { "/": join(root, "tools/bench"), "/pkg/": pkg } });
    const browser2 = await launch();
    try {
      for (let i = 0; i < 15; i++) {
        const page = await browser2.context.newPage();
        await page.goto(`${site2.url}widget.html`);
        await page.waitForFunction(() => document.getElementById("out").textContent !== "running");
        const r = JSON.parse(await page.textContent("#out"));
        if (!(r.cards > 0)) throw new Error("the widget rendered no pathway cards");
        widgetRuns.push(r.firstRender);
        await page.close();
      }
    } finally {
      await browser2.close();
      site2.server.close();
    }
  }
  out.widgetFirstRenderMillis = { median: median(widgetRuns), runs: widgetRuns.length };
  // fromHTCDS (its own wasm) in Node: one record of the example export, warm.
  const htcds = await import(join(pkg, "htcds-node.mjs"));
  const record = { prs_Birthdate: "1990-01-01", prs_Gender: "Feminine", prs_Citizenship: "NG; GH", vic_TraffickingStatus: "PossibleVictimOfTrafficking", vic_TypeOfExploitation: "ForcedLabour; SexualExploitation", hte_Type: "Exploitation", hte_Country: "AT", hte_Date: "2025-06-01", prs_FirstName: "Invented" };
  out.fromHtcdsWarmMicros = timePerCall(() => htcds.fromHTCDS(record, { jurisdiction: "AT" }));
  // The caseload page with 10 000 invented records (tools/make-caseload-example.mjs): from the
  // file chosen to the table shown, and the main thread's longest task meanwhile (the worker
  // reads and assesses; the page must stay responsive). Median of 3 fresh pages.
  {
    const csv = join(root, "build/caseload-10000.csv");
    mkdirSync(join(root, "build"), { recursive: true });
    execFileSync(process.execPath, [join(root, "tools/make-caseload-example.mjs"), "10000", csv]);
    const site3 = await serve({ mounts: { "/": join(root, "demo"), "/pkg/": pkg } });
    const browser3 = await launch();
    const caseloadRuns = [];
    try {
      for (let i = 0; i < 3; i++) {
        const page = await browser3.context.newPage();
        await page.goto(`${site3.url}caseload.html`);
        await page.evaluate(() => {
          globalThis.longest = 0;
          globalThis.longTasks = 0;
          new PerformanceObserver((l) => {
            for (const e of l.getEntries()) {
              globalThis.longest = Math.max(globalThis.longest, e.duration);
              globalThis.longTasks += 1;
            }
          }).observe({ type: "longtask" });
        });
        const t = Date.now();
        await page.locator("protection-pathways-caseload").locator("#file").setInputFiles(csv);
        await page.waitForSelector("protection-pathways-caseload[data-done]", { timeout: 300_000 });
        const ms = Date.now() - t;
        const r = await page.evaluate(() => ({ rows: document.getElementById("caseload").rows.length, errors: document.getElementById("caseload").rows.filter((x) => x.error).length, longest: globalThis.longest, longTasks: globalThis.longTasks }));
        if (r.rows !== 10_000 || r.errors !== 0) throw new Error(`the caseload showed ${r.rows} rows, ${r.errors} with errors`);
        caseloadRuns.push({ ms, ...r });
        await page.close();
      }
    } finally {
      await browser3.close();
      site3.server.close();
    }
    out.caseload10000 = { fileBytes: statSync(csv).size, millisMedian: median(caseloadRuns.map((r) => r.ms)), longestTaskMillisMax: Math.max(...caseloadRuns.map((r) => r.longest)), longTasksMax: Math.max(...caseloadRuns.map((r) => r.longTasks)), runs: caseloadRuns.length };
  }
  out.coldStartMillis = {
    initAndFirstCallMedian: median(runs.map((r) => r.initAndFirstCall)),
    initMedian: median(runs.map((r) => r.init)),
    firstCallMedian: median(runs.map((r) => r.firstCall)),
    sinceNavigationMedian: median(runs.map((r) => r.sinceNavigation)),
    runs: runs.length,
  };
}

out.machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}`;
mkdirSync(join(root, "build"), { recursive: true });
writeFileSync(join(root, "build/bench.json"), JSON.stringify(out, null, 2) + "\n");

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log("| what | figure | budget (DESIGN.md) |");
console.log("|---|---|---|");
const w = out.size.wasm;
const b = (n) => `${n.toLocaleString("en")} B`;
console.log(`| engine wasm (no law, no words), raw / gzip -9 / brotli 11 | ${kb(w.raw)} / ${b(w.gzip)} / ${kb(w.brotli)} | gzip ≤ 250 KB |`);
console.log(`| JS (entry, glue, pack URLs) + element, gzip | ${kb(out.size.webGlue.gzip)} + ${kb(out.size.element.gzip)} | |`);
const pk = out.size.packs;
console.log(`| law packs, gzip: AT / NL / FR / ES / RS / MD / DE / BE / IT / IE / GB; EU / COE baselines | ${["AT", "NL", "FR", "ES", "RS", "MD", "DE", "BE", "IT", "IE", "GB"].map((c) => kb(pk[`law-${c}.ppk`].gzip)).join(" / ")}; ${kb(pk["law-EU.ppk"].gzip)} / ${kb(pk["law-COE.ppk"].gzip)} | one jurisdiction ≤ 25 KB (largest, English or another locale's words: ${out.size.largestJurisdictionPack.file}, ${kb(out.size.largestJurisdictionPack.gzip)}) |`);
console.log(`| the same in German (words packs), gzip: AT / DE / GB; EU / COE | ${["AT", "DE", "GB"].map((c) => kb(pk[`words-${c}-de.ppk`].gzip)).join(" / ")}; ${kb(pk["words-EU-de.ppk"].gzip)} / ${kb(pk["words-COE-de.ppk"].gzip)} | |`);
console.log(`| locale packs, gzip: ${["en", "de", "fr", "es", "nl", "sr-Latn", "ro"].join(" / ")} | ${["en", "de", "fr", "es", "nl", "sr-Latn", "ro"].map((l) => kb(pk[`locale-${l}.ppk`].gzip)).join(" / ")} | one locale ≤ 20 KB |`);
console.log(`| a page with the widget, Austria and German (engine, JS, element, the law of AT + EU + COE in German, locale-de), gzip | ${b(out.size.pageAtDe)} | ≤ 300 KB |`);
console.log(`| the pure-JS build (protection-pathways/js: engine + glue, no WebAssembly), raw / gzip -9; as one script for Lightning (js/protection_pathways.iife.js), raw / gzip -9 | ${kb(out.size.pureJs.raw)} / ${b(out.size.pureJs.gzip)}; ${kb(out.size.pureJsScript.raw)} / ${b(out.size.pureJsScript.gzip)} | |`);
if (out.computeDeadlineWarmMicros) {
  console.log(`| computeDeadline from JS, warm (Node), median / p90 | ${out.computeDeadlineWarmMicros.median.toFixed(1)} µs / ${out.computeDeadlineWarmMicros.p90.toFixed(1)} µs | (assess: median ≤ 100 µs) |`);
  console.log(`| assess from JS, typical case, warm (Node), median: full / decision / states | ${out.assessWarmMicros.toFixed(1)} µs / ${out.assessDecisionWarmMicros.toFixed(1)} µs / ${out.assessStatesWarmMicros.toFixed(1)} µs | full: median ≤ 100 µs |`);
  console.log(`| the pure-JS build, warm (Node), median: assess (typical case) / computeDeadline | ${out.pureJsAssessWarmMicros.toFixed(1)} µs / ${out.pureJsDeadlineWarmMicros.toFixed(1)} µs (the wasm: ${out.assessWarmMicros.toFixed(1)} / ${out.computeDeadlineWarmMicros.median.toFixed(1)} µs) | |`);
  console.log(`| the result's JSON: full / decision / states; V8's JSON.parse of the full one | ${b(out.resultBytes.full)} / ${b(out.resultBytes.decision)} / ${b(out.resultBytes.states)}; ${out.parseFullResultMicros.toFixed(1)} µs | |`);
  const p = out.peers;
  const r = (n) => `${n.toLocaleString("en")} cases/s`;
  console.log(`| assessMany, detail "summary", 20 000 cases (Node); beside it on the same five conditions: GoRules ZEN (wasm) / json-rules-engine / a plain JS function | ${r(p.ours)}; ${r(p.zen)} / ${r(p.jsonRulesEngine)} / ${r(p.plainJs)} | ≥ 1.5× ZEN: **${p.oursVsZen.toFixed(2)}×** |`);
  console.log(`| Node: import with the engine and every pack loaded, fresh process, median of 5 | ${out.nodeImportMillis.toFixed(1)} ms | |`);
  console.log(`| assess vs. converting and decoding the same case (refused at once) | ${(out.assessWarmMicros / out.boundaryProxyMicros).toFixed(1)}× (${out.boundaryProxyMicros.toFixed(1)} µs) | ≤ 5× |`);
  const c = out.coldStartMillis;
  console.log(`| cold start, Chromium: init({ jurisdictions: ["AT"], locales: ["de"] }) (fetch, compile, instantiate, four packs) + first assess, median of ${c.runs} | ${c.initAndFirstCallMedian.toFixed(1)} ms | ≤ 50 ms |`);
  console.log(`| cold start, Chromium: navigation → first answer, median | ${c.sinceNavigationMedian.toFixed(1)} ms | |`);
  console.log(`| of which init (wasm and packs) / first assess (resolving the law, counting, writing), medians | ${c.initMedian.toFixed(1)} ms / ${c.firstCallMedian.toFixed(1)} ms | |`);
  console.log(`| widget: navigation → first rendered result, Chromium, median of ${out.widgetFirstRenderMillis.runs} | ${out.widgetFirstRenderMillis.median.toFixed(1)} ms | |`);
  console.log(`| fromHTCDS (the HTCDS module's wasm), one record, warm (Node), median | ${out.fromHtcdsWarmMicros.toFixed(1)} µs | |`);
  const cl = out.caseload10000;
  console.log(`| caseload page, 10 000 HTCDS records (CSV, ${(cl.fileBytes / 1e6).toFixed(1)} MB): file chosen → table shown, Chromium, median of ${cl.runs}; the page's longest task meanwhile (worst run) | ${(cl.millisMedian / 1000).toFixed(1)} s; ${cl.longestTaskMillisMax.toFixed(0)} ms (${cl.longTasksMax} tasks over 50 ms) | the page stays responsive |`);
}
console.log(`\nmachine: ${out.machine}; written to build/bench.json`);
