#!/usr/bin/env python3
"""Checks the towns table (db/woonplaatsen_drenthe.csv) against CBS's list of places of
residence (db/cbs_woonplaatsen_drenthe.csv; source and extraction in db/README.md).

- every woonplaats of Drenthe in the CBS list is in the towns table, in one of the municipalities
  CBS names for it (a name CBS lists in several municipalities, because its addresses cross a
  border, may stand once, in its main one);
- every row of the towns table is a woonplaats and municipality pair of the CBS list.
The BAG tells apart two places of one name by adding "gem <municipality>" ("Alteveer gem
Hoogeveen"); the towns table writes the plain name with that municipality.
Exit 0 when they agree; 1 with every difference listed otherwise.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, name_column, municipality_column):
    with open(path, encoding="utf-8", newline="") as f:
        return [(row[name_column], row[municipality_column]) for row in csv.DictReader(f)]


def plain(name, municipality):
    """'Alteveer gem Hoogeveen' in Hoogeveen is the place Alteveer of Hoogeveen."""
    match = re.fullmatch(r"(.+) gem (.+)", name)
    if match and match.group(2) == municipality:
        return match.group(1)
    return name


def differences(cbs, towns):
    pairs = {(plain(n, m), m) for n, m in cbs}
    names = {n for n, _ in pairs}
    town_names = {n for n, _ in towns}
    found = []
    for name in sorted(names - town_names):
        found.append(f"in the CBS list, not in the towns table: {name}")
    for name, municipality in towns:
        if (name, municipality) not in pairs:
            found.append(f"not a CBS pair: {name} in {municipality}")
    return found


def self_test():
    cbs = [("Alteveer gem Hoogeveen", "Hoogeveen"), ("Ansen", "De Wolden"), ("Ansen", "Westerveld")]
    assert differences(cbs, [("Alteveer", "Hoogeveen"), ("Ansen", "De Wolden")]) == []
    assert differences(cbs, [("Alteveer", "Hoogeveen")]) == ["in the CBS list, not in the towns table: Ansen"]
    assert differences(cbs, [("Alteveer", "Hoogeveen"), ("Ansen", "Emmen")]) == ["not a CBS pair: Ansen in Emmen"]


def main():
    self_test()
    cbs = read(os.path.join(HERE, "cbs_woonplaatsen_drenthe.csv"), "woonplaats", "gemeente")
    towns = read(os.path.join(HERE, "woonplaatsen_drenthe.csv"), "name", "municipality")
    found = differences(cbs, towns)
    for line in found:
        print(line)
    if found:
        return 1
    print(f"towns table agrees with CBS: {len(towns)} rows, {len(cbs)} CBS rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
