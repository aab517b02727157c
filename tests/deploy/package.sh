#!/usr/bin/env bash
# The Debian package, tested for real on this machine (as root, like CI):
#   package.sh build    SRC BIN   cpack -G DEB; the .deb lands in BIN/tests/deploy/package/
#   package.sh contents SRC BIN   what is in the .deb, its control fields and conffiles
#   package.sh lintian  SRC BIN   lintian: no errors
#   package.sh install  SRC BIN   apt-get install ./wegwijzer_*.deb; user, state dir, catalogue
#   package.sh units    SRC BIN   systemd-analyze verify + security (<= 2.0) on the installed units
#   package.sh kioskctl SRC BIN   the installed kioskctl on the installed catalogue
#   package.sh kiosk    SRC BIN   the installed kiosk, installed config, under Xvfb: home screen
#   package.sh cage     SRC BIN   the kiosk started exactly as the unit does, under cage (headless)
#   package.sh purge    SRC BIN   apt-get purge; nothing of the package is left
# Exit 77 (CTest: skipped) when not root.
set -euo pipefail

step=${1:?step}
src=${2:?source dir}
bin=${3:?binary dir}
work="$bin/tests/deploy/package"
mkdir -p "$work"

log() { printf 'package.sh %s: %s\n' "$step" "$*"; }
fail() { printf 'package.sh %s: FAIL: %s\n' "$step" "$*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
  log "needs root (installs a package); skipped"
  exit 77
fi

deb_file() {
  local debs=("$work"/wegwijzer_*.deb)
  [ -f "${debs[0]}" ] || fail "no package in $work (did the build step run?)"
  [ "${#debs[@]}" -eq 1 ] || fail "more than one package in $work: ${debs[*]}"
  printf '%s\n' "${debs[0]}"
}

# Runs a command as the kiosk user, without a login. An array, not a function: started with &,
# a function would run in a subshell and $! would not be the program itself.
as_kiosk_user=(setpriv --reuid=wegwijzer --regid=wegwijzer --init-groups --)

# Stops a process we started: SIGTERM, then SIGKILL after 10 s.
stop_pid() {
  local pid=$1 i
  kill "$pid" 2>/dev/null || return 0
  for i in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  return 0
}

# Our units, as installed (or as built into the package).
unit_dir=/lib/systemd/system
our_units() { ls "$unit_dir"/wegwijzer-* 2>/dev/null; }

# A free X display number.
free_display() {
  local n
  for n in $(seq 90 140); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { echo "$n"; return; }
  done
  fail "no free X display"
}

# Waits up to $2 seconds for the UI map file $1 to say "screen":"home".
wait_for_home() {
  local map=$1 timeout=$2 i
  for i in $(seq 1 $((timeout * 4))); do
    if [ -s "$map" ] && jq -e '.screen == "home"' "$map" >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.25
  done
  return 1
}

# The kiosk command line exactly as wegwijzer-kiosk.service has it (ExecStart=, Environment=).
unit_exec_start() { sed -n 's/^ExecStart=//p' "$unit_dir/wegwijzer-kiosk.service"; }
unit_environment() { sed -n 's/^Environment=//p' "$unit_dir/wegwijzer-kiosk.service"; }
unit_user() { sed -n 's/^User=//p' "$unit_dir/wegwijzer-kiosk.service"; }

case "$step" in
build)
  rm -f "$work"/wegwijzer_*.deb
  prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$bin/CMakeCache.txt")
  if [ "$prefix" = "/usr" ]; then
    pkg_bin="$bin"
  else
    # The programs have their data directory compiled in, so the package needs a /usr build.
    log "main build has CMAKE_INSTALL_PREFIX=$prefix; building a /usr tree for the package"
    pkg_bin="$work/build"
    cmake -S "$src" -B "$pkg_bin" -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DWEGWIJZER_BUILD_TESTS=OFF >"$work/configure.log" || { cat "$work/configure.log"; fail "configure"; }
    cmake --build "$pkg_bin" -j2 >"$work/build.log" 2>&1 || { tail -50 "$work/build.log"; fail "build"; }
  fi
  (cd "$pkg_bin" && cpack -G DEB -B "$work/cpack") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
  mv "$work"/cpack/wegwijzer_*.deb "$work"/
  rm -rf "$work/cpack/_CPack_Packages"
  log "built $(deb_file)"
  ;;

