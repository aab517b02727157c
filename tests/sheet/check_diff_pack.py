#!/usr/bin/env python3
"""`kioskctl diff` and the summary + confirmation of `kioskctl pack`, as staff run them.

A copy of the demo HSDS folder gets one service removed, one copied as a new service, one phone
number and one name changed. The expected names and counts come from the demo catalogue
(sqlite3), never typed in. Checks: the text list (Dutch and English), the PDF (pdftotext), a
package as the old side (the file and the stick folder), a workbook as the new side, exit codes; then `pack`: no --yes and
no terminal -> exit 3 and nothing written; --yes -> written with "all N services are new"; on a
terminal (a pty) the summary against the package already in --out, and the answers j / n /
end of input.

Usage: check_diff_pack.py KIOSKCTL DEMO_CATALOGUE DEMO_SOURCE OUTPUT_DIR
"""
import csv
import glob
import hashlib
import os
import pty
import select
import shutil
import sqlite3
import subprocess
import sys
import time

kioskctl, demo_db, demo_src, out = sys.argv[1:5]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def run(*args, stdin=subprocess.DEVNULL):
    r = subprocess.run([kioskctl, *args], stdin=stdin, capture_output=True, text=True, timeout=300)
    return r.returncode, r.stdout, r.stderr


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest() if os.path.exists(path) else None


shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
db = sqlite3.connect(demo_db)
ids = [r[0] for r in db.execute("SELECT id FROM services ORDER BY rowid")]
total = len(ids)
removed_id, copied_id, renamed_id = ids[2], ids[4], ids[1]
removed_name = db.execute("SELECT name FROM services WHERE id=?", (removed_id,)).fetchone()[0]
copied_name = db.execute("SELECT name FROM services WHERE id=?", (copied_id,)).fetchone()[0]
renamed_name = db.execute("SELECT name FROM services WHERE id=?", (renamed_id,)).fetchone()[0]
phone_id, phone_service, phone_number = db.execute(
    "SELECT id, service_id, number FROM phones WHERE service_id IS NOT NULL AND service_id NOT IN (?,?,?) ORDER BY rowid LIMIT 1",
    (removed_id, copied_id, renamed_id)).fetchone()
new_id = "svc-diff-new"

# The changed copy of the source.
new_src = os.path.join(out, "new")
shutil.copytree(demo_src, new_src)
for path in glob.glob(os.path.join(new_src, "*.csv")):
    rows = list(csv.reader(open(path, encoding="utf-8")))
    if not rows:
        continue
    header, body = rows[0], []
    for r in rows[1:]:
        if removed_id in r:
            continue
        if os.path.basename(path) == "services.csv" and r[0] == renamed_id:
            r[header.index("name")] += " Noord"
        if os.path.basename(path) == "phones.csv" and r[0] == phone_id:
            r[header.index("number")] = "0591 - 99 88 77"
        body.append(r)
        if copied_id in r:
            c = [new_id if v == copied_id else v for v in r]
            if c[0] != new_id:
                c[0] += "-new"
            body.append(c)
    csv.writer(open(path, "w", encoding="utf-8", newline=""), lineterminator="\n").writerows([header] + body)

# diff: text, Dutch; the source folder is built like `kioskctl build` (once here; a catalogue after).
code, text, err = run("diff", "--old", demo_db, "--new", new_src)
new_db = os.path.join(out, "new.sqlite")
run("build", "--source", new_src, "--out", new_db)
check(code == 0, f"diff exits 0, got {code}: {err}")
check(f"1 nieuw, 1 weg, 2 gewijzigd, {total - 3} gelijk" in text, "diff counts line:\n" + text)
check(f"{copied_name} ({new_id})" in text, "the new service is listed")
check(f"{removed_name} ({removed_id})" in text, "the removed service is listed")
check(f"Naam: {renamed_name} -> {renamed_name} Noord" in text, "the changed name, old -> new")
check("Telefoon: " in text and "0591 - 99 88 77" in text, "the changed phone number in words")
sections = [text.find("Nieuwe diensten"), text.find("Verdwenen diensten"), text.find("Gewijzigde diensten")]
check(all(s >= 0 for s in sections) and sections == sorted(sections), "three sections in order")

# English, and a PDF to approve.
pdf = os.path.join(out, "diff.pdf")
code, text_en, err = run("diff", "--old", demo_db, "--new", new_db, "--lang", "en", "--pdf", pdf)
check(code == 0, f"diff --pdf exits 0, got {code}: {err}")
check(f"1 new, 1 removed, 2 changed, {total - 3} unchanged" in text_en, "English counts")
check(f"Name: {renamed_name} -> {renamed_name} Noord" in text_en, "English field name")
pdf_text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout if os.path.exists(pdf) else ""
check("What changes on the kiosks" in pdf_text, "PDF title")
check(removed_name in pdf_text and "Approved" in pdf_text and "Page 1 of" in pdf_text, "PDF content:\n" + pdf_text[:400])

