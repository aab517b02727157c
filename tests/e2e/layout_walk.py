#!/usr/bin/env python3
"""The layout walk: every screen in every window shape, text size and language, on the demo
catalogue and on a catalogue of long names and long Dutch words, checked against the layout rules.

The kiosk walks itself (kiosk --layout-walk, app/layout_walk.h): it goes through its own flow and
taps the items of its own UI map, so there is no xdotool and no waiting; each screen is drawn once
under Xvfb (Mesa llvmpipe), saved as a PNG with its UI map, and checked (ui/layout_check.h: no
overflow, nothing outside the window, no overlaps, buttons >= 16 mm, list QR code >= 35 mm).
This script builds the long catalogue with kioskctl, runs one kiosk per catalogue side by side on
one Xvfb screen, and fails on any fault or on a walk that missed a screen.

  layout_walk.py --kiosk BIN --kioskctl BIN --demo-source db/demo --catalogue demo.sqlite --out DIR
                 [--reduced]
Screenshots: DIR/<catalogue>-<shape>-<text size>-<language>/<nn>-<screen>.png (a CI artefact).
"""
import argparse
import csv
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from kiosk_e2e import CATEGORIES, start_xvfb

# Every screen the walk must reach in every combination (by the UI map's screen name).
REQUIRED_SCREENS = {"home", "route.who", "route.where", "route.what", "results", "detail", "list", "search",
                    "idle", "staff.pin", "staff"}

# Home's tiles, every one reachable on Home (paging with "Meer" when they do not fit one screen).
HOME_TILES = {f"tile.{c}" for c in CATEGORIES} | {"tile.search", "tile.route"}


def pictogram_faults(m):
    """What the C++ rules leave to this script: a tile's pictogram is square and lies inside its
    tile (ui/layout_check.h checks that every whole tile has one of at least 15 mm)."""
    faults = []
    for it in m["items"]:
        p = it.get("picto")
        if p is None or it.get("clipped"):
            continue
        if abs(p["w"] - p["h"]) > 1:
            faults.append(f"{it['id']}: pictogram {p['w']}x{p['h']} px is not square")
        if not (p["x"] >= it["x"] and p["y"] >= it["y"] and p["x"] + p["w"] <= it["x"] + it["w"] + 1 and
                p["y"] + p["h"] <= it["y"] + it["h"] + 1):
            faults.append(f"{it['id']}: the pictogram lies outside its tile")
    return faults


# How a card's today piece begins (kiosk/core/wording_*.h card.open_today / card.closed_today).
TODAY_PHRASES = ("Vandaag open", "Vandaag dicht", "Open today", "Closed today")

# What search says when nothing matches (kiosk/core/wording_*.h search.nothing / search.nothing_final).
NOTHING_FOUND = ("Nog niets gevonden", "Met deze woorden vinden we niets", "Nothing found yet",
                 "We find nothing with these words")


def dead_end_faults(m, name):
    """Screens a resident must never find empty: search with nothing found says so and offers the
    topics; My list with services on it shows at least one whole row with its "Haal weg"."""
    ids = {i["id"] for i in m["items"]}
    faults = []
    if name.endswith("-search-nothing.json"):
        if "search.topics" not in ids:
            faults.append("nothing found, and no way on ('Kies uit de onderwerpen')")
        if not any(t.startswith(NOTHING_FOUND) for t in m.get("texts", [])):
            faults.append("nothing found, and no words that say so")
    if m["screen"] == "list" and "list.qr" not in ids and "list.clear_yes" not in ids:
        count = re.search(r"\((\d+)\)", next((i["label"] for i in m["items"] if i["id"] == "bar.list"), ""))
        on_list = count is not None and int(count.group(1)) > 0
        if on_list and not any(i["id"].startswith("list.remove.") and not i.get("clipped") for i in m["items"]):
            faults.append("the list has services, and not one whole row with 'Haal weg' is shown")
    return faults


# Long words as Dutch builds them, and long contact details.
LONG_WORD = "Ontmoetingscentrumvoorkwetsbareouderen"
LONG_NAMES = [
    LONG_WORD + " De Zonnebloemhof",
    "Dagbestedingsvoorzieningvoorjongdementerenden Noordoostelijkdrenthe",
    "Mantelzorgondersteuningsteam Gemeentelijkwelzijnsloket Zuidoostdrenthe",
    "Stichting Thuiszorgorganisatie Wijkverpleegkundigencentrum Hoogeveen-Oost",
]
LONG_PHONE_LABEL = "Telefoonnummervoorspoedeisendevragen buiten kantooruren en in het weekend"
LONG_ADDRESS = "Burgemeester Van Der Helststraatwegverlenging 1234-bisachterhuis"
LONG_EMAIL = "informatieenaanmelding.dagbesteding@zorgcooperatievoorzuidoostdrenthe-voorbeeldgegevens.invalid"


