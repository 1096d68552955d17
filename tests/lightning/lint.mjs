// Lints code with the rules of Lightning Web Security (b′ of tests/e2e/lightning.test.mjs):
// @locker/eslint-config-locker's recommended set (its base rules are errors: what LWS blocks;
// the rest warnings: what LWS changes), plus the WebAssembly block the vendor documents in its
// newer rule distorted-webassembly-blocked-properties (not in npm 0.24.8: see lws-host.js), and
// no eval or new Function, which a CSP without 'unsafe-eval' refuses.
import { createRequire } from "node:module";
import { ESLint } from "eslint";
import { WEBASSEMBLY_BLOCKED } from "./webassembly-blocked.mjs";

const require = createRequire(import.meta.url);
const babelParser = require("@babel/eslint-parser");
const locker = require("@locker/eslint-plugin-locker");
const base = require("@locker/eslint-config-locker/base.js");
const recommended = require("@locker/eslint-config-locker/recommended.js");

const webAssembly = "Lightning Web Security blocks the WebAssembly API";

/** The flat config: every locker rule recommended, at its level, and the additions above. */
export const config = [
  {
    plugins: { "@locker/locker": locker },
    languageOptions: { ecmaVersion: "latest" },
    linterOptions: { reportUnusedDisableDirectives: "off" },
    rules: {
      ...base.rules,
      ...recommended.rules,
      "no-restricted-globals": ["error", { name: "WebAssembly", message: webAssembly }],
      "no-restricted-properties": [
        "error",
        ...["globalThis", "window", "self"].map((object) => ({ object, property: "WebAssembly", message: webAssembly })),
        ...WEBASSEMBLY_BLOCKED.map((property) => ({ object: "WebAssembly", property, message: webAssembly })),
      ],
      "no-eval": "error",
      "no-new-func": "error",
      "no-implied-eval": "error",
    },
  },
  // Lightning Web Components use decorators (@api, @wire): read as Salesforce's own LWC lint
  // config reads them (@babel/eslint-parser with the decorators syntax).
  {
    files: ["examples/salesforce/**/lwc/**/*.js"],
    languageOptions: {
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: { babelrc: false, configFile: false, parserOpts: { plugins: [["decorators", { decoratorsBeforeExport: false }]] } },
      },
    },
  },
];

/** Lints `files` ({ path (inside the repository), sourceType: "module" | "script", text? });
 * resolves to the messages, each { file, line, rule, severity: 1 (warning) | 2 (error), message }. */
export async function lint(files, { cwd = process.cwd() } = {}) {
  const messages = [];
  for (const { path, sourceType = "module", text } of files) {
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [...config, { languageOptions: { sourceType } }], ignore: false });
    const results = text === undefined ? await eslint.lintFiles([path]) : await eslint.lintText(text, { filePath: path });
    for (const r of results) {
      for (const m of r.messages) messages.push({ file: path, line: m.line, rule: m.ruleId, severity: m.severity, message: m.message });
    }
  }
  return messages;
}
