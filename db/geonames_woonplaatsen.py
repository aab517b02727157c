#!/usr/bin/env python3
"""Gives every row of the towns table (db/woonplaatsen_drenthe.csv) the coordinates of its place
from GeoNames (source, licence and dates in db/README.md).

    geonames_woonplaatsen.py NL.txt NL-postcodes.txt
        match the towns against GeoNames's NL dump (NL.txt in
        https://download.geonames.org/export/dump/NL.zip) and its NL postal codes (NL.txt in
        https://download.geonames.org/export/zip/NL.zip); write the rows used to
        db/geonames_drenthe.txt and db/geonames_postcodes_drenthe.txt, and the coordinates and
        their source into the towns table; report the towns without a match, how far each town
        moved, and where the place and its postcode areas disagree
    geonames_woonplaatsen.py
        check: matching against those two extracts gives exactly the coordinates and sources in
        the towns table (CTest "woonplaatsen coordinates agree with GeoNames")

The rule, for each town:
1. a GeoNames populated place (feature class P; not a section, historical, abandoned or destroyed
   place) whose name, ASCII name or one of its alternate names is the town's name (ignoring case,
   accents, apostrophes and hyphens; "Eerste" is "1e"), in Drenthe (admin1 01) and in the town's
   municipality (admin2, the CBS municipality code). Several: the one whose own name matches,
   then a seat or plain populated place before a locality (PPLL), then the larger population,
   then the lower geonameid. Source "geonames:<geonameid>".
2. else the GeoNames postal codes (four digits) whose place is the town, as the BAG names it
   ("Alteveer gem Hoogeveen" is Alteveer in Hoogeveen), in Drenthe and in the town's
   municipality: the mean of their coordinates (the middle of those postcode areas), to 4
   decimals. Source "postcodes:<pc4> <pc4>...".
3. else the town keeps its coordinates, with the source "estimate".
Exit 0 when done or when the check passes; 1 otherwise.
"""
import csv
import io
import math
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TOWNS = os.path.join(HERE, "woonplaatsen_drenthe.csv")
PLACES_EXTRACT = os.path.join(HERE, "geonames_drenthe.txt")
POSTCODES_EXTRACT = os.path.join(HERE, "geonames_postcodes_drenthe.txt")

# CBS municipality codes, as GeoNames writes them in its admin2 columns.
CBS_CODES = {
    "Aa en Hunze": "1680", "Assen": "0106", "Borger-Odoorn": "1681", "Coevorden": "0109",
    "De Wolden": "1690", "Emmen": "0114", "Hoogeveen": "0118", "Meppel": "0119",
    "Midden-Drenthe": "1731", "Noordenveld": "1699", "Tynaarlo": "1730", "Westerveld": "1701",
}
DRENTHE = "01"
NOT_A_PLACE_NOW = {"PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH"}  # section, historical, abandoned, destroyed
COLUMNS = ["name", "municipality", "lat", "lon", "postcode", "source"]


def key(name):
    text = "".join(c for c in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(c))
    text = " ".join(text.replace("-", " ").replace("'", "").replace("\u2019", "").split())
    for word, number in (("eerste ", "1e "), ("tweede ", "2e ")):
        if text.startswith(word):
            text = number + text[len(word):]
    return text


def bag_plain(name, municipality):
    """'Alteveer gem Hoogeveen' in Hoogeveen is the town Alteveer of Hoogeveen."""
    found = re.fullmatch(r"(.+) gem (.+)", name)
    return found.group(1) if found and found.group(2) == municipality else name


def read_tsv(path, columns):
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    return [row for row in rows if len(row) == columns]


def read_places(path):
    """GeoNames dump rows (19 columns) of populated places (feature class P)."""
    return [row for row in read_tsv(path, 19) if row[6] == "P"]


def read_postcodes(path):
    """GeoNames postal code rows (12 columns): country, code, place, admin1 name and code, ..."""
    return read_tsv(path, 12)


def place_rank(row, town_key):
    own_name = town_key in (key(row[1]), key(row[2]))
    return (not own_name, row[7] == "PPLL", -int(row[14] or 0), int(row[0]))


def match(towns, places, postcodes):
    """For each town: ("geonames", row), ("postcodes", [rows]) or None."""
    by_key = {}
    for row in places:
        if row[7] in NOT_A_PLACE_NOW or row[10] != DRENTHE:
            continue
        for name in {row[1], row[2], *row[3].split(",")} - {""}:
            by_key.setdefault(key(name), []).append(row)
    found = []
    for town in towns:
        town_key, code = key(town["name"]), CBS_CODES[town["municipality"]]
        candidates = [row for row in by_key.get(town_key, []) if row[11] == code]
        areas = [row for row in postcodes if row[4] == DRENTHE and row[6] == code and
                 key(bag_plain(row[2], town["municipality"])) == town_key]
        if candidates:
            found.append(("geonames", min(candidates, key=lambda row: place_rank(row, town_key))))
        elif areas:
            found.append(("postcodes", sorted(areas, key=lambda row: row[1])))
        else:
            found.append(None)
    return found


def coordinates(found):
    """(lat, lon, source) as the towns table writes them."""
    kind, rows = found
    if kind == "geonames":
        return rows[4], rows[5], f"geonames:{rows[0]}"
    lat = sum(float(row[9]) for row in rows) / len(rows)
    lon = sum(float(row[10]) for row in rows) / len(rows)
    return f"{lat:.4f}", f"{lon:.4f}", "postcodes:" + " ".join(row[1] for row in rows)


def km(lat1, lon1, lat2, lon2):
    dlat = (float(lat2) - float(lat1)) * 111.2
    dlon = (float(lon2) - float(lon1)) * 111.2 * math.cos(math.radians(float(lat1)))
    return math.hypot(dlat, dlon)


