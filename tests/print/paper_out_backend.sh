#!/bin/sh
# A CUPS backend for the print tests: a printer that is out of paper. It reports it the way
# CUPS's own usb backend does (STATE: +media-empty-error on stderr) and then waits for paper
# that never comes, until the job is cancelled. ippeveprinter cannot stand in here: it will not
# start without an Avahi daemon, which a fresh CI machine does not run.
if [ $# -eq 0 ]; then
    echo 'direct wwpaperout "Unknown" "Wegwijzer test printer without paper"'
    exit 0
fi
echo "STATE: +media-empty-error" >&2
echo "INFO: Out of paper" >&2
trap 'echo "STATE: -media-empty-error" >&2; exit 0' TERM INT
cat > /dev/null
while :; do sleep 1; done