contents)
  deb=$(deb_file)
  dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents.txt"
  dpkg-deb -f "$deb" >"$work/control.txt"
  cat "$work/control.txt"
  expected=(
    /usr/bin/kiosk /usr/bin/kioskctl
    /usr/share/wegwijzer/demo-catalogue.sqlite
    /usr/share/wegwijzer/usbguard/rules.conf
    /etc/wegwijzer/kiosk.toml /etc/pam.d/wegwijzer-kiosk
    /lib/systemd/system/wegwijzer-kiosk.service
    /usr/share/doc/wegwijzer/copyright /usr/share/doc/wegwijzer/changelog.gz
    /usr/share/doc/wegwijzer/README.md
  )
  missing=0
  for f in "${expected[@]}"; do
    grep -qxF "$f" "$work/contents.txt" || { echo "missing from the package: $f" >&2; missing=1; }
  done
  grep -q '^/lib/udev/rules\.d/.*\.rules$' "$work/contents.txt" || { echo "missing: a udev rule in /lib/udev/rules.d" >&2; missing=1; }
  grep -q '^/usr/local/' "$work/contents.txt" && { echo "files under /usr/local in the package" >&2; missing=1; }
  [ "$missing" -eq 0 ] || fail "package contents incomplete (list: $work/contents.txt)"

  [ "$(dpkg-deb -f "$deb" Package)" = wegwijzer ] || fail "package name"
  depends=$(dpkg-deb -f "$deb" Depends)
  for dep in libc6 libglfw3 libsqlite3-0 libsystemd0 adduser cage xwayland libpam-systemd fonts-noto-core espeak-ng-data cups-client hunspell-nl hunspell-en-gb hyphen-nl; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
  done

  dpkg-deb -e "$deb" "$work/control"
  for f in /etc/wegwijzer/kiosk.toml /etc/pam.d/wegwijzer-kiosk; do
    grep -qxF "$f" "$work/control/conffiles" || fail "$f is not a conffile"
  done
  for s in postinst prerm postrm; do
    [ -x "$work/control/$s" ] || fail "maintainer script $s missing or not executable"
    sh -n "$work/control/$s" || fail "maintainer script $s does not parse"
  done

  # The installed configuration points at the catalogue the package keeps in /var/lib.
  dpkg-deb --fsys-tarfile "$deb" | tar -xO ./etc/wegwijzer/kiosk.toml >"$work/kiosk.toml"
  grep -qx 'path = "/var/lib/wegwijzer/catalogue.sqlite"' "$work/kiosk.toml" \
    || fail "installed kiosk.toml does not use /var/lib/wegwijzer/catalogue.sqlite"
  # Binaries are stripped (lintian also checks) and the demo catalogue is a SQLite database.
  dpkg-deb -x "$deb" "$work/root"
  file "$work/root/usr/bin/kiosk" "$work/root/usr/bin/kioskctl" | tee "$work/file.txt"
  grep -q 'not stripped' "$work/file.txt" && fail "unstripped binaries"
  head -c 16 "$work/root/usr/share/wegwijzer/demo-catalogue.sqlite" | grep -q 'SQLite format 3' \
    || fail "demo catalogue is not a SQLite file"
  rm -rf "$work/root"
  log "contents, control fields and conffiles ok"
  ;;

lintian)
  deb=$(deb_file)
  # --fail-on error: warnings are reported but do not fail.
  set +e
  lintian --fail-on error --display-info "$deb" 2>&1 | tee "$work/lintian.txt"
  rc=${PIPESTATUS[0]}
  set -e
  grep -q '^E: ' "$work/lintian.txt" && fail "lintian reports errors"
  [ "$rc" -eq 0 ] || fail "lintian exited with $rc"
  log "lintian: $(grep -c '^W: ' "$work/lintian.txt" || true) warnings, no errors"
  ;;

