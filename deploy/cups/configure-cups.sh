#!/usr/bin/env bash
# Applies Wegwijzer's kiosk settings (cupsd-kiosk.conf, next to this script) to the system's
# CUPS, and sets the error policy on every existing queue. Idempotent; run as root.
#
# Usage: deploy/cups/configure-cups.sh [--cupsd-conf FILE] [--no-restart]
#   --cupsd-conf FILE  edit this file instead of /etc/cups/cupsd.conf (for tests)
#   --no-restart       do not restart cups and do not touch the queues
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
settings="$here/cupsd-kiosk.conf"
conf=/etc/cups/cupsd.conf
restart=1
while [ $# -gt 0 ]; do
    case "$1" in
        --cupsd-conf) conf="$2"; shift 2 ;;
        --no-restart) restart=0; shift ;;
        *) echo "usage: $0 [--cupsd-conf FILE] [--no-restart]" >&2; exit 2 ;;
    esac
done
[ -f "$conf" ] || { echo "configure-cups: $conf not found (is the cups package installed?)" >&2; exit 1; }

mapfile -t lines < <(grep -v '^\s*#' "$settings" | grep -v '^\s*$')
tmp="$(mktemp "$conf.XXXXXX")"
cp "$conf" "$tmp"
# Drop the top-level lines these settings replace, then add ours at the end.
for line in "${lines[@]}"; do
    key="${line%% *}"
    sed -i "/^${key}[[:space:]]/d" "$tmp"
done
sed -i '/^# Wegwijzer kiosk settings/d' "$tmp"
{
    echo "# Wegwijzer kiosk settings (deploy/cups/cupsd-kiosk.conf)"
    printf '%s\n' "${lines[@]}"
} >> "$tmp"
if cmp -s "$tmp" "$conf"; then
    rm -f "$tmp"
    echo "configure-cups: $conf already has the kiosk settings"
else
    [ -f "$conf.before-wegwijzer" ] || cp -p "$conf" "$conf.before-wegwijzer"
    chmod --reference="$conf" "$tmp"
    chown --reference="$conf" "$tmp"
    mv "$tmp" "$conf"
    echo "configure-cups: kiosk settings written to $conf (backup: $conf.before-wegwijzer)"
fi

[ "$restart" -eq 1 ] || exit 0
if command -v systemctl > /dev/null && systemctl is-system-running > /dev/null 2>&1; then
    systemctl restart cups
fi
# ErrorPolicy in cupsd.conf is only the default for new queues: set it on the existing ones.
if lpstat -r > /dev/null 2>&1; then
    for queue in $(lpstat -e 2> /dev/null); do
        lpadmin -p "$queue" -o printer-error-policy=abort-job
        echo "configure-cups: $queue: printer-error-policy=abort-job"
    done
fi
