#!/usr/bin/env python3
"""`kioskctl review` as staff run it.

1. The demo catalogue (--db, --json, a fixed --today): the services not checked for 12 months,
   without a phone or without opening hours, and those sharing their own number, are exactly the
   ones the catalogue's tables say (sqlite3); the list is ordered by municipality; every
   hard-to-read item shows a sentence of that service's description.
2. A small hand-made HSDS folder (--source, built here) with one service per problem and a clean
   one: each service gets exactly the rules it was made for, the clean one nothing; the same
   catalogue as a staff workbook (.xlsx) gives the same list; Dutch and English text; a folder of only the clean service reports nothing.
3. Wrong usage exits 2, a missing catalogue 1.

Usage: check_review.py KIOSKCTL DEMO_CATALOGUE OUTPUT_DIR
"""
import csv
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys

kioskctl, demo_db, out = sys.argv[1:4]
TODAY, YEAR_AGO = "2026-11-30", "2025-11-30"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def run(*args):
    r = subprocess.run([kioskctl, "review", *args], capture_output=True, text=True, timeout=300)
    return r.returncode, r.stdout, r.stderr


def review_json(*args):
    code, text, err = run(*args, "--today", TODAY, "--json")
    check(code == 0, f"review {args} exits 0, got {code}: {err}")
    return json.loads(text) if code == 0 else {"services": 0, "items": []}


shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)

# 1. The demo catalogue.
db = sqlite3.connect(demo_db)
result = review_json("--db", demo_db)
items = result["items"]
ids = {r[0] for r in db.execute("SELECT id FROM services")}
check(result["services"] == len(ids), "the number of services")
by_rule = {}
for item in items:
    by_rule.setdefault(item["rule"], set()).add(item["id"])
    check(item["message"] and item["id"] in ids, f"an item names a service and says what to do: {item}")
old = {r[0] for r in db.execute("SELECT id FROM services WHERE assured_date IS NULL OR assured_date = '' OR assured_date < ?", (YEAR_AGO,))}
check(by_rule.get("not-checked", set()) == old, "not checked for 12 months: exactly the services whose assured_date says so")
with_phone = {r[0] for r in db.execute(
    "SELECT service_id FROM phones WHERE service_id IS NOT NULL"
    " UNION SELECT sal.service_id FROM phones p JOIN service_at_location sal ON p.location_id = sal.location_id"
    " UNION SELECT s.id FROM phones p JOIN services s ON p.organization_id = s.organization_id")}
check(by_rule.get("no-phone", set()) == ids - with_phone, "no phone: exactly the services without a number")
with_hours = {r[0] for r in db.execute("SELECT DISTINCT service_id FROM opening_slot")}
check(by_rule.get("no-opening-hours", set()) == ids - with_hours, "no opening hours: exactly the services without them")
own = {}
for service, number in db.execute("SELECT service_id, number FROM phones WHERE service_id IS NOT NULL"):
    own.setdefault(re.sub(r"\D", "", number), set()).add(service)
shared = set().union(*[s for s in own.values() if len(s) > 1])
check(by_rule.get("same-phone", set()) == shared, "same phone: exactly the services sharing their own number")
places = [i["municipality"] for i in items]
named = [p for p in places if p]
check(named == sorted(named, key=str.casefold) and places == named + [""] * (len(places) - len(named)),
      "ordered by municipality (without a place last)")
descriptions = dict(db.execute("SELECT id, description FROM services"))
for item in items:
    if item["rule"] in ("hard-to-read", "long-sentence"):
        check(item["detail"] and item["detail"] in " ".join(descriptions[item["id"]].split()) or
              item["detail"] in descriptions[item["id"]], f"the sentence to fix is the service's own: {item}")
code, text, err = run("--db", demo_db, "--today", TODAY)
check(code == 0 and text.startswith(f"{len(items)} punten na te kijken"), "the Dutch list's first line: " + text[:200])

