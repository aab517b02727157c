#!/usr/bin/env bash
# deploy/cups/configure-cups.sh on a copy of a cupsd.conf: the kiosk lines replace the old ones,
# a second run changes nothing, and cupsd accepts the result (cupsd -t).
# Usage: configure_cups_test.sh WORKDIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
script="$here/../../deploy/cups/configure-cups.sh"
work="$1"
rm -rf "$work"
mkdir -p "$work"
conf="$work/cupsd.conf"
if [ -f /etc/cups/cupsd.conf ]; then
    cp /etc/cups/cupsd.conf "$conf"
else
    printf 'LogLevel warn\nErrorPolicy stop-printer\nListen localhost:631\n' > "$conf"
fi
echo "ErrorPolicy stop-printer" >> "$conf"
echo "MaxJobTime 10800" >> "$conf"

"$script" --cupsd-conf "$conf" --no-restart
test "$(grep -c '^ErrorPolicy ' "$conf")" -eq 1 || { echo "ErrorPolicy not replaced" >&2; exit 1; }
grep -qx 'ErrorPolicy abort-job' "$conf" || { echo "no ErrorPolicy abort-job" >&2; exit 1; }
grep -qx 'MaxJobTime 900' "$conf" || { echo "no MaxJobTime 900" >&2; exit 1; }
grep -qx 'PreserveJobFiles No' "$conf" || { echo "no PreserveJobFiles No" >&2; exit 1; }
test -f "$conf.before-wegwijzer" || { echo "no backup" >&2; exit 1; }
cp "$conf" "$work/first"
"$script" --cupsd-conf "$conf" --no-restart | grep -q "already has" || { echo "second run changed something" >&2; exit 1; }
cmp -s "$conf" "$work/first" || { echo "second run changed the file" >&2; exit 1; }
printf 'ServerRoot %s\n' "$work" > "$work/cups-files.conf"
cupsd -t -c "$conf" -s "$work/cups-files.conf" > "$work/cupsd-t.out" 2>&1 || { cat "$work/cupsd-t.out" >&2; exit 1; }
echo "configure-cups.sh: ok"
