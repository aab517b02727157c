#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in their own build folder and runs each
# for a short time on its corpus in tests/fuzz/corpus/<name>/.
#   tests/fuzz/run.sh [SECONDS_PER_FUZZER]      (default 12)
# Environment: WEGWIJZER_FUZZ_BUILD_DIR (default <repo>/build-fuzz), JOBS (default 2).
# Exit status: 0 when no fuzzer found a crash, 1 otherwise (the crashing input is kept in
# <build>/fuzz-artifacts/ and named on the output).
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-12}"
build="${WEGWIJZER_FUZZ_BUILD_DIR:-$repo/build-fuzz}"
jobs="${JOBS:-2}"
fuzzers=(fuzz_signature fuzz_trusted_comment fuzz_csv fuzz_xlsx fuzz_ods fuzz_sheet_csv)

flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -g -O1"
CC=clang CXX=clang++ cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DWEGWIJZER_BUILD_UI=OFF -DWEGWIJZER_BUILD_TESTS=ON -DWEGWIJZER_FUZZ=ON \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build" --target "${fuzzers[@]}" -j"$jobs"

status=0
mkdir -p "$build/fuzz-artifacts"
for fuzzer in "${fuzzers[@]}"; do
  seeds="$repo/tests/fuzz/corpus/$fuzzer"
  work="$build/fuzz-corpus/$fuzzer"   # new inputs go here, never into the repository
  mkdir -p "$work"
  echo "== $fuzzer: ${seconds}s on $(ls "$seeds" | wc -l) seeds"
  binary="$(ls "$build"/tests/*/"$fuzzer")"   # tests/sync or tests/sheet
  if ! "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$build/fuzz-artifacts/$fuzzer-" -print_final_stats=1 "$work" "$seeds" \
        >"$build/fuzz-artifacts/$fuzzer.log" 2>&1; then
    echo "!! $fuzzer found a problem; see $build/fuzz-artifacts/$fuzzer.log" >&2
    tail -n 30 "$build/fuzz-artifacts/$fuzzer.log" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|Done" "$build/fuzz-artifacts/$fuzzer.log" | tail -n 2 || true
  fi
done
exit "$status"
