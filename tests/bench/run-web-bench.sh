#!/usr/bin/env bash
# Web updates on one nginx, loopback only (REPORT-web.md). Usage: run-web-bench.sh BUILD_DIR
set -euo pipefail
exec python3 "$(dirname "$0")/web_bench.py" --kioskctl "$1/kiosk/cli/kioskctl"
