#!/usr/bin/env python3
"""The real-LibreOffice fixtures (tests/sheet/fixtures) built into catalogues with `kioskctl
build --source`: the .ods, the .xlsx and both CSVs saved by LibreOffice give the same catalogue
as the original export, table by table (`kioskctl export`), and every service in it is one of
the demo catalogue's (`kioskctl diff`: none new; the other municipalities' are absent).

Usage: check_fixtures_build.py KIOSKCTL DEMO_CATALOGUE FIXTURES_DIR OUTPUT_DIR
"""
import filecmp
import os
import re
import shutil
import subprocess
import sys

KIOSKCTL, DEMO, FIXTURES, OUT = sys.argv[1:5]
failures = []


def run(*args):
    return subprocess.run([KIOSKCTL, *args], capture_output=True, text=True, timeout=300)


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def build(source, name):
    out = os.path.join(OUT, name + ".sqlite")
    r = run("build", "--source", source, "--out", out)
    if r.returncode != 0:
        fail(f"build {os.path.basename(source)}: exit {r.returncode}: {r.stderr.strip()[:600]}")
        return None
    folder = os.path.join(OUT, name)
    r = run("export", "--db", out, "--out", folder)
    if r.returncode != 0:
        fail(f"export {name}: {r.stderr.strip()[:300]}")
        return None
    return out, folder


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    original = build(os.path.join(FIXTURES, "demo-export.xlsx"), "original")
    if not original:
        return 1

    r = run("diff", "--old", DEMO, "--new", original[0], "--lang", "en")
    counts = re.search(r"(\d+) new, (\d+) removed, (\d+) changed, (\d+) unchanged", r.stdout)
    if r.returncode != 0 or not counts:
        fail(f"diff with the demo: exit {r.returncode}: {r.stdout[:300]} {r.stderr[:300]}")
    else:
        # Every service comes from the demo (matched by id). Changed ones are only reported: the
        # demo's texts may be edited after the fixtures were made (make_fixtures.sh renews them).
        new, removed, changed, unchanged = map(int, counts.groups())
        if new or unchanged + changed < 10:
            fail(f"the export built back is not the demo's: {counts.group(0)}\n{r.stdout[:2000]}")
        elif changed:
            print(f"note: {changed} services changed in the demo since the fixtures were made")

    tables = sorted(f for f in os.listdir(original[1]) if f.endswith(".csv"))
    if "services.csv" not in tables:
        fail(f"no services.csv among {tables}")
    for fixture in ("libreoffice.ods", "libreoffice.xlsx", "excel-1252.csv", "excel-utf8-bom.csv"):
        built = build(os.path.join(FIXTURES, fixture), fixture.replace(".", "-"))
        if not built:
            continue
        for table in tables:
            if not filecmp.cmp(os.path.join(original[1], table), os.path.join(built[1], table), shallow=False):
                fail(f"{fixture}: {table} differs from the original export's")

    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("every LibreOffice fixture builds the original export's catalogue")
    return 0


if __name__ == "__main__":
    sys.exit(main())
