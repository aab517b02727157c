#!/usr/bin/env bash
# The example USBGuard policy parses with USBGuard's own parser (what it decides is checked by
# test_usbguard_policy.cpp). Usage: usbguard.sh deploy/usbguard/rules.conf
set -euo pipefail
rules=${1:?rules.conf}
command -v usbguard-rule-parser >/dev/null || { echo "usbguard-rule-parser missing (package usbguard)"; exit 1; }
usbguard-rule-parser -f "$rules" >/dev/null
echo "ok: $rules parses"
