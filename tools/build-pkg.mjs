// Assembles pkg/, the npm package, from the release wasm, wasm-bindgen's glue and pkg-template/.
//
//   node tools/build-pkg.mjs            (the Makefile's `make pkg` runs cargo and this)
//
// Steps: wasm-bindgen (web glue + Node CommonJS glue; both targets emit the same binary, which
// is checked), wasm-opt -Oz (size; see Cargo.toml's release profile) from the npm `binaryen` package (never Debian's binaryen 108, whose
// output breaks the externref table), then the template with the crate's version.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
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
run(wasmOpt, ["-Oz", join(build, "web", `${name}_bg.wasm`), "-o", join(pkg, `${name}_bg.wasm`)]);

cpSync(join(build, "web", `${name}.js`), join(pkg, `${name}.js`));
cpSync(join(build, "web", `${name}.d.ts`), join(pkg, `${name}.d.ts`));
// The nodejs glue loads `${__dirname}/protection_pathways_bg.wasm`: the same file as the web glue.
cpSync(join(build, "nodejs", `${name}.js`), join(pkg, "node.cjs"));
// caseSchema() is static data, not engine work: it is written into the JS glue (web, Node ESM and
// CommonJS share these two files) instead of the wasm, where its 28 KB of text cost 4 KB of the
// gzip budget (DESIGN.md). The schema is generated from the Rust types by tests/schema.rs.
const schema = JSON.stringify(JSON.parse(readFileSync(join(root, "src/case/schema.json"), "utf8")));
const schemaDoc = "/** The JSON Schema (draft 2020-12) of the case input, generated from the Rust types. */";
const schemaFn = `${schemaDoc}\nfunction caseSchema() {\n  return JSON.parse(${JSON.stringify(schema)});\n}\n`;
writeFileSync(join(pkg, `${name}.js`), readFileSync(join(pkg, `${name}.js`), "utf8") + `\n${schemaFn}export { caseSchema };\n`);
writeFileSync(join(pkg, "node.cjs"), readFileSync(join(pkg, "node.cjs"), "utf8") + `\n${schemaFn}exports.caseSchema = caseSchema;\n`);
writeFileSync(join(pkg, `${name}.d.ts`), readFileSync(join(pkg, `${name}.d.ts`), "utf8") + `\n${schemaDoc}\nexport function caseSchema(): object;\n`);
for (const file of ["node.mjs", "element.js", "element.d.ts", "define.js", "define.d.ts", "custom-elements.json", "frame.html", "frame.js", "frame-config.js"]) {
  cpSync(join(root, "pkg-template", file), join(pkg, file));
}
cpSync(join(root, "pkg-template/README.md"), join(pkg, "README.md"));
for (const file of ["LICENSE-MIT", "LICENSE-APACHE"]) cpSync(join(root, file), join(pkg, file));

const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1];
if (!version) throw new Error("no version in Cargo.toml");
const manifest = JSON.parse(readFileSync(join(root, "pkg-template/package.json"), "utf8"));
manifest.version = version;
writeFileSync(join(pkg, "package.json"), JSON.stringify(manifest, null, 2) + "\n");

for (const file of manifest.files) {
  if (!existsSync(join(pkg, file))) throw new Error(`pkg/${file} is listed in "files" but was not built`);
}
console.log(`pkg/ built: protection-pathways ${version}, ${readFileSync(join(pkg, `${name}_bg.wasm`)).length} bytes of wasm`);
