#!/bin/bash
# `kioskctl build` and `kioskctl pack` with workbooks as --source (issue 13, point 2): the demo
# catalogue exported, built back from the whole workbook and one municipality's workbook merged
# (the same services in both: taken once) and compared table by table with the original; a file
# that is no workbook fails in Dutch, or English with --lang en, and leaves the old file alone;
# pack signs a package from a workbook; what a workbook does not carry is named at export and build.
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

# What the workbook does not carry (an organisation without a service, and its phone) is named at
# export, in Dutch or English, and again by the build of that workbook.
DEMO_SRC="$(dirname "$0")/../../db/demo"
rm -rf "$OUT/more" && cp -r "$DEMO_SRC" "$OUT/more" || fail "copy the demo source"
echo "org-zonder,Stichting Zonder Hulp,,," >>"$OUT/more/organizations.csv"
echo "tel-wees,,org-zonder,,0591 - 77 66 55,Secretariaat" >>"$OUT/more/phones.csv"
"$K" build --source "$OUT/more" --out "$OUT/more.sqlite" >/dev/null || fail "build the catalogue with more"
LOST_NL="1 telefoonnummer hoort bij geen enkele hulp in deze lijst, bijvoorbeeld 0591 - 77 66 55 (Secretariaat). Deze lijst neemt dat nummer niet mee."
LOST_EN="1 phone number belongs to no service in the workbook, for example 0591 - 77 66 55 (Secretariaat). The workbook does not carry it."
"$K" sheet export --db "$OUT/more.sqlite" --out "$OUT/more.xlsx" >/dev/null 2>"$OUT/err" || fail "export with more"
grep -qF "let op: niet in de lijst: $LOST_NL" "$OUT/err" || fail "export names the lost phone: $(cat "$OUT/err")"
"$K" sheet export --lang en --db "$OUT/more.sqlite" --out "$OUT/more.xlsx" >/dev/null 2>"$OUT/err" || fail "export (en)"
grep -qF "warning: not in the workbook: $LOST_EN" "$OUT/err" || fail "export names the lost phone in English: $(cat "$OUT/err")"
"$K" build --source "$OUT/more.xlsx" --out "$OUT/more-back.sqlite" >/dev/null 2>"$OUT/err" || fail "build of that workbook"
grep -qF "(blad 'Niet meegenomen'): $LOST_NL" "$OUT/err" || fail "the build repeats the warning: $(cat "$OUT/err")"
"$K" sheet export --db "$DB" --out "$OUT/demo.xlsx" >/dev/null 2>"$OUT/err" || fail "export of the demo"
[ ! -s "$OUT/err" ] || fail "the demo loses nothing, yet: $(cat "$OUT/err")"

# A service area that is the whole province becomes its twelve municipalities; the build's note is
# English for an HSDS folder, like the rest of its messages.
rm -rf "$OUT/whole" && cp -r "$DEMO_SRC" "$OUT/whole" || fail "copy the demo source"
echo "area-heel,svc-0005,Heel Drenthe," >>"$OUT/whole/service_areas.csv"
LINE=$(wc -l <"$OUT/whole/service_areas.csv")
"$K" build --source "$OUT/whole" --out "$OUT/whole.sqlite" >/dev/null 2>"$OUT/err" || fail "build with Heel Drenthe: $(cat "$OUT/err")"
grep -qF "note: service_areas.csv line $LINE: service 'Geheugenpoli Emmen': service area 'Heel Drenthe' is the whole province, so it became the 12 municipalities of Drenthe" "$OUT/err" \
    || fail "the build notes the whole province: $(cat "$OUT/err")"

# pack from a workbook.
"$K" keygen --secret-key "$OUT/key.sec" --public-key "$OUT/key.pub" --unencrypted >/dev/null || fail "keygen"
"$K" pack --source "$OUT/emmen.xlsx" --version 2 --expires 2099-12-31 --fleet test --secret-key "$OUT/key.sec" \
    --out "$OUT/stick" --yes </dev/null >"$OUT/out" 2>"$OUT/err" || fail "pack from a workbook: $(cat "$OUT/err")"
[ -s "$OUT/stick/wegwijzer/catalogue.sqlite" ] && [ -s "$OUT/stick/wegwijzer/catalogue.sqlite.minisig" ] \
    || fail "pack wrote no package"

[ $failed -eq 0 ] && echo "all checks passed"
exit $failed
