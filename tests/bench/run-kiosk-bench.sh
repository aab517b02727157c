#!/usr/bin/env bash
# Runs the kiosk benchmarks (not part of ctest): the headless frame-build benchmark, then the real
# kiosk under Xvfb for idle CPU, memory with a 100,000-service catalogue, first-frame time and
# in-app frame CPU time. Usage: tests/bench/run-kiosk-bench.sh [BUILD_DIR]   (default: build)
# Results: BUILD_DIR/bench-output/kiosk/ (kiosk-bench.json, frame logs); see REPORT-kiosk.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
out="$build/bench-output/kiosk"
mkdir -p "$out"
cmake --build "$build" --target kiosk kioskctl kiosk_frame_bench demo_catalogue -j2 >/dev/null

large="$out/catalogue-100k.sqlite"
# Rebuilt when missing or when this kioskctl cannot use it (an older schema).
if [ ! -s "$large" ] || ! "$build/kiosk/cli/kioskctl" status --db "$large" >/dev/null 2>&1; then
  echo "== generating and building a 100,000-service catalogue"
  rm -rf "$out/hsds-100k"
  "$build/kiosk/cli/kioskctl" generate --services 100000 --out "$out/hsds-100k"
  "$build/kiosk/cli/kioskctl" build --source "$out/hsds-100k" --out "$large"
fi

echo "== frame build CPU, headless (views + ImGui::Render, no GL)"
for db in "$build/demo-catalogue.sqlite" "$large"; do
  echo "-- $(basename "$db")"
  "$build/tests/bench/kiosk_frame_bench" --db "$db" --frames 1000
done
"$build/tests/bench/kiosk_frame_bench" --db "$large" --frames 1000 --size 3840x2160 --scale 150 | tail -n 5

echo "== the real kiosk under Xvfb"
python3 "$root/tests/bench/kiosk_bench.py" --kiosk "$build/kiosk/app/kiosk" --kioskctl "$build/kiosk/cli/kioskctl" \
  --catalogue "$build/demo-catalogue.sqlite" --large "$large" --out "$out"
