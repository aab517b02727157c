#!/usr/bin/env python3
"""A real `kioskctl sheet export` of the demo catalogue, its .xlsx opened with python3's zipfile
and the sheet XML read back: sheet names, headers, text cells with leading zeros, the frozen
header row, the dropdown lists, hidden id columns and the --municipality filter. The expected
figures come from the catalogue (sqlite3), never typed in.

Usage: check_xlsx_export.py KIOSKCTL CATALOGUE OUTPUT_DIR
"""
import os
import re
import sqlite3
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n - 1


class Workbook:
    def __init__(self, path):
        self.zip = zipfile.ZipFile(path)
        wb = ET.fromstring(self.zip.read("xl/workbook.xml"))
        rels = ET.fromstring(self.zip.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        self.sheets = {}
        for s in wb.find("m:sheets", NS):
            self.sheets[s.get("name")] = "xl/" + targets[s.get(R_NS)].lstrip("/").removeprefix("xl/")
        self.shared = []
        if "xl/sharedStrings.xml" in self.zip.namelist():
            for si in ET.fromstring(self.zip.read("xl/sharedStrings.xml")).findall("m:si", NS):
                self.shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))

    def sheet(self, name):
        return ET.fromstring(self.zip.read(self.sheets[name]))

    def cells(self, name):
        """{row number: {column index: (type, text)}}"""
        out = {}
        for row in self.sheet(name).find("m:sheetData", NS):
            r = int(row.get("r"))
            for c in row.findall("m:c", NS):
                t = c.get("t", "n")
                if t == "s":
                    value = self.shared[int(c.find("m:v", NS).text)]
                elif t == "inlineStr":
                    value = "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))
                else:
                    v = c.find("m:v", NS)
                    value = v.text if v is not None else ""
                out.setdefault(r, {})[col_index(c.get("r"))] = (t, value)
        return out


def export(kioskctl, db, out, *extra):
    if os.path.exists(out):
        os.remove(out)
    p = subprocess.run([kioskctl, "sheet", "export", "--db", db, "--out", out, *extra],
                       capture_output=True, text=True, timeout=60)
    return p


