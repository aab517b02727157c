#!/bin/sh
# Mounts or unmounts one USB stick for Wegwijzer; run by wegwijzer-usb-mount@.service.
#   wegwijzer-usb-mount.sh add sdb1      mount /dev/sdb1 read-only at /media/wegwijzer/sdb1
#   wegwijzer-usb-mount.sh remove sdb1   unmount it (also when the stick is already gone)
# Only vfat and exfat are mounted, always ro,nosuid,nodev,noexec. Files belong to root and are
# readable by the group "wegwijzer" (the kiosk's user), not by others.
#
# systemd (PID 1) does the mount and unmount (systemd-mount), so the service running this script
# needs no privileges. PID 1 creates the mount point; after removal the empty folder stays (the
# service may not write anywhere), and the kiosk ignores a folder with nothing for it.
# --fsck=no: never "repair" (write to) a stranger's stick; --collect: forget a failed mount;
# LazyUnmount: the stick may be pulled while the kiosk still has a file on it open.
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
    # -p: probe the device itself (no cache), and refuse sticks with two conflicting signatures.
    type="$(blkid -p -o value -s TYPE "$device" 2>/dev/null || true)"
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
    if ! systemd-mount --no-ask-password --collect --fsck=no --property=LazyUnmount=yes \
         --description="Wegwijzer USB stick $name (read-only)" \
         -t "$type" -o "ro,nosuid,nodev,noexec,noatime,$access" "$device" "$target"; then
      echo "wegwijzer-usb-mount: could not mount $device" >&2
      exit 1
    fi
    echo "wegwijzer-usb-mount: mounted $device ($type) read-only at $target"
    ;;
  remove)
    # The stick may already be pulled out (then PID 1 may have stopped the mount already), and
    # --no-block: never wait on PID 1 here, for example while the system shuts down.
    systemd-mount --no-ask-password --no-block --umount "$target" 2>/dev/null || true
    echo "wegwijzer-usb-mount: released $target"
    ;;
  *)
    echo "usage: wegwijzer-usb-mount.sh add|remove DEVICE_NAME" >&2
    exit 2
    ;;
esac
