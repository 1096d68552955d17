// <protection-pathways> end to end in headless Chromium under the strict CSP: it renders an
// assessment, grows its form as answers reveal what matters, works by keyboard alone, passes
// axe-core, renders hostile text as text, and keeps the privacy promises.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../tools/server.mjs";
import { launch, watch, leftovers, axe } from "../js/support/browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const mounts = { "/": join(root, "demo"), "/pkg/": join(root, "pkg") };
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

async function openWidget(persona = "blank", viewport = { width: 1280, height: 900 }) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const seen = watch(page, site.url);
  await page.goto(`${site.url}widget.html?persona=${persona}`);
  await page.waitForSelector("body[data-changes]", { timeout: 10_000 });
  return { page, seen };
}

const changes = (page) => page.evaluate(() => Number(document.body.dataset.changes ?? 0));
const status = (page) => page.locator("protection-pathways").locator("[part=status]").innerText();

test("the widget assesses on load and says so in its live region", async () => {
  const { page, seen } = await openWidget();
  const widget = page.locator("protection-pathways");
  assert.ok((await widget.locator("[part=card]").count()) >= 5, "pathway cards");
  assert.match(await status(page), /Results updated: \d+ channels available, \d+ possible/);
  assert.equal(await widget.locator("[part=status]").getAttribute("aria-live"), "polite");
  const assessment = await page.evaluate(() => document.getElementById("widget").assessment);
  assert.equal(assessment.jurisdiction, "AT");
  assert.equal(assessment.asOf, "2026-11-27");
  assert.deepEqual(seen.problems, []);
  assert.deepEqual(seen.foreign(), []);
  await page.close();
});

test("a case set from a record prefills the form, and the form's case reads back", async () => {
  const { page } = await openWidget();
  const before = await changes(page);
  await page.evaluate(() => {
    document.getElementById("widget").case = {
      jurisdiction: "AT",
      person: { citizenships: ["NG"], dateOfBirth: "2009-03-10" },
      stay: { asylum: { lodgedDate: "2026-03-01", procedure: "regular", decision: "rejected", decisionNotifiedDate: "2026-11-26" } },
    };
  });
  await page.waitForFunction((n) => Number(document.body.dataset.changes) > n, before);
  const widget = page.locator("protection-pathways");
  assert.equal(await widget.locator("[data-fact='person.citizenships'] input[type=text]").inputValue(), "NG");
  assert.equal(await widget.locator("[data-fact='person.dateOfBirth'] input[type=date]").inputValue(), "2009-03-10");
  // The appeal runs four weeks from the notification; 24 December moves it to Monday 28 December.
  const timeline = await widget.locator("ol.timeline").innerText();
  assert.match(timeline, /Monday 28 December 2026 — Last day to appeal against the asylum decision/);
  assert.equal(await widget.locator("svg[part=chart] path.act-by").count(), 1, "the act-by date is a diamond");
  const back = await page.evaluate(() => document.getElementById("widget").case);
  assert.equal(back.stay.asylum.decisionNotifiedDate, "2026-11-26");
  await page.close();
});