install)
  deb=$(deb_file)
  dpkg-query -W -f='${Status}' wegwijzer 2>/dev/null | grep -q 'installed' \
    && fail "wegwijzer is already installed on this machine; purge it first"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb"
  dpkg-query -W -f='${Status}\n' wegwijzer | grep -qx 'install ok installed' || fail "not installed"
  getent passwd wegwijzer >/dev/null || fail "no system user wegwijzer"
  [ "$(stat -c %U:%G "/var/lib/wegwijzer")" = wegwijzer:wegwijzer ] || fail "/var/lib/wegwijzer not owned by wegwijzer"
  cmp /usr/share/wegwijzer/demo-catalogue.sqlite /var/lib/wegwijzer/catalogue.sqlite \
    || fail "/var/lib/wegwijzer/catalogue.sqlite is not the demo catalogue"
  [ "$(stat -c %U "/var/lib/wegwijzer/catalogue.sqlite")" = wegwijzer ] || fail "catalogue not owned by wegwijzer"
  # The settings hold the staff PIN hash: root and the kiosk user only.
  [ "$(stat -c %a:%U:%G /etc/wegwijzer/kiosk.toml)" = "640:root:wegwijzer" ] \
    || fail "/etc/wegwijzer/kiosk.toml is $(stat -c %a:%U:%G /etc/wegwijzer/kiosk.toml), expected 640:root:wegwijzer"
  # Installing again (as an upgrade does) keeps the catalogue the kiosk has (say, from a USB
  # update) and the administrator's settings (a conffile).
  echo "marker" >>/var/lib/wegwijzer/catalogue.sqlite
  echo "# changed by the administrator" >>/etc/wegwijzer/kiosk.toml
  catalogue_before=$(sha256sum </var/lib/wegwijzer/catalogue.sqlite)
  config_before=$(sha256sum </etc/wegwijzer/kiosk.toml)
  DEBIAN_FRONTEND=noninteractive apt-get install -y --reinstall -o Dpkg::Options::=--force-confold "$deb" >/dev/null
  [ "$(sha256sum </var/lib/wegwijzer/catalogue.sqlite)" = "$catalogue_before" ] || fail "reinstalling replaced the catalogue"
  [ "$(sha256sum </etc/wegwijzer/kiosk.toml)" = "$config_before" ] || fail "reinstalling replaced the changed settings"
  install -o wegwijzer -g wegwijzer -m 0640 /usr/share/wegwijzer/demo-catalogue.sqlite /var/lib/wegwijzer/catalogue.sqlite
  sed -i '/^# changed by the administrator$/d' /etc/wegwijzer/kiosk.toml
  log "installed; user, state directory, catalogue, settings and reinstall ok"
  ;;

units)
  mapfile -t units < <(our_units)
  [ "${#units[@]}" -gt 0 ] || fail "no wegwijzer units installed in $unit_dir"
  for u in "${units[@]}"; do
    case "$u" in *@.service|*@.mount) continue ;; esac   # templates are checked via an instance below
    log "verify $u"
    systemd-analyze verify "$u" || fail "systemd-analyze verify $u"
  done
  for u in "${units[@]}"; do
    case "$u" in
      *@.*) inst="${u%@.*}@test.${u##*.}"; cp "$u" "$work/$(basename "$inst")"
            systemd-analyze verify "$work/$(basename "$inst")" || fail "systemd-analyze verify $u (instance)"
            rm -f "$work/$(basename "$inst")" ;;
    esac
    case "$u" in *.service) ;; *) continue ;; esac
    out=$(systemd-analyze security --offline=yes "$u" 2>&1) || true
    level=$(sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p' <<<"$out")
    [ -n "$level" ] || { echo "$out"; fail "no exposure level for $u"; }
    log "$(basename "$u"): exposure $level"
    awk -v l="$level" 'BEGIN { exit !(l <= 2.0) }' || { echo "$out" | grep '✗'; fail "$u exposure $level > 2.0"; }
  done
  ;;

kioskctl)
  out=$(/usr/bin/kioskctl status --db /var/lib/wegwijzer/catalogue.sqlite 2>&1) || { echo "$out"; fail "kioskctl status failed"; }
  echo "$out"
  grep -qi 'demo' <<<"$out" || fail "kioskctl status does not say the catalogue is the demo"
  # Run as the kiosk user too: that is who reads it on a kiosk.
  "${as_kiosk_user[@]}" /usr/bin/kioskctl status --db /var/lib/wegwijzer/catalogue.sqlite >/dev/null \
    || fail "kioskctl status as user wegwijzer"
  ;;

