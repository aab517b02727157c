#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Wegwijzer and starts the kiosk on the demo catalogue.
#   deploy/run-demo.sh [extra kiosk options, e.g. --window 1280x720]
# With a display ($DISPLAY set) the kiosk opens full screen (staff gesture + PIN, or Ctrl-C in the
# terminal, to stop it). Without a display it runs under Xvfb, saves a screenshot of the home
# screen to build/demo-home.png and says where it is.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build"

if [ -n "${DISPLAY:-}" ]; then
  "$root/deploy/install-deps.sh" build
else
  "$root/deploy/install-deps.sh" test   # includes Xvfb
fi

jobs=$(nproc 2>/dev/null || echo 2)
[ "$jobs" -gt 2 ] && jobs=2
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target kiosk demo_catalogue -j"$jobs"

kiosk="$build/kiosk/app/kiosk"
catalogue="$build/demo-catalogue.sqlite"
config="$root/config/kiosk.toml"

if [ -n "${DISPLAY:-}" ]; then
  echo "run-demo: starting $kiosk on the demo catalogue"
  exec "$kiosk" --config "$config" --catalogue "$catalogue" "$@"
fi

# No display: a virtual one, a screenshot of the home screen, and done.
fifo="$(mktemp -u)"
mkfifo "$fifo"
exec 3<>"$fifo"
rm -f "$fifo"
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
read -r -t 10 display <&3 || { echo "run-demo: Xvfb did not start" >&2; exit 1; }
screenshot="$build/demo-home.png"
rm -f "$screenshot"
echo "run-demo: no display; running the kiosk under Xvfb on :$display"
DISPLAY=":$display" LIBGL_ALWAYS_SOFTWARE=1 timeout 60 \
  "$kiosk" --config "$config" --catalogue "$catalogue" --screenshot "$screenshot" "$@"
if [ -s "$screenshot" ]; then
  echo "run-demo: the kiosk's home screen is in $screenshot"
else
  echo "run-demo: no screenshot was made" >&2
  exit 1
fi
