// Node ESM entry of the HTCDS module: wasm-bindgen's Node glue, which loads htcds_bg.wasm at
// require; init() returns at once.
import { createRequire } from "node:module";

const htcds = createRequire(import.meta.url)("./htcds-node.cjs");

/** One HTCDS 2.0 record as a case (see htcds.js). */
export const fromHTCDS = htcds.fromHTCDS;

/** The JSON Schema of an HTCDS 2.0 record as fromHTCDS reads it. */
export const htcdsSchema = htcds.htcdsSchema;

/** Nothing to do in Node: the module is loaded at import. */
export default async function init() {
  return htcds;
}