kiosk)
  display=$(free_display)
  # A run folder the kiosk user can reach (the build tree may not be); logs are copied back.
  run=$(mktemp -d /tmp/wegwijzer-deploy-kiosk.XXXXXX); chown wegwijzer "$run"
  Xvfb ":$display" -screen 0 1920x1080x24 -nolisten tcp >"$run/xvfb.log" 2>&1 &
  xvfb=$!
  kiosk_pid=""
  cleanup() {
    local rc=$?
    set +e
    [ -n "$kiosk_pid" ] && stop_pid "$kiosk_pid"
    stop_pid "$xvfb"
    rm -rf "$work/kiosk-run"; cp -r "$run" "$work/kiosk-run"; rm -rf "$run"
    exit "$rc"
  } 2>/dev/null
  trap cleanup EXIT
  for i in $(seq 1 40); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.25; done
  # The installed kiosk with the installed configuration, as the kiosk user.
  "${as_kiosk_user[@]}" env DISPLAY=":$display" KIOSK_UI_MAP="$run/ui.json" \
    MESA_SHADER_CACHE_DISABLE=true HOME=/var/lib/wegwijzer \
    /usr/bin/kiosk --config /etc/wegwijzer/kiosk.toml >"$run/kiosk.log" 2>&1 &
  kiosk_pid=$!
  if ! wait_for_home "$run/ui.json" 60; then
    cat "$run/kiosk.log"; [ -f "$run/ui.json" ] && cat "$run/ui.json"
    fail "no home screen in the UI map within 60 s"
  fi
  kill -0 "$kiosk_pid" || fail "kiosk exited"
  jq -c '{screen, language, items: (.items | length)}' "$run/ui.json"
  # The installed catalogue is the demo: the kiosk must say so on screen.
  jq -r '.. | strings' "$run/ui.json" | grep -q 'Voorbeeldgegevens' \
    || fail "home screen does not show the Voorbeeldgegevens band for the demo catalogue"
  command -v import >/dev/null && DISPLAY=":$display" import -window root "$work/installed-kiosk-home.png" 2>/dev/null || true
  log "installed kiosk shows its home screen (screenshot: $work/installed-kiosk-home.png)"
  ;;

cage)
  user=$(unit_user)
  [ "$user" = wegwijzer ] || fail "unit runs as '$user', expected wegwijzer"
  exec_start=$(unit_exec_start)
  [ -n "$exec_start" ] || fail "no ExecStart in the unit"
  # Not in /tmp: the session gets a private /tmp below, as PrivateTmp=yes gives it.
  run=$(mktemp -d /run/wegwijzer-deploy-cage.XXXXXX); runtime_dir=""
  chown wegwijzer "$run"
  # Stand in for systemd's notify socket: the unit is Type=notify with a watchdog, so the kiosk
  # (a child of cage) must say READY=1 and then WATCHDOG=1 at least every WatchdogSec/2.
  python3 - "$run/notify.sock" "$run/notify.log" <<'EOF' &
import socket, sys, os
path, log = sys.argv[1], sys.argv[2]
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(path)
os.chmod(path, 0o777)
with open(log, "a", buffering=1) as out:
    while True:
        data = s.recv(4096)
        for line in data.decode(errors="replace").splitlines():
            out.write(line + "\n")
