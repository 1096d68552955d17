// The installed tarball through three bundlers, each with its defaults and no plugin: webpack 5
// and Vite emit the wasm and the packs themselves (they read `new URL("…", import.meta.url)`);
// esbuild leaves those URLs as they are, so the wasm and packs/ are copied beside its bundle, as
// for any wasm-bindgen package. Each bundle then runs in Chromium under the strict CSP and
// fetches only Austria's packs in German.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const repo = process.env.PP_REPO;
const bin = (name) => join(repo, "node_modules/.bin", name);
const { serve } = await import(join(repo, "tools/server.mjs"));
const { launch, watch } = await import(join(repo, "tests/js/support/browser.mjs"));
const here = process.cwd();

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: here, stdio: ["ignore", "pipe", "pipe"] });
}

const builds = {
  webpack() {
    const out = join(here, "dist/webpack");
    run(bin("webpack"), ["--mode", "production", "--entry", "./bundle/main.js", "--output-path", out, "--output-filename", "main.js"]);
    writeFileSync(join(out, "index.html"), readFileSync(join(here, "bundle/index.html"), "utf8"));
    return out;
  },
  vite() {
    const out = join(here, "dist/vite");
    run(bin("vite"), ["build", "bundle", "--outDir", out, "--emptyOutDir", "--base", "./", "--logLevel", "error"]);
    return out;
  },
  esbuild() {
    const out = join(here, "dist/esbuild");
    rmSync(out, { recursive: true, force: true });
    run(bin("esbuild"), ["bundle/main.js", "--bundle", "--format=esm", `--outfile=${join(out, "main.js")}`, "--log-level=error"]);
    const pkg = join(here, "node_modules/protection-pathways");
    cpSync(join(pkg, "protection_pathways_bg.wasm"), join(out, "protection_pathways_bg.wasm"));
    cpSync(join(pkg, "packs"), join(out, "packs"), { recursive: true });
    writeFileSync(join(out, "index.html"), readFileSync(join(here, "bundle/index.html"), "utf8"));
    return out;
  },
};

for (const [name, build] of Object.entries(builds)) {
  test(`${name} bundles the package with no plugin, and the bundle loads only the packs it asks for`, async () => {
    mkdirSync(join(here, "dist"), { recursive: true });
    const out = build();
    cpSync(join(here, "favicon.svg"), join(out, "favicon.svg"));
    const { server, url } = await serve({ mounts: { "/": out } });
    const browser = await launch();
    try {
      const page = await browser.context.newPage();
      const seen = watch(page, url);
      const packs = [];
      page.on("request", (r) => {
        if (/\.ppk$/.test(new URL(r.url()).pathname)) packs.push(r.url().split("/").pop());
      });
      await page.goto(`${url}index.html`);
      // Austria in German first: only its four packs are fetched before the app asks for more.
      await page.waitForFunction(() => document.getElementById("result").textContent !== "loading", null, { timeout: 15_000 });
      const result = JSON.parse(await page.textContent("#result"));
      assert.equal(result.error, undefined, JSON.stringify(result.error));
      assert.equal(result.appeal, "2026-12-28");
      assert.equal(result.locale, "de");
      assert.deepEqual(result.loaded, ["locale/de", "words/AT-de", "words/COE-de", "words/EU-de"]);
      assert.equal(result.fetchedFirst, 4, "Austria in German fetches four packs");
      // 50 law packs (the 48 Parties to CETS 197, EU and COE), 7 locale packs and 78 words
      // packs (the 13 translated profiles × 6 locales).
      assert.equal(result.all, 135, "every pack loads from the bundle's output");
      assert.ok(result.belgium >= 10, `Belgian holidays: ${result.belgium}`);
      assert.deepEqual(seen.problems, []);
      assert.deepEqual(seen.foreign(), []);
      const emitted = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith(".ppk"));
      assert.ok(emitted.length > 0 && packs.length <= 135, `${name}: ${emitted.length} pack files, ${packs.length} fetched`);
    } finally {
      await browser.close();
      server.close();
    }
  });
}
