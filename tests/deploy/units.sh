#!/usr/bin/env bash
# systemd-analyze security --offline=yes rates each of our services 2.0 or lower.
# (systemd-analyze verify needs the programs installed: see package.sh units.)
# Usage: units.sh DEPLOY_SYSTEMD_DIR
set -euo pipefail
dir=${1:?deploy/systemd folder}
command -v systemd-analyze >/dev/null || { echo "systemd-analyze missing"; exit 1; }
shopt -s nullglob
services=("$dir"/*.service)
[ "${#services[@]}" -gt 0 ] || { echo "no services in $dir"; exit 1; }
status=0
for unit in "${services[@]}"; do
  name=$(basename "$unit")
  case "$name" in
    *@.service) # a template: rate an instance of it
      tmp=$(mktemp -d); cp "$unit" "$tmp/${name%@.service}@sdb1.service"; unit="$tmp/${name%@.service}@sdb1.service" ;;
  esac
  out=$(systemd-analyze security --offline=yes "$unit" 2>&1) || true
  level=$(sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p' <<<"$out")
  if [ -z "$level" ]; then
    echo "$out"; echo "FAIL: $name: no exposure level"; status=1; continue
  fi
  if awk -v l="$level" 'BEGIN { exit !(l <= 2.0) }'; then
    echo "ok: $name exposure $level"
  else
    echo "$out" | grep '✗' || true
    echo "FAIL: $name exposure $level is above 2.0"; status=1
  fi
done
exit "$status"
