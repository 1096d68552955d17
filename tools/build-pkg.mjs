// Assembles pkg/, the npm package, from the release wasm, wasm-bindgen's glue and pkg-template/.
//
//   node tools/build-pkg.mjs            (the Makefile's `make pkg` runs cargo and this)
//
// Steps: wasm-bindgen (web glue + Node CommonJS glue; both targets emit the same binary, which
// is checked), wasm-opt (see Cargo.toml's release profile) from the npm `binaryen` package (never
// Debian's binaryen 108, whose output breaks the externref table), the law and locale packs
// the build script wrote (packs/, with packs.js naming each file statically so that bundlers emit them),
// then the template with the crate's version.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Speed over size now that the law and words are packs beside the engine (README › Measured).
const WASM_OPT_LEVEL = "-O3";
const name = "protection_pathways";
const input = join(root, "target/wasm32-unknown-unknown/release", `${name}.wasm`);
const build = join(root, "build/bindgen");
const pkg = join(root, "pkg");

function run(cmd, args) {
  execFileSync(cmd, args, { stdio: "inherit", cwd: root });
}

if (!existsSync(input)) {
  throw new Error(`${input} is missing: run cargo build --release --target wasm32-unknown-unknown first (make pkg does)`);
}
rmSync(build, { recursive: true, force: true });
for (const target of ["web", "nodejs"]) {
  run("wasm-bindgen", ["--target", target, "--out-dir", join(build, target), "--remove-name-section", "--remove-producers-section", input]);
}
const webWasm = readFileSync(join(build, "web", `${name}_bg.wasm`));
const nodeWasm = readFileSync(join(build, "nodejs", `${name}_bg.wasm`));
if (!webWasm.equals(nodeWasm)) {
  throw new Error("wasm-bindgen's web and nodejs targets emitted different binaries; the package ships one, so they must agree");
}

rmSync(pkg, { recursive: true, force: true });
mkdirSync(pkg);
const wasmOpt = join(root, "node_modules/.bin/wasm-opt");
if (!existsSync(wasmOpt)) throw new Error("node_modules/.bin/wasm-opt is missing: run npm ci (make setup does)");
run(wasmOpt, [WASM_OPT_LEVEL, join(build, "web", `${name}_bg.wasm`), "-o", join(pkg, `${name}_bg.wasm`)]);

// The HTCDS module (fromHTCDS alone: the crate built with --features htcds-module, for size, into
// target/htcds): its own wasm and glue, htcds_bg.wasm + htcds-engine.js (web) / htcds-node.cjs
// (Node), which only a page that reads HTCDS records downloads.
const htcdsInput = join(root, "target/htcds/wasm32-unknown-unknown/release", `${name}.wasm`);
if (!existsSync(htcdsInput)) throw new Error(`${htcdsInput} is missing: make pkg builds it`);
for (const target of ["web", "nodejs"]) {
  run("wasm-bindgen", ["--target", target, "--out-dir", join(build, `htcds-${target}`), "--out-name", "htcds", "--remove-name-section", "--remove-producers-section", htcdsInput]);
}
if (!readFileSync(join(build, "htcds-web", "htcds_bg.wasm")).equals(readFileSync(join(build, "htcds-nodejs", "htcds_bg.wasm")))) {
  throw new Error("wasm-bindgen's web and nodejs targets emitted different HTCDS binaries");
}
// Size over speed here: a record is read in microseconds either way.
run(wasmOpt, ["-Oz", join(build, "htcds-web", "htcds_bg.wasm"), "-o", join(pkg, "htcds_bg.wasm")]);
cpSync(join(build, "htcds-web", "htcds.js"), join(pkg, "htcds-engine.js"));
cpSync(join(build, "htcds-web", "htcds.d.ts"), join(pkg, "htcds-engine.d.ts"));
cpSync(join(build, "htcds-nodejs", "htcds.js"), join(pkg, "htcds-node.cjs"));
writeFileSync(join(pkg, "htcds-node.cjs"), readFileSync(join(pkg, "htcds-node.cjs"), "utf8") + "\nexports.default = async () => exports;\n");

