// Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core
// (no browser download), plus watchers for what the privacy promises forbid.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Launches a fresh, empty browser profile. Returns { context, close }. */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), "pp-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    // Date boxes take keys in the locale's order (month, day, year in en-US): the keyboard
    // tests must not depend on the machine's locale.
    locale: "en-US",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Records every request, console error, page error and CSP violation of `page`.
 * `origin` is the page's own origin; `foreign()` lists requests that left it.
 */
export function watch(page, origin) {
  const requests = [];
  const problems = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  return {
    requests,
    problems,
    foreign: () => requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")),
  };
}

/** What the page left behind in cookies and storage (all must be empty). */
export async function leftovers(page) {
  const cookies = await page.context().cookies();
  const storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
  }));
  return { cookies: cookies.length, ...storage };
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA, best practices) on the page; returns the violations. */
export async function axe(page) {
  // page.evaluate runs through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(require("axe-core").source);
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}
