# protection-pathways — the two commands:  make demo   and   make test
# Every target installs what it needs first (tools/setup.sh skips what is present).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
PORT ?= 8080
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
WASM := target/wasm32-unknown-unknown/release/protection_pathways.wasm
# The release wasm must not depend on where the checkout is: paths of generated sources (OUT_DIR)
# end up in it, so a longer path made a bigger engine (78 B between two clones). Remapped, the
# size checks measure the same bytes everywhere.
REMAP := --remap-path-prefix=$(CURDIR)=.

.PHONY: all setup pkg demo test lint test-native test-wasm test-pkg test-e2e test-fuzz fuzz bench size size-check clean

all: pkg

setup:
	tools/setup.sh rust
	tools/setup.sh node
	tools/setup.sh chromium
	tools/setup.sh python

## pkg: the npm package in pkg/ (release wasm → wasm-bindgen → wasm-opt → template; the HTCDS
## module, the same crate with --features htcds-module, beside it), and its
## pure-JS build in pkg/js/ (the same crate for the MVP feature set → wasm2js; tools/build-purejs.mjs),
## the HTCDS module's too (js/htcds.js; the same target dir, so std is built once: the crate itself
## is then recompiled for each feature set on every run, which a second target dir would avoid at
## the cost of a second std in a clean clone)
pkg:
	tools/setup.sh rust
	tools/setup.sh node
	RUSTFLAGS="$(REMAP)" cargo build --release --target wasm32-unknown-unknown
	RUSTFLAGS="$(REMAP)" CARGO_PROFILE_RELEASE_OPT_LEVEL=s CARGO_TARGET_DIR=target/htcds \
	  cargo build --release --target wasm32-unknown-unknown --lib --features htcds-module
	node tools/build-pkg.mjs
	RUSTC_BOOTSTRAP=1 RUSTFLAGS="-C target-cpu=mvp $(REMAP)" CARGO_TARGET_DIR=target/purejs \
	  cargo build --release --target wasm32-unknown-unknown --lib -Z build-std=std,panic_abort
	node tools/build-purejs.mjs
	RUSTC_BOOTSTRAP=1 RUSTFLAGS="-C target-cpu=mvp $(REMAP)" CARGO_TARGET_DIR=target/purejs \
	  cargo build --release --target wasm32-unknown-unknown --lib -Z build-std=std,panic_abort --features htcds-module
	node tools/build-purejs.mjs --htcds

## demo: builds the package and serves demo/ on 127.0.0.1:$(PORT)
demo: pkg
	node tools/server.mjs $(PORT)

## test: every layer — lint, native, wasm in Node and Chromium, the packed package, the demo end to end
test: setup lint test-native test-wasm size-check test-pkg test-e2e test-fuzz
	@echo "make test: all layers passed"

lint:
	tools/setup.sh rust
	cargo fmt --check
	cargo clippy --all-targets --features schema -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --features htcds-module -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

test-native:
	tools/setup.sh python
	PP_PYTHON=$(CURDIR)/target/pyvenv/bin/python cargo test
	cargo test --features schema --test schema

test-wasm:
	tools/setup.sh rust
	tools/setup.sh chromium
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/tests/webdriver.json \
	cargo test --target wasm32-unknown-unknown

test-pkg: pkg
	tools/test-pkg.sh

test-e2e: pkg
	tools/setup.sh chromium
	node --test tests/e2e/

## test-fuzz: every fuzz target for a few seconds from its committed seeds (tools/fuzz.sh)
test-fuzz:
	tools/fuzz.sh 3

## fuzz: a long run, FUZZ_SECONDS per target (default 300)
FUZZ_SECONDS ?= 300
fuzz:
	tools/fuzz.sh $(FUZZ_SECONDS)

## bench: the budgets of DESIGN.md that can be measured today (package size, cold start)
bench: pkg
	node tools/bench.mjs

size: pkg
	node tools/bench.mjs --size-only

## size-check: fails when a size budget of DESIGN.md is exceeded (deterministic, so in make test)
size-check: pkg
	node tools/bench.mjs --size-only --check

clean:
	cargo clean
	rm -rf pkg build