// wasm-bindgen's web glue is the engine module; protection_pathways.js (the template) wraps it
// with init() and load(), which fetch the packs.
cpSync(join(build, "web", `${name}.js`), join(pkg, "engine.js"));
cpSync(join(build, "web", `${name}.d.ts`), join(pkg, "engine.d.ts"));
// The nodejs glue loads `${__dirname}/protection_pathways_bg.wasm`: the same file as the web glue.
cpSync(join(build, "nodejs", `${name}.js`), join(pkg, "node.cjs"));
// caseSchema() is static data, not engine work: it is written into the JS glue (web, Node ESM and
// CommonJS share these two files) instead of the wasm, where its 28 KB of text cost 4 KB of the
// gzip budget (DESIGN.md). The schema is generated from the Rust types by tests/schema.rs.
const schema = JSON.stringify(JSON.parse(readFileSync(join(root, "src/case/schema.json"), "utf8")));
const schemaDoc = "/** The JSON Schema (draft 2020-12) of the case input, generated from the Rust types. */";
const schemaFn = `${schemaDoc}\nfunction caseSchema() {\n  return JSON.parse(${JSON.stringify(schema)});\n}\n`;
writeFileSync(join(pkg, "engine.js"), readFileSync(join(pkg, "engine.js"), "utf8") + `\n${schemaFn}export { caseSchema };\n`);
// CommonJS: every pack is read at require, as node.mjs does at import.
const cjsPacks = `
/** Node: every law and locale pack is loaded at require; init(), initSync() and load() return at once. */
for (const p of exports.packsFor()) exports.loadPack(require("fs").readFileSync(require("path").join(__dirname, "packs", p.file)));
exports.load = async () => exports.loadedPacks();
${readFileSync(join(root, "pkg-template/plain-json.js"), "utf8").replace(/^export /gm, "")}
{
  const fast = fastInput({ ...exports });
  exports.assess = fast.assess;
  exports.assessMany = fast.assessMany;
}
exports.initSync = () => exports;
exports.default = async () => exports;
/** One HTCDS 2.0 record as a case: the HTCDS module (its own wasm), loaded on first use. */
exports.fromHTCDS = async (record, options) => require("./htcds-node.cjs").fromHTCDS(record, options);
`;
writeFileSync(join(pkg, "node.cjs"), readFileSync(join(pkg, "node.cjs"), "utf8") + `\n${schemaFn}exports.caseSchema = caseSchema;\n${cjsPacks}`);
// assess() returns what `detail` asks for: overloads say which type, so that a caller asking for
// a decision is not handed the full Assessment's type.
const assessLine = "export function assess(_case: Case, options?: AssessOptions): Assessment;";
let engineTypes = readFileSync(join(pkg, "engine.d.ts"), "utf8");
if (!engineTypes.includes(assessLine)) throw new Error("engine.d.ts: the assess() declaration changed; update the overloads in tools/build-pkg.mjs");
engineTypes = engineTypes.replace(
  assessLine,
  [
    'export function assess(_case: Case, options: AssessOptions & { detail: "decision" }): Decision;',
    'export function assess(_case: Case, options: AssessOptions & { detail: "states" }): States;',
    'export function assess(_case: Case, options?: AssessOptions & { detail?: "full" }): Assessment;',
  ].join("\n"),
);
writeFileSync(join(pkg, "engine.d.ts"), engineTypes + `\n${schemaDoc}\nexport function caseSchema(): object;\n`);

// The packs of this very build: the build script wrote them beside the release wasm, into the newest
// OUT_DIR of the crate's build script.
const buildDir = join(root, "target/wasm32-unknown-unknown/release/build");
const packDirs = readdirSync(buildDir)
  .filter((d) => d.startsWith("protection-pathways-"))
  .map((d) => join(buildDir, d, "out/packs"))
  .filter((d) => existsSync(join(d, "manifest.json")))
  .sort((a, b) => statSync(join(b, "manifest.json")).mtimeMs - statSync(join(a, "manifest.json")).mtimeMs);
