// Node ESM entry: instantiates the WebAssembly synchronously at import, so callers need no
// init call. It shares the web build's glue and binary; `init()` and `initSync()` are exported
// too and return at once, so isomorphic code that calls them works unchanged.
import { readFileSync } from "node:fs";
import { initSync } from "./protection_pathways.js";

initSync({ module: readFileSync(new URL("./protection_pathways_bg.wasm", import.meta.url)) });

export * from "./protection_pathways.js";
export { default } from "./protection_pathways.js";