test("a case can be completed by keyboard alone, and the form grows with the answers", async () => {
  const { page } = await openWidget();
  const widget = page.locator("protection-pathways");
  const fields = () => widget.locator("fieldset.field").count();
  const start = await fields();
  // Past the page's switches into the first field (citizenships) by Tab, type, and on.
  const focused = () => page.evaluate(() => document.getElementById("widget").shadowRoot.activeElement?.closest("[data-fact]")?.dataset.fact);
  for (let i = 0; i < 10 && (await focused()) !== "person.citizenships"; i++) await page.keyboard.press("Tab");
  assert.equal(await focused(), "person.citizenships");
  const before = await changes(page);
  await page.keyboard.type("NG");
  await page.waitForFunction((n) => Number(document.body.dataset.changes) > n, before);
  // On to the date of birth, typed as the browser's date field takes it (month, day, year here).
  for (let i = 0; i < 10 && (await focused()) !== "person.dateOfBirth"; i++) await page.keyboard.press("Tab");
  assert.equal(await focused(), "person.dateOfBirth");
  const beforeDate = await changes(page);
  await page.keyboard.type("03102009");
  await page.waitForFunction((n) => Number(document.body.dataset.changes) > n, beforeDate);
  // Tab through to the identification stage's radios and choose with the arrow keys.
  for (let i = 0; i < 40 && (await focused()) !== "identification.stage"; i++) await page.keyboard.press("Tab");
  assert.equal(await focused(), "identification.stage");
  const before2 = await changes(page);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.waitForFunction((n) => Number(document.body.dataset.changes) > n, before2);
  // A yes/no by Space (Tab enters a radio group on its first choice, "Yes").
  const tabToFact = async (fact) => {
    for (let i = 0; i < 80 && (await focused()) !== fact; i++) await page.keyboard.press("Tab");
    assert.equal(await focused(), fact);
  };
  await tabToFact("protectionNeeds.fearOfPersecution");
  let m = await changes(page);
  await page.keyboard.press("Space");
  await page.waitForFunction((n) => Number(document.body.dataset.changes) > n, m);
  // Several grounds in a checkbox list: Space, Tab, Space.
  await tabToFact("protectionNeeds.persecutionGrounds");
  m = await changes(page);
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.waitForFunction((n) => Number(document.body.dataset.changes) > n && document.getElementById("widget").case.protectionNeeds?.persecutionGrounds?.length === 2, m);
  // "I don't know" by arrow keys: past "Yes" and "No", it leaves the fact out of the case.
  await tabToFact("protectionNeeds.seriousHarm");
  m = await changes(page);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.waitForFunction((n) => Number(document.body.dataset.changes) > n, m);
  const skip = await page.evaluate(() => document.getElementById("widget").shadowRoot.activeElement.dataset.skip);
  assert.equal(skip, "dont-know");
  const c = await page.evaluate(() => document.getElementById("widget").case);
  assert.equal(c.protectionNeeds.fearOfPersecution, true);
  assert.deepEqual(c.protectionNeeds.persecutionGrounds, ["race", "religion"]);
  assert.equal(c.protectionNeeds.seriousHarm, undefined, "don't know is not an answer in the case");
  assert.deepEqual(c.person.citizenships, ["NG"]);
  assert.equal(typeof c.identification.stage, "string");
  assert.equal(c.person.dateOfBirth, "2009-03-10");
  // A child now: the timeline has the 18th birthday, and child protection is open.
  const a = await page.evaluate(() => document.getElementById("widget").assessment);
  assert.ok(a.timeline.some((e) => e.id === "18th-birthday" && e.date === "2027-03-10"), JSON.stringify(a.timeline.map((e) => e.id)));
  assert.ok((await fields()) >= start, "fields are kept");
  // The actions are reachable by keyboard too.
  for (let i = 0; i < 200; i++) {
    const action = await page.evaluate(() => document.getElementById("widget").shadowRoot.activeElement?.dataset.action);
    if (action === "ics") break;
    await page.keyboard.press("Tab");
  }
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  assert.equal(download.suggestedFilename(), "deadlines.ics");
  await page.close();
});

test("axe-core finds no violations in the widget", async () => {
  const { page } = await openWidget();
  // With a row of the permits list open too (its boxes, legend and remove button).
  await page.locator("protection-pathways fieldset.field[data-fact=permits]").getByRole("button", { name: "Add a permit" }).click();
  await page.locator("protection-pathways fieldset.permit").waitFor();
  const violations = await axe(page);
  assert.deepEqual(violations, []);
  await page.close();
});