EOF
  notify_pid=$!
  cage_pid=""
  cleanup() {
    local rc=$?
    set +e
    [ -n "$cage_pid" ] && stop_pid "$cage_pid"
    stop_pid "$notify_pid"
    [ -n "$runtime_dir" ] && rm -rf "$runtime_dir"
    rm -rf "$work/cage-run"; cp -r "$run" "$work/cage-run"; rm -rf "$run"
    exit "$rc"
  } 2>/dev/null
  trap cleanup EXIT
  for i in $(seq 1 20); do [ -S "$run/notify.sock" ] && break; sleep 0.1; done
  # RuntimeDirectory=wegwijzer-kiosk, as systemd would make it.
  runtime_dir=/run/$(sed -n 's/^RuntimeDirectory=//p' "$unit_dir/wegwijzer-kiosk.service")
  [ "$runtime_dir" != /run/ ] || fail "no RuntimeDirectory in the unit"
  rm -rf "$runtime_dir"; install -d -o wegwijzer -g wegwijzer -m 0700 "$runtime_dir"
  mapfile -t unit_env < <(unit_environment)
  unit_workdir=$(sed -n 's/^WorkingDirectory=//p' "$unit_dir/wegwijzer-kiosk.service"); unit_workdir=${unit_workdir:-/}
  unit_umask=$(sed -n 's/^UMask=//p' "$unit_dir/wegwijzer-kiosk.service"); unit_umask=${unit_umask:-0022}
  # The unit's user, working directory, umask, environment, runtime directory, private /tmp
  # (PrivateTmp=yes) and command line. Only the output differs, as there is no screen here: wlroots' headless backend with
  # the pixman renderer, and no input devices.
  # shellcheck disable=SC2086
  unshare --mount --propagation private \
    sh -c 'mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs /tmp && umask "$0" && exec "$@"' "$unit_umask" \
    "${as_kiosk_user[@]}" env -i --chdir="$unit_workdir" PATH=/usr/bin:/bin HOME=/var/lib/wegwijzer LANG=C.UTF-8 \
    "${unit_env[@]}" \
    WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman \
    NOTIFY_SOCKET="$run/notify.sock" WATCHDOG_USEC=4000000 \
    KIOSK_UI_MAP="$run/ui.json" \
    $exec_start >"$run/cage.log" 2>&1 &
  cage_pid=$!
  if ! wait_for_home "$run/ui.json" 90; then
    cat "$run/cage.log"
    fail "the kiosk under cage showed no home screen within 90 s"
  fi
  kill -0 "$cage_pid" || { cat "$run/cage.log"; fail "cage exited"; }
  pgrep -u wegwijzer -x Xwayland >/dev/null || fail "cage did not start Xwayland for the kiosk (an X11 program)"
  # READY=1 after the first frame, then watchdog pings while nobody touches the screen.
  sleep 6
  cat "$run/notify.log" 2>/dev/null || true
  grep -qx 'READY=1' "$run/notify.log" || fail "the kiosk did not send READY=1 (the unit is Type=notify: systemd would kill it)"
  pings=$(grep -cx 'WATCHDOG=1' "$run/notify.log" || true)
  [ "$pings" -ge 2 ] || fail "only $pings WATCHDOG=1 in 6 s with WatchdogSec=4 (systemd would kill the kiosk)"
  log "kiosk under cage (headless, Xwayland): home screen, READY=1, $pings watchdog pings"
  ;;

purge)
  if dpkg-query -W -f='${Status}' wegwijzer 2>/dev/null | grep -q ' installed'; then
    # Remove keeps the settings and the catalogue; only purge deletes them.
    DEBIAN_FRONTEND=noninteractive apt-get remove -y wegwijzer >/dev/null
    [ ! -e /usr/bin/kiosk ] || fail "remove left /usr/bin/kiosk"
    [ -f /etc/wegwijzer/kiosk.toml ] || fail "remove deleted the settings"
    [ -f /var/lib/wegwijzer/catalogue.sqlite ] || fail "remove deleted the catalogue"
  fi
  if dpkg-query -W -f='${Status}' wegwijzer 2>/dev/null | grep -q 'installed\|config-files'; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y wegwijzer >/dev/null
  fi
  left=()
  for p in /usr/bin/kiosk /usr/bin/kioskctl /usr/share/wegwijzer /etc/wegwijzer /var/lib/wegwijzer \
           /etc/pam.d/wegwijzer-kiosk /lib/systemd/system/wegwijzer-kiosk.service; do
    [ -e "$p" ] && left+=("$p")
  done
  [ "${#left[@]}" -eq 0 ] || fail "left behind after purge: ${left[*]}"
  status=$(dpkg-query -W -f='${Status}' wegwijzer 2>/dev/null || true)
  case "$status" in ""|*not-installed) ;; *) fail "dpkg still has the package: $status" ;; esac
  log "purged; nothing left"
  ;;

*)
  echo "unknown step $step" >&2; exit 2 ;;
esac