# A staff workbook as the new side (`kioskctl sheet export` of the changed catalogue, built back).
workbook = os.path.join(out, "new.xlsx")
run("sheet", "export", "--db", new_db, "--out", workbook)
code, text, err = run("diff", "--old", demo_db, "--new", workbook)
check(code == 0 and f"1 nieuw, 1 weg, 2 gewijzigd, {total - 3} gelijk" in text and f"{copied_name} ({new_id})" in text,
      "diff --new workbook.xlsx:\n" + text + err)

# Nothing changed.
code, same, err = run("diff", "--old", demo_db, "--new", demo_db)
check(code == 0 and "Er verandert niets." in same and f"0 nieuw, 0 weg, 0 gewijzigd, {total} gelijk" in same,
      "the demo against itself changes nothing:\n" + same + err)

# Wrong usage and unreadable sources.
check(run("diff", "--old", demo_db)[0] == 2, "diff without --new exits 2")
check(run("diff", "--old", demo_db, "--new", new_db, "--lang", "fr")[0] == 2, "diff --lang fr exits 2")
code, _, err = run("diff", "--old", os.path.join(out, "missing.sqlite"), "--new", new_db)
check(code == 1 and "does not exist" in err, "a missing source exits 1 with a message")

# pack: keys, then without --yes from a script: nothing written, exit 3.
key = os.path.join(out, "k.key")
run("keygen", "--secret-key", key, "--public-key", os.path.join(out, "k.pub"), "--unencrypted")
stick = os.path.join(out, "stick")
package = os.path.join(stick, "wegwijzer", "catalogue.sqlite")
pack_args = ["--expires", "2099-01-01", "--fleet", "drenthe", "--secret-key", key, "--out", stick]
code, text, err = run("pack", "--source", demo_src, "--version", "2", *pack_args)
check(code == 3, f"pack without --yes and without a terminal exits 3, got {code}")
check(not os.path.exists(package), "nothing written without confirmation")
check("--yes" in err, "the message names --yes")
check(f"alle {total} diensten zijn nieuw" in text, "no earlier package: all services are new:\n" + text)
check(not glob.glob(os.path.join(stick, "wegwijzer", ".*")), "no temporary files left")

code, text, err = run("pack", "--yes", "--source", demo_src, "--version", "2", *pack_args)
check(code == 0 and os.path.exists(package), f"pack --yes writes the package: {code} {err}")

# The package as the old side of a diff: the file, and the stick folder that holds it.
for old in (package, stick):
    code, text, err = run("diff", "--old", old, "--new", new_db)
    check(code == 0 and "1 nieuw, 1 weg, 2 gewijzigd" in text and "versie 2" in text,
          f"diff --old {old} reads the package:\n{text}{err}")


def pack_on_terminal(answer, lang=()):
    """Runs pack version 3 of the changed source with a pty as standard input; returns (code, stdout, stderr)."""
    master, slave = pty.openpty()
    p = subprocess.Popen([kioskctl, "pack", "--source", new_src, "--version", "3", *pack_args, *lang],
                         stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    os.close(slave)
    # Answer once the question is asked: it is the last thing on stderr before pack waits.
    deadline = time.time() + 240
    err = ""
    while time.time() < deadline and "[" not in err:
        ready, _, _ = select.select([p.stderr], [], [], 1)
        if ready:
            chunk = os.read(p.stderr.fileno(), 4096).decode()
            if not chunk:
                break
            err += chunk
    os.write(master, answer)
    stdout, rest = p.communicate(timeout=240)
    os.close(master)
    return p.returncode, stdout, err + rest


before = digest(package)
code, text, err = pack_on_terminal(b"n\n")
check(code == 3, f"answer n exits 3, got {code}: {err}")
check("Doorgaan? [j/N]" in err, "the question is asked in Dutch: " + err)
check("1 nieuw, 1 weg, 2 gewijzigd" in text and "versie 2" in text, "summary against the package in --out:\n" + text)
check(digest(package) == before, "answer n leaves the package as it was")
code, text, err = pack_on_terminal(b"\x04")  # end of input
check(code == 3 and digest(package) == before, f"end of input stops pack, got {code}")
code, text, err = pack_on_terminal(b"y\n", ("--lang", "en"))
check("Continue? [y/N]" in err and "1 new, 1 removed, 2 changed" in text, "English question and summary: " + err)
check(code == 0 and digest(package) != before, f"answer y writes the package, got {code}: {err}")
code, text, err = run("pack", "--yes", "--old", demo_db, "--source", new_src, "--version", "4", *pack_args)
check(code == 0 and "1 nieuw, 1 weg, 2 gewijzigd" in text, "pack --old compares with the given catalogue:\n" + text)

if failures:
    print(f"{len(failures)} checks failed")
    sys.exit(1)
print("diff and pack confirmation: all checks passed")
