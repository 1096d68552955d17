// A page that needs Austria in German loads those packs (and the EU and COE baselines Austria
// needs), not Moldova in Romanian; what it did not load is a coded error naming the call.
import init, { assess, load, loadedPacks } from "./node_modules/protection-pathways/protection_pathways.js";

const out = {};
const CASE = { jurisdiction: "AT", asOf: "2026-11-27", stay: { asylum: { lodgedDate: "2026-01-15", procedure: "regular", decision: "rejected", decisionNotifiedDate: "2026-11-26" } } };
try {
  await init({ jurisdictions: ["AT"], locales: ["de"] });
  out.first = loadedPacks();
  const a = assess(CASE, { locale: "de" });
  out.appeal = a.timeline.find((e) => e.id === "asylum-appeal")?.date;
  out.locale = a.locale;
  try {
    assess({ jurisdiction: "FR", asOf: "2026-11-27" }, { locale: "de" });
    out.fr = "answered";
  } catch (e) {
    out.fr = { code: e.code, path: e.path, message: e.message };
  }
  // init() twice is harmless; load() brings more later.
  await init({ jurisdictions: ["AT"], locales: ["de"] });
  await load({ jurisdictions: ["FR"], locales: ["de"] });
  out.frAfter = assess({ jurisdiction: "FR", asOf: "2026-11-27" }, { locale: "de" }).jurisdiction;
  // The element loads what its attributes name.
  await import("./node_modules/protection-pathways/define.js");
  const el = document.createElement("protection-pathways");
  el.setAttribute("jurisdiction", "NL");
  el.setAttribute("locale", "nl");
  el.setAttribute("as-of", "2026-11-27");
  const changed = new Promise((resolve) => el.addEventListener("pathways-change", resolve, { once: true }));
  document.getElementById("later").append(el);
  await changed;
  out.last = loadedPacks();
} catch (e) {
  out.error = { code: e?.code, message: e?.message ?? String(e) };
}
document.getElementById("result").textContent = JSON.stringify(out);