test("the locale attribute switches every word, and the nearest lang is the default", async () => {
  const { page } = await openWidget();
  const before = await changes(page);
  await page.evaluate(() => document.getElementById("widget").setAttribute("locale", "de"));
  await page.waitForFunction((n) => Number(document.body.dataset.changes) > n, before);
  assert.match(await status(page), /Ergebnisse aktualisiert|aktualisiert/);
  const a = await page.evaluate(() => document.getElementById("widget").assessment);
  assert.equal(a.locale, "de");
  assert.equal(await page.evaluate(() => document.getElementById("widget").locale), "de");
  await page.evaluate(() => document.getElementById("widget").removeAttribute("locale"));
  assert.equal(await page.evaluate(() => document.getElementById("widget").locale), "en");
  await page.close();
});

test("hostile text in a field renders as text, is reported as an error, and nothing is stored", async () => {
  const { page, seen } = await openWidget();
  const widget = page.locator("protection-pathways");
  const input = widget.locator("[data-fact='person.citizenships'] input[type=text]");
  await input.fill('<img src=x onerror="document.body.dataset.pwned=1"> \u202eRO');
  await page.waitForFunction(() => document.body.dataset.error);
  assert.equal(await page.evaluate(() => document.body.dataset.error), "unknown_value");
  assert.match(await status(page), /could not be assessed/);
  assert.equal(await widget.locator("img").count(), 0);
  assert.equal(await page.evaluate(() => document.body.dataset.pwned), undefined);
  assert.deepEqual(await leftovers(page), { cookies: 0, local: 0, session: 0, indexedDB: [] });
  assert.deepEqual(seen.foreign(), []);
  await page.close();
});

test("every persona is assessed without an error, and a switch shows what changed", async () => {
  const { page, seen } = await openWidget("at-rejected-asylum");
  const ids = await page.evaluate(() => [...document.querySelectorAll("#persona option")].map((o) => o.value));
  assert.ok(ids.length >= 9, "at least eight personas and a blank case");
  const jurisdictions = new Set();
  for (const id of ids) {
    const n = await changes(page);
    await page.selectOption("#persona", id);
    // A switch can assess twice (the new jurisdiction with the old facts, then the persona's),
    // and the first may be refused (a region of another country): the settled result counts.
    await page.waitForFunction((before) => Number(document.body.dataset.changes) > before && document.body.dataset.settled === document.body.dataset.changes, n);
    assert.equal(await page.evaluate(() => document.body.dataset.error), undefined, `${id} is a valid case`);
    jurisdictions.add(await page.locator("#jurisdiction-switch").inputValue());
  }
  assert.deepEqual([...jurisdictions].sort(), ["AT", "BE", "DE", "ES", "FR", "GB", "IE", "IT", "MD", "NL", "RS"], "every national jurisdiction has a persona");
  // Joy's facts under Dutch law: the states and dates that differ are listed.
  await page.selectOption("#persona", "at-rejected-asylum");
  await page.waitForFunction(() => document.getElementById("widget").assessment?.jurisdiction === "AT");
  // Her results settled (the list is compared from there on): quick switches never let the
  // persona page settle, so the "assessed" line on the page may still be from the first load.
  await page.waitForFunction(() => document.body.dataset.settled === document.body.dataset.changes);
  assert.match(await page.locator("#changed").innerText(), /^Joy\b.*: assessed/);
  const n = await changes(page);
  await page.selectOption("#jurisdiction-switch", "NL");
  await page.waitForFunction((before) => Number(document.body.dataset.changes) > before, n);
  await page.waitForFunction(() => document.getElementById("changed").textContent.includes("Jurisdiction: AT → NL"));
  // A later date moves the timeline: the appeal is now past.
  const m = await changes(page);
  await page.fill("#as-of", "2027-02-01");
  await page.waitForFunction((before) => Number(document.body.dataset.changes) > before, m);
  assert.equal(await page.evaluate(() => document.getElementById("widget").assessment.asOf), "2027-02-01");
  assert.deepEqual(seen.problems, []);
  await page.close();
});

