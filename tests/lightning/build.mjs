// Builds what the Lightning test pages load (tests/e2e/lightning.test.mjs) into build/lightning/:
//   lws-host.js   Lightning Web Security's sandbox for the page (lws-host.js, by esbuild)
//   wasm-glue.js  the wasm build's glue as a script (global PPWasm), to show LWS refuses it
//   lwc-app.js    the example LWC c-protection-pathways-js, compiled by the open-source LWC
//                 compiler (@lwc/rollup-plugin)
// The pure-JS build itself is loaded as the package ships it (pkg/js/protection_pathways.iife.js,
// by loadScript from the "static resource", which the test serves at /pkg).
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { rollup } from "rollup";
import lwc from "@lwc/rollup-plugin";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const out = join(root, "build/lightning");
const here = join(root, "tests/lightning");
const example = join(root, "examples/salesforce/force-app/main/default/lwc");

function esbuild(args) {
  execFileSync(join(root, "node_modules/.bin/esbuild"), [...args, "--log-level=error"], { stdio: "inherit" });
}

/** What only a Salesforce org has, for the compiled component: the user's language and the
 * static resource's URL (here: where the test serves the package). */
function salesforceModules(lang) {
  const virtual = {
    "@salesforce/i18n/lang": `export default ${JSON.stringify(lang)};`,
    "@salesforce/resourceUrl/protectionPathways": `export default "/pkg";`,
  };
  return {
    name: "salesforce-modules",
    resolveId(id) {
      return id in virtual ? `\0${id}` : null;
    },
    load(id) {
      return id.startsWith("\0") ? virtual[id.slice(1)] : null;
    },
  };
}

/** The LWC engine reads process.env.NODE_ENV, as bundlers replace it: production, as in an org. */
const production = {
  name: "production",
  transform(code) {
    return code.includes("process.env.NODE_ENV") ? { code: code.replaceAll("process.env.NODE_ENV", '"production"'), map: null } : null;
  },
};

export async function buildLightning({ lang = "en-US" } = {}) {
  mkdirSync(out, { recursive: true });
  esbuild([join(here, "lws-host.js"), "--bundle", "--format=iife", `--outfile=${join(out, "lws-host.js")}`]);
  esbuild([join(root, "pkg/engine.js"), "--bundle", "--format=iife", "--global-name=PPWasm", `--outfile=${join(out, "wasm-glue.js")}`]);
  const bundle = await rollup({
    input: join(here, "main.js"),
    plugins: [
      salesforceModules(lang),
      production,
      lwc({
        modules: [
          { dir: join(here, "modules") },
          { name: "c/protectionPathwaysJs", path: join(example, "protectionPathwaysJs/protectionPathwaysJs.js") },
          { name: "c/protectionPathwaysCase", path: join(example, "protectionPathwaysCase/protectionPathwaysCase.js") },
        ],
      }),
    ],
    onwarn(warning, warn) {
      if (warning.code !== "CIRCULAR_DEPENDENCY") warn(warning);
    },
  });
  await bundle.write({ file: join(out, "lwc-app.js"), format: "esm" });
  await bundle.close();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await buildLightning();
  console.log(`build/lightning/ built in ${Date.now() - started} ms`);
}
