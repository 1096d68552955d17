// The host side of the Lightning Web Security test page (tests/e2e/lightning.test.mjs), bundled
// by esbuild: Salesforce's own sandbox, @locker/sandbox from npm, with one addition.
//
// The addition: Lightning Web Security blocks the WebAssembly API (the vendor's rule
// distorted-webassembly-blocked-properties lists them: webassembly-blocked.mjs), but the npm release of the sandbox (0.28.4) predates that block: unchanged, it lets a
// sandboxed page compile wasm. So the block is added here with the sandbox's own mechanism
// (addBlockedPropertyDistortionFactoryInitializers into the external sandbox's distortion list,
// as it does for the Window properties it blocks), before the first sandbox is made. With it,
// sandboxed code that touches one of these gets "Lightning Web Security: Cannot access …".
import { evaluateInSandbox } from "@locker/sandbox";
import { addBlockedPropertyDistortionFactoryInitializers, externalDistortionFactoryInitializers } from "@locker/distortion";
import { WEBASSEMBLY_BLOCKED } from "./webassembly-blocked.mjs";


if (typeof WebAssembly === "object") {
  const present = WEBASSEMBLY_BLOCKED.filter((key) => key in WebAssembly);
  addBlockedPropertyDistortionFactoryInitializers({ document }, WebAssembly, present, externalDistortionFactoryInitializers);
}

/**
 * Evaluates `source` (script text) in the sandbox `key`; `endowments` are the globals it gets
 * besides the sandboxed window's. Returns nothing, as LWS does: the code reports through an
 * endowment.
 */
window.lightningSandbox = (key, source, endowments) => evaluateInSandbox(key, source, undefined, endowments);