def rewrite(path, change):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
        fields = list(rows[0].keys()) if rows else []
    for i, row in enumerate(rows):
        change(i, row)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)


def long_catalogue(kioskctl, demo_source, out, tmp):
    """The demo catalogue with long names, long Dutch words and long contact details, built by kioskctl."""
    src = os.path.join(tmp, "long-source")
    shutil.copytree(demo_source, src)

    def service(i, row):
        if i % 2 == 0:  # every other service: a long name in both languages
            row["name"] = LONG_NAMES[i // 2 % len(LONG_NAMES)] + " " + row["name"]
            row["name_en"] = LONG_NAMES[i // 2 % len(LONG_NAMES)] + " " + row["name_en"]
            row["email"] = LONG_EMAIL
    rewrite(os.path.join(src, "services.csv"), service)
    rewrite(os.path.join(src, "organizations.csv"), lambda i, row: row.update(name=LONG_NAMES[i % len(LONG_NAMES)]))
    rewrite(os.path.join(src, "phones.csv"), lambda i, row: row.update(description=LONG_PHONE_LABEL) if i % 2 == 0 else None)
    rewrite(os.path.join(src, "addresses.csv"), lambda i, row: row.update(address_1=LONG_ADDRESS) if i % 2 == 0 else None)
    subprocess.run([kioskctl, "build", "--source", src, "--out", out], check=True, stdout=subprocess.DEVNULL)
    return out


def one_card_needs_the_page(m, whole):
    """A results page with one card: fine when the card spans the page's width and two cards as high
    as it would not fit between its top and the paging row (its name: ui::card_name_faults)."""
    if len(whole) != 1:
        return False
    card = whole[0]
    service = card["id"][len("result.card."):]
    parts = [i for i in m["items"] if i["id"] in (card["id"], f"result.add.{service}", f"result.glossary.{service}")]
    bottom = max(i["y"] + i["h"] for i in parts)
    width = max(i["x"] + i["w"] for i in parts) - min(i["x"] for i in parts)
    paging = [i["y"] for i in m["items"] if i["id"] in ("results.more", "results.previous")]
    room = (min(paging) if paging else m["window"]["h"]) - card["y"]
    return width > m["window"]["w"] / 2 and 2 * (bottom - card["y"]) > room


def check_walk(out, name, combos):
    """Faults the kiosk found, plus any combination that missed a screen or the list's QR code."""
    problems = []
    faults_file = os.path.join(out, f"{name}-faults.txt")
    if not os.path.exists(faults_file):
        return [f"{name}: the walk wrote no {faults_file}"]
    with open(faults_file, encoding="utf-8") as f:
        problems += [line.rstrip("\n") for line in f if line.strip()]
    for combo in combos:
        maps = sorted(glob.glob(os.path.join(out, combo, "*.json")))
        seen, qr, home_tiles, who = set(), False, set(), set()
        for path in maps:
            with open(path, encoding="utf-8") as f:
                m = json.load(f)
            seen.add(m["screen"])
            if path.endswith("-results-route.json") and m["screen"] != "results":
                problems.append(f"{combo}: the guided route did not reach its results ({m['screen']})")
            if path.endswith("-results-filter-on.json") and any(i["id"].startswith("result.card.") for i in m["items"]) \
                    and not any(i["id"].startswith("filter.") and i.get("on") for i in m["items"]):
                # An active filter stays in view and removable, also behind "Filters (1)".
                problems.append(f"{combo}: the active filter is not in view beside the cards")
            if path.endswith("-results.json") and m["screen"] == "results":
                # The meeting places (dozens): every window shape and text size shows at least two
                # whole cards a page, never "1 van 51" (issue 11), unless names would not stay whole
                # that way: then one card across the page, so high that a second as high would not
                # fit above the paging row (1366x768 at 150 %; the kiosk checks its name).
                whole = [i for i in m["items"] if i["id"].startswith("result.card.") and not i.get("clipped")]
                if len(whole) < 2 and not one_card_needs_the_page(m, whole):
                    problems.append(f"{combo}: the results page shows {len(whole)} whole card(s), not two or more")
            for text in m.get("texts", []):
                # A card's facts line never hides the cost behind today's hours ("Vandaag open: 10:00–16:00…").
                if text.endswith("…") and text.startswith(TODAY_PHRASES):
                    problems.append(f"{combo}/{os.path.basename(path)}: \"{text}\" cuts off what follows today's hours")
            qr = qr or any(i["id"] == "list.qr" for i in m["items"])
            problems += [f"{combo}/{os.path.basename(path)}: {p}" for p in pictogram_faults(m)]
            problems += [f"{combo}/{os.path.basename(path)}: {p}" for p in dead_end_faults(m, path)]
            if m["screen"] == "home":
                home_tiles |= {i["id"] for i in m["items"] if i["id"] in HOME_TILES}
            if combo.endswith("-en"):
                # English mode names a glossary word in English, never by the Dutch term alone.
                for it in m["items"]:
                    if it["id"].startswith("glossary.term.") and it["label"] == it["id"][len("glossary.term."):]:
                        problems.append(f"{combo}/{os.path.basename(path)}: {it['id']} shows the Dutch term "
                                        f"\"{it['label']}\" alone in English")
            if m["screen"] == "route.who":
                who |= {i["id"] for i in m["items"] if i["id"].startswith("route.who.")}
            if not os.path.exists(path[:-5] + ".png"):
                problems.append(f"{combo}: no screenshot for {os.path.basename(path)}")
        missing = REQUIRED_SCREENS - seen
        if missing:
            problems.append(f"{combo}: the walk did not reach {sorted(missing)}")
        if not qr:
            problems.append(f"{combo}: the walk never showed the list's QR code")
        if home_tiles != HOME_TILES:
            problems.append(f"{combo}: Home's pages never showed {sorted(HOME_TILES - home_tiles)}")
        if not {"route.who.self", "route.who.carer"} <= who:
            problems.append(f"{combo}: 'Voor wie' did not show both tiles, only {sorted(who)}")
    return problems


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kiosk", required=True)
    p.add_argument("--kioskctl", required=True)
    p.add_argument("--demo-source", required=True)
    p.add_argument("--catalogue", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--reduced", action="store_true",
                   help="one combination per window shape, alternating text size and language (sanitizer runs)")
    args = p.parse_args()
    started = time.time()
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    tmp = tempfile.mkdtemp(prefix="kiosk-layout-")
    xvfb = None
    procs = []
    try:
        config = os.path.join(tmp, "kiosk.toml")
        with open(config, "w", encoding="utf-8") as f:
            f.write("""[kiosk]
name = "Wegwijzer layout walk"
municipality = "Emmen"
latitude = 52.7858
longitude = 6.8976
languages = ["nl", "en"]
[speech]
enabled = true
device = "null"
[helpline]
name = "Dementielijn (Alzheimer Nederland)"
name_en = "Dementia helpline (Alzheimer Nederland)"
phone = "0800 - 5088"
""")
        catalogues = {"demo": args.catalogue,
                      "long": long_catalogue(args.kioskctl, args.demo_source, os.path.join(tmp, "long.sqlite"), tmp)}
        shapes = ["1920x1080@24", "1080x1920@24", "1366x768@15.6"]
        xvfb, display = start_xvfb(1920, 1920)
        env = dict(os.environ, DISPLAY=display, LIBGL_ALWAYS_SOFTWARE="1", LP_NUM_THREADS="1")
        env.pop("KIOSK_UI_MAP", None)
        combos = {}
        for name, catalogue in catalogues.items():
            runs = []
            if args.reduced:
                # Every shape once, every text size and language at least once, per catalogue.
                for i, shape in enumerate(shapes):
                    scale = ["150", "125", "100"][i] if name == "demo" else ["100", "150", "125"][i]
                    lang = ["en", "nl"][(i + (name == "long")) % 2]
                    runs.append(([shape], [scale], [lang]))
            else:
                runs.append((shapes, ["100", "125", "150"], ["nl", "en"]))
            for n, (run_shapes, scales, langs) in enumerate(runs):
                walk_name = name if len(runs) == 1 else f"{name}{n}"
                cmd = [args.kiosk, "--config", config, "--catalogue", catalogue, "--layout-walk", args.out,
                       "--walk-name", walk_name]
                for s in run_shapes:
                    cmd += ["--walk-shape", s]
                for s in scales:
                    cmd += ["--walk-scale", s]
                for l in langs:
                    cmd += ["--walk-language", l]
                combos[walk_name] = [f"{walk_name}-{s.split('@')[0]}-{sc}-{l}" for s in run_shapes for sc in scales for l in langs]
                log = open(os.path.join(args.out, f"{walk_name}-kiosk.log"), "w")
                procs.append((walk_name, subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT), log))
        problems = []
        for walk_name, proc, log in procs:
            code = proc.wait(timeout=1400)  # 45 s on a quiet machine; > 600 s beside two CPU hogs
            log.close()
            if code not in (0, 3):
                problems.append(f"{walk_name}: the kiosk exited with {code} (see {walk_name}-kiosk.log)")
            problems += check_walk(args.out, walk_name, combos[walk_name])
        shots = len(glob.glob(os.path.join(args.out, "*", "*.png")))
        print(f"layout walk: {sum(len(c) for c in combos.values())} combinations, {shots} screens in "
              f"{time.time() - started:.1f} s; screenshots in {args.out}")
        for line in problems:
            print("FAULT", line)
        if problems:
            print(f"{len(problems)} layout faults")
            return 1
        return 0
    finally:
        for _, proc, _ in procs:
            if proc.poll() is None:
                proc.kill()
        if xvfb:
            xvfb.terminate()
            xvfb.wait(5)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
