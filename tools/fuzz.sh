#!/usr/bin/env bash
# Fuzzes every entry point with libFuzzer (cargo-fuzz): `tools/fuzz.sh [seconds per target]`.
#
# On the stable toolchain: cargo-fuzz asks rustc for instrumentation flags that are unstable
# (-Z...), so RUSTC_BOOTSTRAP=1 lets stable accept them, and the address sanitizer is off
# (--sanitizer none: it needs a nightly standard library). What is fuzzed is panics and aborts
# (a panic aborts the wasm module), not memory errors: the crate has no `unsafe`.
#
# Each target starts from the seeds committed in fuzz/corpus/<target>/ (inputs of the
# conformance cases) and writes what it finds new into a scratch folder, so a run changes
# nothing in the tree. A crash stops the run with its input in fuzz/artifacts/<target>/:
# make it a regression test named after what broke, and a seed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds=${1:-3}
tools/setup.sh fuzz
export RUSTC_BOOTSTRAP=1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
targets="assess assess_many compute_deadline holidays to_icalendar summary jurisdiction decode tree from_htcds"
cd fuzz
cargo fuzz build --sanitizer none --release
for t in $targets; do
  mkdir -p "$scratch/$t" "corpus/$t"
  out=$(cargo fuzz run --sanitizer none --release "$t" "$scratch/$t" "corpus/$t" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 2>&1) || {
    echo "$out" | tail -40
    echo "fuzz: $t crashed; its input is in fuzz/artifacts/$t/" >&2
    exit 1
  }
  runs=$(echo "$out" | sed -n 's/^stat::number_of_executed_units: *//p')
  echo "fuzz: $t: ${runs:-?} executions in ${seconds} s, no crash"
done
