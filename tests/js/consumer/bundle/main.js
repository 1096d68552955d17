// The same app for every bundler: Austria in German, with nothing but the bundler's defaults.
import init, { assess, holidays, load, loadedPacks } from "protection-pathways";

const out = {};
try {
  await init({ jurisdictions: ["AT"], locales: ["de"] });
  const a = assess(
    { jurisdiction: "AT", asOf: "2026-11-27", stay: { asylum: { lodgedDate: "2026-01-15", procedure: "regular", decision: "rejected", decisionNotifiedDate: "2026-11-26" } } },
    { locale: "de" },
  );
  out.loaded = loadedPacks();
  out.appeal = a.timeline.find((e) => e.id === "asylum-appeal")?.date;
  out.locale = a.locale;
  out.fetchedFirst = performance.getEntriesByType("resource").filter((e) => new URL(e.name).pathname.endsWith(".ppk")).length;
  // Every pack the bundle emitted (or inlined) loads: Belgium's small calendar among them.
  await load();
  out.all = loadedPacks().length;
  out.belgium = holidays({ country: "BE", year: 2026 }).holidays.length;
} catch (e) {
  out.error = { code: e?.code, message: e?.message ?? String(e) };
}
document.getElementById("result").textContent = JSON.stringify(out);
