#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in their own build folder and runs each
# for a short time on its corpus in tests/fuzz/corpus/<name>/, JOBS fuzzers at a time.
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

# -O1 and line tables only (-g1: crash reports name file and line); the build type's own flags
# would add -O2 -g after these, so they are set too.
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer"
CC=clang CXX=clang++ cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
  -DWEGWIJZER_BUILD_UI=OFF -DWEGWIJZER_BUILD_TESTS=ON -DWEGWIJZER_FUZZ=ON \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build" --target "${fuzzers[@]}" -j"$jobs"

# The fuzzers run $jobs at a time (each is one process on one core), each for its full time.
run_fuzzer() {
  local fuzzer="$1" seeds="$repo/tests/fuzz/corpus/$1"
  local work="$build/fuzz-corpus/$1"   # new inputs go here, never into the repository
  local binary
  mkdir -p "$work"
  binary="$(ls "$build"/tests/*/"$fuzzer")"   # tests/sync or tests/sheet
  "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/fuzz-artifacts/$fuzzer-" -print_final_stats=1 "$work" "$seeds" \
    >"$build/fuzz-artifacts/$fuzzer.log" 2>&1
}

mkdir -p "$build/fuzz-artifacts"
declare -A pids
for fuzzer in "${fuzzers[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
    wait -n || true   # statuses are collected per fuzzer below
  done
  echo "== $fuzzer: ${seconds}s on $(ls "$repo/tests/fuzz/corpus/$fuzzer" | wc -l) seeds"
  run_fuzzer "$fuzzer" &
  pids[$fuzzer]=$!
done

status=0
for fuzzer in "${fuzzers[@]}"; do
  if ! wait "${pids[$fuzzer]}"; then
    echo "!! $fuzzer found a problem; see $build/fuzz-artifacts/$fuzzer.log" >&2
    tail -n 30 "$build/fuzz-artifacts/$fuzzer.log" >&2
    status=1
  else
    echo "== $fuzzer:"
    grep -E "stat::number_of_executed_units|Done" "$build/fuzz-artifacts/$fuzzer.log" | tail -n 2 || true
  fi
done
exit "$status"