def read_towns():
    with open(TOWNS, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write_towns(towns):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for town in towns:
        writer.writerow({column: town.get(column, "") for column in COLUMNS})
    with open(TOWNS, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


def write_extract(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.writelines("\t".join(row) + "\n" for row in rows)


def update(places_path, postcodes_path):
    places, postcodes = read_places(places_path), read_postcodes(postcodes_path)
    towns = read_towns()
    found = match(towns, places, postcodes)
    moves, disagreements = [], []
    for town, hit in zip(towns, found):
        if hit is None:
            print(f"no match in GeoNames, coordinates kept (estimate): {town['name']} ({town['municipality']})")
            town["source"] = "estimate"
            continue
        lat, lon, source = coordinates(hit)
        if hit[0] == "postcodes":
            print(f"no GeoNames place, middle of its postcode areas: {town['name']} ({town['municipality']}) {source}")
        moves.append((km(town["lat"], town["lon"], lat, lon), town["name"], town["lat"], town["lon"], lat, lon))
        town["lat"], town["lon"], town["source"] = lat, lon, source
        areas = match([town], [], postcodes)[0]
        if hit[0] == "geonames" and areas:
            area_lat, area_lon, area_source = coordinates(areas)
            disagreements.append((km(lat, lon, area_lat, area_lon), town["name"], area_source))
    write_towns(towns)
    used_places = sorted({hit[1][0]: hit[1] for hit in found if hit and hit[0] == "geonames"}.values(),
                         key=lambda row: int(row[0]))
    used_postcodes = sorted({tuple(row): row for hit in found if hit and hit[0] == "postcodes"
                             for row in hit[1]}.values(), key=lambda row: (row[1], row[2]))
    write_extract(PLACES_EXTRACT, used_places)
    write_extract(POSTCODES_EXTRACT, used_postcodes)
    moves.sort(reverse=True)
    print(f"{len(moves)} of {len(towns)} towns have GeoNames coordinates; median move from the old ones "
          f"{moves[len(moves) // 2][0]:.2f} km; largest moves:")
    for distance, name, old_lat, old_lon, lat, lon in moves[:20]:
        print(f"  {distance:5.2f} km  {name}: {old_lat},{old_lon} -> {lat},{lon}")
    disagreements.sort(reverse=True)
    print(f"GeoNames place against the middle of its postcode areas ({len(disagreements)} towns), largest:")
    for distance, name, areas in disagreements[:10]:
        print(f"  {distance:5.2f} km  {name} ({areas})")
    return 0


def check():
    towns = read_towns()
    found = match(towns, read_places(PLACES_EXTRACT), read_postcodes(POSTCODES_EXTRACT))
    problems = []
    for town, hit in zip(towns, found):
        want = coordinates(hit) if hit else (town["lat"], town["lon"], "estimate")
        have = (town["lat"], town["lon"], town.get("source", ""))
        if have != want:
            problems.append(f"{town['name']} ({town['municipality']}): the table has {have}, GeoNames gives {want}")
    for line in problems:
        print(line)
    if problems:
        print("renew the coordinates with db/geonames_woonplaatsen.py (db/README.md)")
        return 1
    counts = {kind: sum(1 for t in towns if t["source"].startswith(kind)) for kind in ("geonames:", "postcodes:", "estimate")}
    print(f"towns table agrees with GeoNames: {len(towns)} rows, {counts}")
    return 0


def self_test():
    def place(gid, name, admin2, code="PPL", admin1=DRENTHE, population="0", alternates=""):
        return [gid, name, name, alternates, "52.9", "6.6", "P", code, "NL", "", admin1, admin2, "", "",
                population, "", "0", "Europe/Amsterdam", "2024-01-01"]

    def area(pc4, name, admin2, lat, lon):
        return ["NL", pc4, name, "Drenthe", DRENTHE, "", admin2, "", "", lat, lon, ""]

    places = [place("1", "Eerste Exloërmond", "1681"), place("2", "Exloo", "1681", "PPLX"),
              place("3", "Nieuw-Annerveen", "1680"), place("4", "Ruinen", "1701"),
              place("5", "Ruinen", "1690", "PPLL", population="9000"), place("6", "Ruinen", "1690", population="30"),
              place("7", "Matsloot", "0014", admin1="04"), place("8", "Alteveer", "1690")]
    postcodes = [area("9749", "Matsloot", "1699", "53.2", "6.4"), area("7915", "Alteveer gem Hoogeveen", "0118", "52.6", "6.5"),
                 area("7916", "Alteveer gem Hoogeveen", "0118", "52.7", "6.6"), area("7927", "Alteveer", "1690", "52.6", "6.4")]
    towns = [{"name": n, "municipality": m} for n, m in [
        ("1e Exloërmond", "Borger-Odoorn"), ("Exloo", "Borger-Odoorn"), ("Nieuw Annerveen", "Aa en Hunze"),
        ("Ruinen", "De Wolden"), ("Matsloot", "Noordenveld"), ("Alteveer", "Hoogeveen"), ("Matsloot", "Tynaarlo")]]
    got = [coordinates(hit)[2] if hit else None for hit in match(towns, places, postcodes)]
    assert got == ["geonames:1", None, "geonames:3", "geonames:6", "postcodes:9749", "postcodes:7915 7916", None], got
    assert coordinates(match([towns[5]], [], postcodes)[0])[:2] == ("52.6500", "6.5500")


def main():
    self_test()
    if len(sys.argv) == 3:
        return update(sys.argv[1], sys.argv[2])
    if len(sys.argv) == 1:
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
