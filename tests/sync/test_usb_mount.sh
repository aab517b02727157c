#!/usr/bin/env bash
# The USB mount helper (deploy/udev/wegwijzer-usb-mount.sh) and its units. This machine cannot
# mount FAT (no vfat module in the container), so `mount`, `umount`, `blkid` and `getent` are
# stand-ins on PATH that record their arguments; what is checked is what the helper asks for.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
helper="$repo/deploy/udev/wegwijzer-usb-mount.sh"
rules="$repo/deploy/udev/90-wegwijzer-usb.rules"
unit="$repo/deploy/systemd/wegwijzer-usb-mount@.service"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$work/bin"
cat >"$work/bin/blkid" <<'STUB'
#!/bin/sh
case "$*" in *sdb1*) echo vfat ;; *sdc1*) echo exfat ;; *sdd1*) echo ntfs ;; esac
STUB
cat >"$work/bin/mount" <<'STUB'
#!/bin/sh
echo "mount $*" >>"$WORK/calls"
STUB
cat >"$work/bin/umount" <<'STUB'
#!/bin/sh
echo "umount $*" >>"$WORK/calls"
STUB
cat >"$work/bin/getent" <<'STUB'
#!/bin/sh
[ "$1 $2" = "group wegwijzer" ] && echo "wegwijzer:x:987:"
STUB
chmod +x "$work/bin/"*
export PATH="$work/bin:$PATH" WORK="$work" WEGWIJZER_MEDIA_ROOT="$work/media/wegwijzer"

"$helper" add sdb1 >/dev/null
grep -qx "mount -t vfat -o ro,nosuid,nodev,noexec,noatime,uid=0,gid=987,dmask=0027,fmask=0137 /dev/sdb1 $work/media/wegwijzer/sdb1" "$work/calls" \
  || fail "vfat mount options: $(cat "$work/calls")"
[ -d "$work/media/wegwijzer/sdb1" ] || fail "mount point not made"
"$helper" add sdc1 >/dev/null
grep -q "mount -t exfat -o ro,nosuid,nodev,noexec" "$work/calls" || fail "exfat not mounted read-only"
: >"$work/calls"
"$helper" add sdd1 >/dev/null
[ ! -s "$work/calls" ] || fail "ntfs must not be mounted"
for bad in "../../etc" "sdb1/../x" "" "SDB1;rm"; do
  if "$helper" add "$bad" 2>/dev/null; then fail "accepted device name '$bad'"; fi
done
"$helper" remove sdb1 >/dev/null
grep -qx "umount -l $work/media/wegwijzer/sdb1" "$work/calls" || fail "remove does not unmount lazily"
[ ! -d "$work/media/wegwijzer/sdb1" ] || fail "mount point left behind"

# The kiosk finds sticks at /media/<name>/<name>: the default mount roots cover this depth.
case "$WEGWIJZER_MEDIA_ROOT" in */media/wegwijzer) ;; *) fail "media root";; esac
grep -q 'ENV{ID_FS_TYPE}!="vfat|exfat"' "$rules" || fail "rule does not restrict to vfat/exfat"
grep -q 'ENV{ID_BUS}!="usb"' "$rules" || fail "rule does not restrict to USB"
grep -q 'SYSTEMD_WANTS}+="wegwijzer-usb-mount@%k.service"' "$rules" || fail "rule does not start the service"
grep -q '^BindsTo=dev-%i.device' "$unit" || fail "unit is not bound to the device"
if command -v systemd-analyze >/dev/null; then
  mkdir -p "$work/units"
  cp "$unit" "$work/units/"
  ln -s "wegwijzer-usb-mount@.service" "$work/units/wegwijzer-usb-mount@sdb1.service"
  # The helper is not installed here; every other complaint is an error.
  out="$(systemd-analyze verify --man=no "$work/units/wegwijzer-usb-mount@sdb1.service" 2>&1 || true)"
  other="$(echo "$out" | grep -v 'wegwijzer-usb-mount.sh is not executable' | grep -v '^$' || true)"
  [ -z "$other" ] || fail "systemd-analyze verify: $other"
fi
echo "usb mount helper: ok"