# 2. A hand-made catalogue: one service per problem, and a clean one.
EASY, EASY_EN = "U drinkt koffie met andere mensen. Het is gezellig.", "You have coffee with other people."
HARD = ("Wanneer u als mantelzorger langdurig en intensief zorgt voor een naaste met dementie en daardoor zelf "
        "overbelast dreigt te raken, kunt u bij ons terecht voor ondersteuning en respijtzorg. Professionele "
        "casemanagementondersteuning gecombineerd met multidisciplinaire behandelingsmogelijkheden. Individuele "
        "begeleidingstrajecten vereisen voorafgaande indicatiestelling.")
#          id,           name,                          municipality, changes,                                expected rules
SPEC = [
    ("svc-clean", "Koffieochtend De Brink", "Assen", {}, set()),
    ("svc-old", "Wandelgroep Assen", "Assen", {"assured_date": "2025-01-10"}, {"not-checked"}),
    ("svc-nodate", "Geheugentraining Assen", "Assen", {"assured_date": ""}, {"not-checked"}),
    ("svc-nophone", "Boodschappenhulp Assen", "Assen", {"phone": None}, {"no-phone"}),
    ("svc-nohours", "Geheugenspreekuur Assen", "Assen", {"hours": None}, {"no-opening-hours"}),
    ("svc-badphone", "Rijdende winkel Emmen", "Emmen", {"phone": "591 123 456"}, {"bad-phone"}),
    ("svc-bademail", "Taalcafé Emmen", "Emmen", {"email": "info@taal.n"}, {"bad-email"}),
    ("svc-badurl", "Zangkoor Emmen", "Emmen", {"url": "https://koor.x"}, {"bad-url"}),
    ("svc-sim-a", "Alzheimer Café Emmen", "Emmen", {}, {"similar-name"}),
    ("svc-sim-b", "Alzheimer Cafe  Emmen", "Emmen", {}, {"similar-name"}),
    ("svc-dup-a", "Klussendienst Vries", "Tynaarlo", {"phone": "0592 - 55 44 33"}, {"same-phone"}),
    ("svc-dup-b", "Hulp bij klussen Zuidlaren", "Tynaarlo", {"phone": "0592 554433"}, {"same-phone"}),
    ("svc-hard", "Casemanagement Tynaarlo", "Tynaarlo", {"description": HARD}, {"long-sentence", "long-word", "hard-to-read"}),
    ("svc-noen", "Buurtkamer Eelde", "Tynaarlo", {"name_en": "", "description_en": ""}, {"no-english"}),
]


