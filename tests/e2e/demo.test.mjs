// The demo page end to end in headless Chromium (Debian's), served by tools/server.mjs with the
// strict CSP: it works, it is accessible (axe-core), and it keeps the privacy promises.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve, CSP } from "../../tools/server.mjs";
import { launch, watch, leftovers, axe } from "../js/support/browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const shots = join(root, "build/screenshots");
const mounts = { "/": join(root, "demo"), "/pkg/": join(root, "pkg") };
let site;
let browser;

before(async () => {
  site = await serve({ mounts });
  browser = await launch();
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

async function openDemo(viewport = { width: 1280, height: 900 }) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const seen = watch(page, site.url);
  const response = await page.goto(site.url);
  await page.waitForSelector("body[data-ready=true]", { timeout: 10_000 });
  return { page, seen, response };
}

const resultText = (page) => page.locator("#result").innerText();

test("the server sends the strict CSP the package must live under", async () => {
  const { page, response } = await openDemo();
  assert.equal(response.headers()["content-security-policy"], CSP);
  await page.close();
});

test("computeDeadline works from the form, with its explanation and citations", async () => {
  const { page, seen } = await openDemo();
  // The default: 1 month from Friday 27 November 2026 → Sunday 27 December → Monday 28 December.
  assert.match(await resultText(page), /Last day to act: Monday 28 December 2026, .*\(2026-12-28\)/);

  await page.getByLabel("Date of the event (notification, decision…)").fill("2026-01-31");
  await page.getByLabel("Number of units").fill("1");
  await page.getByLabel("Unit", { exact: true }).selectOption("M");
  const text = await resultText(page);
  assert.match(text, /Last day to act: Monday 2 March 2026/);
  assert.match(text, /There is no 31 February 2026/);
  assert.match(text, /Art\. 3\(4\)/);
  assert.match(text, /earliest possible/);
  assert.match(text, /No holidays were applied/);

  // With a place, that state's holidays count: 4 weeks from 6 March 2026 end on Good Friday,
  // no public holiday in Austria under Reg. 1182/71 — but one for the AVG (§ 33(2)).
  await page.getByLabel("Where the act is done (for holidays)").fill("AT");
  await page.getByLabel("Date of the event (notification, decision…)").fill("2026-03-06");
  await page.getByLabel("Number of units").fill("4");
  await page.getByLabel("Unit", { exact: true }).selectOption("W");
  assert.match(await resultText(page), /Last day to act: Friday 3 April 2026/);
  assert.match(await resultText(page), /Holidays of AT/);
  await page.getByLabel("Jurisdiction").selectOption("AT");
  await page.getByLabel("Where the act is done (for holidays)").fill("");
  const avg = await resultText(page);
  assert.match(avg, /Last day to act: Tuesday 7 April 2026/);
  assert.match(avg, /Good Friday \(Karfreitag/);
  assert.match(avg, /Holidays that changed the count/);
  await page.screenshot({ path: join(shots, "demo-desktop.png"), fullPage: true });
  await page.getByLabel("Jurisdiction").selectOption("EU");

  // Working days, by example button.
  await page.getByRole("button", { name: "10 working days" }).click();
  assert.match(await resultText(page), /Friday 11 December 2026/);

  // The element from ./define rendered an assessment in its shadow root.
  await page.locator("protection-pathways [part=card]").first().waitFor();
  assert.ok((await page.locator("protection-pathways [part=card]").count()) >= 5);
  assert.deepEqual(seen.problems, [], "no console errors, page errors or CSP violations");
  await page.close();
});

test("what the engine refuses is shown as an error with its code and field", async () => {
  const { page, seen } = await openDemo();
  await page.getByLabel("Where the act is done (for holidays)").fill("PL");
  let text = await resultText(page);
  assert.match(text, /no holiday calendar for 'PL' yet/);
  assert.match(text, /not_supported at field “region”/);
  await page.getByLabel("Where the act is done (for holidays)").fill("");
  await page.getByLabel("Jurisdiction").selectOption("COE");
  text = await resultText(page);
  assert.match(text, /sets no rule for counting time limits/);
  await page.getByLabel("Jurisdiction").selectOption("EU");
  await page.getByLabel("Number of units").fill("0");
  assert.match(await resultText(page), /invalid_period at field “period”/);
  assert.deepEqual(seen.problems, []);
  await page.close();
});

test("the form works by keyboard alone", async () => {
  const { page } = await openDemo();
  await page.getByLabel("Jurisdiction").focus();
  // Tab through the form and record where focus goes (a date input takes several stops, one
  // for each of its day, month and year segments).
  const order = [];
  for (let i = 0; i < 13; i++) {
    const id = await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);
    if (order.at(-1) !== id) order.push(id);
    await page.keyboard.press("Tab");
  }
  assert.deepEqual(order.slice(0, 8), ["jurisdiction", "rule", "from", "amount", "unit", "kind", "region", "31 Jan + 1 month"]);
  await page.getByLabel("Number of units").focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("2");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Home"); // the first unit: days
  assert.match(await resultText(page), /Counting 2 days/);
  // An example button by keyboard.
  await page.getByRole("button", { name: "6 months from 31 Aug" }).focus();
  await page.keyboard.press("Enter");
  assert.match(await resultText(page), /Monday 1 March 2027/);
  await page.close();
});

test("assess works from the case editor, and shows errors with their field", async () => {
  const { page, seen } = await openDemo();
  let text = await page.locator("#assessment").innerText();
  assert.match(text, /Residence permit for victims who cooperate \(Directive 2004\/81\)\s*Possible/);
  assert.match(text, /To establish: cooperation\.tiesSevered/);
  await page.getByLabel("Example case").selectOption("EU citizen (EU)");
  text = await page.locator("#assessment").innerText();
  assert.match(text, /Rights as an EU\/EEA\/Swiss citizen\s*Available/);
  await page.getByLabel("Case (JSON)").fill('{"jurisdiction":"EU","person":{"dateOfBrith":"1990-01-01"}}');
  assert.match(await page.locator("#assessment").innerText(), /unknown_field at field “person\.dateOfBrith”/);
  // Hostile text from a case shows as text, never as markup.
  await page.getByLabel("Case (JSON)").fill('{"jurisdiction":"<img src=x onerror=alert(1)>"}');
  assert.equal(await page.locator("#assessment img").count(), 0);
  assert.match(await page.locator("#assessment").innerText(), /<img src=x onerror=alert\(1\)>/);
  assert.deepEqual(seen.problems, []);
  await page.close();
});

test("axe-core finds no accessibility violations", async () => {
  const { page } = await openDemo();
  assert.deepEqual(await axe(page), []);
  await page.getByLabel("Where the act is done (for holidays)").fill("PL");
  assert.deepEqual(await axe(page), [], "also with an error shown");
  await page.getByLabel("Example case").selectOption("Dublin transfer during the reflection period (Netherlands)");
  assert.deepEqual(await axe(page), [], "also with a timeline shown");
  await page.close();
});

test("the timeline shows the case's dates and downloads as a calendar", async () => {
  const { page, seen } = await openDemo();
  await page.getByLabel("Example case").selectOption("Rejected asylum claim, dates known (Austria)");
  const text = await page.locator("#assessment").innerText();
  assert.match(text, /Act by 2026-12-28 — Last day to appeal against the asylum decision/);
  assert.match(text, /Appeal \(Beschwerde\) against the asylum decision to the Federal Administrative Court/);
  assert.match(text, /Protected until 2026-12-09 — End of the recovery and reflection period/);
  assert.match(text, /Date 2027-03-10 — 18th birthday/);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("#download-ics").click(),
  ]);
  assert.equal(download.suggestedFilename(), "deadlines-AT.ics");
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const ics = Buffer.concat(chunks).toString("utf8");
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20261228\r\n/);
  assert.match(await page.locator("#ics-status").innerText(), /dates exported/);
  assert.deepEqual(seen.foreign(), [], "the download made no request");
  assert.deepEqual(seen.problems, []);
  await page.close();
});