def main():
    kioskctl, db, outdir = sys.argv[1:4]
    os.makedirs(outdir, exist_ok=True)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    placed = con.execute("SELECT COUNT(*) FROM service_at_location").fetchone()[0]
    unplaced = con.execute("SELECT COUNT(*) FROM services WHERE id NOT IN "
                           "(SELECT service_id FROM service_at_location)").fetchone()[0]

    full = os.path.join(outdir, "wegwijzer.xlsx")
    p = export(kioskctl, db, full)
    check(p.returncode == 0, f"export exits 0 (got {p.returncode}: {p.stderr.strip()})")
    if p.returncode != 0:
        return
    wb = Workbook(full)
    check(list(wb.sheets) == ["Diensten", "Uitleg", "Zoekwoorden"],
          f"sheets are Diensten, Uitleg, Zoekwoorden (got {list(wb.sheets)})")
    # The catalogue's search synonyms, one per row under "Woord" / "Betekent ook".
    words = wb.cells("Zoekwoorden")
    check([v for _, (_, v) in sorted(words[1].items())] == ["Woord", "Betekent ook"], "Zoekwoorden has its two headers")
    synonyms = sqlite3.connect(db).execute("SELECT count(*) FROM synonyms").fetchone()[0]
    check(synonyms > 0 and len(words) - 1 == synonyms, f"Zoekwoorden has the catalogue's {synonyms} synonyms")

    cells = wb.cells("Diensten")
    header = {i: v for i, (_, v) in cells[1].items()}
    by_name = {v: i for i, v in header.items()}
    for h in ["Naam", "Wat is het", "Voor wie", "Onderwerp", "Gemeente", "Adres", "Postcode", "Plaats",
              "Telefoon", "Website", "E-mail", "Open op", "Kosten", "Indicatie nodig", "Laatst gecontroleerd",
              "Naam (Engels)", "Wat is het (Engels)", "Werkgebied", "dienst_id", "locatie_id"]:
        check(h in by_name, f"header '{h}' on Diensten")
    if failures:
        return
    data_rows = [r for r in cells if r > 1]
    check(len(data_rows) == placed + unplaced,
          f"one row per service at a location: {placed + unplaced} rows (got {len(data_rows)})")

    # A phone number from the catalogue, with its leading zero, stored as a string.
    number = con.execute("SELECT number FROM phones WHERE service_id IS NOT NULL AND number LIKE '0%' "
                         "ORDER BY rowid LIMIT 1").fetchone()[0]
    phone_col = by_name["Telefoon"]
    phone_cells = [cells[r].get(phone_col) for r in data_rows if phone_col in cells[r]]
    check(("s", number) in phone_cells or ("inlineStr", number) in phone_cells,
          f"phone {number!r} stored as a string with its leading zero")
    check(phone_cells and all(t in ("s", "inlineStr") for t, _ in phone_cells), "every phone cell is a string")
    postal_col = by_name["Postcode"]
    check(all(cells[r][postal_col][0] in ("s", "inlineStr") for r in data_rows if postal_col in cells[r]),
          "every postcode cell is a string")

    sheet = wb.sheet("Diensten")
    # The text format ("@", number format 49) on the phone and postcode columns, for rows staff add.
    styles = ET.fromstring(wb.zip.read("xl/styles.xml"))
    xfs = styles.find("m:cellXfs", NS).findall("m:xf", NS)
    text_formats = {"49"}  # Excel's built-in "@", or a custom number format "@"
    numfmts = styles.find("m:numFmts", NS)
    for f in (numfmts if numfmts is not None else []):
        if f.get("formatCode") == "@":
            text_formats.add(f.get("numFmtId"))
    text_styles = {i for i, xf in enumerate(xfs) if xf.get("numFmtId") in text_formats}
    cols = sheet.find("m:cols", NS)
    col_defs = []
    for c in cols.findall("m:col", NS):
        for i in range(int(c.get("min")) - 1, int(c.get("max"))):
            col_defs.append((i, c))
    col_of = dict(col_defs)
    for name in ("Telefoon", "Postcode"):
        c = col_of.get(by_name[name])
        check(c is not None and int(c.get("style", "0")) in text_styles, f"column {name} formatted as text")

    # The frozen header row.
    pane = sheet.find("m:sheetViews/m:sheetView/m:pane", NS)
    check(pane is not None and pane.get("ySplit") == "1" and pane.get("state") == "frozen",
          "the header row is frozen")

    # Hidden id columns, visible data columns.
    for name in ("dienst_id", "organisatie_id", "locatie_id", "dienst_locatie_id"):
        c = col_of.get(by_name.get(name, -1))
        check(c is not None and c.get("hidden") == "1", f"id column {name} is hidden")
    check(col_of.get(by_name["Naam"]) is None or col_of[by_name["Naam"]].get("hidden") != "1",
          "the column Naam is visible")
    ids = [cells[r].get(by_name["dienst_id"], ("", ""))[1] for r in data_rows]
    check(all(ids), "every row has its service id")

    # Dropdown lists on the fixed-choice columns.
    validations = sheet.find("m:dataValidations", NS)
    lists = {}
    for v in (validations if validations is not None else []):
        if v.get("type") == "list":
            first = v.get("sqref").split()[0].split(":")[0]
            lists[col_index(first)] = v.find("m:formula1", NS).text.strip('"').split(",")
    municipalities = [r[0] for r in con.execute(
        "SELECT DISTINCT region FROM addresses WHERE region <> '' ORDER BY region")]
    gem = lists.get(by_name["Gemeente"], [])
    check(set(municipalities) <= set(gem), f"Gemeente dropdown lists every municipality (got {gem})")
    categories = [r[0] for r in con.execute(
        "SELECT DISTINCT t.name FROM taxonomy_terms t JOIN attributes a ON a.taxonomy_term_id = t.id "
        "WHERE t.code IN ('dementia-support','meeting','day-care','transport','carer-support',"
        "'care-at-home','advice')")]
    topic = lists.get(by_name["Onderwerp"], [])
    check(categories and set(categories) <= set(topic), f"Onderwerp dropdown lists {categories} (got {topic})")
    check("Gratis" in lists.get(by_name["Kosten"], []), "Kosten has a dropdown with Gratis")
    check(len(lists.get(by_name["Voor wie"], [])) >= 2, "Voor wie has a dropdown")
    check(len(lists.get(by_name["Indicatie nodig"], [])) == 2, "Indicatie nodig has a dropdown (Ja, Nee)")
    # Every exported value of a dropdown column is one of its choices.
    for name in ("Gemeente", "Onderwerp", "Kosten", "Voor wie", "Indicatie nodig"):
        col = by_name[name]
        values = {cells[r][col][1] for r in data_rows if col in cells[r]}
        check(values <= set(lists.get(col, [])), f"{name} values are choices of its dropdown: {values}")

    # The explanation sheet names every visible column with an explanation and an example.
    uitleg = wb.cells("Uitleg")
    explained = {row.get(0, ("", ""))[1]: row for r, row in uitleg.items() if r > 1}
    for h in header.values():
        row = explained.get(h)
        check(row is not None and row.get(1, ("", ""))[1] and row.get(2, ("", ""))[1],
              f"Uitleg explains {h!r} with an example")

    # --municipality Emmen: only Emmen's rows, as many as the catalogue has there.
    emmen = os.path.join(outdir, "emmen.xlsx")
    p = export(kioskctl, db, emmen, "--municipality", "Emmen")
    check(p.returncode == 0, f"export --municipality Emmen exits 0 ({p.stderr.strip()})")
    if p.returncode == 0:
        ec = Workbook(emmen).cells("Diensten")
        rows = [r for r in ec if r > 1]
        expected = con.execute(
            "SELECT (SELECT COUNT(*) FROM service_at_location sal JOIN addresses a ON a.location_id = sal.location_id "
            "WHERE a.region = 'Emmen') + (SELECT COUNT(*) FROM services s WHERE s.id NOT IN "
            "(SELECT service_id FROM service_at_location) AND s.id IN "
            "(SELECT service_id FROM service_municipality WHERE municipality = 'Emmen'))").fetchone()[0]
        check(0 < len(rows) == expected < len(data_rows), f"Emmen has {expected} rows (got {len(rows)})")
        check(all(ec[r][by_name["Gemeente"]][1] == "Emmen" for r in rows), "every Emmen row says Gemeente Emmen")

    # Errors: an unknown municipality and a file that cannot be written; exit 1, the message, no file.
    bad = os.path.join(outdir, "bad.xlsx")
    p = export(kioskctl, db, bad, "--municipality", "Groningen")
    check(p.returncode == 1 and "unknown municipality 'Groningen'" in p.stderr and not os.path.exists(bad),
          f"unknown municipality: exit 1 and a message (got {p.returncode}: {p.stderr.strip()})")
    nowhere = os.path.join(outdir, "no-such-folder", "x.xlsx")
    p = export(kioskctl, db, nowhere)
    check(p.returncode == 1 and "cannot" in p.stderr and not os.path.exists(nowhere),
          f"unwritable path: exit 1 and a message (got {p.returncode}: {p.stderr.strip()})")
    # A failed write leaves the workbook that was there: the export writes aside and renames.
    kept = os.path.join(outdir, "kept.xlsx")
    with open(kept, "w") as f:
        f.write("the previous workbook")
    os.makedirs(kept + ".partial", exist_ok=True)
    with open(os.path.join(kept + ".partial", "blocker"), "w") as f:
        f.write("x")
    p = subprocess.run([kioskctl, "sheet", "export", "--db", db, "--out", kept], capture_output=True, text=True)
    with open(kept) as f:
        check(p.returncode == 1 and f.read() == "the previous workbook",
              f"a failed write keeps the old file (got {p.returncode}: {p.stderr.strip()})")
    p = subprocess.run([kioskctl, "sheet", "export", "--db", db], capture_output=True, text=True)
    check(p.returncode == 2, "missing --out is a usage error (exit 2)")


if __name__ == "__main__":
    main()
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("xlsx export: all checks passed")