def write_hsds(folder, spec):
    os.makedirs(folder)
    tables = {
        "organizations.csv": [["id", "name", "description", "website", "email"], ["org-1", "Stichting Welzijn", "Welzijn.", "", ""]],
        "taxonomy_terms.csv": [["id", "code", "name", "name_en", "description"], ["term-meeting", "meeting", "Ontmoeten", "Meeting places", ""]],
        "services.csv": [["id", "organization_id", "name", "name_en", "description", "description_en", "url", "email", "status",
                          "fees_description", "fees_description_en", "eligibility_description", "eligibility_description_en", "assured_date"]],
        "locations.csv": [["id", "organization_id", "name", "latitude", "longitude", "location_type", "transportation", "transportation_en"]],
        "addresses.csv": [["id", "location_id", "address_1", "city", "region", "postal_code", "country"]],
        "service_at_location.csv": [["id", "service_id", "location_id"]],
        "phones.csv": [["id", "service_id", "organization_id", "location_id", "number", "description"]],
        "schedules.csv": [["id", "service_id", "service_at_location_id", "byday", "opens_at", "closes_at", "description", "description_en"]],
        "attributes.csv": [["id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "value"]],
    }
    places = {"Assen": ("52.99", "6.56", "9401 AA"), "Emmen": ("52.78", "6.89", "7811 AB"), "Tynaarlo": ("53.08", "6.62", "9481 AB")}
    for n, (sid, name, place, changes, _) in enumerate(spec, 1):
        v = {"name_en": name + " (en)", "description": EASY, "description_en": EASY_EN, "url": "https://www.welzijn.nl",
             "email": "info@welzijn.nl", "assured_date": "2026-10-01", "phone": f"0592 - 12 34 {n:02d}", "hours": ("MO,WE", "10:00", "12:00")}
        v.update(changes)
        lat, lon, postcode = places[place]
        tables["services.csv"].append([sid, "org-1", name, v["name_en"], v["description"], v["description_en"], v["url"], v["email"],
                                       "active", "", "", "", "", v["assured_date"]])
        tables["locations.csv"].append([f"loc-{n}", "org-1", f"Buurthuis {n}", lat, lon, "physical", "", ""])
        tables["addresses.csv"].append([f"adr-{n}", f"loc-{n}", f"Brink {n}", place, place, postcode, "NL"])
        tables["service_at_location.csv"].append([f"sal-{n}", sid, f"loc-{n}"])
        tables["attributes.csv"].append([f"attr-{n}", sid, "service", "service", "term-meeting", ""])
        if v["phone"]:
            tables["phones.csv"].append([f"ph-{n}", sid, "", "", v["phone"], ""])
        if v["hours"]:
            tables["schedules.csv"].append([f"sch-{n}", sid, "", *v["hours"], "", ""])
    for file, rows in tables.items():
        with open(os.path.join(folder, file), "w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows(rows)


made = os.path.join(out, "made")
write_hsds(made, SPEC)
result = review_json("--source", made)
check(result["services"] == len(SPEC), f"the hand-made catalogue has {len(SPEC)} services, review says {result['services']}")
got = {}
for item in result["items"]:
    got.setdefault(item["id"], set()).add(item["rule"])
for sid, name, _, _, expected in SPEC:
    check(got.get(sid, set()) == expected, f"{sid} ({name}): expected {sorted(expected)}, got {sorted(got.get(sid, set()))}")
hard = [i for i in result["items"] if i["id"] == "svc-hard" and i["rule"] == "long-sentence"]
check(hard and hard[0]["detail"].startswith("Wanneer u als mantelzorger"), "the long sentence is shown to fix")
bad_phone = [i for i in result["items"] if i["rule"] == "bad-phone"]
check(bad_phone and "0591123456" in bad_phone[0]["message"], "a number without its 0 is named, with the number to type")

# The same catalogue as a staff workbook gives the same list.
made_db, made_xlsx = os.path.join(out, "made.sqlite"), os.path.join(out, "made.xlsx")
subprocess.run([kioskctl, "build", "--source", made, "--out", made_db], capture_output=True)
subprocess.run([kioskctl, "sheet", "export", "--db", made_db, "--out", made_xlsx], capture_output=True)
from_sheet = review_json("--source", made_xlsx)
check(sorted((i["id"], i["rule"]) for i in from_sheet["items"]) == sorted((i["id"], i["rule"]) for i in result["items"]),
      "review --source workbook.xlsx lists the same as its HSDS folder")

code, text, err = run("--source", made, "--today", TODAY)
check(code == 0 and text.find("\nAssen\n") < text.find("\nEmmen\n") < text.find("\nTynaarlo\n"),
      "the Dutch list in municipality order:\n" + text)
check("Koffieochtend De Brink" not in text, "the clean service is not in the list")
code, text, err = run("--source", made, "--today", TODAY, "--lang", "en")
check(code == 0 and "things to fix in" in text and "There is no phone number." in text, "the English list:\n" + text[:300])

clean = os.path.join(out, "clean")
write_hsds(clean, SPEC[:1])
code, text, err = run("--source", clean, "--today", TODAY)
check(code == 0 and text == "Niets na te kijken in 1 diensten.\n", "a clean catalogue reports nothing: " + text + err)

# 3. Usage and errors.
check(run("--db", demo_db, "--source", made)[0] == 2, "--db and --source together exit 2")
check(run()[0] == 2, "neither --db nor --source exits 2")
check(run("--db", demo_db, "--today", "30-11-2026")[0] == 2, "a wrong --today exits 2")
code, _, err = run("--db", os.path.join(out, "missing.sqlite"))
check(code == 1 and "does not exist" in err, "a missing catalogue exits 1 with a message")

if failures:
    print(f"{len(failures)} checks failed")
    sys.exit(1)
print("review: all checks passed")
