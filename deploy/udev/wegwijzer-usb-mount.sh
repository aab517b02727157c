#!/bin/sh
# Mounts or unmounts one USB stick for Wegwijzer; run by wegwijzer-usb-mount@.service.
#   wegwijzer-usb-mount.sh add sdb1      mount /dev/sdb1 read-only at /media/wegwijzer/sdb1
#   wegwijzer-usb-mount.sh remove sdb1   unmount it (also when the stick is already gone)
# Only vfat and exfat are mounted, always ro,nosuid,nodev,noexec. Files belong to root and are
# readable by the group "wegwijzer" (the kiosk's user), not by others.
# WEGWIJZER_MEDIA_ROOT (default /media/wegwijzer) is for tests.
set -eu

action="${1:-}"
name="${2:-}"
root="${WEGWIJZER_MEDIA_ROOT:-/media/wegwijzer}"

# A kernel device name only: letters and digits (sdb1, mmcblk0p1), never a path.
case "$name" in
  "" | *[!a-z0-9]*) echo "wegwijzer-usb-mount: bad device name '$name'" >&2; exit 2 ;;
esac
device="/dev/$name"
target="$root/$name"

case "$action" in
  add)
    type="$(blkid -o value -s TYPE "$device" 2>/dev/null || true)"
    case "$type" in
      vfat | exfat) ;;
      *) echo "wegwijzer-usb-mount: $device has file system '$type', not vfat or exfat: not mounted"; exit 0 ;;
    esac
    group="$(getent group wegwijzer | cut -d: -f3 || true)"
    if [ -n "$group" ]; then
      access="uid=0,gid=$group,dmask=0027,fmask=0137"
    else
      access="uid=0,gid=0,dmask=0022,fmask=0133"
    fi
    mkdir -p -m 0755 "$root"
    mkdir -p -m 0755 "$target"
    if ! mount -t "$type" -o "ro,nosuid,nodev,noexec,noatime,$access" "$device" "$target"; then
      rmdir "$target" 2>/dev/null || true
      echo "wegwijzer-usb-mount: could not mount $device" >&2
      exit 1
    fi
    echo "wegwijzer-usb-mount: mounted $device ($type) read-only at $target"
    ;;
  remove)
    # Lazy: the stick may already be pulled out, and the kiosk may still hold a file open.
    umount -l "$target" 2>/dev/null || true
    rmdir "$target" 2>/dev/null || true
    echo "wegwijzer-usb-mount: released $target"
    ;;
  *)
    echo "usage: wegwijzer-usb-mount.sh add|remove DEVICE_NAME" >&2
    exit 2
    ;;
esac
