// The bad-input catalogue (tests/bad-input/catalogue.json) in headless Chromium, against
// the wasm build as a page loads it: every entry refused with its code at its path, and the
// module still answering after (a panic would abort it).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../tools/server.mjs";
import { launch } from "../js/support/browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const mounts = {
  "/": join(root, "demo"),
  "/pkg/": join(root, "pkg"),
  "/support/": join(root, "tests/js/support"),
  "/cases/": join(root, "tests/bad-input"),
};
let site;
let browser;

before(async () => {
  site = await serve({ mounts });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

test("every entry of the bad-input catalogue is refused with its code and path, in Chromium", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${site.url}widget.html`);
  const failures = await page.evaluate(async () => {
    const api = await import("/pkg/protection_pathways.js");
    await api.default();
    const { runCatalogue } = await import("/support/bad-input.mjs");
    const catalogue = await (await fetch("/cases/catalogue.json")).json();
    const at = new Uint8Array(await (await fetch("/pkg/packs/law-AT.ppk")).arrayBuffer());
    return runCatalogue(api, catalogue, (file) => {
      if (file !== "law-AT.ppk") throw new Error(`no pack ${file} fetched`);
      return at;
    });
  });
  assert.deepEqual(failures, []);
  await page.close();
});
