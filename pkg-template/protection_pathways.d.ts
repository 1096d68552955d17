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
