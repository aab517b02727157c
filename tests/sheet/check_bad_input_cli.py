#!/usr/bin/env python3
"""Issue 13's "Bad input" list through the real command line: every mistake is made in a file
(written here with zipfile; nothing hostile is committed), `kioskctl build --source FILE --out
OLD` exits 1 with the mistake's message in Dutch (and in English with --lang en), and the
catalogue that was at OLD stays byte for byte the same. A control file without the mistake
builds, so each failure is the mistake's own.

Usage: check_bad_input_cli.py KIOSKCTL DEMO_CATALOGUE FIXTURES_DIR OUTPUT_DIR
"""
import csv
import hashlib
import io
import os
import shutil
import subprocess
import sys
import zipfile
from xml.sax.saxutils import escape

KIOSKCTL, CATALOGUE, FIXTURES, OUT = sys.argv[1:5]
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def base_rows():
    """The header and the first rows of the demo export (the LibreOffice fixture as CSV)."""
    with open(os.path.join(FIXTURES, "excel-utf8-bom.csv"), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    return [list(r) for r in rows[:4]]


def column(rows, header):
    return rows[0].index(header)


def col_letters(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="worksheet" Target="worksheets/sheet2.xml"/></Relationships>')


def write_xlsx(path, rows, merged=(), hidden_sheet=False, dtd="", padding=0):
    """A minimal .xlsx: cells are text, ("n", number) or ("f", formula)."""
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{col_letters(c)}{r}"
            if isinstance(value, tuple) and value[0] == "n":
                cells.append(f'<c r="{ref}"><v>{value[1]}</v></c>')
            elif isinstance(value, tuple) and value[0] == "f":
                cells.append(f'<c r="{ref}"><f>{escape(value[1])}</f><v>2</v></c>')
            elif value != "":
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    merges = "".join(f'<mergeCell ref="{m}"/>' for m in merged)
    sheet = (f'<?xml version="1.0"?>{dtd}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(xml_rows)}</sheetData>'
             + (f'<mergeCells count="{len(merged)}">{merges}</mergeCells>' if merged else "") + "</worksheet>")
    state = ' state="hidden"' if hidden_sheet else ""
    workbook = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                '<sheet name="Diensten" sheetId="1" r:id="rId1"/>'
                + (f'<sheet name="Oud" sheetId="2"{state} r:id="rId2"/>' if hidden_sheet else "")
                + "</sheets></workbook>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/_rels/workbook.xml.rels", RELS)
        z.writestr("xl/workbook.xml", workbook)
        if padding:  # a zip bomb: a valid sheet padded with spaces that compress ~1000 times
            with z.open("xl/worksheets/sheet1.xml", "w") as f:
                f.write(sheet[: sheet.index("<sheetData>")].encode())
                block = b" " * (1 << 20)
                for _ in range(padding):
                    f.write(block)
                f.write(sheet[sheet.index("<sheetData>"):].encode())
        else:
            z.writestr("xl/worksheets/sheet1.xml", sheet)
        if hidden_sheet:
            z.writestr("xl/worksheets/sheet2.xml", '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr">'
                                                   '<is><t>oude lijst</t></is></c></row></sheetData></worksheet>')


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def build(source, out, lang=None):
    cmd = [KIOSKCTL, "build", "--source", source, "--out", out] + (["--lang", lang] if lang else [])
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def expect_refused(name, path, nl, en):
    """Both languages: exit 1, the message, the old catalogue untouched, nothing left behind."""
    old = os.path.join(OUT, "catalogue.sqlite")
    before = sha(old)
    listing = sorted(os.listdir(OUT))
    for lang, text in ((None, nl), ("en", en)):
        r = build(path, old, lang)
        if r.returncode != 1:
            fail(f"{name} ({lang or 'nl'}): exit {r.returncode}, not 1: {r.stderr.strip()[:300]}")
        if text not in r.stderr:
            fail(f"{name} ({lang or 'nl'}): no '{text}' in: {r.stderr.strip()[:600]}")
        if sha(old) != before:
            fail(f"{name}: the catalogue at --out changed")
        if sorted(os.listdir(OUT)) != listing:
            fail(f"{name}: files were left behind: {sorted(set(os.listdir(OUT)) - set(listing))}")


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    work = OUT + "-files"
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    shutil.copyfile(CATALOGUE, os.path.join(OUT, "catalogue.sqlite"))
    rows = base_rows()
    f = lambda name: os.path.join(work, name)

    # The control: the same rows without a mistake build.
    write_xlsx(f("control.xlsx"), rows)
    r = build(f("control.xlsx"), f("control.sqlite"))
    if r.returncode != 0:
        fail(f"the control workbook does not build: {r.stderr.strip()[:600]}")

    city, phone, checked = column(rows, "Plaats"), column(rows, "Telefoon"), column(rows, "Laatst gecontroleerd")

    m = [list(x) for x in rows]
    m[2][city] = ("f", "CONCATENATE(\"Em\";\"men\")")
    write_xlsx(f("formule.xlsx"), m)
    expect_refused("formulas", f("formule.xlsx"), "Rij 3, kolom 'Plaats': hier staat een formule. Typ de waarde zelf in.",
                   "Row 3, column 'Plaats': this cell holds a formula. Type the value itself.")

    write_xlsx(f("samengevoegd.xlsx"), rows, merged=["A3:C3"])
    expect_refused("merged cells", f("samengevoegd.xlsx"),
                   "De cellen A3:C3 zijn samengevoegd. Maak ze weer los, met in elke cel een eigen waarde.",
                   "The cells A3:C3 are merged. Unmerge them and give each cell its own value.")

    m = [list(x) for x in rows]
    m[2][checked] = "27-10-2026"
    write_xlsx(f("datum-tekst.xlsx"), m)
    expect_refused("a date typed as text", f("datum-tekst.xlsx"),
                   "Rij 3, kolom 'Laatst gecontroleerd': typ de datum als jaar-maand-dag, bijvoorbeeld 2026-10-27.",
                   "Row 3, column 'Laatst gecontroleerd': type the date as year-month-day, for example 2026-10-27.")
    m[2][checked] = ("n", "46000")
    write_xlsx(f("datum-getal.xlsx"), m)
    expect_refused("a date as an Excel day number", f("datum-getal.xlsx"),
                   "Rij 3, kolom 'Laatst gecontroleerd': 46000 is een datum als getal. Zet de kolom op 'Tekst' en typ de "
                   "datum als jaar-maand-dag: 2025-12-09.",
                   "Row 3, column 'Laatst gecontroleerd': 46000 is a date stored as a number. Format the column as 'Text' "
                   "and type the date as year-month-day: 2025-12-09.")

    m = [list(x) for x in rows]
    m[2][phone] = ("n", "591123456")
    write_xlsx(f("nul-weg.xlsx"), m)
    expect_refused("a number that lost its leading zero", f("nul-weg.xlsx"),
                   "Rij 3, kolom 'Telefoon': 591 123 456 lijkt een nummer zonder de 0 aan het begin. Zet de kolom op "
                   "'Tekst' en typ 0591 123 456.",
                   "Row 3, column 'Telefoon': 591 123 456 looks like a number without its leading 0. Format the column "
                   "as 'Text' and type 0591 123 456.")

    m = [list(x) for x in rows]
    m[0][phone] = "Telefoonnummer"
    write_xlsx(f("kolomnaam.xlsx"), m)
    expect_refused("a renamed column", f("kolomnaam.xlsx"),
                   "Rij 1, kolom 'Telefoonnummer': deze kolom kennen we niet. Bedoelt u 'Telefoon'?",
                   "Row 1, column 'Telefoonnummer': this column is unknown. Did you mean 'Telefoon'?")
    m = [list(x) + [""] for x in rows]
    m[0][-1] = "Opmerkingen"
    write_xlsx(f("extra-kolom.xlsx"), m)
    expect_refused("an extra column", f("extra-kolom.xlsx"),
                   "Rij 1, kolom 'Opmerkingen': deze kolom kennen we niet. Haal de kolom weg of zet hem op een ander blad.",
                   "Row 1, column 'Opmerkingen': this column is unknown. Remove it or move it to another sheet.")

    m = [list(x) for x in rows]
    m.insert(2, [""] * len(rows[0]))
    write_xlsx(f("lege-rij.xlsx"), m)
    expect_refused("an empty row in the middle", f("lege-rij.xlsx"),
                   "Rij 3: deze rij is leeg. Haal lege rijen tussen de diensten weg.",
                   "Row 3: this row is empty. Remove empty rows between the services.")

    write_xlsx(f("verborgen.xlsx"), rows, hidden_sheet=True)
    expect_refused("a hidden sheet", f("verborgen.xlsx"), "Het blad 'Oud' is verborgen. Maak het zichtbaar of haal het weg.",
                   "The sheet 'Oud' is hidden. Show it or remove it.")

    # A sheet of a million rows as CSV (only a name in each, to stay within the 64 MB file limit,
    # so the row limit speaks).
    with open(f("miljoen.csv"), "w", encoding="utf-8-sig", newline="") as out:
        out.write(";".join(rows[0]) + "\r\n")
        line = rows[1][0] + "\r\n"
        for _ in range(1000000):
            out.write(line)
    expect_refused("a sheet of 1,000,000 rows", f("miljoen.csv"),
                   "miljoen.csv: Het blad 'miljoen' heeft meer dan 100000 rijen.", "miljoen.csv: has more than 100000 rows")
    os.remove(f("miljoen.csv"))

    write_xlsx(f("bom.xlsx"), rows, padding=65)
    if os.path.getsize(f("bom.xlsx")) > (1 << 20):
        fail("the zip bomb is not small")
    expect_refused("a zip bomb", f("bom.xlsx"),
                   "bom.xlsx: Het bestand pakt uit tot meer dan 64 MB. Dat is geen gewone werkmap.",
                   "xl/worksheets/sheet1.xml unpacks to more than 64 MB; this is not a normal workbook")

    dtd = ('<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
           '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>')
    write_xlsx(f("entiteiten.xlsx"), rows, dtd=dtd)
    expect_refused("billion laughs", f("entiteiten.xlsx"),
                   "entiteiten.xlsx: Het bestand bevat XML-entiteiten; een werkmap doet dat nooit.",
                   "xl/worksheets/sheet1.xml declares XML entities, which a workbook never does")

    with open(f("webpagina.xlsx"), "w") as out:
        out.write('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>Naam</td></tr>'
                  '</table></body></html>')
    expect_refused("a workbook that is really HTML", f("webpagina.xlsx"),
                   "webpagina.xlsx: Het bestand is een webpagina (HTML), geen werkmap.",
                   "webpagina.xlsx is a web page (HTML), not a workbook")

    with open(f("wachtwoord.xlsx"), "wb") as out:  # Excel keeps a workbook with a password in an OLE file
        out.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 4096)
    expect_refused("a password-protected workbook", f("wachtwoord.xlsx"),
                   "wachtwoord.xlsx: Het bestand is beveiligd met een wachtwoord",
                   "wachtwoord.xlsx is protected with a password")

    shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("all bad inputs refused, the catalogue untouched")
    return 0


if __name__ == "__main__":
    sys.exit(main())
