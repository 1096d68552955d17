// The pure-JS build, `protection-pathways/js`: the same engine with no WebAssembly, for hosts that
// refuse it (Lightning Web Security in Salesforce). Run after tools/build-pkg.mjs (make pkg runs
// both); it writes pkg/js/.
//
// Steps:
//   1. The wasm is built for the MVP feature set (`-C target-cpu=mvp` and std rebuilt with it:
//      `-Z build-std`, on stable with RUSTC_BOOTSTRAP=1, see the Makefile). wasm2js cannot read
//      a module with more than one table, and stable Rust's std enables reference types, whose
//      externref table is the second one.
//   2. wasm-bindgen's `bundler` glue, whose entry imports the wasm as a module: that import is
//      pointed at the JS that binaryen's wasm2js (npm `binaryen`) makes of it.
//   3. The glue's cached view of the memory is refreshed whenever the memory's buffer changes:
//      wasm2js grows memory by copying into a new ArrayBuffer and leaves the old one attached,
//      so wasm-bindgen's checks (a detached buffer has byteLength 0, or `detached` true) never
//      fire, and strings, bytes and returned pointers would be read from or written to the old
//      buffer after a growth.
//   4. An ES module entry (js/index.js) and a CommonJS one (js/index.cjs, bundled by esbuild).
// The output must not name WebAssembly, eval or new Function: checked here and by the tests.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const name = "protection_pathways";
const input = join(root, "target/purejs/wasm32-unknown-unknown/release", `${name}.wasm`);
const build = join(root, "build/purejs");
const out = join(root, "pkg/js");
const bin = (tool) => join(root, "node_modules/.bin", tool);

function run(cmd, args) {
  execFileSync(cmd, args, { stdio: "inherit", cwd: root });
}

/**
 * Steps 2 and 3 for one wasm of the crate: wasm-bindgen's bundler glue, the wasm turned into JS by
 * wasm2js, the glue's memory views refreshed; writes `${stem}.wasm.js`, `${outName}_bg.js` (the
 * glue) and `${stem}.js` (its entry) into pkg/js/, and returns the glue's declarations.
 */
