#!/bin/sh
# A CUPS backend for the print tests: a printer that takes its time (20 s) and then finishes,
# without any message. Lets a test see "Uw lijst wordt geprint" and stop the queue mid-job.
if [ $# -eq 0 ]; then
    echo 'direct wwslow "Unknown" "Wegwijzer test printer that is slow"'
    exit 0
fi
cat > /dev/null
echo "INFO: Printing" >&2
trap 'exit 0' TERM INT
i=0
while [ "$i" -lt 20 ]; do sleep 1; i=$((i + 1)); done
exit 0
