#!/usr/bin/env python3
"""Checks the demo catalogue in db/demo/ and that make_demo.py regenerates it exactly.

    python3 db/demo/check_demo.py            # exit 0 when all is well, 1 with a list of problems

Python 3 standard library only.
"""
import csv
import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# The municipalities of db/woonplaatsen_drenthe.csv, the list the kiosk compiles in.
with open(os.path.join(HERE, "..", "woonplaatsen_drenthe.csv"), encoding="utf-8", newline="") as places:
    MUNICIPALITIES = sorted({row["municipality"] for row in csv.DictReader(places)})
CATEGORIES = ["dementia-support", "meeting", "day-care", "transport", "carer-support", "care-at-home", "advice"]
AUDIENCES = ["audience-person", "audience-carer"]
COSTS = ["cost-free", "cost-contribution", "cost-indication"]
DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}

HEADERS = {
    "organizations": "id,name,description,website,email",
    "services": "id,organization_id,name,name_en,description,description_en,url,email,status,fees_description,"
                "fees_description_en,eligibility_description,eligibility_description_en,assured_date",
    "locations": "id,organization_id,name,latitude,longitude,location_type,transportation,transportation_en",
    "addresses": "id,location_id,address_1,city,region,postal_code,country",
    "service_at_location": "id,service_id,location_id",
    "phones": "id,service_id,organization_id,location_id,number,description",
    "schedules": "id,service_id,service_at_location_id,byday,opens_at,closes_at,description,description_en",
    "service_areas": "id,service_id,name,description",
    "taxonomy_terms": "id,code,name,name_en,description",
    "attributes": "id,link_id,link_type,link_entity,taxonomy_term_id,value",
}
ID_PREFIX = {"organizations": "org", "services": "svc", "locations": "loc", "addresses": "adr",
             "service_at_location": "sal", "phones": "tel", "schedules": "sch", "service_areas": "area",
             "attributes": "att", "taxonomy_terms": "term"}

problems = []


def problem(text):
    problems.append(text)


def load(folder, table):
    path = os.path.join(folder, table + ".csv")
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")  # raises on invalid UTF-8
    if text.startswith("\ufeff"):
        problem("%s.csv starts with a BOM" % table)
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    rows = list(reader)
    if ",".join(rows[0]) != HEADERS[table]:
        problem("%s.csv header is %r" % (table, ",".join(rows[0])))
    header = rows[0]
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            problem("%s.csv line %d: %d fields, expected %d" % (table, n, len(row), len(header)))
            continue
        out.append(dict(zip(header, row)))
    return out


