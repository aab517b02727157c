#!/usr/bin/env bash
# kioskctl print through a real cupsd (run by with_cupsd.sh): a PDF file, the cups-pdf printer,
# unknown ids, a stopped printer and wrong usage.
# Usage: kioskctl_print_test.sh KIOSKCTL WORKDIR
set -euo pipefail
kioskctl="$1"
work="$2"
rm -rf "$work"
mkdir -p "$work"
fails=0
check() {  # check DESCRIPTION COMMAND...
    local what="$1"
    shift
    if "$@"; then echo "ok: $what"; else echo "FAILED: $what" >&2; fails=$((fails + 1)); fi
}

# A catalogue of its own, and two ids the way `kioskctl search --json` gives them.
"$kioskctl" generate --services 40 --out "$work/hsds" > /dev/null
"$kioskctl" build --source "$work/hsds" --out "$work/catalogue.sqlite" > /dev/null
db="$work/catalogue.sqlite"
"$kioskctl" search --db "$db" --json --category meeting --limit 2 "" > "$work/search.json"
mapfile -t ids < <(jq -r '.results[].id' "$work/search.json")
mapfile -t names < <(jq -r '.results[].name' "$work/search.json")
mapfile -t phones < <(jq -r '.results[].phone' "$work/search.json")
check "search gives two ids" test "${#ids[@]}" -eq 2

# To a PDF file.
out=$("$kioskctl" print --db "$db" --pdf "$work/list.pdf" --paper roll80 --title lijst "${ids[@]}")
check "--pdf reports what it wrote" grep -q "2 service(s)" <<< "$out"
check "--pdf writes a PDF" test -s "$work/list.pdf"
check "the PDF has the chosen title" grep -q "Mijn lijst" <<< "$(pdftotext "$work/list.pdf" -)"

# To the cups-pdf printer: waits for the job and prints the kiosk's final message.
before=$(find "$WW_CUPS_PDF_DIR" -name '*.pdf' | wc -l)
set +e
msg=$("$kioskctl" print --db "$db" --printer WegwijzerPDF "${ids[@]}" 2> "$work/printer.err")
rc=$?
set -e
check "--printer WegwijzerPDF exits 0" test "$rc" -eq 0
check "--printer prints the final message" test "$msg" = "Klaar. Vergeet uw lijst niet."
for _ in $(seq 100); do
    [ "$(find "$WW_CUPS_PDF_DIR" -name '*.pdf' | wc -l)" -gt "$before" ] && break
    sleep 0.2
done
pdf=$(ls -t "$WW_CUPS_PDF_DIR"/*.pdf | head -1)
text=$(pdftotext "$pdf" - | tr '\n' ' ')
for i in 0 1; do
    check "cups-pdf output has '${names[$i]}'" grep -qF "${names[$i]}" <<< "$text"
    # Printed in pairs ("0592 - 29 10 58"): compare without spaces and dashes.
    check "cups-pdf output has '${phones[$i]}'" grep -qF "${phones[$i]//[- ]/}" <<< "${text//[- ]/}"
done

# Errors: exit 1 with a message; usage: exit 2.
set +e
"$kioskctl" print --db "$db" --pdf "$work/x.pdf" "${ids[0]}" no-such-id 2> "$work/unknown.err"
rc=$?
"$kioskctl" print --db "$db" --printer WegwijzerStopped "${ids[0]}" > "$work/stopped.out" 2> "$work/stopped.err"
rc_stopped=$?
"$kioskctl" print --db "$db" "${ids[0]}" 2> /dev/null
rc_usage=$?
"$kioskctl" print --db "$db" --pdf a.pdf --printer WegwijzerPDF "${ids[0]}" 2> /dev/null
rc_both=$?
"$kioskctl" print --db "$db" --pdf a.pdf --paper letter "${ids[0]}" 2> /dev/null
rc_paper=$?
"$kioskctl" print --db "$work/missing.sqlite" --pdf a.pdf "${ids[0]}" 2> /dev/null
rc_db=$?
set -e
check "unknown id exits 1" test "$rc" -eq 1
check "unknown id is named" grep -q "unknown service id 'no-such-id'" "$work/unknown.err"
check "no file for a failed print" test ! -e "$work/x.pdf"
check "stopped printer exits 1" test "$rc_stopped" -eq 1
check "stopped printer says so" grep -qx "De printer werkt nu niet." "$work/stopped.out"
check "no --pdf/--printer is usage (2)" test "$rc_usage" -eq 2
check "both --pdf and --printer is usage (2)" test "$rc_both" -eq 2
check "bad --paper is usage (2)" test "$rc_paper" -eq 2
check "missing catalogue exits 1" test "$rc_db" -eq 1

[ "$fails" -eq 0 ] || { echo "$fails check(s) failed" >&2; exit 1; }
echo "all kioskctl print checks passed"
