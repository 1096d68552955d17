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
