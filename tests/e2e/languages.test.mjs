// Every persona, in every locale but English, renders in that locale: the widget's words, the
// engine's, and the law's (src/law-words). What may stay in another language is what must: legal
// names and citations (an instrument, an article, a pathway's legal name, a holiday's local
// name), organisations' names, and the case's own data. Everything else is searched for English
// words that no other of our languages writes, and each translated law text is marked.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../tools/server.mjs";
import { launch } from "../js/support/browser.mjs";
import { PERSONAS } from "../../demo/personas.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const mounts = { "/": join(root, "demo"), "/pkg/": join(root, "pkg") };
const LOCALES = ["de", "fr", "es", "nl", "sr-Latn", "ro"];
// Words English writes and none of de, fr, es, nl, sr-Latn, ro does (so a hit is English).
const ENGLISH = /\b(the|and|with|which|until|must|shall|been|have|their|where|would|should|whether|because)\b/i;
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

/** The widget's visible text, and what the assessment names that may stay as written. */
async function rendered(page) {
  return page.evaluate(() => {
    const widget = document.getElementById("widget");
    const a = widget.assessment;
    const keep = new Set();
    for (const c of Object.values(a.provisions ?? {})) {
      for (const s of [`${c.instrument}, ${c.article}`, c.instrument, c.article]) if (s) keep.add(s);
    }
    for (const p of a.pathways) if (p.localName) keep.add(p.localName);
    for (const c of a.guidance?.contacts ?? []) keep.add(c.name);
    const lines = [];
    const walk = (n) => {
      for (const c of n.childNodes) {
        if (c.nodeType === 3) {
          const t = c.textContent.trim();
          if (t) lines.push(t);
        } else if (c.nodeType === 1 && c.tagName !== "STYLE") walk(c);
      }
    };
    walk(widget.shadowRoot);
    // Longest first, so a citation is removed whole before its instrument alone.
    return { lines, keep: [...keep].sort((x, y) => y.length - x.length), assessment: a };
  });
}

for (const locale of LOCALES) {
  test(`every persona renders in ${locale}, with no English but legal names and citations`, async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}widget.html?persona=${PERSONAS[0].id}`);
    await page.waitForSelector("body[data-changes]", { timeout: 10_000 });
    const leaks = [];
    for (const persona of PERSONAS) {
      const n = await page.evaluate(() => Number(document.body.dataset.changes));
      await page.selectOption("#persona", persona.id);
      await page.waitForFunction((before) => Number(document.body.dataset.changes) > before, n);
      const m = await page.evaluate(() => Number(document.body.dataset.changes));
      await page.selectOption("#language", locale);
      await page.waitForFunction(
        ([before, l]) => Number(document.body.dataset.changes) > before && document.getElementById("widget").assessment?.locale === l,
        [m, locale],
      );
      await page.waitForFunction(() => document.body.dataset.settled === document.body.dataset.changes);
      const { lines, keep, assessment } = await rendered(page);
      for (const line of lines) {
        // Addresses are not words (a URL may spell English).
        let rest = line.replace(/\b(https?:\/\/|www\.)\S+/g, " ");
        for (const k of keep) rest = rest.split(k).join(" ");
        if (ENGLISH.test(rest)) leaks.push(`${persona.id}: ${line}`);
      }
      // Each law text in another language than the data's says so.
      for (const p of assessment.pathways) {
        assert.equal(p.translation, "unreviewed", `${persona.id} ${p.id} in ${locale}: ${p.summary}`);
      }
      await page.selectOption("#language", "en");
      await page.waitForFunction(() => document.getElementById("widget").assessment?.locale === "en");
    }
    assert.deepEqual(leaks, [], `English left in ${locale}:\n${leaks.join("\n")}`);
    await page.close();
  });
}
