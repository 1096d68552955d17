// Runs first on the LWC test page: no WebAssembly at all, as in a Lightning component under
// Lightning Web Security. Anything later that reaches for it fails.
delete globalThis.WebAssembly;
