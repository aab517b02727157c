#!/usr/bin/env bash
# The USB mount helper (deploy/udev/wegwijzer-usb-mount.sh) and its units. The helper asks
# systemd (PID 1) to mount with systemd-mount; this machine has no systemd as PID 1 and cannot
# mount FAT (no vfat module in the container), so `systemd-mount`, `blkid` and `getent` are
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
echo "blkid $*" >>"$WORK/calls"
case "$*" in *sdb1*) echo vfat ;; *sdc1*) echo exfat ;; *sdd1*) echo ntfs ;; esac
STUB
# One line per call, one argument per line after it, so arguments with spaces stay visible.
cat >"$work/bin/systemd-mount" <<'STUB'
#!/bin/sh
{ echo "systemd-mount"; for a in "$@"; do echo "  [$a]"; done; } >>"$WORK/calls"
[ -z "${SYSTEMD_MOUNT_FAILS:-}" ] || exit 1
STUB
# The helper must not mount or unmount by itself any more.
for tool in mount umount; do
  printf '#!/bin/sh\necho "%s $*" >>"$WORK/calls"\n' "$tool" >"$work/bin/$tool"
done
cat >"$work/bin/getent" <<'STUB'
#!/bin/sh
[ "$1 $2" = "group wegwijzer" ] && echo "wegwijzer:x:987:"
STUB
chmod +x "$work/bin/"*
export PATH="$work/bin:$PATH" WORK="$work" WEGWIJZER_MEDIA_ROOT="$work/media/wegwijzer"
args() { sed -n '/^systemd-mount$/,$p' "$work/calls" | sed -n 's/^  \[\(.*\)\]$/\1/p'; }

"$helper" add sdb1 >/dev/null
grep -q '^blkid -p .*/dev/sdb1' "$work/calls" || fail "blkid does not probe the device itself: $(cat "$work/calls")"
expected="--no-ask-password
--collect
--fsck=no
--property=LazyUnmount=yes
--description=Wegwijzer USB stick sdb1 (read-only)
-t
vfat
-o
ro,nosuid,nodev,noexec,noatime,uid=0,gid=987,dmask=0027,fmask=0137
/dev/sdb1
$work/media/wegwijzer/sdb1"
[ "$(args)" = "$expected" ] || fail "vfat: systemd-mount arguments were:
$(args)"
: >"$work/calls"
"$helper" add sdc1 >/dev/null
args | grep -qx exfat || fail "exfat not mounted as exfat: $(args)"
args | grep -qx 'ro,nosuid,nodev,noexec,noatime,uid=0,gid=987,dmask=0027,fmask=0137' \
  || fail "exfat not mounted read-only: $(args)"
args | grep -qx -- '--fsck=no' || fail "exfat: a file system check would write to the stick"
: >"$work/calls"
"$helper" add sdd1 >/dev/null
! grep -q 'mount' "$work/calls" || fail "ntfs must not be mounted: $(cat "$work/calls")"
: >"$work/calls"
if SYSTEMD_MOUNT_FAILS=1 "$helper" add sdb1 >/dev/null 2>"$work/err"; then fail "a failed mount reports success"; fi
grep -q 'could not mount /dev/sdb1' "$work/err" || fail "no message for a failed mount"
for bad in "../../etc" "sdb1/../x" "" "SDB1;rm"; do
  : >"$work/calls"
  if "$helper" add "$bad" 2>/dev/null; then fail "accepted device name '$bad'"; fi
  if "$helper" remove "$bad" 2>/dev/null; then fail "remove accepted device name '$bad'"; fi
  [ ! -s "$work/calls" ] || fail "bad name '$bad' reached: $(cat "$work/calls")"
done
: >"$work/calls"
"$helper" remove sdb1 >/dev/null
expected="--no-ask-password
--no-block
--umount
$work/media/wegwijzer/sdb1"
[ "$(args)" = "$expected" ] || fail "remove: systemd-mount arguments were:
$(args)"
# A stick already gone (systemd-mount fails) is still released without an error.
SYSTEMD_MOUNT_FAILS=1 "$helper" remove sdb1 >/dev/null || fail "remove of a vanished stick fails"
! grep -q '^u\?mount ' "$work/calls" || fail "helper mounts by itself: $(cat "$work/calls")"

# The kiosk finds sticks at /media/<name>/<name>: the default mount roots cover this depth.
case "$WEGWIJZER_MEDIA_ROOT" in */media/wegwijzer) ;; *) fail "media root";; esac
grep -q 'ENV{ID_FS_TYPE}!="vfat|exfat"' "$rules" || fail "rule does not restrict to vfat/exfat"
grep -q 'ENV{ID_BUS}!="usb"' "$rules" || fail "rule does not restrict to USB"
grep -q 'SYSTEMD_WANTS}+="wegwijzer-usb-mount@%k.service"' "$rules" || fail "rule does not start the service"
grep -q '^BindsTo=dev-%i.device' "$unit" || fail "unit is not bound to the device"
if command -v systemd-analyze >/dev/null; then
  # As the package installs them (under a scratch root): verify must have nothing to say.
  root="$work/root"
  mkdir -p "$root/usr/libexec/wegwijzer" "$root/lib/systemd/system"
  install -m 0755 "$helper" "$root/usr/libexec/wegwijzer/"
  cp "$unit" "$root/lib/systemd/system/wegwijzer-usb-mount@sdb1.service"
  out="$(systemd-analyze verify --man=no --root="$root" /lib/systemd/system/wegwijzer-usb-mount@sdb1.service 2>&1)" \
    || fail "systemd-analyze verify: $out"
  [ -z "$out" ] || fail "systemd-analyze verify: $out"
  # The service itself may do nothing privileged: PID 1 mounts (systemd-mount).
  grep -qx 'CapabilityBoundingSet=' "$unit" || fail "the mount service keeps capabilities"
  grep -qx 'ProtectSystem=strict' "$unit" || fail "the mount service may write to the system"
fi
echo "usb mount helper: ok"
