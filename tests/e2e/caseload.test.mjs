// The caseload page end to end in headless Chromium under the strict CSP: the example export is
// read and assessed in a worker, the table and the chart appear, the filtered deadlines download
// as one .ics that a real iCalendar parser reads (tools/check-ics.py, as tests/icalendar.rs
// does), the table as CSV; bad rows say what is wrong on their own row while the rest is
// assessed; axe-core finds nothing; nothing leaves the page and nothing is stored.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../tools/server.mjs";
import { launch, watch, leftovers, axe } from "../js/support/browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const python = process.env.PP_PYTHON ?? join(root, "target/pyvenv/bin/python");
let site;
let browser;
const scratch = mkdtempSync(join(tmpdir(), "pp-caseload-"));

before(async () => {
  site = await serve({ mounts: { "/": join(root, "demo"), "/pkg/": join(root, "pkg") } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.server.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function open() {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const seen = watch(page, site.url);
  await page.goto(`${site.url}caseload.html`);
  return { page, seen, caseload: page.locator("protection-pathways-caseload") };
}

/** Loads `text` (or bytes) as the user's file and waits for the table. */
async function upload(page, name, buffer) {
  await page.locator("protection-pathways-caseload").locator("#file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(buffer) });
  await page.waitForSelector("protection-pathways-caseload[data-done]", { timeout: 120_000 });
}

const rows = (page) => page.evaluate(() => document.getElementById("caseload").rows);

test("the example caseload is assessed in a worker, shown, charted, and exported", async () => {
  const { page, seen, caseload } = await open();
  await page.getByRole("button", { name: /Load the example caseload/ }).click();
  await page.waitForSelector("protection-pathways-caseload[data-done]", { timeout: 60_000 });
  const all = await rows(page);
  assert.equal(all.length, 300, "every invented record is a row");
  assert.equal(all.filter((r) => r.error).length, 0, JSON.stringify(all.find((r) => r.error)));
  assert.equal(all[0].ref, "CASE-1001");
  // The table shows the first page, most urgent first: an overdue row leads when there is one.
  assert.equal(await caseload.locator("tbody tr").count(), 100);
  const overdue = all.filter((r) => r.overdue).length;
  assert.ok(overdue > 0 && all.some((r) => r.next), "the example has overdue and coming dates");
  assert.match(await caseload.locator("tbody tr").first().innerText(), /Overdue by/);
  assert.equal(await caseload.locator("th[aria-sort]").getAttribute("aria-sort"), "ascending");
  // The chart: an overdue bar and 13 weeks, its text alternative counting the same dates.
  const chart = caseload.locator("[part=chart] svg");
  assert.equal(await chart.locator("rect").count(), 14);
  // The overdue bar counts the shown cases' overdue act-by dates.
  const overdueDates = all.flatMap((r) => r.entries ?? []).filter((e) => e.kind === "act-by" && e.overdue).length;
  assert.equal(await chart.locator("g").first().locator("text").first().textContent(), String(overdueDates));
  const label = await chart.getAttribute("aria-label");
  const weekly = all.flatMap((r) => r.entries ?? []).filter((e) => e.kind === "act-by" && !e.overdue && e.days !== null && e.days < 91).length;
  assert.match(label, new RegExp(`${weekly} in the next 90 days from 2026-12-07`));
  // The rows' dates are the engine's for the same cases (the worker reduces, it decides nothing).
  const [first] = all.filter((r) => r.next);
  const direct = await page.evaluate(async (ref) => {
    const pp = await import("/pkg/protection_pathways.js");
    await pp.default({ jurisdictions: ["AT", "NL", "FR", "ES", "DE", "BE", "IT"], locales: ["en"] });
    const text = await (await fetch("caseload-example.csv")).text();
    const lines = text.trim().split("\r\n");
    const head = lines[0].split(",");
    const cells = lines.find((l) => l.startsWith(`${ref},`)).split(",");
    const record = Object.fromEntries(head.map((h, i) => [h, cells[i]]).filter(([h, v]) => v && !h.includes(".") && h !== "Id" && h !== "jurisdiction"));
    const read = await pp.fromHTCDS(record, { jurisdiction: cells[1], asOf: "2026-12-07" });
    head.forEach((h, i) => {
      if (!h.includes(".") || !cells[i]) return;
      const keys = h.split(".");
      let at = read.case;
      keys.slice(0, -1).forEach((k) => (at = at[k] ??= {}));
      at[keys.at(-1)] = cells[i];
    });
    const a = pp.assess(read.case);
    return a.timeline.find((e) => e.kind === "act-by" && !e.overdue);
  }, first.ref);
  assert.equal(first.next.date, direct.date);
  assert.equal(first.next.label, direct.label);

  // Filter and sort.
  await caseload.locator("#show").selectOption("overdue");
  assert.equal(await caseload.locator("tbody tr").count(), Math.min(100, overdue));
  assert.match(await caseload.locator("[part=count]").innerText(), new RegExp(`of ${overdue} cases`));
  await caseload.locator("#show").selectOption("all");
  await caseload.locator("th button[data-key=ref]").click();
  assert.equal(await caseload.locator("th[aria-sort]").getAttribute("aria-sort"), "ascending");
  assert.match(await caseload.locator("tbody tr").first().innerText(), /^CASE-1001/);
  await caseload.locator("#q").fill("CASE-1002");
  assert.equal(await caseload.locator("tbody tr").count(), 1);
  await caseload.locator("#q").fill("");

  // One .ics for the shown cases, read back by a real parser; every event says whose it is.
  await caseload.locator("#show").selectOption("30");
  const soon = all.filter((r) => r.next && r.next.days <= 30);
  const [ics] = await Promise.all([page.waitForEvent("download"), caseload.locator("[part=download-ics]").click()]);
  assert.equal(ics.suggestedFilename(), "caseload-deadlines.ics");
  const icsFile = join(scratch, "caseload.ics");
  await ics.saveAs(icsFile);
  const parsed = JSON.parse(execFileSync(python, [join(root, "tools/check-ics.py"), icsFile], { encoding: "utf8" }));
  const expected = soon.reduce((n, r) => n + r.entries.length, 0);
  assert.ok(expected > 0);
  // Every dated entry of those cases, plus the engine's own undated-day events if any.
  assert.ok(parsed.events.length >= expected, `${parsed.events.length} events for ${expected} entries`);
  const byRef = new Map(soon.map((r) => [r.ref, r]));
  for (const e of parsed.events) {
    const r = byRef.get(e.summary.split(":")[0]);
    assert.ok(r, e.summary);
    // The event is one of that case's own dates.
    if (r.entries.length) assert.ok(r.entries.some((x) => x.date === e.dtstart) || !["act-by", "protected-until"].some((k) => e.summary.includes(k)), `${e.summary} on ${e.dtstart}`);
  }
  for (const r of soon) for (const x of r.entries) assert.ok(parsed.events.some((e) => e.summary.startsWith(`${r.ref}:`) && e.dtstart === x.date), `${r.ref} ${x.date} is in the calendar`);
  assert.equal(new Set(parsed.events.map((e) => e.uid)).size, parsed.events.length, "UIDs unique across cases");
  // The table as CSV: a header and the shown rows.
  const [csv] = await Promise.all([page.waitForEvent("download"), caseload.locator("[part=download-csv]").click()]);
  const csvText = readFileSync(await csv.path(), "utf8");
  assert.equal(csvText.trim().split("\r\n").length, soon.length + 1);

  assert.deepEqual(await axe(page), []);
  assert.deepEqual(seen.problems, []);
  assert.deepEqual(seen.foreign(), []);
  assert.deepEqual(await leftovers(page), { cookies: 0, local: 0, session: 0, indexedDB: [] });
  await page.close();
});

test("a bad row says what is wrong on its own row; the rest is assessed", async () => {
  const { page, seen, caseload } = await open();
  const head = "Id,jurisdiction,prs_Birthdate,prs_Gender,prs_Citizenship,vic_TypeOfExploitation,My_Custom_Field,prs_FirstName";
  const good = (id) => `${id},AT,1990-01-01,Feminine,NG,ForcedLabour,x,Invented`;
  const latin1 = Buffer.concat([Buffer.from("B-6,AT,1990-01-01,Feminine,NG,ForcedLabour,"), Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]), Buffer.from(",x\r\n")]);
  const text = [
    head,
    good("G-1"),
    `B-1,AT,2026-02-31,Feminine,NG,ForcedLabour,x,y`, // impossible date
    `B-2,AT,1990-01-01,Fem,NG,ForcedLabour,x,y`, // outside HTCDS's value set
    `B-3,AT,1990-01-01,Feminine,NG`, // too few cells
    `B-4,XX,1990-01-01,Feminine,NG,ForcedLabour,x,y`, // no such jurisdiction
    `B-5,AT,"1990-01-01,Feminine,NG,ForcedLabour,x,y`, // a quote never closed
    good("G-2"),
    good('"<img src=x onerror=alert(1)>"'), // hostile text: rendered as text
    good('"=HYPERLINK(""http://example.org"")"'), // a formula: defused in the CSV
  ].join("\r\n") + "\r\n";
  await upload(page, "bad.csv", Buffer.concat([Buffer.from(text), latin1, Buffer.from(`${good("G-3")}\r\n`)]));
  const all = await rows(page);
  const by = Object.fromEntries(all.map((r) => [r.ref, r]));
  for (const id of ["G-1", "G-2", "G-3"]) assert.ok(by[id] && !by[id].error && by[id].open, `${id} assessed`);
  assert.deepEqual([by["B-1"].error.code, by["B-1"].error.path], ["invalid_date", "prs_Birthdate"]);
  assert.deepEqual([by["B-2"].error.code, by["B-2"].error.path], ["unknown_value", "prs_Gender"]);
  assert.equal(by["line 5"].error.code, "csv_columns");
  assert.deepEqual([by["B-4"].error.code, by["B-4"].error.path], ["unknown_jurisdiction", "jurisdiction"]);
  assert.equal(by["line 7"].error.code, "csv_quote");
  assert.deepEqual([by["line 11"].error.code, by["line 11"].error.path], ["encoding", "My_Custom_Field"]);
  // Each error is on its own row of the table, with its code and field.
  await caseload.locator("#show").selectOption("errors");
  const table = await caseload.locator("tbody").innerText();
  assert.match(table, /invalid_date \(prs_Birthdate\)/);
  assert.match(table, /unknown_value \(prs_Gender\)/);
  assert.equal(await caseload.locator("tbody tr[data-error]").count(), 6);
  // The unknown column and the personal data are named once, not copied.
  const notices = await caseload.locator("[part=notices]").innerText();
  assert.match(notices, /My_Custom_Field was not read: not a field of HTCDS 2.0/);
  assert.match(notices, /prs_FirstName was not read: identifying/);
  // Hostile text from the file is text: no element made of it; a formula is defused in the CSV.
  await caseload.locator("#show").selectOption("all");
  assert.ok(by["<img src=x onerror=alert(1)>"] && !by["<img src=x onerror=alert(1)>"].error);
  assert.equal(await caseload.locator("img").count(), 0);
  assert.match(await caseload.locator("tbody").innerText(), /<img src=x onerror=alert\(1\)>/);
  const [csv] = await Promise.all([page.waitForEvent("download"), caseload.locator("[part=download-csv]").click()]);
  const csvText = readFileSync(await csv.path(), "utf8");
  assert.match(csvText, /"'=HYPERLINK\(""http:\/\/example\.org""\)"/);
  assert.doesNotMatch(csvText, /^"=|,"=/m);
  assert.deepEqual(seen.problems, []);
  assert.deepEqual(seen.foreign(), []);
  await page.close();
});

test("a 50 MB export is read without freezing the page; a larger one is refused in words", async () => {
  const { page, caseload } = await open();
  // 5,000 records, each with 10 KB of free text the engine does not read.
  const filler = "x".repeat(10_000);
  const lines = ["Id,jurisdiction,prs_Birthdate,hte_Description"];
  for (let i = 0; i < 5000; i++) lines.push(`R-${i},NL,1990-01-01,${filler}`);
  const big = join(scratch, "big.csv");
  writeFileSync(big, lines.join("\n"));
  assert.ok(statSync(big).size > 50_000_000);
  // The main thread's longest task while the worker reads and assesses.
  await page.evaluate(() => {
    globalThis.longest = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) globalThis.longest = Math.max(globalThis.longest, e.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  await caseload.locator("#file").setInputFiles(big);
  await page.waitForSelector("protection-pathways-caseload[data-done]", { timeout: 120_000 });
  assert.equal((await rows(page)).filter((r) => !r.error).length, 5000);
  const longest = await page.evaluate(() => globalThis.longest);
  assert.ok(longest < 1000, `the page was blocked for ${longest} ms`);
  // Over the limit: one clear message, nothing assessed.
  await page.evaluate(() => document.getElementById("caseload").removeAttribute("data-done"));
  const huge = join(scratch, "huge.csv");
  writeFileSync(huge, Buffer.alloc(65 * 1024 * 1024, 0x41));
  await caseload.locator("#file").setInputFiles(huge);
  await page.waitForSelector("protection-pathways-caseload[data-done]", { timeout: 60_000 });
  assert.match(await caseload.locator("[part=status]").innerText(), /input_too_large.*up to 64 MB/);
  await page.close();
});

test("the caseload's own words exist in every locale, with the same placeholders", async () => {
  const { WORDS, wordsLocale } = await import("../../pkg/caseload-words.js");
  const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
  assert.deepEqual(Object.keys(WORDS), ["en", "de", "fr", "es", "nl", "sr-Latn", "ro"]);
  for (const [locale, table] of Object.entries(WORDS)) {
    assert.deepEqual(Object.keys(table), Object.keys(WORDS.en), `${locale}: the same keys`);
    for (const [k, v] of Object.entries(table)) {
      assert.equal(placeholders(v), placeholders(WORDS.en[k]), `${locale} ${k}`);
      if (locale !== "en" && !["coe", "eu", "col.ref"].includes(k) && v.length > 12) assert.notEqual(v, WORDS.en[k], `${locale} ${k} is translated`);
    }
  }
  assert.deepEqual(["de-AT", "sr", "sr-Cyrl", "fr-BE", "pt"].map(wordsLocale), ["de", "sr-Latn", "sr-Latn", "fr", "en"]);
});

test("the locale attribute switches the caseload's words and the engine's", async () => {
  const { page, seen, caseload } = await open();
  await page.evaluate(() => document.getElementById("caseload").setAttribute("locale", "de"));
  await page.getByRole("button", { name: /Load the example caseload/ }).click();
  await page.waitForSelector("protection-pathways-caseload[data-done]", { timeout: 60_000 });
  assert.match(await caseload.locator("caption").innerText(), /dringendsten zuerst/);
  assert.match(await caseload.locator("[part=status]").innerText(), /geprüft/);
  assert.equal(await caseload.locator("label[for=file]").innerText(), "Export des Fallbestands (CSV oder JSON: Datensätze nach HTCDS 2.0 oder Fälle)");
  // The engine's labels are German too (a row with a next date: its label is the engine's).
  const row = (await rows(page)).find((r) => r.next);
  assert.match(row.next.label, /[äöüß]|Frist|Tag/);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(seen.problems, []);
  await page.close();
});

test("a second file chosen before the first is read is the one shown", async () => {
  const { page, caseload } = await open();
  const head = "Id,jurisdiction,prs_Birthdate";
  const a = Buffer.from([head, ...Array.from({ length: 3000 }, (_, i) => `A-${i},AT,1990-01-01`)].join("\n"));
  const b = Buffer.from([head, "B-1,NL,1991-01-01", "B-2,NL,1992-01-01"].join("\n"));
  await page.evaluate(([x, y]) => {
    const el = document.getElementById("caseload");
    const f = (t, n) => new File([Uint8Array.from(atob(t), (c) => c.charCodeAt(0))], n);
    el.load(f(x, "a.csv"));
    return el.load(f(y, "b.csv"));
  }, [a.toString("base64"), b.toString("base64")]);
  await page.waitForSelector("protection-pathways-caseload[data-done]", { timeout: 60_000 });
  await page.waitForTimeout(1500); // any late reply for the first file
  assert.deepEqual((await rows(page)).map((r) => r.ref), ["B-1", "B-2"]);
  assert.equal(await caseload.locator("tbody tr").count(), 2);
  await page.close();
});

test("a column named through __proto__ reaches no other row, and a repeated column refuses the file", async () => {
  const { page, caseload } = await open();
  await upload(page, "proto.csv", "Id,jurisdiction,person.__proto__.jurisdiction,constructor.prototype.x\r\nP-1,AT,FR,1\r\nP-2,,,\r\n");
  const all = await rows(page);
  assert.deepEqual(all.map((r) => [r.ref, r.jurisdiction, Boolean(r.error)]), [["P-1", "AT", false], ["P-2", "AT", false]]);
  assert.equal(await page.evaluate(() => ({}).jurisdiction), undefined);
  await page.evaluate(() => document.getElementById("caseload").removeAttribute("data-done"));
  await upload(page, "dup.csv", "Id,prs_Birthdate,PRS_BIRTHDATE__c\r\nD-1,1990-01-01,1991-01-01\r\n");
  assert.match(await caseload.locator("[part=status]").innerText(), /csv_duplicate_column.*prs_Birthdate.*PRS_BIRTHDATE__c/);
  await page.close();
});
