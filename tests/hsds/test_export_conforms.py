#!/usr/bin/python3
"""`kioskctl export` of the demo catalogue passes HSDS 3.0's datapackage.json and the profile.

    test_export_conforms.py KIOSKCTL DEMO_CATALOGUE

1. The export has zero violations, as plain HSDS and with the Wegwijzer profile.
2. One planted violation of each kind is reported (the check can fail).
3. Building the export and exporting that again gives the same files (stable UUIDs).
4. db/profile/datapackage.json is what db/profile/make_datapackage.py writes.
"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCHEMA = os.path.join(HERE, "datapackage.json")
PROFILE = os.path.join(ROOT, "db", "profile", "datapackage.json")
CHECKER = os.path.join(HERE, "check_hsds.py")
NAMESPACE = uuid.UUID("13264d53-1113-4b90-bff6-e5b51afbfab3")  # kiosk/core/hsds_id.h

failures = []


def check(condition, what, detail=""):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        if detail:
            print(detail)
        failures.append(what)


def run(*args):
    return subprocess.run(list(args), capture_output=True, text=True, timeout=120)


def checker(folder, profile):
    args = [sys.executable, CHECKER, "--schema", SCHEMA, "--show", "1000"] + (["--profile", PROFILE] if profile else [])
    return run(*(args + [folder]))


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def write(path, header, rows):
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header] + rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


def plant(folder, file, column, value, row=0):
    """Sets one cell (a new column when `column` is not in the header)."""
    header, rows = read(os.path.join(folder, file))
    if column not in header:
        header.append(column)
        for r in rows:
            r.append("")
    rows[row][header.index(column)] = value
    write(os.path.join(folder, file), header, rows)


def listing(folder):
    return {name: open(os.path.join(folder, name), "rb").read() for name in sorted(os.listdir(folder))}


def main():
    kioskctl, demo = sys.argv[1], sys.argv[2]
    tmp = tempfile.mkdtemp(prefix="hsds-conforms-")
    try:
        export = os.path.join(tmp, "export")
        done = run(kioskctl, "export", "--db", demo, "--out", export)
        check(done.returncode == 0, "kioskctl export of the demo catalogue", done.stderr)

        for profile in (False, True):
            result = checker(export, profile)
            what = "with the profile" if profile else "as plain HSDS"
            check(result.returncode == 0, "the export has no violations " + what, result.stdout[-3000:])

        # The ids are the UUIDv5 of "<table>:<id>" (the demo's own ids are svc-NNNN), the same as
        # Python's uuid.uuid5 gives: another tool can compute them.
        header, rows = read(os.path.join(export, "services.csv"))
        first = rows[0][header.index("id")]
        check(first == str(uuid.uuid5(NAMESPACE, "services:svc-0001")),
              "services.csv's first id is uuid5(namespace, 'services:svc-0001'): " + first)
        header, rows = read(os.path.join(export, "addresses.csv"))
        check(all(r[header.index("state_province")] == "Drenthe" and r[header.index("address_type")] == "physical"
                  and r[header.index("country")] == "NL" for r in rows), "every address is physical, Drenthe, NL")

        # datapackage.json is a Data Package descriptor: its version is a string (Frictionless refuses
        # a number), the catalogue's version.
        with open(os.path.join(export, "datapackage.json"), encoding="utf-8") as f:
            descriptor = json.load(f)
        check(isinstance(descriptor.get("version"), str) and descriptor["version"].isdigit(),
              "datapackage.json's version is a string of digits: %r" % descriptor.get("version"))

        # Planted violations, one of each kind, each reported with file, line and field.
        planted = os.path.join(tmp, "planted")
        shutil.copytree(export, planted)
        header, rows = read(os.path.join(planted, "services.csv"))
        broken = rows[2][0][:-1]  # a digit short
        plant(planted, "services.csv", "id", broken, row=2)
        plant(planted, "addresses.csv", "state_province", "", row=4)
        plant(planted, "locations.csv", "location_type", "fysiek", row=1)
        plant(planted, "services.csv", "assured_date", "31-12-2026", row=5)
        stray = str(uuid.uuid4())
        plant(planted, "phones.csv", "service_id", stray, row=3)
        plant(planted, "services.csv", "naam_fr", "Nom", row=0)
        plant(planted, "taxonomy_terms.csv", "code", "koffie", row=0)
        with open(os.path.join(planted, "datapackage.json"), encoding="utf-8") as f:
            descriptor = json.load(f)
        descriptor["version"] = int(descriptor["version"])
        with open(os.path.join(planted, "datapackage.json"), "w", encoding="utf-8") as f:
            json.dump(descriptor, f)
        plain = checker(planted, False)
        full = checker(planted, True)
        check(plain.returncode == 1 and full.returncode == 1, "the planted copy fails both checks")
        expected = [
            (plain, "services.csv line 4: id '%s' is not a UUID (format uuid)" % broken),
            (plain, "addresses.csv line 6: state_province is required but empty"),
            (plain, "locations.csv line 3: location_type 'fysiek' is not one of physical, postal, virtual"),
            (plain, "services.csv line 7: assured_date '31-12-2026' is not a date"),
            (plain, "phones.csv line 5: service_id '%s' is not the id of any row of service" % stray),
            (plain, "note: services.csv: column naam_fr is not an HSDS field"),
            (full, "services.csv line 1: column naam_fr is not a field of service in HSDS or the profile"),
            (full, "taxonomy_terms.csv line 2: code 'koffie' is not one of dementia-support"),
            (plain, "datapackage.json: version %d is a number; the Data Package spec makes it a string"
             % descriptor["version"]),
        ]
        for result, line in expected:
            check(line in result.stdout, "reported: " + line, result.stdout[-3000:])
        check("taxonomy_terms.csv line 2: code" not in plain.stdout, "plain HSDS does not know the profile's codes")

        # Build the export, export again: the same bytes.
        again_db = os.path.join(tmp, "again.sqlite")
        done = run(kioskctl, "build", "--source", export, "--out", again_db)
        check(done.returncode == 0, "the export builds", done.stderr[-2000:])
        again = os.path.join(tmp, "again")
        done = run(kioskctl, "export", "--db", again_db, "--out", again)
        check(done.returncode == 0 and listing(again) == listing(export),
              "export -> build -> export gives the same files, byte for byte")

        done = run(sys.executable, os.path.join(ROOT, "db", "profile", "make_datapackage.py"), "--check")
        check(done.returncode == 0, "db/profile/datapackage.json is up to date", done.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