if (packDirs.length === 0) throw new Error(`no packs under ${buildDir}: build the release wasm first (make pkg does)`);
const packManifest = JSON.parse(readFileSync(join(packDirs[0], "manifest.json"), "utf8"));
mkdirSync(join(pkg, "packs"));
for (const p of packManifest.packs) cpSync(join(packDirs[0], p.file), join(pkg, "packs", p.file));
// One static `new URL("./packs/…", import.meta.url)` per file: bundlers (Vite, webpack 5,
// esbuild with its file loader) see each one and emit the file; nothing is fetched until asked.
const urls = packManifest.packs.map((p) => `  ${JSON.stringify(p.file)}: () => new URL(${JSON.stringify(`./packs/${p.file}`)}, import.meta.url),`).join("\n");
// What each law pack needs, so that init() can start fetching while the wasm compiles (the
// engine's packsFor() stays the authority once it runs): the engine's rule, that a profile
// needs both baselines but itself, written as code rather than as a list of 50 entries (the
// page's budget, DESIGN.md), and checked here against the manifest.
const law = packManifest.packs.filter((p) => p.name.startsWith("law/"));
const calendarOnly = law.filter((p) => !p.needs?.length).map((p) => p.name);
for (const p of law) {
  const rule = calendarOnly.includes(p.name) ? [] : ["law/EU", "law/COE"].filter((b) => b !== p.name);
  if (JSON.stringify(rule) !== JSON.stringify(p.needs ?? [])) throw new Error(`packs.js: ${p.name} needs ${JSON.stringify(p.needs)}, not what the rule says`);
}
writeFileSync(
  join(pkg, "packs.js"),
  `// Generated by tools/build-pkg.mjs (format ${packManifest.format}): packUrl(file), packFile(name) (law/AT → law-AT.ppk, if shipped), packNeeds(name).\nconst urls = {\n${urls}\n};\n\nexport function packUrl(file) {\n  return Object.hasOwn(urls, file) ? urls[file]() : undefined;\n}\n\n/** Every pack file shipped (law-AT.ppk, locale-de.ppk, …). */\nexport function packFiles() {\n  return Object.keys(urls);\n}\n\nexport function packFile(name) {\n  const file = \`\${name.replace("/", "-")}.ppk\`;\n  return Object.hasOwn(urls, file) ? file : undefined;\n}\n\nconst calendarOnly = ${JSON.stringify(calendarOnly)};\nexport function packNeeds(name) {\n  return name.startsWith("law/") && packFile(name) && !calendarOnly.includes(name) ? ["law/EU", "law/COE"].filter((b) => b !== name) : [];\n}\n`,
);

for (const file of ["protection_pathways.js", "protection_pathways.d.ts", "plain-json.js", "node.mjs", "htcds.js", "htcds.d.ts", "htcds-node.mjs", "caseload.js", "caseload.d.ts", "caseload-worker.js", "caseload-words.js", "element.js", "element.d.ts", "define.js", "define.d.ts", "custom-elements.json", "frame.html", "frame.js", "frame-config.js"]) {
  cpSync(join(root, "pkg-template", file), join(pkg, file));
}
cpSync(join(root, "pkg-template/README.md"), join(pkg, "README.md"));
// What a page downloads is minified (esbuild, ESM kept as ESM, `new URL(…, import.meta.url)`
// kept for bundlers): the engine's glue and the template's code, 4.4 KB of the page's 300 KB
// budget (DESIGN.md), which the caseload's fromHTCDS needed. The readable sources stay in
// pkg-template/ and wasm-bindgen's output in build/bindgen/; the declarations carry the docs.
for (const file of ["engine.js", "packs.js", "protection_pathways.js", "element.js", "define.js", "htcds-engine.js", "htcds.js"]) {
  const selfTypes = /^\/\* @ts-self-types="[^"]+" \*\/\n/.exec(readFileSync(join(pkg, file), "utf8"))?.[0] ?? "";
  run(join(root, "node_modules/.bin/esbuild"), [join(pkg, file), "--format=esm", "--minify", "--log-level=warning", "--allow-overwrite", `--outfile=${join(pkg, file)}`]);
  if (selfTypes) writeFileSync(join(pkg, file), selfTypes + readFileSync(join(pkg, file), "utf8"));
}
for (const file of ["LICENSE-MIT", "LICENSE-APACHE"]) cpSync(join(root, file), join(pkg, file));

const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1];
if (!version) throw new Error("no version in Cargo.toml");
const manifest = JSON.parse(readFileSync(join(root, "pkg-template/package.json"), "utf8"));
manifest.version = version;
writeFileSync(join(pkg, "package.json"), JSON.stringify(manifest, null, 2) + "\n");

for (const file of manifest.files) {
  // js/ is the pure-JS build, written next by tools/build-purejs.mjs (which checks its own).
  if (file !== "js/" && !existsSync(join(pkg, file.replace(/\/$/, "")))) throw new Error(`pkg/${file} is listed in "files" but was not built`);
}
console.log(`pkg/ built: protection-pathways ${version}, ${readFileSync(join(pkg, `${name}_bg.wasm`)).length} bytes of wasm`);
