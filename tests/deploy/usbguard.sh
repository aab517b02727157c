#!/usr/bin/env bash
# The example USBGuard policy parses, and has the rules the README promises.
# Usage: usbguard.sh deploy/usbguard/rules.conf
set -euo pipefail
rules=${1:?rules.conf}
command -v usbguard-rule-parser >/dev/null || { echo "usbguard-rule-parser missing (package usbguard)"; exit 1; }
usbguard-rule-parser -f "$rules" >/dev/null
# The rule that refuses a stick that is also a keyboard comes before the rule allowing sticks
# (USBGuard applies the first rule that matches).
reject_line=$(grep -n '^reject with-interface all-of { 08:\*:\* 03:\*:\* }' "$rules" | cut -d: -f1)
allow_line=$(grep -n '^allow with-interface equals { 08:\*:\* }' "$rules" | cut -d: -f1)
[ -n "$reject_line" ] || { echo "FAIL: no rule rejecting mass storage + HID"; exit 1; }
[ -n "$allow_line" ] || { echo "FAIL: no rule allowing plain mass storage"; exit 1; }
[ "$reject_line" -lt "$allow_line" ] || { echo "FAIL: the reject rule must come before the allow rule"; exit 1; }
echo "ok: policy parses; stick+keyboard rejected (line $reject_line) before sticks are allowed (line $allow_line)"
