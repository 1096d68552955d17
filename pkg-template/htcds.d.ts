export { fromHTCDS, htcdsSchema } from "./htcds-engine.js";
export type { HtcdsRecord, HtcdsEvent, HtcdsOptions, HtcdsImport, UsedField, IgnoredField, UnfilledFact } from "./htcds-engine.js";
import type { InitInput } from "./htcds-engine.js";

/** Starts the HTCDS module (once). In Node it returns at once. */
export default function init(module_or_path?: InitInput | Promise<InitInput>): Promise<unknown>;
