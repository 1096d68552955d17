// The installed tarball in headless Chromium, loaded by a page with no bundler, under the
// strict CSP.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";

const repo = process.env.PP_REPO;
const { serve } = await import(join(repo, "tools/server.mjs"));
const { launch, watch } = await import(join(repo, "tests/js/support/browser.mjs"));

test("the package works in a page without a bundler", async () => {
  const { server, url } = await serve({ mounts: { "/": process.cwd() } });
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const seen = watch(page, url);
    await page.goto(`${url}browser.html`);
    await page.waitForFunction(() => document.getElementById("result").textContent !== "loading");
    assert.match(await page.textContent("#result"), /^2026-03-02 \d+\.\d+\.\d+$/);
    // The element registered by ./define rendered an assessment inside its shadow root.
    await page.locator("protection-pathways [part=card]").first().waitFor();
    assert.ok((await page.locator("protection-pathways [part=card]").count()) >= 5);
    assert.match(await page.locator("protection-pathways [part=status]").textContent(), /Results updated/);
    assert.deepEqual(seen.problems, []);
    assert.deepEqual(seen.foreign(), []);
  } finally {
    await browser.close();
    server.close();
  }
});

test("a page loads only the packs it asks for, and is told what it did not load", async () => {
  const { server, url } = await serve({ mounts: { "/": process.cwd() } });
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const seen = watch(page, url);
    const packs = [];
    page.on("request", (r) => {
      const m = /\/packs\/([\w.-]+\.ppk)$/.exec(r.url());
      if (m) packs.push(m[1]);
    });
    await page.goto(`${url}selective.html`);
    await page.waitForFunction(() => document.getElementById("result").textContent !== "loading", null, { timeout: 15_000 });
    const out = JSON.parse(await page.textContent("#result"));
    assert.equal(out.error, undefined, JSON.stringify(out.error));
    // Austria in German: the law in German (words packs) stands in for the English law packs.
    assert.deepEqual(out.first, ["locale/de", "words/AT-de", "words/COE-de", "words/EU-de"]);
    assert.equal(out.appeal, "2026-12-28");
    assert.equal(out.locale, "de");
    assert.equal(out.fr.code, "pack_not_loaded");
    assert.equal(out.fr.path, "jurisdiction");
    assert.match(out.fr.message, /words\/FR-de/);
    assert.match(out.fr.message, /load\(\{ jurisdictions: \["FR"\], locales: \["de"\] \}\)/);
    assert.equal(out.frAfter, "FR");
    assert.deepEqual(out.last, ["locale/de", "locale/nl", "words/AT-de", "words/COE-de", "words/EU-de", "words/FR-de", "words/COE-nl", "words/EU-nl", "words/NL-nl"]);
    // Each pack fetched once, and none the page did not need (no Moldova, no Romanian).
    assert.deepEqual([...packs].sort(), ["locale-de.ppk", "locale-nl.ppk", "words-AT-de.ppk", "words-COE-de.ppk", "words-COE-nl.ppk", "words-EU-de.ppk", "words-EU-nl.ppk", "words-FR-de.ppk", "words-NL-nl.ppk"]);
    assert.deepEqual(seen.problems, []);
    assert.deepEqual(seen.foreign(), []);
  } finally {
    await browser.close();
    server.close();
  }
});

test("a pack that does not arrive is a coded error, and the engine stays usable", async () => {
  const { server, url } = await serve({ mounts: { "/": process.cwd() } });
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    let refused = 0;
    await page.route("**/packs/words-FR-de.ppk", (route) => {
      if (refused++ === 0) return route.fulfill({ status: 404, body: "" });
      return route.continue();
    });
    await page.goto(`${url}missing.html`);
    await page.waitForFunction(() => document.getElementById("result").textContent !== "loading", null, { timeout: 15_000 });
    const out = JSON.parse(await page.textContent("#result"));
    assert.equal(out.error, undefined, JSON.stringify(out.error));
    assert.equal(out.first.name, "ProtectionPathwaysError");
    assert.equal(out.first.code, "pack_not_loaded");
    assert.equal(out.first.path, "pack");
    assert.match(out.first.message, /words\/FR-de.*HTTP 404/);
    assert.deepEqual(out.afterFailure, ["locale/de", "words/AT-de", "words/COE-de", "words/EU-de"]);
    assert.equal(out.austria, "AT");
    assert.equal(out.france, "FR");
    assert.equal(refused, 2, "fetched again after the failure");
  } finally {
    await browser.close();
    server.close();
  }
});
