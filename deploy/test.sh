#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (as root), builds Wegwijzer and runs every test:
#   1. the normal build and the whole CTest suite (unit, sync, print with a real CUPS, kiosk
#      end-to-end under Xvfb, the Debian package),
#   2. the suite again under AddressSanitizer and UndefinedBehaviorSanitizer (every test without a
#      window, and the kiosk scenarios that together reach every screen and every data flow),
#   3. the tests that use threads (label "threads") under ThreadSanitizer,
#   4. a short libFuzzer run of each fuzzer.
# Usage: deploy/test.sh            (everything)
#        WEGWIJZER_SKIP_ASAN=1 deploy/test.sh   (skip step 2, for a quicker local run)
#        WEGWIJZER_SKIP_TSAN=1 deploy/test.sh   (skip step 3)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=$(nproc)

# Runs ctest, shows its output and adds its counts to the total printed at the end.
passed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
run_ctest() {
  ctest "$@" 2>&1 | tee "$log"
  local total
  total=$(sed -n 's/.* tests failed out of \([0-9]*\).*/\1/p' "$log" | tail -n 1)
  passed=$((passed + ${total:-0}))
}

deploy/install-deps.sh test

# Every build here keeps line tables only (-g1, not -g): sanitizer reports and backtraces still
# name file and line, the machine code is the same, and objects compile in about two thirds of
# the time (CI compiles everything cold; tests/bench/REPORT-ci.md).
release_flags=(-DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG")
debug_flags=(-DCMAKE_C_FLAGS_DEBUG="-g1" -DCMAKE_CXX_FLAGS_DEBUG="-g1")

echo "== build (RelWithDebInfo) =="
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo "${release_flags[@]}"
cmake --build build -j"$jobs"

echo "== tests =="
run_ctest --test-dir build --output-on-failure -j2 --timeout 900

if [ -z "${WEGWIJZER_SKIP_ASAN:-}" ]; then
  echo "== tests under AddressSanitizer + UndefinedBehaviorSanitizer =="
  # The benchmarks are not run here, so not built.
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug "${debug_flags[@]}" -DWEGWIJZER_SANITIZE=ON \
    -DWEGWIJZER_BUILD_BENCH=OFF
  cmake --build build-asan -j"$jobs"
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  export LSAN_OPTIONS=suppressions="$root/tests/lsan.supp"
  # One ctest run, so the kiosk scenarios (one kiosk at a time) run beside the tests without a
  # window instead of after them. Those have leak checking; the e2e tests set their own
  # ASAN_OPTIONS without it (Mesa, tests/e2e/CMakeLists.txt), and a subset of them runs here
  # (the others are labelled asan-skip; the normal run above ran them all). The exhaustive sync
  # loops (every flipped byte, every crash point, 300 random kills) try every 4th case here: the
  # normal run above tried them all, and here each costs several times as much
  # (tests/sync/sync_fixture.h).
  WEGWIJZER_TEST_STRIDE=4 ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    run_ctest --test-dir build-asan --output-on-failure -j2 --timeout 1800 -LE "deploy|bench|asan-skip"
fi

if [ -z "${WEGWIJZER_SKIP_TSAN:-}" ]; then
  echo "== tests that use threads, under ThreadSanitizer =="
  # Only what those tests need (no kiosk window): the core, kioskctl and five test programs (the
  # print service also through a real cupsd), each with only its test files that have [threads]
  # cases (tests/CMakeLists.txt).
  cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo "${release_flags[@]}" \
    -DWEGWIJZER_SANITIZE_THREAD=ON -DWEGWIJZER_BUILD_UI=OFF
  cmake --build build-tsan -j"$jobs" --target kioskctl unit_tests sync_tests web_tests print_tests print_cups_tests
  # tests/tsan.supp: only libraries built without TSan (fontconfig under pango).
  TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions="$root/tests/tsan.supp" \
    run_ctest --test-dir build-tsan --output-on-failure -j2 --timeout 900 -L threads
fi

if [ -x tests/fuzz/run.sh ]; then
  echo "== fuzzing =="
  tests/fuzz/run.sh
fi
echo "== all tests passed =="
echo "$passed passed, 0 failed"