function toPlainJs(wasmFile, outName, stem) {
  const dir = join(build, outName);
  run("wasm-bindgen", ["--target", "bundler", "--out-dir", dir, "--out-name", outName, "--remove-name-section", "--remove-producers-section", wasmFile]);
  const types = readFileSync(join(dir, `${outName}.d.ts`), "utf8");
  run(bin("wasm2js"), ["-O2", join(dir, `${outName}_bg.wasm`), "-o", join(out, `${stem}.wasm.js`)]);
  // The glue: its memory view refreshed on every change of buffer (step 3 above).
  // Every cached view (the Uint8Array and the DataView through which results come back) is
  // checked by its buffer's identity, the one test that holds for wasm2js's memory.
  let glue = readFileSync(join(dir, `${outName}_bg.js`), "utf8");
  const views = new Set();
  glue = glue.replace(/if \((cached\w+Memory0) === null \|\| .*\) \{$/gm, (_, view) => {
    views.add(view);
    return `if (${view} === null || ${view}.buffer !== wasm.memory.buffer) {`;
  });
  for (const view of ["cachedUint8ArrayMemory0", "cachedDataViewMemory0"]) {
    if (!views.has(view)) throw new Error(`wasm-bindgen's glue changed: ${view} is no longer checked as expected (tools/build-purejs.mjs)`);
  }
  if (/Memory0\.byteLength === 0|\.buffer\.detached/.test(glue)) throw new Error("wasm-bindgen's glue still checks a memory view by detachment");
  writeFileSync(join(out, `${outName}_bg.js`), glue);
  const entry = readFileSync(join(dir, `${outName}.js`), "utf8");
  const wasmImport = `"./${outName}_bg.wasm"`;
  if (!entry.includes(wasmImport)) throw new Error("wasm-bindgen's bundler entry changed: it no longer imports the wasm as a module");
  writeFileSync(join(out, `${stem}.js`), entry.replace(wasmImport, `"./${stem}.wasm.js"`).replace(`/* @ts-self-types="./${outName}.d.ts" */\n`, ""));
  // The module's own binary file name, as wasm2js wrote its import of the glue.
  const wasmJs = readFileSync(join(out, `${stem}.wasm.js`), "utf8");
  if (!wasmJs.includes(`from './${outName}_bg.js'`)) throw new Error("wasm2js's output no longer imports the glue as expected");
  // wasm2js indents every line: without the whitespace the engine is a quarter smaller (gzip).
  // Nothing else is rewritten (no renaming, no syntax changes).
  run(bin("esbuild"), [join(out, `${stem}.wasm.js`), "--minify-whitespace", "--log-level=warning", `--outfile=${join(out, `${stem}.wasm.js`)}`, "--allow-overwrite"]);
  return types;
}

/** Bundles pkg/js/`entry` into pkg/js/`outfile` as CommonJS, or as a script defining `globalName`. */
function bundle(entry, outfile, globalName) {
  const format = globalName ? ["--format=iife", `--global-name=${globalName}`] : ["--format=cjs"];
  run(bin("esbuild"), [join(out, entry), "--bundle", ...format, "--platform=neutral", "--minify-whitespace", "--log-level=warning", `--outfile=${join(out, outfile)}`]);
}

/** Fails when a file of pkg/js/ names what Lightning Web Security refuses. */
function checkPlain(files) {
  for (const file of files) {
    const text = readFileSync(join(out, file), "utf8");
    for (const banned of ["WebAssembly", "eval(", "new Function"]) {
      if (text.includes(banned)) throw new Error(`pkg/js/${file} names ${banned}: the pure-JS build must not`);
    }
  }
}

if (!existsSync(input)) throw new Error(`${input} is missing: make pkg builds it (the MVP wasm for the pure-JS build)`);
// The MVP wasm of target/purejs is the engine or the HTCDS module, whichever was built last: say
// so before anything is removed. (This script runs in Node, where the API is at hand; its output
// must not name it.)
const htcds = process.argv.includes("--htcds");
{
  const exported = globalThis["WebAssembly"].Module.exports(new globalThis["WebAssembly"].Module(readFileSync(input))).map((e) => e.name);
  // wasm-bindgen's raw exports carry a hash after the name (`fromHTCDS_c03130e2…`).
  const isHtcds = exported.some((e) => e === "fromHTCDS" || e.startsWith("fromHTCDS_"));
  if (isHtcds !== htcds) {
    const cargo = `RUSTC_BOOTSTRAP=1 RUSTFLAGS="-C target-cpu=mvp" CARGO_TARGET_DIR=target/purejs cargo build --release --target wasm32-unknown-unknown --lib -Z build-std=std,panic_abort${htcds ? " --features htcds-module" : ""}`;
    throw new Error(`${input} is the ${isHtcds ? "HTCDS module" : "engine"}, not the ${htcds ? "HTCDS module" : "engine"}: build it first (make pkg does), with\n  ${cargo}`);
  }
}
if (!existsSync(join(root, "pkg/package.json"))) throw new Error("pkg/ is missing: run tools/build-pkg.mjs first");

// `--htcds`: the HTCDS module (the crate built for the MVP with --features htcds-module) as plain
// JS beside the engine, js/htcds.js: fromHTCDS and htcdsSchema, synchronous, no init. Run after
// the engine's step, which empties pkg/js/.
if (htcds) {
  if (!existsSync(join(out, "index.js"))) throw new Error("pkg/js/ has no engine: run tools/build-purejs.mjs first");
  rmSync(join(build, "htcds"), { recursive: true, force: true });
  const types = toPlainJs(input, "htcds", "htcds-engine");
  writeFileSync(
    join(out, "htcds.js"),
    `// protection-pathways/js/htcds.js: the HTCDS module as plain JavaScript, for hosts that refuse
// compiled modules. fromHTCDS(record, { jurisdiction, region?, asOf? }) and htcdsSchema(), as in
// protection-pathways/htcds, but synchronous from the start. Generated by tools/build-purejs.mjs.
export { fromHTCDS, htcdsSchema } from "./htcds-engine.js";
`,
  );
  writeFileSync(join(out, "htcds-engine.d.ts"), types);
  writeFileSync(join(out, "htcds.d.ts"), `export { fromHTCDS, htcdsSchema } from "./htcds-engine.js";\nexport type { HtcdsRecord, HtcdsEvent, HtcdsOptions, HtcdsImport, UsedField, IgnoredField, UnfilledFact } from "./htcds-engine.js";\n`);
  bundle("htcds.js", "htcds.cjs");
  // For Salesforce: a second static resource's script, defining the global ProtectionPathwaysHTCDS.
  bundle("htcds.js", "htcds.iife.js", "ProtectionPathwaysHTCDS");
  checkPlain(["htcds.js", "htcds.cjs", "htcds.iife.js", "htcds-engine.js", "htcds-engine.wasm.js", "htcds_bg.js"]);
  console.log(`pkg/js/htcds built: ${(readFileSync(join(out, "htcds-engine.wasm.js")).length / 1e6).toFixed(1)} MB of JS from the MVP wasm`);
  process.exit(0);
}

rmSync(build, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const types = toPlainJs(input, name, "engine");
// The engine's glue keeps wasm-bindgen's own file names (engine.wasm.js imports it).
// caseSchema() lives in the glue, not in the engine (tools/build-pkg.mjs): the same here.
const schema = JSON.stringify(JSON.parse(readFileSync(join(root, "src/case/schema.json"), "utf8")));
writeFileSync(
  join(out, "index.js"),
  `// protection-pathways/js: the engine as plain JavaScript, for hosts that refuse compiled modules.
// Generated by tools/build-purejs.mjs. The law and locale packs are loaded with loadPack(bytes),
// loadPacks([bytes]), or fetched from the package's packs/ folder with loadFrom(url, request).
export * from "./engine.js";
import { loadPack, loadedPacks, packsFor } from "./engine.js";

/** The JSON Schema (draft 2020-12) of the case input, generated from the Rust types. */
export function caseSchema() {
  return JSON.parse(${JSON.stringify(schema)});
}

/** Loads every pack in \`packs\` (their bytes); returns their names. */
export function loadPacks(packs) {
  return packs.map((bytes) => loadPack(bytes).name);
}

/**
 * Fetches from \`base\` (the URL of the package's packs/ folder, e.g. a static resource's
 * \`\${url}/packs/\`) the packs that \`request\` ({ jurisdictions, locales }) needs and that are
 * not loaded yet, and loads them; resolves to the names of all loaded packs. A pack that cannot be fetched
 * rejects with the code \`pack_not_loaded\`.
 */
export async function loadFrom(base, request) {
  const folder = String(base).replace(/\\/?$/, "/");
  const fetched = await Promise.all(
    packsFor(request)
      .filter((p) => !p.loaded)
      .map(async (p) => {
        let response;
        try {
          response = await fetch(folder + p.file);
        } catch (error) {
          throw packError(\`\${p.name} could not be fetched from \${folder}\${p.file}: \${error?.message ?? error}\`);
        }
        if (!response.ok) throw packError(\`\${p.name} could not be fetched from \${folder}\${p.file} (HTTP \${response.status})\`);
        return new Uint8Array(await response.arrayBuffer());
      }),
  );
  for (const bytes of fetched) loadPack(bytes);
  return loadedPacks();
}

function packError(message) {
  const e = new Error(message);
  e.name = "ProtectionPathwaysError";
  e.code = "pack_not_loaded";
  e.path = "pack";
  return e;
}
`,
);
// Types: the glue's declarations, and the two functions added here.
writeFileSync(join(out, "engine.d.ts"), types);
writeFileSync(
  join(out, "index.d.ts"),
  `export * from "./engine.js";\nimport type { PackRequest } from "./engine.js";\n/** The JSON Schema (draft 2020-12) of the case input. */\nexport function caseSchema(): unknown;\n/** Loads every pack in \`packs\` (their bytes); returns their names. */\nexport function loadPacks(packs: Uint8Array[]): string[];\n/** Fetches from \`base\` (the URL of the package's packs/ folder) the packs \`request\` needs that are not loaded, and loads them. */\nexport function loadFrom(base: string, request?: PackRequest): Promise<string[]>;\n`,
);
bundle("index.js", "index.cjs");
// One file for Salesforce (docs/salesforce.md): a script for a static resource, loaded with
// loadScript, that defines the global ProtectionPathways. (Not an ES module for an LWC folder:
// an LWC's JavaScript file may be at most 1,000,000 bytes, and the engine alone is twice that.)
bundle("index.js", `${name}.iife.js`, "ProtectionPathways");

checkPlain(["index.js", "index.cjs", `${name}.iife.js`, "engine.js", "engine.wasm.js", `${name}_bg.js`]);
console.log(`pkg/js/ built: ${(readFileSync(join(out, "engine.wasm.js")).length / 1e6).toFixed(1)} MB of JS from the MVP wasm`);
