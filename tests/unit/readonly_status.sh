#!/usr/bin/env bash
# kioskctl status on a read-only file system: a healthy catalogue is reported healthy (exit 0,
# "Integrity ok"), and nothing is written. The catalogue sits on a tmpfs that is remounted
# read-only, so this needs root (mount); without it the test is skipped (exit 77) and says why.
# Usage: readonly_status.sh KIOSKCTL CATALOGUE
set -euo pipefail
kioskctl=$1
catalogue=$2

work=$(mktemp -d)
mounted=
cleanup() {
  if [ -n "$mounted" ]; then umount "$work/ro" || umount -l "$work/ro" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir "$work/ro"
if ! mount -t tmpfs -o size=256m,mode=0755 wegwijzer-ro-test "$work/ro" 2>"$work/mount.err"; then
  echo "SKIPPED: cannot mount a tmpfs here ($(cat "$work/mount.err")); run as root to test a read-only file system"
  exit 77
fi
mounted=1
cp "$catalogue" "$work/ro/catalogue.sqlite"
if ! mount -o remount,ro "$work/ro" 2>"$work/mount.err"; then
  echo "SKIPPED: cannot remount the tmpfs read-only ($(cat "$work/mount.err"))"
  exit 77
fi
if touch "$work/ro/probe" 2>/dev/null; then
  echo "FAIL: the remounted tmpfs is still writable"
  exit 1
fi

status=0
out=$(timeout 120 "$kioskctl" status --db "$work/ro/catalogue.sqlite" 2>&1) || status=$?
echo "$out" | tail -n 5
if [ "$status" -ne 0 ]; then
  echo "FAIL: kioskctl status exited $status on a healthy catalogue on a read-only file system"
  exit 1
fi
grep -Eq '^Integrity +ok$' <<<"$out" || { echo "FAIL: no 'Integrity ok'"; exit 1; }

json=$(timeout 120 "$kioskctl" status --json --db "$work/ro/catalogue.sqlite")
python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["ok"] is True and d["integrity"]["problems"] == [], d["integrity"]' "$json" \
  || { echo "FAIL: status --json does not say ok"; exit 1; }

# The check still finds damage there: a damaged copy on the same read-only mount fails.
umount "$work/ro"
mounted=
mount -t tmpfs -o size=256m,mode=0755 wegwijzer-ro-test "$work/ro"
mounted=1
cp "$catalogue" "$work/ro/catalogue.sqlite"
python3 - "$work/ro/catalogue.sqlite" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
# Damage the full-text index's shadow data behind FTS5's back.
db.execute("DELETE FROM service_fts_data WHERE id > 10")
db.commit()
db.close()
EOF
mount -o remount,ro "$work/ro"
status=0
damaged=$(timeout 120 "$kioskctl" status --db "$work/ro/catalogue.sqlite" 2>&1) || status=$?
if [ "$status" -ne 1 ] || ! grep -q 'Integrity *FAILED' <<<"$damaged"; then
  echo "FAIL: a damaged full-text index on a read-only file system was not reported (exit $status)"
  echo "$damaged" | tail -n 5
  exit 1
fi
echo "ok: kioskctl status works on a read-only file system"
