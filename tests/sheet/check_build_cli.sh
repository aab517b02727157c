#!/bin/bash
# `kioskctl build` and `kioskctl pack` with workbooks as --source (issue 13, point 2): the demo
# catalogue exported, built back from the whole workbook and one municipality's workbook merged
# (the same services in both: taken once) and compared table by table with the original; a file
# that is no workbook fails in Dutch, or English with --lang en, and leaves the old file alone;
# pack signs a package from a workbook.
# Usage: check_build_cli.sh KIOSKCTL CATALOGUE OUTPUT_DIR
set -u
K=$1 DB=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT" || exit 1
fail() { echo "FAIL: $*"; failed=1; }
failed=0

"$K" sheet export --db "$DB" --out "$OUT/alles.xlsx" >/dev/null || fail "sheet export"
"$K" sheet export --db "$DB" --out "$OUT/emmen.xlsx" --municipality Emmen >/dev/null || fail "sheet export Emmen"
"$K" build --source "$OUT/alles.xlsx" --source "$OUT/emmen.xlsx" --out "$OUT/back.sqlite" 2>"$OUT/err" >"$OUT/out" \
    || fail "build from two workbooks: $(cat "$OUT/err")"
grep -q "services from $OUT/alles.xlsx, $OUT/emmen.xlsx" "$OUT/out" || fail "build names its sources: $(cat "$OUT/out")"
"$K" export --db "$DB" --out "$OUT/before" >/dev/null && "$K" export --db "$OUT/back.sqlite" --out "$OUT/after" >/dev/null \
    || fail "export"
for f in "$OUT"/before/*.csv; do
    cmp -s "$f" "$OUT/after/$(basename "$f")" || fail "$(basename "$f") differs after the round trip"
done

# Not a workbook: every message, nothing written.
printf '<html><body>Nee</body></html>' >"$OUT/web.xlsx"
printf 'the catalogue that was there' >"$OUT/keep.sqlite"
"$K" build --source "$OUT/alles.xlsx" --source "$OUT/web.xlsx" --out "$OUT/keep.sqlite" 2>"$OUT/err"
[ $? -eq 1 ] || fail "a bad workbook exits 1"
grep -q "web.xlsx: .*webpagina" "$OUT/err" || fail "Dutch message: $(cat "$OUT/err")"
grep -q "de catalogus is niet gemaakt" "$OUT/err" || fail "Dutch summary: $(cat "$OUT/err")"
"$K" build --lang en --source "$OUT/web.xlsx" --out "$OUT/keep.sqlite" 2>"$OUT/err"
[ $? -eq 1 ] || fail "a bad workbook exits 1 (English)"
grep -q "web.xlsx.*web page" "$OUT/err" || fail "English message: $(cat "$OUT/err")"
grep -q "the catalogue was not written" "$OUT/err" || fail "English summary: $(cat "$OUT/err")"
[ "$(cat "$OUT/keep.sqlite")" = "the catalogue that was there" ] || fail "the old file was changed"
"$K" build --lang de --source "$OUT/alles.xlsx" --out "$OUT/x.sqlite" 2>/dev/null
[ $? -eq 2 ] || fail "--lang de is a usage error"
"$K" build --source "$(dirname "$DB")" --source "$OUT/alles.xlsx" --out "$OUT/x.sqlite" 2>/dev/null
[ $? -eq 2 ] || fail "a folder with a workbook is a usage error"

# pack from a workbook.
"$K" keygen --secret-key "$OUT/key.sec" --public-key "$OUT/key.pub" --unencrypted >/dev/null || fail "keygen"
"$K" pack --source "$OUT/emmen.xlsx" --version 2 --expires 2099-12-31 --fleet test --secret-key "$OUT/key.sec" \
    --out "$OUT/stick" --yes </dev/null >"$OUT/out" 2>"$OUT/err" || fail "pack from a workbook: $(cat "$OUT/err")"
[ -s "$OUT/stick/wegwijzer/catalogue.sqlite" ] && [ -s "$OUT/stick/wegwijzer/catalogue.sqlite.minisig" ] \
    || fail "pack wrote no package"

[ $failed -eq 0 ] && echo "all checks passed"
exit $failed
