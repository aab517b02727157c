#!/usr/bin/env bash
# Builds (Release) and runs Wegwijzer's benchmarks; prints Markdown tables for the REPORT files.
# Usage: tests/bench/run.sh [search|sync|print|kiosk|web ...]   (default: all)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-bench"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DWEGWIJZER_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null

areas=("$@")
[ "${#areas[@]}" -gt 0 ] || areas=(search sync print kiosk web)
for area in "${areas[@]}"; do
  echo "## $area"
  if [ -x "$root/tests/bench/run-$area-bench.sh" ]; then
    "$root/tests/bench/run-$area-bench.sh" "$build"
  elif [ -x "$build/tests/bench/${area}_bench" ]; then
    "$build/tests/bench/${area}_bench"
  else
    echo "(no benchmark for $area)"
  fi
done
