#!/usr/bin/env bash
# Installs every Debian 12 package Wegwijzer needs to build, run and test.
# Idempotent; run as root. Usage: deploy/install-deps.sh [runtime|build|test]
set -euo pipefail

profile="${1:-test}"

runtime=(
  libglfw3 libgl1-mesa-dri libsqlite3-0 libsodium23 libcairo2 libpango-1.0-0
  libpangocairo-1.0-0 libcups2 libespeak-ng1 espeak-ng-data libpcaudio0 libqrcodegencpp1 libsystemd0
  fonts-noto-core cage xwayland libpam-systemd libstemmer0d libhunspell-1.7-0 hunspell-nl hunspell-en-gb
  libhyphen0 hyphen-nl libxlsxwriter4 libzip4 libexpat1 libcurl4 libuuid1
)
build=(
  build-essential cmake pkg-config
  libimgui-dev libglfw3-dev libgl-dev libstb-dev libsqlite3-dev sqlite3 libsodium-dev
  libcairo2-dev libpango1.0-dev libcups2-dev libespeak-ng-dev libpcaudio-dev libqrcodegencpp-dev
  libtomlplusplus-dev nlohmann-json3-dev libsystemd-dev catch2 libstemmer-dev libhunspell-dev libhyphen-dev
  libxlsxwriter-dev libzip-dev libexpat1-dev libcurl4-openssl-dev uuid-dev
)
test=(
  xvfb xauth xdotool x11-utils imagemagick minisign cups cups-client cups-bsd
  printer-driver-cups-pdf cups-ipp-utils poppler-utils zbar-tools clang libclang-rt-14-dev
  libfuzzer-14-dev clang-format lintian dpkg-dev file systemd procps psmisc python3 python3-xlib jq libusbguard-dev
  # promtool (`promtool check metrics`) checks the health metrics file; 22.5 MB, about 30 s of apt-get.
  prometheus
  # nginx and openssl: the web update tests serve a published folder over TLS (tests/web).
  nginx-light openssl
)

case "$profile" in
  runtime) pkgs=("${runtime[@]}") ;;
  build) pkgs=("${runtime[@]}" "${build[@]}") ;;
  test) pkgs=("${runtime[@]}" "${build[@]}" "${test[@]}") ;;
  *) echo "usage: $0 [runtime|build|test]" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
