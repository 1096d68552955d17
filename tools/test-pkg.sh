#!/usr/bin/env bash
# Packs pkg/ with npm pack, installs the tarball into a scratch project, and uses it as a
# consumer would: Node ESM (no init call), CommonJS require, a browser page with no bundler,
# webpack, Vite and esbuild bundles, and TypeScript against the generated declarations.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scratch="$root/build/consumer"
rm -rf "$scratch" "$root"/build/protection-pathways-*.tgz
mkdir -p "$scratch"
tarball=$(cd "$root/pkg" && npm pack --silent --pack-destination "$root/build")
cp -r "$root"/tests/js/consumer/* "$scratch/"
# The bad-input catalogue and its runner, shared with the Chromium test.
mkdir -p "$scratch/support"
cp "$root/tests/js/support/bad-input.mjs" "$scratch/support/"
cp "$root/tests/bad-input/catalogue.json" "$scratch/bad-input.json"
cd "$scratch"
printf '{ "name": "consumer", "private": true, "type": "module" }\n' > package.json
npm install --no-audit --no-fund --silent "$root/build/$tarball"
echo "installed $tarball ($(du -k "$root/build/$tarball" | cut -f1) KiB packed)"
PP_REPO="$root" node --test esm.test.mjs cjs.test.cjs htcds.test.mjs bad-input.test.mjs purejs.test.mjs browser.test.mjs bundlers.test.mjs
"$root/node_modules/.bin/tsc" -p tsconfig.json
echo "types.ts type-checks against the generated declarations"
