// A pack that does not arrive (the server answers 404 the first time) is a coded error that
// leaves the engine usable: loading it again, once it is there, works.
import init, { assess, load, loadedPacks } from "./node_modules/protection-pathways/protection_pathways.js";

const out = {};
try {
  await init({ jurisdictions: ["AT"], locales: ["de"] });
  try {
    await load({ jurisdictions: ["FR"], locales: ["de"] });
    out.first = "loaded";
  } catch (e) {
    out.first = { name: e.name, code: e.code, path: e.path, message: e.message };
  }
  out.afterFailure = loadedPacks();
  out.austria = assess({ jurisdiction: "AT", asOf: "2026-11-27" }, { locale: "de" }).jurisdiction;
  await load({ jurisdictions: ["FR"], locales: ["de"] });
  out.france = assess({ jurisdiction: "FR", asOf: "2026-11-27" }, { locale: "de" }).jurisdiction;
} catch (e) {
  out.error = { code: e?.code, message: e?.message ?? String(e) };
}
document.getElementById("result").textContent = JSON.stringify(out);
