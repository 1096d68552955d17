export * from "./engine.js";
import type { InitInput, InitOutput, SyncInitInput, PackRequest } from "./engine.js";

/** What `init` takes: where the wasm is (default: next to this file) and which packs to load. */
export interface InitOptions {
  /** The wasm, as wasm-bindgen's init takes it (a URL, a Response, bytes or a module). */
  module_or_path?: InitInput | Promise<InitInput>;
  /** Jurisdiction codes whose law packs to load (with the packs each needs). */
  jurisdictions?: string[];
  /** Locale tags whose locale packs to load (default, when only jurisdictions are given: English). */
  locales?: string[];
}

/**
 * Starts the engine (once) and loads the packs for `jurisdictions` and `locales`, or every pack
 * when neither is given. In Node it returns at once: everything is loaded at import.
 */
export default function init(options?: InitOptions | InitInput | Promise<InitInput>): Promise<InitOutput>;

/** The synchronous start, for hosts that have the bytes of the wasm and of the packs. */
export function initSync(options: { module: SyncInitInput; packs?: Uint8Array[] } | SyncInitInput): InitOutput;

/** Loads the packs for a request that are not loaded yet; resolves to the loaded packs' names. */
export function load(request?: PackRequest): Promise<string[]>;

export type { HtcdsRecord, HtcdsEvent, HtcdsOptions, HtcdsImport, UsedField, IgnoredField, UnfilledFact } from "./htcds-engine.js";
import type { HtcdsRecord, HtcdsOptions, HtcdsImport } from "./htcds-engine.js";

/**
 * One record of IOM's Human Trafficking Case Data Standard 2.0 as a case for `jurisdiction`,
 * with the fields it used, the fields it ignored and why, and the facts it left unknown. A value
 * outside HTCDS's value sets or an impossible date rejects with a ProtectionPathwaysError whose
 * `path` is the HTCDS field. The first call loads the HTCDS module (`protection-pathways/htcds`).
 */
export function fromHTCDS(record: HtcdsRecord, options: HtcdsOptions): Promise<HtcdsImport>;
