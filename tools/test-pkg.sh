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
cd "$scratch"
printf '{ "name": "consumer", "private": true, "type": "module" }\n' > package.json
npm install --no-audit --no-fund --silent "$root/build/$tarball"
echo "installed $tarball ($(du -k "$root/build/$tarball" | cut -f1) KiB packed)"
PP_REPO="$root" node --test esm.test.mjs cjs.test.cjs browser.test.mjs bundlers.test.mjs
"$root/node_modules/.bin/tsc" -p tsconfig.json
echo "types.ts type-checks against the generated declarations"