test("a baseline profile says above the results that national law beyond its facts is not encoded", async () => {
  const { page, seen } = await openWidget("at-rejected-asylum");
  const scope = page.locator("protection-pathways [part=scope]");
  await page.waitForFunction(() => document.getElementById("widget").assessment?.jurisdiction === "AT");
  assert.equal(await scope.count(), 0, "Austria's profile is a full one");
  // The switch offers the Parties grouped by depth.
  const groups = await page.evaluate(() => [...document.querySelectorAll("#jurisdiction-switch optgroup")].map((g) => [g.label, g.children.length]));
  assert.deepEqual(groups.map(([, n]) => n), [11, 37, 2]);
  await page.selectOption("#jurisdiction-switch", "SE");
  await page.waitForFunction(() => document.getElementById("widget").assessment?.jurisdiction === "SE");
  await scope.waitFor();
  const text = await scope.innerText();
  assert.match(text, /^Only a baseline is encoded for Sweden: .*National law beyond these is not encoded/);
  // Above the results: before the first pathway card.
  const above = await page.evaluate(() => {
    const root = document.getElementById("widget").shadowRoot;
    const note = root.querySelector("[part=scope]");
    const card = root.querySelector("[part=card]");
    return Boolean(note.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(above, "the note comes before the cards");
  assert.deepEqual(seen.problems, []);
  await page.close();
});

test("screenshots of the persona page at desktop and phone width (docs/screenshots)", async () => {
  for (const [name, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]]) {
    const { page } = await openWidget("at-rejected-asylum", viewport);
    await page.locator("protection-pathways [part=card]").first().waitFor();
    await page.waitForFunction(() => document.getElementById("changed").textContent.includes("assessed"));
    // Desktop: the form beside the results; phone: the pathway cards.
    await page.locator(name === "desktop" ? "protection-pathways" : "protection-pathways [part=results]").scrollIntoViewIfNeeded();
    await page.evaluate((phone) => {
      const target = phone ? document.getElementById("widget").shadowRoot.querySelector("[part=results]") : document.getElementById("changed-heading");
      target.scrollIntoView();
    }, name === "phone");
    if (name === "desktop") {
      // Two columns: the results start at the top beside the form, not below its height.
      const gap = await page.evaluate(() => {
        const r = document.getElementById("widget").shadowRoot;
        return r.querySelector("[part=results]").getBoundingClientRect().top - r.querySelector("[part=form]").getBoundingClientRect().top;
      });
      assert.ok(gap < 200, `the results start ${gap}px below the form's top`);
    }
    const file = join(root, "docs/screenshots", `personas-${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    // The phone layout has no horizontal scroll.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: ${overflow}px of horizontal scroll`);
    await page.close();
  }
});

test("hostile strings from a record render as text wherever the widget shows them", async () => {
  const { page, seen } = await openWidget();
  const hostile = '<img src=x onerror="document.body.dataset.pwned=1"></script><script>document.body.dataset.pwned=2</script>\u202egnp.exe';
  const before = await changes(page);
  await page.evaluate((text) => {
    document.getElementById("widget").case = {
      person: { citizenships: ["NG"] },
      permits: [{ scheme: text, from: "2026-01-01", until: "2027-01-31" }],
    };
  }, hostile);
  await page.waitForFunction((n) => Number(document.body.dataset.changes) > n, before);
  const widget = page.locator("protection-pathways");
  assert.equal(await widget.locator("img, script").count(), 0, "no element was made from the text");
  assert.equal(await page.evaluate(() => document.body.dataset.pwned), undefined);
  // The permit's label shows the text itself, with the bidirectional override made harmless.
  const timeline = await widget.locator("ol.timeline").innerText();
  assert.match(timeline, /<img src=x onerror=/);
  assert.ok(!timeline.includes("\u202e"), "no bidirectional override reaches the page");
  const back = await page.evaluate(() => document.getElementById("widget").case);
  assert.equal(back.permits[0].scheme, hostile, "the record's text comes back unchanged");
  assert.deepEqual(seen.foreign(), []);
  assert.deepEqual(seen.problems, []);
  await page.close();
});

test("right to left: the widget follows the page's direction without overflow", async () => {
  const { page } = await openWidget("at-rejected-asylum", { width: 800, height: 900 });
  await page.evaluate(() => { document.documentElement.dir = "rtl"; });
  await page.locator("protection-pathways [part=card]").first().waitFor();
  const card = await page.evaluate(() => {
    const el = document.getElementById("widget").shadowRoot.querySelector("[part=card]");
    const style = getComputedStyle(el);
    return { right: parseFloat(style.borderRightWidth), left: parseFloat(style.borderLeftWidth) };
  });
  assert.ok(card.right > card.left, "the state's bar is on the inline start, the right in RTL");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${overflow}px of horizontal scroll`);
  await page.close();
});

test("print and copy as JSON act on the current assessment", async () => {
  const { page } = await openWidget("es-romanian-citizen");
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url.replace(/\/$/, "") });
  await page.evaluate(() => { window.print = () => { document.body.dataset.printed = "yes"; }; });
  const widget = page.locator("protection-pathways");
  await widget.getByRole("button", { name: "Print" }).click();
  assert.equal(await page.evaluate(() => document.body.dataset.printed), "yes");
  await widget.getByRole("button", { name: "Copy as JSON" }).click();
  await page.waitForFunction(() => document.getElementById("widget").shadowRoot.querySelector("[part=status]").textContent.includes("copied"));
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.jurisdiction, "ES");
  assert.deepEqual(copied.pathways.map((p) => p.id), (await page.evaluate(() => document.getElementById("widget").assessment)).pathways.map((p) => p.id));
  await page.close();
});

test("answers bring the dates the timeline counts from: a rejection's notification gives the appeal date", async () => {
  const { page } = await openWidget("blank");
  const widget = page.locator("protection-pathways");
  assert.equal(await widget.locator("[data-fact='stay.asylum.decisionNotifiedDate']").count(), 0);
  const n = await changes(page);
  await widget.locator("[data-fact='stay.status'] label", { hasText: "My asylum claim was refused" }).click();
  await page.waitForFunction((before) => Number(document.body.dataset.changes) > before, n);
  const date = widget.locator("[data-fact='stay.asylum.decisionNotifiedDate'] input[type=date]");
  await date.waitFor();
  const m = await changes(page);
  await date.fill("2026-11-16");
  await page.waitForFunction((before) => Number(document.body.dataset.changes) > before, m);
  const a = await page.evaluate(() => document.getElementById("widget").assessment);
  assert.ok(a.timeline.some((e) => e.id === "asylum-appeal"), JSON.stringify(a.timeline.map((e) => e.id)));
  await page.close();
});

test("permits are listed by keyboard: added, filled, counted toward long-term residence, removed", async () => {
  const { page } = await openWidget("blank");
  const widget = page.locator("protection-pathways");
  const field = widget.locator("fieldset.field[data-fact=permits]");
  await field.waitFor();
  const active = () => page.evaluate(() => {
    const e = document.getElementById("widget").shadowRoot.activeElement;
    return e ? { part: e.dataset.part ?? null, action: e.dataset.action ?? null, text: e.textContent } : null;
  });
  // "Add a permit" by Enter: an empty row, focused on its first box; the case does not change.
  await field.getByRole("button", { name: "Add a permit" }).focus();
  await page.keyboard.press("Enter");
  assert.equal((await active()).part, "scheme");
  assert.equal(await field.getByRole("group", { name: "Permit 1" }).count(), 1);
  assert.equal((await page.evaluate(() => document.getElementById("widget").case)).permits, undefined);
  // Kind, first day and last day, typed and tabbed as a keyboard user would (a date box takes
  // more than one Tab to leave: its calendar button comes after the year).
  const tabTo = async (part) => {
    for (let i = 0; i < 5 && (await active()).part !== part; i++) await page.keyboard.press("Tab");
    assert.equal((await active()).part, part);
  };
  await page.keyboard.type("§ 57 AsylG");
  await tabTo("from");
  await page.keyboard.type("01152022");
  await tabTo("until");
  await page.keyboard.type("01312027");
  // Wait for the assessment of the whole row (the case follows each key; the assessment waits
  // for a pause, so an earlier one may come first).
  await page.waitForFunction(() => document.getElementById("widget").assessment?.timeline.some((e) => e.id === "permit-expiry-1" && e.date === "2027-01-31"));
  let c = await page.evaluate(() => document.getElementById("widget").case);
  assert.deepEqual(c.permits, [{ scheme: "§ 57 AsylG", from: "2022-01-15", until: "2027-01-31" }]);
  // The timeline shows the last day of the permit, and when five years of residence complete
  // (15 January 2022 + 5 years; the as-of date is 27 November 2026, inside the run).
  const timeline = await widget.locator("ol.timeline").innerText();
  assert.match(timeline, /Sunday 31 January 2027 — Last day of validity of the residence permit \(§ 57 AsylG\)/);
  assert.match(timeline, /Friday 15 January 2027 — Long-term residence can be applied for/);
  // A second permit, then the first removed by its own button: the rest is renumbered, focus
  // goes to "Add a permit", and the case keeps the second only.
  await field.getByRole("button", { name: "Add a permit" }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.type("Rot-Weiß-Rot – Karte plus");
  await tabTo("from");
  await page.keyboard.type("02012027");
  await page.waitForFunction(() => document.getElementById("widget").case.permits?.[1]?.from === "2027-02-01");
  await field.getByRole("button", { name: "Remove permit 1" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !document.getElementById("widget").assessment?.timeline.some((e) => e.id.startsWith("permit-expiry")));
  assert.equal((await active()).action, "add-permit");
  assert.deepEqual(await field.locator("fieldset.permit legend").allInnerTexts(), ["Permit 1"]);
  assert.equal(await field.getByRole("button", { name: "Remove permit 1" }).count(), 1);
  c = await page.evaluate(() => document.getElementById("widget").case);
  assert.deepEqual(c.permits, [{ scheme: "Rot-Weiß-Rot – Karte plus", from: "2027-02-01" }]);
  // Removing the last one leaves the permits out of the case: not known.
  await field.getByRole("button", { name: "Remove permit 1" }).click();
  await page.waitForFunction(() => document.getElementById("widget").case.permits === undefined);
  await page.close();
});

test("hostile text typed as a permit's kind renders as text in the form and the timeline", async () => {
  const { page, seen } = await openWidget("blank");
  const widget = page.locator("protection-pathways");
  const field = widget.locator("fieldset.field[data-fact=permits]");
  await field.waitFor();
  await field.getByRole("button", { name: "Add a permit" }).click();
  const hostile = '<img src=x onerror="document.body.dataset.pwned=1"></script>\u202egnp.exe';
  await field.locator("input[data-part=scheme]").fill(hostile);
  await field.locator("input[data-part=until]").fill("2027-03-31");
  await page.waitForFunction(() => document.getElementById("widget").assessment?.timeline.some((e) => e.id === "permit-expiry-1"));
  const timeline = await widget.locator("ol.timeline").innerText();
  assert.match(timeline, /Last day of validity of the residence permit \(<img src=x onerror=/);
  assert.ok(!timeline.includes("\u202e"), "no bidirectional override reaches the timeline");
  assert.equal(await widget.locator("img, script").count(), 0);
  assert.equal(await page.evaluate(() => document.body.dataset.pwned), undefined);
  assert.deepEqual(await leftovers(page), { cookies: 0, local: 0, session: 0, indexedDB: [] });
  assert.deepEqual(seen.foreign(), []);
  await page.close();
});

test("the permits list never loses a record's permits, and never aborts the widget", async () => {
  const { page, seen } = await openWidget("blank");
  const widget = page.locator("protection-pathways");
  const field = widget.locator("fieldset.field[data-fact=permits]");
  await field.waitFor();
  // A record whose case cannot be assessed (no 30 February) still fills the form: editing the
  // list then keeps the record's two permits.
  await page.evaluate(() => {
    document.getElementById("widget").case = {
      jurisdiction: "AT",
      person: { dateOfBirth: "2009-02-30" },
      permits: [{ scheme: "A", from: "2020-01-01", until: "2022-12-31" }, { scheme: "B", from: "2023-01-01", until: "2027-06-30" }],
    };
  });
  await page.waitForFunction(() => document.body.dataset.error);
  assert.equal(await field.locator("fieldset.permit").count(), 2);
  assert.equal(await widget.locator("[data-fact='person.dateOfBirth'] input[type=date]").getAttribute("aria-invalid"), "true");
  await field.getByRole("button", { name: "Add a permit" }).click();
  await field.locator("fieldset.permit").nth(2).locator("input[data-part=scheme]").fill("C");
  await page.waitForFunction(() => document.getElementById("widget").case.permits?.length === 3);
  const kept = await page.evaluate(() => document.getElementById("widget").case.permits);
  assert.deepEqual(kept.map((p) => p.scheme), ["A", "B", "C"]);
  // An error in a row is marked on that row's box: rows and the case's permits[i] match.
  await field.locator("fieldset.permit").nth(2).locator("input[data-part=from]").fill("2027-05-01");
  await field.locator("fieldset.permit").nth(2).locator("input[data-part=until]").fill("2027-01-01");
  await widget.locator("[data-fact='person.dateOfBirth'] input[type=date]").fill("2009-02-28");
  await page.waitForFunction(() => document.body.dataset.error && document.getElementById("widget").case.person.dateOfBirth === "2009-02-28");
  await page.waitForFunction(() => /permits\[2\]/.test(document.getElementById("widget").shadowRoot.querySelector("[part=status]").textContent));
  assert.equal(await field.locator("fieldset.permit").nth(2).locator("input[data-part=until]").getAttribute("aria-invalid"), "true");
  assert.equal(await widget.locator("[data-fact='person.dateOfBirth'] input[type=date]").getAttribute("aria-invalid"), null);
  // A button clicked by script while a box holds an unsaved edit: focus moves inside the
  // click, the box's change event runs in it, and the widget must carry on.
  await field.getByRole("button", { name: "Add a permit" }).click();
  await field.locator("fieldset.permit").nth(3).locator("input[data-part=scheme]").focus();
  await page.keyboard.type("D");
  await page.evaluate(() => document.getElementById("widget").shadowRoot.querySelector("[data-action=add-permit]").click());
  await page.evaluate(() => document.getElementById("widget").shadowRoot.querySelector("[data-action=remove-permit]").click());
  await page.waitForFunction(() => document.getElementById("widget").case.permits?.map((p) => p.scheme ?? "").join() === "B,C,D,");
  // A record's list the rows cannot show in full is shown but not editable.
  await page.evaluate(() => {
    document.getElementById("widget").case = { jurisdiction: "AT", permits: [{ scheme: "E", from: "2020-01-01", number: "X-1" }] };
  });
  await page.waitForFunction(() => document.getElementById("widget").shadowRoot.querySelectorAll("fieldset.permit input[disabled]").length === 3);
  assert.equal(await field.getByRole("button", { name: "Add a permit" }).count(), 0);
  assert.match(await field.innerText(), /cannot be edited here/);
  assert.deepEqual(seen.problems, [], "no page error: the wasm module did not abort");
  await page.close();
});