def main():
    data = {table: load(HERE, table) for table in HEADERS}
    ids = {}
    for table, rows in data.items():
        seen = set()
        for r in rows:
            if r["id"] in seen:
                problem("%s: duplicate id %s" % (table, r["id"]))
            seen.add(r["id"])
            if not r["id"].startswith(ID_PREFIX[table] + "-"):
                problem("%s: id %s does not start with %s-" % (table, r["id"], ID_PREFIX[table]))
        ids[table] = seen

    def ref(table, row, column, target, optional=False):
        value = row[column]
        if optional and value == "":
            return
        if value not in ids[target]:
            problem("%s %s: %s '%s' does not exist" % (table, row["id"], column, value))

    for r in data["services"]:
        ref("services", r, "organization_id", "organizations")
    for r in data["locations"]:
        ref("locations", r, "organization_id", "organizations")
    for r in data["addresses"]:
        ref("addresses", r, "location_id", "locations")
    for r in data["service_at_location"]:
        ref("service_at_location", r, "service_id", "services")
        ref("service_at_location", r, "location_id", "locations")
    for r in data["phones"]:
        links = [c for c in ("service_id", "organization_id", "location_id") if r[c]]
        if len(links) != 1:
            problem("phones %s: %d link columns filled, expected 1" % (r["id"], len(links)))
        ref("phones", r, "service_id", "services", optional=True)
        ref("phones", r, "organization_id", "organizations", optional=True)
        ref("phones", r, "location_id", "locations", optional=True)
        m = re.fullmatch(r"(050) - (0\d\d \d{4})|(05\d\d) - (0\d\d \d{3})", r["number"])
        if not m:
            problem("phones %s: number %r is not like '0591 - 012 345' / '050 - 012 3456'" % (r["id"], r["number"]))
    numbers = [r["number"] for r in data["phones"]]
    if len(set(numbers)) != len(numbers):
        problem("phones: duplicate numbers")
    for r in data["schedules"]:
        if bool(r["service_id"]) == bool(r["service_at_location_id"]):
            problem("schedules %s: fill exactly one of service_id and service_at_location_id" % r["id"])
        ref("schedules", r, "service_id", "services", optional=True)
        ref("schedules", r, "service_at_location_id", "service_at_location", optional=True)
        if not r["byday"] or not set(r["byday"].split(",")) <= DAYS:
            problem("schedules %s: byday %r" % (r["id"], r["byday"]))
        for c in ("opens_at", "closes_at"):
            if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", r[c]):
                problem("schedules %s: %s %r is not HH:MM" % (r["id"], c, r[c]))
        if r["opens_at"] >= r["closes_at"]:
            problem("schedules %s: opens %s not before closes %s" % (r["id"], r["opens_at"], r["closes_at"]))
        if bool(r["description"]) != bool(r["description_en"]):
            problem("schedules %s: description without translation" % r["id"])
    for r in data["service_areas"]:
        ref("service_areas", r, "service_id", "services")
        if r["name"] not in MUNICIPALITIES:
            problem("service_areas %s: %r is not a municipality of Drenthe" % (r["id"], r["name"]))
    codes = [r["code"] for r in data["taxonomy_terms"]]
    if sorted(codes) != sorted(CATEGORIES + AUDIENCES + COSTS):
        problem("taxonomy_terms: codes are %s" % codes)
    term_code = {r["id"]: r["code"] for r in data["taxonomy_terms"]}
    for r in data["attributes"]:
        if r["link_entity"] != "service" or r["link_type"] != "service":
            problem("attributes %s: link_entity/link_type must be 'service'" % r["id"])
        ref("attributes", r, "link_id", "services")
        ref("attributes", r, "taxonomy_term_id", "taxonomy_terms")

    # Places.
    region_of_location = {}
    for r in data["addresses"]:
        if r["region"] not in MUNICIPALITIES:
            problem("addresses %s: region %r is not a municipality" % (r["id"], r["region"]))
        if r["country"] != "NL":
            problem("addresses %s: country %r" % (r["id"], r["country"]))
        if not re.fullmatch(r"\d{4} [A-Z]{2}", r["postal_code"]):
            problem("addresses %s: postal code %r" % (r["id"], r["postal_code"]))
        region_of_location[r["location_id"]] = r["region"]
    for r in data["locations"]:
        if r["id"] not in region_of_location:
            problem("locations %s: no address" % r["id"])
        lat, lon = float(r["latitude"]), float(r["longitude"])
        if not (52.6 <= lat <= 53.22 and 6.1 <= lon <= 7.1):
            problem("locations %s: %s,%s is not in Drenthe" % (r["id"], lat, lon))
        if not re.fullmatch(r"\d+\.\d{4}", r["latitude"]) or not re.fullmatch(r"\d+\.\d{4}", r["longitude"]):
            problem("locations %s: coordinates need 4 decimals" % r["id"])
        if not r["transportation"] or not r["transportation_en"]:
            problem("locations %s: transportation missing" % r["id"])

    # Services: texts, tags and where they are available.
    tags = {s["id"]: [] for s in data["services"]}
    for r in data["attributes"]:
        tags.setdefault(r["link_id"], []).append(term_code.get(r["taxonomy_term_id"], "?"))
    locations_of = {}
    for r in data["service_at_location"]:
        locations_of.setdefault(r["service_id"], []).append(r["location_id"])
    areas_of = {}
    for r in data["service_areas"]:
        areas_of.setdefault(r["service_id"], []).append(r["name"])
    with_schedule = {r["service_id"] for r in data["schedules"] if r["service_id"]}
    sal_service = {r["id"]: r["service_id"] for r in data["service_at_location"]}
    with_schedule |= {sal_service.get(r["service_at_location_id"]) for r in data["schedules"]}

    coverage = {(m, c): 0 for m in MUNICIPALITIES for c in CATEGORIES}
    per_municipality = {m: 0 for m in MUNICIPALITIES}
    descriptions = set()
    for s in data["services"]:
        sid = s["id"]
        t = tags[sid]
        cats = [c for c in t if c in CATEGORIES]
        if not cats:
            problem("services %s: no category" % sid)
        if not any(a in t for a in AUDIENCES):
            problem("services %s: no audience" % sid)
        costs = [c for c in t if c in COSTS]
        if len(costs) != 1:
            problem("services %s: %d cost terms, expected 1" % (sid, len(costs)))
        for column in ("name", "description", "fees_description", "eligibility_description"):
            if not s[column] or not s[column + "_en"]:
                problem("services %s: %s or its English translation is empty" % (sid, column))
        first = s["description"].split(". ")[0]
        if len(first.split()) > 22:
            problem("services %s: first sentence has %d words" % (sid, len(first.split())))
        descriptions.add(s["description"])
        fees = s["fees_description"] + " " + s["eligibility_description"]
        if costs == ["cost-free"] and "Gratis" not in s["fees_description"]:
            problem("services %s: tagged cost-free but fees say %r" % (sid, s["fees_description"]))
        if costs == ["cost-indication"] and "indicatie" not in fees:
            problem("services %s: tagged cost-indication but no indication mentioned" % sid)
        if costs == ["cost-contribution"] and not ("€" in fees or "eigen risico" in fees):
            problem("services %s: tagged cost-contribution but no amount mentioned" % sid)
        if s["status"] != "active":
            problem("services %s: status %r" % (sid, s["status"]))
        if not re.fullmatch(r"2026-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", s["assured_date"]):
            problem("services %s: assured_date %r not in 2026" % (sid, s["assured_date"]))
        if not s["url"].startswith("https://") or ".voorbeeld.invalid/" not in s["url"]:
            problem("services %s: url %r" % (sid, s["url"]))
        if s["email"] and not s["email"].endswith(".voorbeeld.invalid"):
            problem("services %s: email %r" % (sid, s["email"]))
        where = areas_of.get(sid) or [region_of_location[l] for l in locations_of.get(sid, [])]
        if not where:
            problem("services %s: neither a service area nor a location" % sid)
        for m in set(where):
            per_municipality[m] += 1
            for c in cats:
                coverage[(m, c)] += 1
    for r in data["organizations"]:
        if "Alzheimer Nederland" in r["name"]:
            problem("organizations %s: real organisation name" % r["id"])
        if not r["website"].endswith(".voorbeeld.invalid/") or not r["email"].endswith(".voorbeeld.invalid"):
            problem("organizations %s: website/email not under voorbeeld.invalid" % r["id"])

    services = len(data["services"])
    if services < 260:
        problem("only %d services, expected at least 260" % services)
    for m, n in per_municipality.items():
        if n < 15:
            problem("%s: only %d services" % (m, n))
    for (m, c), n in coverage.items():
        if n == 0:
            problem("%s has no service in category %s" % (m, c))
    if len(descriptions) < services * 0.97:
        problem("only %d different descriptions for %d services" % (len(descriptions), services))
    without_schedule = services - len(with_schedule - {None})
    if not 1 <= without_schedule <= services // 10:
        problem("%d services without a schedule; expected a few" % without_schedule)
    multi = sum(1 for v in locations_of.values() if len(v) > 1)
    if multi < 3:
        problem("only %d services with more than one location" % multi)

    # datapackage.json.
    with open(os.path.join(HERE, "datapackage.json"), encoding="utf-8") as f:
        package = json.load(f)
    if package.get("wegwijzer", {}).get("demo") is not True:
        problem("datapackage.json: wegwijzer.demo is not true")
    if sorted(r["path"] for r in package["resources"]) != sorted(t + ".csv" for t in HEADERS):
        problem("datapackage.json: resources do not list every CSV file")

    # The generator reproduces the committed files exactly.
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "make_demo.py"), "--out", tmp], check=True,
                       stdout=subprocess.DEVNULL)
        for name in [t + ".csv" for t in HEADERS] + ["datapackage.json"]:
            if not filecmp.cmp(os.path.join(HERE, name), os.path.join(tmp, name), shallow=False):
                problem("%s differs from what make_demo.py writes" % name)

    print("services: %d, organisations: %d, locations: %d, phones: %d, schedules: %d" % (
        services, len(data["organizations"]), len(data["locations"]), len(data["phones"]), len(data["schedules"])))
    print("services per municipality: " + ", ".join("%s %d" % (m, n) for m, n in per_municipality.items()))
    print("services per category: " + ", ".join(
        "%s %d" % (c, sum(1 for t in tags.values() if c in t)) for c in CATEGORIES))
    print("services without a schedule: %d; with more than one location: %d" % (without_schedule, multi))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
