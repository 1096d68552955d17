#!/usr/bin/env bash
# Installs what the build and the tests need, skipping what is already there.
#   tools/setup.sh rust       rustup's wasm32 target and the wasm-bindgen CLI pinned by Cargo.lock
#   tools/setup.sh node       the dev tools from package-lock.json (npm ci)
#   tools/setup.sh chromium   Debian's chromium and chromium-driver (browser tests)
#   tools/setup.sh python     a venv in target/pyvenv with the test oracles of tools/requirements.txt
#   tools/setup.sh fuzz       cargo-fuzz (libFuzzer), pinned; it runs on stable (tools/fuzz.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

case "${1:-}" in
rust)
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
  fi
  # rust-src: the pure-JS build rebuilds std for the MVP feature set (make pkg).
  for component in rustfmt clippy rust-src; do
    if ! rustup component list --installed | grep -q "^$component"; then
      rustup component add "$component"
    fi
  done
  want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/[" ]/, "", $0); sub(/version=/, "", $0); print; exit }' Cargo.lock)
  [ -n "$want" ] || { echo "no wasm-bindgen version in Cargo.lock" >&2; exit 1; }
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    echo "installing wasm-bindgen-cli $want (have: ${have:-none}); this takes a few minutes once"
    # Not --locked: this registry's snapshot lacks a version the CLI's own lock file names.
    cargo install wasm-bindgen-cli --version "$want"
  fi
  ;;
node)
  if [ ! -f node_modules/.setup-stamp ] || [ package-lock.json -nt node_modules/.setup-stamp ]; then
    npm ci --no-audit --no-fund
    touch node_modules/.setup-stamp
  fi
  ;;
chromium)
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    as_root apt-get update
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y --no-install-recommends chromium chromium-driver
  fi
  ;;
python)
  venv=target/pyvenv
  if [ ! -x "$venv/bin/python" ]; then
    if ! python3 -m venv "$venv" 2>/dev/null; then
      rm -rf "$venv"
      as_root apt-get update
      DEBIAN_FRONTEND=noninteractive as_root apt-get install -y --no-install-recommends python3-venv
      python3 -m venv "$venv"
    fi
  fi
  if [ ! -f "$venv/.setup-stamp" ] || [ tools/requirements.txt -nt "$venv/.setup-stamp" ]; then
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r tools/requirements.txt
    touch "$venv/.setup-stamp"
  fi
  ;;
fuzz)
  want=0.13.2
  have=$(cargo fuzz --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    echo "installing cargo-fuzz $want (have: ${have:-none}); this takes a minute once"
    cargo install cargo-fuzz --version "$want" --locked
  fi
  ;;
*)
  echo "usage: $0 rust|node|chromium|python|fuzz" >&2
  exit 2
  ;;
esac
