// The package's entry for browsers and bundlers: the engine (engine.js, made by wasm-bindgen
// from the Rust) and the loading of its law packs and locale packs, which come from this
// package's own files (packs/, same origin: no request anywhere else, and a strict CSP with
// 'wasm-unsafe-eval' is still enough).
//
//   await init();                                            // the engine and every pack
//   await init({ jurisdictions: ["AT"], locales: ["de"] });  // the engine, Austria (with the
//                                                            // EU and COE baselines it needs)
//                                                            // and German
//   await load({ jurisdictions: ["FR"] });                   // more, later
//
// A call that needs a pack not loaded throws a ProtectionPathwaysError with code
// "pack_not_loaded" that names the packs and the call to make.
import wasmInit, * as engine from "./engine.js";
import { initSync as wasmInitSync, loadPack, loadedPacks, packsFor } from "./engine.js";
import { packFile, packNeeds, packUrl } from "./packs.js";
import { fastInput } from "./plain-json.js";

export * from "./engine.js";

const fast = fastInput(engine);
/** The assessment of one case (see the engine's assess): a plain case crosses as one JSON text. */
export const assess = fast.assess;
/** A caseload in one call (see the engine's assessMany): plain cases cross as one JSON text. */
export const assessMany = fast.assessMany;

let started = null;
let htcds = null;

/**
 * One HTCDS 2.0 record as a case, with what became of each field (see htcds.js). The first call
 * loads the HTCDS module, a small wasm of its own: a page that never calls this never fetches it.
 */
export async function fromHTCDS(record, options) {
  htcds ??= import("./htcds.js").then(async (m) => {
    await m.default();
    return m;
  });
  try {
    return (await htcds).fromHTCDS(record, options);
  } catch (error) {
    if (error?.name !== "ProtectionPathwaysError") htcds = null;
    throw error;
  }
}

function moduleInput(x) {
  return (
    typeof x === "string" ||
    x instanceof URL ||
    x instanceof ArrayBuffer ||
    ArrayBuffer.isView(x) ||
    (typeof Request !== "undefined" && x instanceof Request) ||
    (typeof Response !== "undefined" && x instanceof Response) ||
    (typeof WebAssembly !== "undefined" && x instanceof WebAssembly.Module)
  );
}

/** Splits init's argument into the wasm source (if any) and the packs asked for (undefined: all). */
function parse(options) {
  if (options == null) return { wasm: undefined, request: undefined };
  if (moduleInput(options)) return { wasm: options, request: undefined };
  const { module_or_path: wasm, jurisdictions, locales } = options;
  const request = jurisdictions === undefined && locales === undefined ? undefined : { jurisdictions, locales };
  return { wasm, request };
}

function packError(code, message) {
  const e = new Error(message);
  e.name = "ProtectionPathwaysError";
  e.code = code;
  e.path = "pack";
  return e;
}

function fromDataUrl(href) {
  const comma = href.indexOf(",");
  const meta = href.slice(5, comma);
  const body = href.slice(comma + 1);
  if (!meta.endsWith(";base64")) return new TextEncoder().encode(decodeURIComponent(body));
  const text = atob(body);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Starts the engine (once) and loads the packs for `jurisdictions` and `locales`, or every pack
 * when neither is given. Safe to call more than once.
 */
export default async function init(options) {
  const { wasm, request } = parse(options);
  const first = !started;
  started ??= wasmInit(wasm === undefined ? undefined : { module_or_path: wasm }).catch((error) => {
    started = null;
    throw error;
  });
  // On the first start, fetch the packs asked for while the wasm compiles.
  if (first && request) prefetch(request);
  const exports = await started;
  await load(request);
  return exports;
}

/** Fetches begun before the engine could say which packs a request needs: file → bytes. */
const early = new Map();

function prefetch({ jurisdictions = [], locales }) {
  const names = new Set();
  const add = (name) => {
    if (names.has(name)) return;
    names.add(name);
    for (const need of packNeeds(name)) add(need);
  };
  for (const code of jurisdictions) if (typeof code === "string") add(`law/${code}`);
  const langs = [];
  for (const tag of locales ?? ["en"]) {
    if (typeof tag !== "string") continue;
    // The common cases of the engine's negotiation: an exact locale, or its language.
    const exact = packFile(`locale/${tag}`) ? tag : tag.split(/[-_]/)[0].toLowerCase();
    langs.push(exact === "sr" ? "sr-Latn" : exact);
    add(`locale/${langs.at(-1)}`);
  }
  // As packsFor() decides: the law in the locales' words stands in for the English law.
  for (const name of [...names]) {
    const words = name.startsWith("law/") ? langs.map((l) => `words/${name.slice(4)}-${l}`).filter(packFile) : [];
    if (words.length) names.delete(name);
    if (words.length < langs.length) names.add(name);
    for (const w of words) names.add(w);
  }
  for (const name of names) {
    const file = packFile(name);
    const url = file && packUrl(file);
    if (url && !early.has(file)) early.set(file, fetchPack(name, url).catch(() => undefined));
  }
}

async function fetchPack(name, url) {
  // A bundler may inline a small file as a data: URL (Vite does, under 4 KB): read it here,
  // since a strict CSP (connect-src 'self') would refuse to fetch it.
  if (url.protocol === "data:") return fromDataUrl(url.href);
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw packError("pack_not_loaded", `${name} could not be fetched from ${url}: ${error?.message ?? error}`);
  }
  if (!response.ok) throw packError("pack_not_loaded", `${name} could not be fetched from ${url} (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The synchronous start, for hosts that have the bytes: `initSync({ module, packs: [bytes, …] })`. */
export function initSync(options) {
  const { module, packs = [] } = options && !moduleInput(options) ? options : { module: options };
  const exports = wasmInitSync({ module });
  started ??= Promise.resolve(exports);
  for (const bytes of packs) loadPack(bytes);
  return exports;
}

/**
 * Loads the packs for `{ jurisdictions, locales }` (every pack without a request) that are not
 * loaded yet, fetched in parallel from the package's packs/ folder. Returns the loaded packs' names.
 */
export async function load(request) {
  if (!started) return init(request).then(() => loadedPacks());
  await started;
  const wanted = packsFor(request).filter((p) => !p.loaded);
  const fetched = await Promise.all(
    wanted.map(async (p) => {
      const url = packUrl(p.file);
      if (!url) throw packError("pack_not_loaded", `${p.name}: this package has no file ${p.file}`);
      const begun = early.get(p.file);
      early.delete(p.file);
      return (begun && (await begun)) || fetchPack(p.name, url);
    }),
  );
  for (const bytes of fetched) loadPack(bytes);
  return loadedPacks();
}
