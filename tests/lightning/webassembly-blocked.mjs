// What Lightning Web Security blocks of the WebAssembly API: the list of the vendor's rule
// distorted-webassembly-blocked-properties (salesforce/lwsec-docs-mirror,
// packages/@locker/eslint-plugin-locker/docs/rules/distorted-webassembly-blocked-properties.md,
// at b8e6895). Used by the sandbox page (lws-host.js) and by the lint (lint.mjs).
export const WEBASSEMBLY_BLOCKED = [
  "compile",
  "compileStreaming",
  "instantiate",
  "instantiateStreaming",
  "validate",
  "Module",
  "Instance",
  "Memory",
  "Table",
  "Global",
  "Tag",
  "CompileError",
  "LinkError",
  "RuntimeError",
  "Exception",
];
