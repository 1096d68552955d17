// The iframe build across origins: the host page on http://localhost:PORT, the frame (pkg's
// frame.html) on http://127.0.0.1:PORT — two origins, as a CRM page and a static resource are.
// The frame answers only an origin its frame-config.js lists, speaks protocol version 1, and
// nothing leaves the two origins.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve, CSP } from "../../tools/server.mjs";
import { launch, watch, leftovers } from "../js/support/browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const frameDir = mkdtempSync(join(tmpdir(), "pp-frame-"));
let site;
let port;
let browser;

/** Deploys the frame with `origins` in its frame-config.js, as an admin would. */
function allow(origins) {
  writeFileSync(join(frameDir, "frame-config.js"), `export const allowedOrigins = ${JSON.stringify(origins)};\n`);
}

before(async () => {
  cpSync(join(root, "pkg"), frameDir, { recursive: true });
  site = await serve({
    mounts: { "/": join(root, "examples/iframe-host"), "/frame/": frameDir },
    // The host may frame the other origin; everything else stays the strict CSP.
    csp: () => `${CSP}; frame-src http://127.0.0.1:${port}`,
  });
  port = new URL(site.url).port;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.server.close();
  rmSync(frameDir, { recursive: true, force: true });
});

async function openHost() {
  const page = await browser.context.newPage();
  const seen = watch(page, `http://localhost:${port}`);
  await page.goto(`http://localhost:${port}/?frame=${encodeURIComponent(`http://127.0.0.1:${port}/frame/frame.html`)}`);
  return { page, seen };
}

test("a host on another origin sets the case and gets the assessment by postMessage", async () => {
  allow([`http://localhost:${port}`]);
  const { page, seen } = await openHost();
  await page.waitForSelector("body[data-changes]", { timeout: 15_000 });
  // Four weeks from 26 November; 24 December is not a working day under § 33(2) AVG.
  await page.waitForFunction(() => document.getElementById("record").textContent.includes("2026-12-28"));
  const a = await page.evaluate(() => window.ppRequest("pp:get-assessment"));
  assert.equal(a.jurisdiction, "AT");
  assert.equal(a.asOf, "2026-11-27");
  const c = await page.evaluate(() => window.ppRequest("pp:get-case"));
  assert.deepEqual(c.person.citizenships, ["NG"]);
  // Another protocol version is refused, with a code.
  const refused = await page.evaluate(() => new Promise((resolve) => {
    const frame = document.getElementById("pp-frame");
    addEventListener("message", (e) => { if (e.data?.id === "v2") resolve(e.data); });
    frame.contentWindow.postMessage({ type: "pp:get-case", id: "v2", version: 2 }, new URL(frame.src).origin);
  }));
  assert.equal(refused.ok, false);
  assert.equal(refused.error.code, "not_supported");
  // Only the two origins were asked for anything; nothing was stored on either.
  assert.deepEqual(seen.requests.filter((u) => !u.startsWith(`http://localhost:${port}`) && !u.startsWith(`http://127.0.0.1:${port}`) && !u.startsWith("blob:")), []);
  assert.deepEqual(seen.problems, []);
  assert.deepEqual(await leftovers(page), { cookies: 0, local: 0, session: 0, indexedDB: [] });
  await page.close();
});

test("the frame says nothing to, and takes nothing from, an origin its config does not list", async () => {
  allow(["https://crm.example.invalid"]);
  const { page } = await openHost();
  await page.waitForTimeout(2_500);
  assert.equal(await page.evaluate(() => document.body.dataset.changes), undefined);
  assert.equal(await page.locator("#record").textContent(), "no assessment yet");
  // A request from the unlisted origin is never answered.
  const answered = await page.evaluate(() => Promise.race([
    window.ppRequest("pp:get-assessment").then(() => true, () => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 1_500)),
  ]));
  assert.equal(answered, false);
  await page.close();
});
