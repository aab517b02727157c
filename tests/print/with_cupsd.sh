#!/usr/bin/env bash
# Runs a command against a private, real cupsd with the print test queues:
#   WegwijzerPDF       cups-pdf virtual printer; PDFs land in $WW_CUPS_PDF_DIR
#   WegwijzerStopped   cups-pdf queue that is disabled (cupsdisable)
#   WegwijzerPaperOut  a backend that reports media-empty and waits (paper_out_backend.sh)
#   WegwijzerGone      an IPP printer at a dead address
#   WegwijzerSlow      a backend that prints for 20 s (slow_backend.sh)
# The cupsd has its own config, socket, spool and logs under WORKDIR and uses the kiosk's
# settings from deploy/cups/cupsd-kiosk.conf. Clients reach it through CUPS_SERVER.
# Needs root (cups-pdf's backend runs as root and reads /etc/cups/cups-pdf-NAME.conf).
#
# Usage: with_cupsd.sh WORKDIR COMMAND [ARGS...]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
work="$1"
shift

if [ "$(id -u)" -ne 0 ]; then
    echo "with_cupsd: needs root (cups-pdf writes as root)" >&2
    exit 1
fi
for tool in cupsd lpadmin cupsdisable cupsenable; do
    command -v "$tool" > /dev/null || { echo "with_cupsd: $tool missing (deploy/install-deps.sh test)" >&2; exit 1; }
done
[ -x /usr/lib/cups/backend/cups-pdf ] || { echo "with_cupsd: printer-driver-cups-pdf missing" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"/{spool,cache,state,tmp,log,pdf,serverbin/backend}
work="$(cd "$work" && pwd)"
chmod 755 "$work"
chmod 777 "$work/pdf"
chmod 1777 "$work/tmp"  # filters run as lp and write their temporary files here
instance="wwtest$$"
cups_pdf_conf="/etc/cups/cups-pdf-$instance.conf"
cupsd_pid=""

cleanup() {
    if [ -n "$cupsd_pid" ] && kill -0 "$cupsd_pid" 2> /dev/null; then
        kill "$cupsd_pid" 2> /dev/null || true
        for _ in $(seq 50); do kill -0 "$cupsd_pid" 2> /dev/null || break; sleep 0.1; done
        kill -9 "$cupsd_pid" 2> /dev/null || true
    fi
    rm -f "$cups_pdf_conf"
}
trap cleanup EXIT

# Programs: the system's filters and backends, plus the paper-out test backend.
for d in filter daemon cgi-bin driver monitor notifier; do
    [ -e "/usr/lib/cups/$d" ] && ln -s "/usr/lib/cups/$d" "$work/serverbin/$d"
done
for b in /usr/lib/cups/backend/*; do ln -s "$b" "$work/serverbin/backend/"; done
install -m 0755 "$here/paper_out_backend.sh" "$work/serverbin/backend/wwpaperout"
install -m 0755 "$here/slow_backend.sh" "$work/serverbin/backend/wwslow"

cat > "$work/cupsd.conf" << CONF
LogLevel debug
Listen $work/cups.sock
Browsing No
DefaultAuthType None
WebInterface No
JobRetryInterval 2
$(grep -v '^\s*#' "$source_dir/deploy/cups/cupsd-kiosk.conf" | grep -v '^\s*$')
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
cat > "$work/cups-files.conf" << CONF
ServerRoot $work
ServerBin $work/serverbin
RequestRoot $work/spool
CacheDir $work/cache
StateDir $work/state
TempDir $work/tmp
ErrorLog $work/log/error_log
AccessLog $work/log/access_log
PageLog $work/log/page_log
SystemGroup root
CONF
cat > "$cups_pdf_conf" << CONF
Out $work/pdf
AnonDirName $work/pdf
Spool $work/cups-pdf-spool
Log $work/log
LogType 3
Label 2
CONF

cupsd -f -c "$work/cupsd.conf" -s "$work/cups-files.conf" > "$work/log/cupsd.out" 2>&1 &
cupsd_pid=$!
for _ in $(seq 100); do
    [ -S "$work/cups.sock" ] && break
    kill -0 "$cupsd_pid" 2> /dev/null || { echo "with_cupsd: cupsd did not start:" >&2; cat "$work/log/cupsd.out" "$work/log/error_log" >&2 || true; exit 1; }
    sleep 0.1
done
[ -S "$work/cups.sock" ] || { echo "with_cupsd: no cupsd socket after 10 s" >&2; exit 1; }

export CUPS_SERVER="$work/cups.sock"
export WW_CUPS_PDF_DIR="$work/pdf"
export WW_CUPS_LOG="$work/log/error_log"
export WW_CUPS_SPOOL_DIR="$work/spool"
ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
{
    # Poppler's pdftops keeps the fonts as fonts on the way through PostScript; Debian's default
    # (Ghostscript) turns them into outlines, and pdftotext/pdffonts would find nothing.
    lpadmin -p WegwijzerPDF -E -v "cups-pdf:/$instance" -P "$ppd" -o pdftops-renderer-default=pdftops
    lpadmin -p WegwijzerStopped -E -v "cups-pdf:/$instance" -P "$ppd"
    cupsdisable WegwijzerStopped
    lpadmin -p WegwijzerPaperOut -E -v "wwpaperout:/" -m raw
    lpadmin -p WegwijzerGone -E -v "ipp://127.0.0.1:1/ipp/print" -m raw
    lpadmin -p WegwijzerSlow -E -v "wwslow:/" -m raw
} 2>&1 | grep -v -e 'deprecated' >&2 || true
lpstat -p WegwijzerPDF > /dev/null || { echo "with_cupsd: could not add the test queues" >&2; exit 1; }

set +e
"$@"
rc=$?
set -e
if [ "$rc" -ne 0 ]; then
    echo "with_cupsd: command failed ($rc); the last cupsd log lines:" >&2
    grep -v '^D' "$work/log/error_log" | tail -20 >&2 || true
fi
exit "$rc"
