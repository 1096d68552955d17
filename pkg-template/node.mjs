// Node ESM entry: instantiates the WebAssembly and loads every law and locale pack
// synchronously at import, so callers need no init call. It shares the web build's glue and
// binary; `init()`, `initSync()` and `load()` are exported too and return at once, so
// isomorphic code that calls them works unchanged.
import { readFileSync } from "node:fs";
import * as engine from "./engine.js";
import { initSync as wasmInitSync, loadPack, loadedPacks, packsFor } from "./engine.js";
import { fastInput } from "./plain-json.js";

const exports = wasmInitSync({ module: readFileSync(new URL("./protection_pathways_bg.wasm", import.meta.url)) });
for (const p of packsFor()) loadPack(readFileSync(new URL(`./packs/${p.file}`, import.meta.url)));

export * from "./engine.js";

const fast = fastInput(engine);
export const assess = fast.assess;
export const assessMany = fast.assessMany;

/** Nothing to do in Node: the engine and every pack are loaded at import. */
export default async function init() {
  return exports;
}

/** Nothing to do in Node. */
export function initSync() {
  return exports;
}

/** One HTCDS 2.0 record as a case: the HTCDS module (its own wasm), loaded on first use. */
export async function fromHTCDS(record, options) {
  const { fromHTCDS: read } = await import("./htcds-node.mjs");
  return read(record, options);
}

/** Nothing to do in Node: every pack is loaded. Returns the loaded packs' names. */
export async function load() {
  return loadedPacks();
}
