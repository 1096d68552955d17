// The HTCDS module: fromHTCDS(record, { jurisdiction, region?, asOf? }) reads one record of IOM's
// Human Trafficking Case Data Standard 2.0 into a case, with what became of each field. It is
// the engine's Rust (src/case/htcds.rs) in a wasm of its own (htcds_bg.wasm), so that a page
// that does not read HTCDS records never downloads it.
//
//   import initHTCDS, { fromHTCDS } from "protection-pathways/htcds";
//   await initHTCDS();
//   const { case: c, used, ignored, unknown } = fromHTCDS(record, { jurisdiction: "AT" });
//
// htcdsSchema() is the JSON Schema of a record as fromHTCDS reads it (every HTCDS 2.0 field, the
// value sets read). The package's entry also has fromHTCDS, as an async function that loads this
// module first.
import wasmInit from "./htcds-engine.js";

export { fromHTCDS, htcdsSchema } from "./htcds-engine.js";

let started = null;

/** Starts the HTCDS module (once; its wasm is next to this file unless `module_or_path` says). */
export default function init(module_or_path) {
  started ??= wasmInit(module_or_path === undefined ? undefined : { module_or_path }).catch((error) => {
    started = null;
    throw error;
  });
  return started;
}