test("questions, guidance and the summary follow the chosen language", async () => {
  const { page, seen } = await openDemo();
  await page.getByLabel("Example case").selectOption("Rejected asylum claim, dates known (Austria)");
  let text = await page.locator("#assessment").innerText();
  assert.match(text, /Next steps/);
  assert.match(text, /Tell the person about every option/);
  assert.match(text, /LEFÖ-IBF/);
  assert.match(text, /Questions to ask next/);
  await page.getByLabel("Language of questions and guidance").selectOption("de");
  text = await page.locator("#assessment").innerText();
  assert.doesNotMatch(text, /Tell the person about every option/);
  assert.equal(await page.locator("#assessment [lang=de]").count(), 1, "the German block is marked lang=de");
  await page.getByRole("button", { name: "Show the printable summary" }).click();
  const summary = await page.locator("#summary-text").innerText();
  assert.match(summary, /2026-12-28/);
  assert.equal(await page.locator("#summary-text").getAttribute("lang"), "de");
  assert.deepEqual(await axe(page), [], "axe with guidance and the summary shown");
  assert.deepEqual(seen.problems, []);
  await page.close();
});

test("nothing leaves the page and nothing is stored", async () => {
  const { page, seen } = await openDemo();
  await page.getByRole("button", { name: "31 Jan + 1 month" }).click();
  await page.getByLabel("Kind").selectOption("validity");
  await page.getByLabel("Where the act is done (for holidays)").fill("ES-MD");
  assert.deepEqual(seen.foreign(), [], "requests outside the page's origin");
  assert.ok(seen.requests.some((u) => u.endsWith("/pkg/protection_pathways_bg.wasm")), "the wasm came from the page's origin");
  assert.deepEqual(await leftovers(page), { cookies: 0, local: 0, session: 0, indexedDB: [] });
  await page.close();
});

test("the demo reads well at phone width", async () => {
  const { page, seen } = await openDemo({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: join(shots, "demo-phone.png"), fullPage: true });
  assert.deepEqual(seen.problems, []);
  await page.close();
});

test("negative control: without 'wasm-unsafe-eval' the CSP really blocks the engine", async () => {
  const strict = await serve({ mounts, csp: "default-src 'self'; script-src 'self'; style-src 'self'" });
  try {
    const page = await browser.context.newPage();
    await page.goto(strict.url);
    await page.waitForFunction(() => /could not start/.test(document.getElementById("version").textContent));
    assert.match(await page.textContent("#version"), /WebAssembly.*Content Security Policy/);
    assert.match(await resultText(page), /The result appears here/, "no result without the engine");
    await page.close();
  } finally {
    strict.server.close();
  }
});
