#!/usr/bin/env python3
"""End-to-end tests of the real `kiosk` under Xvfb, tapped with xdotool.

Each scenario starts its own Xvfb (a free display picked by Xvfb itself through -displayfd) and
the kiosk on the demo catalogue with a test config, reads what is on screen from the UI map
(KIOSK_UI_MAP), taps at the rectangles it lists and saves a screenshot of every screen it visits.

  kiosk_e2e.py --kiosk BIN --kioskctl BIN --catalogue FILE --out DIR SCENARIO...
  kiosk_e2e.py ... all
"""
import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

ARGS = None


class Failure(Exception):
    pass


def start_xvfb(width, height):
    """An Xvfb server on a free display number (Xvfb picks it and reports it on a pipe)."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read_fd, 16)
        if not chunk:
            raise Failure("Xvfb did not start")
        number += chunk
    os.close(read_fd)
    return xvfb, ":" + number.decode().strip()


def check(condition, message):
    if not condition:
        raise Failure(message)


METRIC_LINE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{.*\})?) (\S+)$')


def read_metrics(path):
    """The kiosk's health metrics file ([health] metrics_file) as {'name{labels}': float}; None
    while there is none. The kiosk replaces it atomically, so a read never sees half a file."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return None
    values = {}
    for line in text.splitlines():
        if line.startswith("#") or not line:
            continue
        m = METRIC_LINE.match(line)
        check(m is not None, f"a metrics line in the text format: {line!r}")
        values[m.group(1)] = float(m.group(2))
    return values


def promtool_check(path):
    """Prometheus's own parser and linter (Debian's `prometheus` package) on the metrics file."""
    with open(path, "rb") as f:
        r = subprocess.run(["promtool", "check", "metrics"], stdin=f, capture_output=True, text=True)
    check(r.returncode == 0 and not (r.stdout + r.stderr).strip(),
          f"promtool check metrics accepts {path} ({r.returncode}): {r.stdout}{r.stderr}")


class Kiosk:
    """One Xvfb display with one kiosk process on it."""

    def __init__(self, name, size=(1920, 1080), catalogue=None, config_extra="", idle=(30, 20), extra_env=None, speech=False,
                 languages=("nl", "en"), extra_args=()):
        self.name = name
        self.width, self.height = size
        self.tmp = tempfile.mkdtemp(prefix="kiosk-e2e-")
        self.map_path = os.path.join(self.tmp, "ui-map.json")
        self.metrics_path = os.path.join(self.tmp, "wegwijzer.prom")  # [health] metrics_file
        self.out = os.path.join(ARGS.out, name)
        shutil.rmtree(self.out, ignore_errors=True)
        os.makedirs(self.out, exist_ok=True)
        self.shots = 0
        self.last_tap = (None, 0.0)  # (item id, when its effect showed): see tap()
        self.settled = None  # (map, quiet s): the map last seen still for that long, see settle()
        config = os.path.join(self.tmp, "kiosk.toml")
        with open(config, "w", encoding="utf-8") as f:
            f.write(f"""[kiosk]
name = "Wegwijzer test"
municipality = "Emmen"
latitude = 52.7858
longitude = 6.8976
languages = [{", ".join('"' + l + '"' for l in languages)}]
[screen]
diagonal_inch = 21.5
[idle]
warning_after_s = {idle[0]}
reset_after_s = {idle[1]}
[speech]
enabled = {"true" if speech else "false"}
device = "null"
[helpline]
name = "Dementielijn (Alzheimer Nederland)"
phone = "0800 - 5088"
[health]
metrics_file = "{self.metrics_path}"
{config_extra}
""")
        self.xvfb, self.display = start_xvfb(self.width, self.height)
        self.env = dict(os.environ, DISPLAY=self.display, LIBGL_ALWAYS_SOFTWARE="1", KIOSK_UI_MAP=self.map_path)
        self.env.pop("KIOSK_FRAME_LOG", None)
        self.env.update(extra_env or {})
        self.log = open(os.path.join(self.out, "kiosk.log"), "w")
        self.proc = subprocess.Popen([ARGS.kiosk, "--config", config, "--catalogue", catalogue or ARGS.catalogue,
                                      *extra_args], env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        self.last = self.wait(lambda m: True, what="the first UI map", timeout=30)
        # The window comes before the catalogue, which opens on a background thread (slowly under
        # the sanitizers): a scenario starts once it is open, or has failed.
        self.last = self.wait(lambda m: m.get("catalogue") != "loading", what="the catalogue to open", timeout=120)

    def close(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.xvfb.terminate()
        try:
            self.xvfb.wait(5)
        except subprocess.TimeoutExpired:
            self.xvfb.kill()
        self.log.close()
        if os.path.exists(self.metrics_path):
            shutil.copy(self.metrics_path, os.path.join(self.out, "wegwijzer.prom"))
        shutil.rmtree(self.tmp, ignore_errors=True)

    # --- reading the screen ---------------------------------------------------------------
    def read_map(self):
        try:
            with open(self.map_path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return None

    def metrics(self):
        return read_metrics(self.metrics_path)

    def wait_metrics(self, predicate, what, timeout=10):
        """The health metrics file once `predicate` holds for it (the kiosk writes it on a change)."""
        end = time.time() + timeout
        values = None
        while time.time() < end:
            if self.proc.poll() is not None:
                raise Failure(f"kiosk exited with {self.proc.returncode} while waiting for {what}")
            values = self.metrics()
            if values is not None and predicate(values):
                return values
            time.sleep(0.05)
        raise Failure(f"timed out after {timeout} s waiting for {what} in the metrics file; last: {values}")

    def wait(self, predicate, what, timeout=10):
        end = time.time() + timeout
        while time.time() < end:
            if self.proc.poll() is not None:
                raise Failure(f"kiosk exited with {self.proc.returncode} while waiting for {what}")
            m = self.read_map()
            if m is not None and predicate(m):
                self.last = m
                return m
            time.sleep(0.05)
        raise Failure(f"timed out waiting for {what}; screen is {self.read_map() and self.read_map()['screen']}")

    def settle(self, quiet=0.4, timeout=10):
        """Waits until the map stops changing (after results load, fonts rebuild ...)."""
        if self.settled is not None and quiet <= self.settled[1] and self.read_map() == self.settled[0]:
            return self.settled[0]  # nothing was done and nothing changed since it last settled
        self.settled = None
        end = time.time() + timeout
        last, since = self.read_map(), time.time()
        while time.time() < end:
            time.sleep(0.05)
            m = self.read_map()
            if m != last:
                last, since = m, time.time()
            elif time.time() - since >= quiet:
                self.settled = (last, quiet)
                break
        self.last = last
        return last

    def item(self, item_id, m=None):
        m = m or self.last
        for it in m["items"]:
            if it["id"] == item_id:
                return it
        raise Failure(f"no item {item_id!r} on screen {m['screen']}; items: {[i['id'] for i in m['items']][:40]}")

    def items(self, prefix, m=None):
        m = m or self.last
        return [it for it in m["items"] if it["id"].startswith(prefix)]

    def has(self, item_id, m=None):
        return any(it["id"] == item_id for it in (m or self.last)["items"])

    # --- acting -----------------------------------------------------------------------------
    def xdotool(self, *args):
        self.settled = None  # input may change the screen at any moment from now on
        subprocess.run(["xdotool", *map(str, args)], env=self.env, check=True)

    def tap(self, item_id, until=None, what=None):
        before = self.settle()
        it = self.item(item_id, before)
        x, y = it["x"] + it["w"] // 2, it["y"] + it["h"] // 2
        # A second tap on the same target within 0.5 s is ignored on purpose (TapFilter): such a
        # tap waits until 0.5 s after the kiosk showed the effect of the first (so after it took it).
        if item_id == self.last_tap[0]:
            time.sleep(max(0.0, self.last_tap[1] + 0.5 - time.time()))
        self.xdotool("mousemove", x, y, "click", "1")
        # The tap's effect, or 0.55 s for a tap that changes nothing on screen.
        end = time.time() + 0.55
        while time.time() < end and self.read_map() in (None, before) and self.proc.poll() is None:
            time.sleep(0.02)
        self.last_tap = (item_id, time.time())
        if until is None:
            return self.wait(lambda m: m != before, what=what or f"a change after tapping {item_id}")
        return self.wait(until, what=what or f"the result of tapping {item_id}")

    def staff_gesture(self):
        """The hidden staff gesture: hold the top-left corner, then the bottom-right one, 5 s each by
        the kiosk's clock. The kiosk shows nothing after the first, so that one is held 8 s (a kiosk
        slow to wake under load still sees it held for 5 s); the second is held until the keypad shows."""
        self.xdotool("mousemove", 5, 5, "mousedown", "1")
        time.sleep(8)
        self.xdotool("mouseup", "1")
        self.xdotool("mousemove", self.width - 5, self.height - 5, "mousedown", "1")
        try:
            return self.wait(lambda m: m["screen"] == "staff.pin", what="the staff PIN keypad", timeout=20)
        finally:
            self.xdotool("mouseup", "1")

    def swipe(self, x, y0, y1, steps=12):
        self.xdotool("mousemove", x, y0, "mousedown", "1")
        for i in range(1, steps + 1):
            time.sleep(0.03)
            self.xdotool("mousemove", x, int(y0 + (y1 - y0) * i / steps))
        self.xdotool("mouseup", "1")

    def screenshot(self, label):
        self.settle()
        self.shots += 1
        path = os.path.join(self.out, f"{self.shots:02d}-{label}.png")
        subprocess.run(["import", "-display", self.display, "-window", "root", path], env=self.env, check=True)
        return path


def texts(m):
    return "\n".join(m["texts"])


# --- scenarios ------------------------------------------------------------------------------

def scenario_category_route(k):
    """Home -> Ontmoeten -> a result card -> its detail page."""
    m = k.settle()
    check(m["screen"] == "home", "starts on Home")
    check("Waar zoekt u hulp bij?" in texts(m), "Home asks 'Waar zoekt u hulp bij?'")
    check(len(k.items("tile.")) == 9, "7 category tiles + 'Zoek met woorden' + 'Help mij kiezen'")
    check("Voorbeeldgegevens" in texts(m), "the demo catalogue shows the 'Voorbeeldgegevens' band")
    k.screenshot("home")
    m = k.tap("tile.meeting", until=lambda m: m["screen"] == "results" and any(
        i["id"].startswith("result.card.") for i in m["items"]))
    k.screenshot("results-meeting")
    cards = k.items("result.card.")
    check(len(cards) >= 1, "the meeting category lists services")
    first = cards[0]
    m = k.tap(first["id"], until=lambda m: m["screen"] == "detail")
    m = k.settle()
    k.screenshot("detail")
    body = texts(m)
    # The page is longer than the screen: read on with "Meer" like a resident would.
    pages = 1
    while k.has("detail.more") and pages < 10:
        m = k.tap("detail.more")
        body += "\n" + texts(k.settle())
        pages += 1
        k.screenshot(f"detail-page-{pages}")
    check(first["label"] in body, "the detail page shows the service's name")
    for heading in ("Wat is het?", "Wanneer is het open?", "Wat kost het?"):
        check(heading in body, f"the detail page has '{heading}'")
    check("maandag" in body and "zondag" in body, "opening hours as a week")
    check("gecontroleerd op" in body, "says when the information was last checked")
    check(k.has("detail.add"), "offers 'Zet op mijn lijst'")
    m = k.tap("bar.back", until=lambda m: m["screen"] == "results")
    m = k.tap("bar.home", until=lambda m: m["screen"] == "home")


def scenario_guided_route(k):
    """Help mij kiezen: who -> where (own municipality first, max 7) -> what -> results."""
    m = k.tap("tile.route", until=lambda m: m["screen"] == "route.who")
    check("Voor wie zoekt u hulp?" in texts(k.settle()), "asks for whom")
    check(len(k.items("route.who.")) == 2, "two choices")
    k.screenshot("route-who")
    m = k.tap("route.who.carer", until=lambda m: m["screen"] == "route.where")
    m = k.settle()
    paging = ("route.where.more", "route.where.previous")
    where = [i for i in k.items("route.where.") if i["id"] not in paging]
    check(len(where) <= 7, f"at most 7 choices per screen, got {len(where)}")
    check(where[0]["id"] == "route.where.Emmen" and "hier" in where[0]["label"],
          "the kiosk's own municipality is first and marked")
    check(k.has("route.where.more") and "1 van 2" in texts(k.last), "'Meer' leads to the others, '1 van 2'")
    k.screenshot("route-where")
    m = k.tap("route.where.more", until=lambda m: m["screen"] == "route.where" and not any(
        i["id"] == "route.where.Emmen" for i in m["items"]))
    more = [i for i in k.items("route.where.", k.settle()) if i["id"] not in paging]
    check(1 <= len(more) <= 7, "the second page has at most 7 choices")
    shown = {i["id"] for i in where + more}
    check(len(shown) == 12, f"all 12 municipalities are reachable, got {len(shown)}")
    k.screenshot("route-where-2")
    m = k.tap("bar.back", until=lambda m: any(i["id"] == "route.where.Emmen" for i in m["items"]))
    m = k.tap("route.where.Emmen", until=lambda m: m["screen"] == "route.what")
    check(len(k.items("route.what.", k.settle())) == 7, "the seven categories")
    k.screenshot("route-what")
    m = k.tap("route.what.carer-support", until=lambda m: m["screen"] == "results")
    m = k.settle()
    muni = k.item("filter.municipality", m)
    check("Emmen" in muni["label"] and muni.get("on") is True, "the chosen municipality is the active filter")
    check(k.items("result.card.", m), "results for carers in Emmen")
    k.screenshot("route-results")
    m = k.tap("bar.back", until=lambda m: m["screen"] == "route.what")


def type_word(k, word):
    for ch in word:
        k.tap("key." + ch, until=lambda m, n=len(ch): True)


def scenario_search_typo(k):
    """Typing 'dementei' on the on-screen keyboard and taking 'Bedoelt u: dementie?'."""
    k.tap("tile.search", until=lambda m: m["screen"] == "search")
    check(len(k.items("key.", k.settle())) >= 26, "a full on-screen keyboard")
    k.screenshot("search-empty")
    for ch in "dementei":
        before = k.settle(quiet=0.2)
        k.tap("key." + ch)
    m = k.wait(lambda m: "dementei_" in texts(m), what="the typed word on screen")
    m = k.wait(lambda m: any(i["id"] == "search.suggestion" for i in m["items"]), what="a 'Bedoelt u' suggestion")
    sug = k.item("search.suggestion", m)
    check(sug["label"] == "Bedoelt u: dementie?", f"suggests dementie, got {sug['label']!r}")
    k.screenshot("search-typo")
    m = k.tap("search.suggestion", until=lambda m: "dementie_" in texts(m))
    m = k.wait(lambda m: any(i["id"].startswith("search.result.") for i in m["items"]), what="results while typing")
    k.screenshot("search-suggestion-taken")
    # 'dementie' matches nearly the whole catalogue: no misleading "Toon alle 311", the topics instead.
    m = k.settle()
    check(not k.has("search.show_all", m) and k.has("search.topics", m), "nearly everything matches: the topics are offered")
    m = k.tap("key.search", until=lambda m: m["screen"] == "results")
    check(k.items("result.card.", k.settle()), "the 'Zoek' key shows the full results for 'dementie'")
    k.tap("bar.back", until=lambda m: m["screen"] == "search")
    k.tap("search.clear", until=lambda m: not any(i["id"].startswith("search.result.") for i in m["items"]))
    for ch in "qxqxz":
        k.tap("key." + ch)
    m = k.wait(lambda m: any(i["id"] == "search.topics" for i in m["items"]), what="a way on when nothing matches")
    check("0800 - 5088" in texts(m), "no results: the helpline's number is shown")
    k.screenshot("search-nothing")
    k.tap("search.topics", until=lambda m: m["screen"] == "home")
    k.screenshot("search-results")


def scenario_language(k):
    m = k.settle()
    check(m["language"] == "nl" and k.item("tile.day-care")["label"] == "Dagbesteding", "starts in Dutch")
    m = k.tap("bar.language", until=lambda m: m["language"] == "en")
    m = k.settle()
    check("What do you need help with?" in texts(m), "the question in English")
    check(k.item("tile.day-care", m)["label"] == "Day care", "tiles in English")
    check(k.item("bar.language", m)["label"] == "Nederlands", "the button offers Dutch")
    k.screenshot("home-english")
    m = k.tap("tile.meeting", until=lambda m: m["screen"] == "results")
    check("Meeting places" in texts(k.settle()), "results title in English")
    k.screenshot("results-english")
    m = k.tap("bar.language", until=lambda m: m["language"] == "nl")
    check("Ontmoeten" in texts(k.settle()), "back to Dutch on the same screen")


def inside(it, w, h):
    return it["x"] >= 0 and it["y"] >= 0 and it["x"] + it["w"] <= w and it["y"] + it["h"] <= h


def scenario_text_size(k):
    """Three text sizes; at 150 % everything still fits a 1280x720 screen."""
    sizes = {}
    for expected in (100, 125, 150):
        m = k.settle()
        check(m["text_scale"] == expected, f"text size {expected} %")
        sizes[expected] = m["body_px"]
        tiles = k.items("tile.", m)
        check(len(tiles) == 9, "all tiles on Home")
        heights = {t["h"] for t in tiles}
        check(len(heights) == 1, f"every tile whole on screen at {expected} % (heights {heights})")
        for it in m["items"]:
            check(inside(it, k.width, k.height), f"{it['id']} inside the screen at {expected} %")
            check(not it.get("overflow"), f"the words of {it['id']} fit on it at {expected} % ({it['label']!r})")
            check(min(it["w"], it["h"]) >= 16 * m["px_per_mm"] - 1, f"{it['id']} at least 16 mm at {expected} %")
        k.screenshot(f"home-{expected}")
        if expected < 150:
            k.tap("bar.text_size", until=lambda m, e=expected: m["text_scale"] > e)
    check(sizes[100] < sizes[125] < sizes[150], f"text grows: {sizes}")
    check(abs(sizes[150] / sizes[100] - 1.5) < 0.05, "150 % is one and a half times as large")
    # The results screen at 150 % keeps its controls on screen too.
    m = k.tap("tile.meeting", until=lambda m: m["screen"] == "results")
    m = k.settle()
    for it in m["items"]:
        check(inside(it, k.width, k.height), f"{it['id']} inside the screen on results at 150 %")
        check(not it.get("overflow"), f"the words of {it['id']} fit on it on results at 150 %")
    check(k.items("result.card.", m), "at least one card visible at 150 %")
    k.screenshot("results-150")
    k.tap("bar.text_size", until=lambda m: m["text_scale"] == 100)


def open_first_cards(k, category, count):
    k.tap("tile." + category, until=lambda m: m["screen"] == "results" and any(
        i["id"].startswith("result.card.") for i in m["items"]))
    ids = [c["id"] for c in k.items("result.card.", k.settle())][:count]
    return ids


def scenario_my_list(k):
    ids = open_first_cards(k, "day-care", 2)
    check(len(ids) == 2, "two day-care services to collect")
    for n, card in enumerate(ids, start=1):
        k.tap(card, until=lambda m: m["screen"] == "detail")
        m = k.tap("detail.add", until=lambda m: k.item("detail.add", m)["label"] == "Staat op mijn lijst")
        check(k.item("bar.list", m)["label"] == f"Mijn lijst ({n})", "the bar counts the list")
        k.screenshot(f"detail-added-{n}")
        k.tap("bar.back", until=lambda m: m["screen"] == "results")
    m = k.tap("bar.list", until=lambda m: m["screen"] == "list")
    removes = k.items("list.remove.", k.settle())
    check(len(removes) == 2, "both services are on the list")
    check(k.has("list.print"), "the list has a print button")
    k.screenshot("list")
    m = k.tap("list.print", until=lambda m: any(i["id"] == "list.qr" for i in m["items"]))
    check(k.has("list.qr", m), "the list as a QR code")
    check(m["screen"] == "list" and not k.items("print.title.", m),
          "without a printer no title question: the QR code straight away")
    k.screenshot("list-qr")
    qr, ppm = k.item("list.qr", m), m["px_per_mm"]
    check(qr["w"] >= 35 * ppm and inside(qr, k.width, k.height), f"the QR code is whole and at least 35 mm ({qr['w'] / ppm:.0f} mm)")
    clear, take_home = k.item("list.clear", m), k.item("list.take_home", m)
    check(abs(clear["y"] - take_home["y"]) > take_home["h"], "'Maak de lijst leeg' is not beside 'Neem mee op uw telefoon'")
    m = k.tap(removes[0]["id"], until=lambda m: len([i for i in m["items"] if i["id"].startswith("list.remove.")]) == 1)
    check(k.item("bar.list", m)["label"] == "Mijn lijst (1)", "one left after removing")
    k.screenshot("list-removed-undo")
    m = k.tap("list.undo", until=lambda m: len([i for i in m["items"] if i["id"].startswith("list.remove.")]) == 2)
    check(k.item("bar.list", m)["label"] == "Mijn lijst (2)", "'Zet terug' undoes 'Haal weg'")
    m = k.tap(removes[0]["id"], until=lambda m: len([i for i in m["items"] if i["id"].startswith("list.remove.")]) == 1)
    # Clearing asks first; "Nee" keeps the list.
    m = k.tap("list.clear", until=lambda m: any(i["id"] == "list.clear_yes" for i in m["items"]))
    check(k.items("list.remove.", m), "one tap on 'Maak de lijst leeg' does not wipe the list")
    check("Wilt u de hele lijst leegmaken?" in texts(m), "it asks first")
    k.screenshot("list-clear-question")
    m = k.tap("list.clear_no", until=lambda m: not any(i["id"] == "list.clear_yes" for i in m["items"]))
    check(k.item("bar.list", m)["label"] == "Mijn lijst (1)", "'Nee' keeps the list")
    k.tap("list.clear", until=lambda m: any(i["id"] == "list.clear_yes" for i in m["items"]))
    m = k.tap("list.clear_yes", until=lambda m: not any(i["id"].startswith("list.remove.") for i in m["items"]))
    check("Uw lijst is nog leeg" in texts(k.settle()), "an empty list says so kindly")
    check(k.item("bar.list")["label"] == "Mijn lijst (0)", "the bar shows an empty list")
    k.screenshot("list-cleared")


def scenario_carer_route(k):
    """Help mij kiezen -> for someone I care for -> Emmen -> day care: results, never none; the
    'for whom' choice is a visible filter that can be removed."""
    k.tap("tile.route", until=lambda m: m["screen"] == "route.who")
    check("Stap 1 van 3" in texts(k.settle()), "the route says which step")
    k.tap("route.who.carer", until=lambda m: m["screen"] == "route.where")
    check("voor iemand voor wie ik zorg" in texts(k.settle()), "the route sums up the choice so far")
    k.tap("route.where.Emmen", until=lambda m: m["screen"] == "route.what")
    m = k.settle()
    check("Stap 3 van 3" in texts(m) and "Emmen" in texts(m), "step 3 with the summary")
    check("Waar zoekt u hulp bij?" not in texts(m), "the last step does not repeat the home question")
    m = k.tap("route.what.day-care", until=lambda m: m["screen"] == "results")
    m = k.settle()
    cards = k.items("result.card.", m)
    check(cards, "a carer looking for day care in Emmen finds day care")
    check("0 gevonden" not in texts(m), "not '0 gevonden'")
    who = k.item("filter.audience", m)
    check(who.get("on") is True and "mantelzorgers" in who["label"], f"the 'for whom' filter is visible ({who['label']!r})")
    total = [t for t in m["texts"] if "gevonden" in t]
    k.screenshot("carer-day-care")
    # The card itself offers "Zet op mijn lijst" and "Wat is dat?" (the service's explanations).
    sid = cards[0]["id"][len("result.card."):]
    m = k.tap(f"result.add.{sid}", until=lambda m: k.item("bar.list", m)["label"] == "Mijn lijst (1)")
    check(k.item(f"result.add.{sid}", k.settle())["label"] == "Staat op mijn lijst", "the card says it is on the list")
    explained = k.items("result.glossary.", m)
    check(explained, "a day-care card offers 'Wat is dat?'")
    m = k.tap(explained[0]["id"], until=lambda m: any(i["id"] == "glossary.close" for i in m["items"]))
    check(m["screen"] == "detail", "'Wat is dat?' on a card shows that service's explanations")
    k.tap("bar.back", until=lambda m: not any(i["id"] == "glossary.close" for i in m["items"]))
    m = k.tap("bar.back", until=lambda m: m["screen"] == "results")
    m = k.tap("filter.audience", until=lambda m: not any(i["id"] == "filter.audience" for i in m["items"]))
    check([t for t in k.settle()["texts"] if "gevonden" in t] == total, "for whom orders the list, it does not shrink it")
    # "Nu open" and "Gratis" on, then 'Zoek in heel Drenthe' (if nothing is left) clears every filter.
    k.tap("filter.free")
    m = k.tap("filter.open_now")
    m = k.settle()
    if k.has("noresults.wider", m):
        m = k.tap("noresults.wider", until=lambda m: not any(i.get("on") for i in m["items"] if i["id"].startswith("filter.")))
        check(k.items("result.card.", k.settle()), "all of Drenthe has day care")
        check(not k.has("noresults.wider"), "'Zoek in heel Drenthe' is not offered when already searching everywhere")


def scenario_paging(k):
    """'Meer' moves by whole cards and says '1 van N'; the first card of each page starts it."""
    k.tap("tile.day-care", until=lambda m: m["screen"] == "results" and any(
        i["id"].startswith("result.card.") for i in m["items"]))
    m = k.settle()
    pages = [t for t in m["texts"] if " van " in t and t.split(" van ")[0].isdigit()]
    check(pages and pages[0].startswith("1 van "), f"the list says '1 van N' ({pages})")
    n = int(pages[0].split(" van ")[1])
    top = k.items("result.card.", m)[0]["y"]
    seen = set()
    for page in range(2, n + 1):
        m = k.tap("results.more", until=lambda m, p=page: f"{p} van {n}" in m["texts"])
        first = k.items("result.card.", k.settle())[0]
        check(first["y"] == top and first["id"] not in seen, f"page {page} starts with a whole new card")
        seen.add(first["id"])
    check(not k.has("results.more", k.settle()), "no 'Meer' on the last page")
    k.screenshot("results-last-page")


def scenario_detail_phone(k):
    """The detail page's first page shows the name and one phone number, in pairs; at 150 % too."""
    import re
    for scale in (100, 150):
        if scale == 150:
            k.tap("bar.text_size", until=lambda m: m["text_scale"] == 125)
            k.tap("bar.text_size", until=lambda m: m["text_scale"] == 150)
        k.tap("tile.day-care", until=lambda m: m["screen"] == "results" and any(
            i["id"].startswith("result.card.") for i in m["items"]))
        card = k.items("result.card.", k.settle())[0]
        m = k.tap(card["id"], until=lambda m: m["screen"] == "detail")
        body = texts(k.settle())
        check(card["label"] in body, "the name first")
        check(re.search(r"\b0\d{1,3} - (\d\d )*\d\d\b", body), f"a phone number in pairs on the first page at {scale} %")
        check(k.has("detail.add"), "'Zet op mijn lijst' on the first page")
        for it in k.last["items"]:
            check(not it.get("overflow"), f"the words of {it['id']} fit at {scale} %")
        k.screenshot(f"detail-{scale}")
        check_glossary(k, scale, card["label"])
        if scale == 100:
            service_id = card["id"][len("result.card."):]
            check_screen_matches_paper(k, service_id, "nl", "Wat kost het?", "Contact")
            k.tap("bar.language", until=lambda m: m["language"] == "en")
            check_screen_matches_paper(k, service_id, "en", "What does it cost?", "Contact")
            k.tap("bar.language", until=lambda m: m["language"] == "nl")
        k.tap("bar.home", until=lambda m: m["screen"] == "home")


def detail_texts(k):
    """Every text of the open detail page, paging with "Meer" to its end, then back to its start."""
    m = k.settle()
    seen, pages = list(m["texts"]), 0
    while k.has("detail.more", m) and pages < 30:
        before = m.get("scroll", {}).get("detail")
        m = k.tap("detail.more", until=lambda m2: m2.get("scroll", {}).get("detail") != before)
        m = k.settle()
        seen += m["texts"]
        pages += 1
    while k.has("detail.previous", m):
        before = m.get("scroll", {}).get("detail")
        m = k.tap("detail.previous", until=lambda m2: m2.get("scroll", {}).get("detail") != before)
    return seen


def check_screen_matches_paper(k, service_id, language, cost_heading, next_heading):
    """The cost sentences on the detail screen are word for word the cost line on paper."""
    shown = detail_texts(k)
    check(cost_heading in shown and next_heading in shown, f"the cost section is on the {language} detail page")
    section = shown[shown.index(cost_heading) + 1:shown.index(next_heading)]
    section = list(dict.fromkeys(section))  # a text on two pages (paging overlap) counts once
    check(section, "the detail page says what it costs")
    pdf = os.path.join(k.out, f"paper-{language}.pdf")
    subprocess.run([ARGS.kioskctl, "print", "--db", ARGS.catalogue, "--pdf", pdf, "--language", language, service_id],
                   check=True, capture_output=True)
    paper = " ".join(subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True,
                                    text=True).stdout.replace("\u2060", "").split())
    said = " ".join(" ".join(section).split())
    check(said in paper, f"screen and paper word the cost the same way ({language}): {said!r} not in {paper!r}")


def check_glossary(k, scale, name):
    """'Wat is dat?' opens short explanations of the page's jargon; closing and 'Terug' lead back."""
    m = k.settle()
    check(k.has("detail.glossary", m), f"'Wat is dat?' on a day-care page (the word dagbesteding) at {scale} %")
    m = k.tap("detail.glossary", until=lambda m: any(i["id"] == "glossary.close" for i in m["items"]))
    m = k.settle()
    check("Wat betekenen deze woorden?" in m["texts"], "the explanation has a title")
    import csv
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "db", "glossary.csv"),
              encoding="utf-8") as f:
        glossary = {row["term"]: row["nl"] for row in csv.DictReader(f)}
    shown = [t for t in m["texts"] if t in glossary]
    check(shown, "the explanation names the words it explains")
    after = m["texts"].index(shown[0]) + 1
    check(after < len(m["texts"]) and m["texts"][after] == glossary[shown[0]],
          f"and says in plain words what {shown[0]} is")
    check(m["screen"] == "detail", "the explanation belongs to the service")
    for it in m["items"]:
        check(not it.get("overflow"), f"the words of {it['id']} fit in the explanation at {scale} %")
    k.screenshot(f"glossary-{scale}")
    m = k.tap("glossary.close", until=lambda m: not any(i["id"] == "glossary.close" for i in m["items"]))
    check(m["screen"] == "detail" and name in texts(k.settle()), "closing goes back to the same service")
    k.tap("detail.glossary", until=lambda m: any(i["id"] == "glossary.close" for i in m["items"]))
    m = k.tap("bar.back", until=lambda m: not any(i["id"] == "glossary.close" for i in m["items"]))
    check(m["screen"] == "detail", "'Terug' closes the explanation first")


def scenario_list_qr_150(k):
    """At 150 % the list's QR code is whole, at least 35 mm wide, and no words run over buttons."""
    ids = open_first_cards(k, "meeting", 2)
    for card in ids:
        k.tap(card, until=lambda m: m["screen"] == "detail")
        k.tap("detail.add", until=lambda m: k.item("detail.add", m)["label"] == "Staat op mijn lijst")
        k.tap("bar.back", until=lambda m: m["screen"] == "results")
    k.tap("bar.text_size", until=lambda m: m["text_scale"] == 125)
    k.tap("bar.text_size", until=lambda m: m["text_scale"] == 150)
    k.tap("bar.list", until=lambda m: m["screen"] == "list")
    m = k.tap("list.take_home", until=lambda m: any(i["id"] == "list.qr" for i in m["items"]))
    m = k.settle()
    qr, ppm = k.item("list.qr", m), m["px_per_mm"]
    check(qr["w"] >= 35 * ppm and qr["h"] > 0, f"QR code at least 35 mm wide at 150 % ({qr['w'] / ppm:.1f} mm)")
    for it in m["items"]:
        check(inside(it, k.width, k.height), f"{it['id']} inside the screen")
        check(not it.get("overflow"), f"the words of {it['id']} fit ({it['label']!r})")
        if it["id"] != "list.qr":
            dx = max(0, qr["x"] - (it["x"] + it["w"]), it["x"] - (qr["x"] + qr["w"]))
            dy = max(0, qr["y"] - (it["y"] + it["h"]), it["y"] - (qr["y"] + qr["h"]))
            check(dx > 0 or dy > 0, f"{it['id']} does not cover the QR code")
    k.screenshot("list-qr-150")


def scenario_idle(k):
    """'Bent u er nog?' after the warning time; 'Ja' keeps the session; no answer forgets it."""
    ids = open_first_cards(k, "meeting", 1)
    k.wait_metrics(lambda v: v.get('wegwijzer_screen_state{state="in_use"}') == 1,
                   what="the screen in use (the health metrics)", timeout=10)
    k.tap(ids[0], until=lambda m: m["screen"] == "detail")
    k.tap("detail.add", until=lambda m: k.item("bar.list", m)["label"].endswith("(1)"))
    k.tap("bar.language", until=lambda m: m["language"] == "en")
    k.tap("bar.back", until=lambda m: m["screen"] == "results")
    t0 = time.time()
    m = k.wait(lambda m: m["screen"] == "idle", what="the idle question", timeout=45)
    waited = time.time() - t0
    check(waited >= 25, f"not asked too early ({waited:.1f} s)")
    check("Are you still there?" in texts(m), "asks in the visitor's language")
    check("Your list will then be cleared." in texts(m), "says that the list will be lost")
    check(any(t.endswith("seconds left") for t in m["texts"]), "with a visible countdown")
    check([i["id"] for i in m["items"]] == ["idle.yes"], "only 'Yes, I am still here' can be tapped")
    k.screenshot("idle-question")
    m = k.tap("idle.yes", until=lambda m: m["screen"] == "results")
    check(m["language"] == "en", "the session goes on")
    m = k.wait(lambda m: m["screen"] == "idle", what="the idle question again", timeout=45)
    t1 = time.time()
    m = k.wait(lambda m: m["screen"] == "home", what="the reset to Home", timeout=40)
    shown = time.time() - t1
    check(shown >= 15, f"the question stays at least ~20 s ({shown:.1f} s)")
    m = k.settle()
    check(m["language"] == "nl", "language back to Dutch")
    check(k.item("bar.list", m)["label"] == "Mijn lijst (0)", "the list is forgotten")
    check(m["text_scale"] == 100, "text size back to normal")
    k.screenshot("after-reset")
    v = k.wait_metrics(lambda v: v.get('wegwijzer_screen_state{state="idle"}') == 1,
                       what="the screen idle again (the health metrics)", timeout=10)
    check(v.get('wegwijzer_screen_state{state="in_use"}') == 0, "the screen is no longer in use")
    promtool_check(k.metrics_path)


def scenario_swipe_scroll(k):
    """A swipe that starts on a card scrolls the list and does not open the card."""
    k.tap("tile.care-at-home", until=lambda m: m["screen"] == "results" and any(
        i["id"].startswith("result.card.") for i in m["items"]))
    m = k.settle()
    check(m["scroll"].get("results", -1) == 0, "the list starts at the top")
    check(k.has("results.more", m), "a long list offers 'Meer'")
    first = k.items("result.card.", m)[0]
    x = first["x"] + first["w"] // 2
    y0 = first["y"] + first["h"] // 2
    k.screenshot("results-top")
    k.swipe(x, y0, y0 - 300)
    m = k.wait(lambda m: m["scroll"].get("results", 0) > 200, what="the list to scroll")
    m = k.settle()
    check(m["screen"] == "results", "the card under the finger was not opened")
    check(abs(m["scroll"]["results"] - 300) <= 20, f"the list moved with the finger ({m['scroll']['results']} px)")
    top = k.items("result.card.", m)[0]
    check(top["id"] != first["id"] or top["h"] <= first["h"] - 250, "the cards moved up")
    k.screenshot("results-swiped")
    before = m["scroll"]["results"]
    m = k.tap("results.more", until=lambda m: m["scroll"].get("results", 0) > before + 100)
    check(k.has("results.previous", m), "'Vorige' appears after scrolling down")
    k.screenshot("results-more")
    # A small wobble is still a tap.
    card = k.items("result.card.", k.settle())[0]
    cx, cy = card["x"] + card["w"] // 2, card["y"] + min(card["h"] // 2, 40)
    k.xdotool("mousemove", cx, cy, "mousedown", "1")
    k.xdotool("mousemove", cx + 3, cy + 2)
    k.xdotool("mousemove", cx + 1, cy - 2)
    k.xdotool("mouseup", "1")
    k.wait(lambda m: m["screen"] == "detail", what="a wobbly tap to open the card")


def scenario_out_of_order(k):
    m = k.settle()
    check(m["screen"] == "out-of-order", "a missing catalogue shows the out-of-order screen")
    check("0800 - 5088" in texts(m), "with the configured helpline")
    check(k.proc.poll() is None, "and keeps running")
    k.screenshot("out-of-order")
    v = k.wait_metrics(lambda v: v.get('wegwijzer_screen_state{state="out_of_order"}') == 1,
                       what="out of order in the health metrics", timeout=10)
    check(v.get("wegwijzer_catalogue_loaded") == 0, "the metrics say no catalogue is open")


def open_staff_mode(k):
    """Hold the top-left, then the bottom-right corner for 5 s; the PIN 2468."""
    k.staff_gesture()
    for d in "2468":
        k.tap("pin." + d)
    k.tap("pin.ok", until=lambda m: m["screen"] == "staff")
    return k.settle()


def scenario_config_last_good(k):
    """A syntax error in the config: the kiosk runs on the last good one, so staff mode (its PIN is
    only in the last good config) still opens, and the staff screen says why the file was not used."""
    m = k.settle()
    check(m["screen"] == "home", "the kiosk starts normally with a broken config file")
    m = open_staff_mode(k)
    check("niet gebruikt" in texts(m), "the staff screen says the settings file was not used")
    check(re.search(r"line \d+, column \d+", texts(m)) is not None, "with the line and column of the error")
    check("last settings that worked" in texts(m), "and that the last good settings are used")
    k.screenshot("staff-config-notice")


def scenario_staff(k):
    """Hold the top-left, then the bottom-right corner for 5 s; PIN; quit."""
    m = k.staff_gesture()
    k.screenshot("staff-pin")
    for d in "9999":
        k.tap("pin." + d)
    k.tap("pin.ok", until=lambda m: "klopt niet" in texts(m))
    for d in "2468":
        k.tap("pin." + d)
    k.tap("pin.ok", until=lambda m: m["screen"] == "staff")
    m = k.settle()
    check("versie" in texts(m), "staff mode shows the catalogue version")
    k.screenshot("staff")
    it = k.item("staff.quit", k.settle())
    k.xdotool("mousemove", it["x"] + it["w"] // 2, it["y"] + it["h"] // 2, "click", "1")
    k.proc.wait(10)
    check(k.proc.returncode == 0, "staff can quit the kiosk")


def scenario_read_aloud(k):
    """With speech (espeak-ng into the null sound device): the switch in the bar and 'Lees voor'."""
    m = k.settle()
    check(k.has("bar.read_aloud", m), "'Lees voor' is offered when speech works")
    check(k.item("bar.read_aloud", m)["label"] == "Lees voor: uit", "starts off")
    m = k.tap("bar.read_aloud", until=lambda m: k.item("bar.read_aloud", m)["label"] == "Lees voor: aan")
    check(k.item("bar.read_aloud", m).get("on") is True, "shown as switched on")
    k.screenshot("read-aloud-on")
    k.tap("tile.meeting", until=lambda m: m["screen"] == "results")
    card = k.items("result.card.", k.settle())[0]
    k.tap(card["id"], until=lambda m: m["screen"] == "detail")
    m = k.tap("detail.read", until=lambda m: True)
    time.sleep(1)
    check(k.proc.poll() is None, "reading a service aloud keeps the kiosk running")
    k.screenshot("detail-with-read-aloud")


def scenario_expired(k):
    m = k.settle()
    check("Deze gegevens zijn van 01-06-2019" in texts(m), "an expired catalogue says how old it is")
    check(m["screen"] == "home", "and is still used")
    k.screenshot("expired")


def scenario_portrait(k):
    """Portrait 1080x1920: every target on screen, at least 16 mm and 4 mm apart, at 150 %."""
    k.tap("bar.text_size", until=lambda m: m["text_scale"] == 125)
    k.tap("bar.text_size", until=lambda m: m["text_scale"] == 150)
    for screen_tap in (None, "tile.route", "tile.search"):
        if screen_tap:
            if k.settle()["screen"] != "home":  # on Home itself "Begin" is not shown
                k.tap("bar.home", until=lambda m: m["screen"] == "home")
            k.tap(screen_tap, until=lambda m, t=screen_tap: m["screen"] != "home")
        m = k.settle()
        ppm = m["px_per_mm"]
        items = m["items"]
        for i, it in enumerate(items):
            check(inside(it, k.width, k.height), f"{it['id']} inside the portrait screen on {m['screen']}")
            check(not it.get("overflow"), f"the words of {it['id']} fit on it, unbroken ({it['label']!r})")
            check(min(it["w"], it["h"]) >= 16 * ppm - 1, f"{it['id']} at least 16 mm on {m['screen']}")
            for other in items[:i]:
                dx = max(0, other["x"] - (it["x"] + it["w"]), it["x"] - (other["x"] + other["w"]))
                dy = max(0, other["y"] - (it["y"] + it["h"]), it["y"] - (other["y"] + other["h"]))
                check((dx * dx + dy * dy) ** 0.5 >= 4 * ppm - 2,
                      f"{it['id']} and {other['id']} at least 4 mm apart on {m['screen']}")
        k.screenshot(f"portrait-{m['screen']}")


def scenario_english_first(k):
    """[kiosk] languages = ["en"]: starts in English, no language switch."""
    m = k.settle()
    check(m["language"] == "en", "starts in the first configured language")
    check("What do you need help with?" in texts(m), "the question in English")
    check(not k.has("bar.language", m), "no switch with one language")
    k.tap("tile.meeting", until=lambda m: m["screen"] == "results")
    k.tap("bar.home", until=lambda m: m["screen"] == "home")
    check(k.settle()["language"] == "en", "still English")
    k.screenshot("english-only")


# --- no way out: the window manager's close request and keys do nothing ----------------------
# Xvfb has no window manager, so the test plays one: it sends the WM_DELETE_WINDOW client message
# that a window manager sends on Alt+F4 or a click on the close button (python3-xlib). The kiosk
# survives it twice over: its loop never reads GLFW's "should close" flag, and its close callback
# clears that flag. So this fails once the loop honours the flag without the callback, or once a
# key handler (or anything else) quits, changes the screen or unmaps the window.
WAY_OUT_KEYS = ["alt+F4", "Escape", "ctrl+q", "ctrl+w", "ctrl+alt+BackSpace", "super", "alt+Tab"]


def xlib():
    try:
        import Xlib.display
        import Xlib.error
        import Xlib.protocol.event
        import Xlib.X
        import Xlib.XK
    except ImportError:
        raise Failure("python3-xlib is missing (deploy/install-deps.sh test installs it)")
    return Xlib


def kiosk_x_window(d, pid):
    """The kiosk's top-level window: the root's child whose _NET_WM_PID is the kiosk's process."""
    Xlib = xlib()
    pid_atom = d.intern_atom("_NET_WM_PID")
    for w in d.screen().root.query_tree().children:
        try:
            p = w.get_full_property(pid_atom, Xlib.X.AnyPropertyType)
        except Xlib.error.XError:
            continue
        if p is not None and len(p.value) > 0 and p.value[0] == pid:
            return w
    return None


def x_window_state(d, win):
    """Where the window is and whether it is shown; None once it is gone."""
    Xlib = xlib()
    try:
        geometry = win.get_geometry()
        origin = d.screen().root.translate_coords(win, 0, 0)
        viewable = win.get_attributes().map_state == Xlib.X.IsViewable
    except Xlib.error.XError:
        return None
    return {"x": origin.x, "y": origin.y, "w": geometry.width, "h": geometry.height, "viewable": viewable}


def check_fills_screen(k, d, win, when):
    state = x_window_state(d, win)
    check(state is not None, f"{when}: the kiosk window still exists")
    check(state["viewable"], f"{when}: the kiosk window is still shown, got {state}")
    check((state["x"], state["y"], state["w"], state["h"]) == (0, 0, k.width, k.height),
          f"{when}: the kiosk window still fills the {k.width}x{k.height} screen, got {state}")


def screen_signature(m):
    return m["screen"], [i["id"] for i in m["items"]], m["texts"]


def scenario_no_way_out(k):
    """Alt+F4 (the window manager's WM_DELETE_WINDOW) and quit keys leave the kiosk as it was."""
    Xlib = xlib()
    X = Xlib.X
    k.tap("tile.meeting", until=lambda m: m["screen"] == "results")
    k.screenshot("results-before")
    before = k.settle()

    d = Xlib.display.Display(k.display)
    win = kiosk_x_window(d, k.proc.pid)
    check(win is not None, "the kiosk has a top-level X window with its _NET_WM_PID")
    check_fills_screen(k, d, win, "before")
    # A window without WM_DELETE_WINDOW in WM_PROTOCOLS is killed by the window manager on Alt+F4
    # (XKillClient); with it, the window manager asks and the kiosk can say no.
    wm_protocols, wm_delete = d.intern_atom("WM_PROTOCOLS"), d.intern_atom("WM_DELETE_WINDOW")
    protocols = win.get_wm_protocols()
    check(wm_delete in protocols, "the kiosk takes WM_DELETE_WINDOW (so a window manager asks instead of killing it)")
    hints = win.get_full_property(d.intern_atom("_MOTIF_WM_HINTS"), X.AnyPropertyType)
    check(hints is not None and len(hints.value) >= 3 and hints.value[0] & 2 and hints.value[2] == 0,
          f"the window asks for no decorations (_MOTIF_WM_HINTS decorations 0), got {hints and list(hints.value)}")

    # What a window manager sends on Alt+F4; an impatient person presses it again and again.
    for attempt in range(1, 4):
        close = Xlib.protocol.event.ClientMessage(window=win, client_type=wm_protocols,
                                                  data=(32, [wm_delete, X.CurrentTime, 0, 0, 0]))
        win.send_event(close, event_mask=X.NoEventMask)
        d.sync()
        time.sleep(1.0 if attempt == 3 else 0.3)
        check(k.proc.poll() is None,
              f"the kiosk keeps running after WM_DELETE_WINDOW no. {attempt} (exited with {k.proc.returncode})")
        check_fills_screen(k, d, win, f"after WM_DELETE_WINDOW no. {attempt}")

    # Keys, as xdotool types them (XTEST), with the kiosk focused. A second connection listens on
    # the kiosk window to prove the keys really reached it.
    d.set_input_focus(win, X.RevertToPointerRoot, X.CurrentTime)
    d.sync()
    listener = Xlib.display.Display(k.display)
    listener.create_resource_object("window", win.id).change_attributes(event_mask=X.KeyPressMask)
    listener.sync()
    for combo in WAY_OUT_KEYS:
        k.xdotool("key", "--clearmodifiers", combo)
        time.sleep(0.4)
        check(k.xvfb.poll() is None, f"the X server is still there after {combo}")
        check(k.proc.poll() is None, f"the kiosk keeps running after {combo} (exited with {k.proc.returncode})")
    time.sleep(1.0)
    listener.sync()
    pressed = set()
    while listener.pending_events():
        e = listener.next_event()
        if e.type == X.KeyPress:
            pressed.add(listener.keycode_to_keysym(e.detail, 0))
    listener.close()
    for name in ["F4", "Escape", "q", "w", "BackSpace", "Super_L", "Tab"]:
        check(Xlib.XK.string_to_keysym(name) in pressed, f"the key {name} reached the kiosk window")
    check(k.proc.poll() is None, f"the kiosk keeps running after all keys (exited with {k.proc.returncode})")
    check_fills_screen(k, d, win, "after the keys")
    check(kiosk_x_window(d, k.proc.pid) == win, "it is still the same window")
    d.close()

    after = k.settle()
    check(screen_signature(after) == screen_signature(before),
          f"the screen did not change: was {before['screen']}, is {after['screen']}")
    k.screenshot("results-after-close-and-keys")
    k.tap("bar.home", until=lambda m: m["screen"] == "home", what="Home after a tap on 'Begin'")
    k.screenshot("home-after")


def expired_catalogue():
    out = os.path.join(tempfile.mkdtemp(prefix="kiosk-e2e-cat-"), "expired.sqlite")
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "db", "demo")
    r = subprocess.run([ARGS.kioskctl, "build", "--source", source, "--out", out, "--created", "2019-06-01",
                        "--expires", "2020-01-01", "--demo"], capture_output=True, text=True)
    if r.returncode != 0:
        raise Failure("kioskctl build failed: " + r.stderr)
    return out


def staff_config():
    out = subprocess.run([ARGS.kioskctl, "pin"], input="2468\n2468\n", capture_output=True, text=True)
    if out.returncode != 0:
        raise Failure("kioskctl pin failed: " + out.stderr)
    line = [l for l in out.stdout.splitlines() if l.startswith("pin_hash")][0]
    return "[staff]\n" + line + "\n"


# Home's seven categories (their tiles are "tile.<id>"); layout_walk.py checks every one is reachable.
CATEGORIES = ("dementia-support", "meeting", "day-care", "transport", "carer-support", "care-at-home", "advice")


def scenario_paging_150(k):
    """At 150 % on a 1366x768 screen: all 12 municipalities are reached with taps on "Meer" (no
    swipe), and "Meer" sits in the very same place on every screen that pages."""
    k.tap("bar.text_size", until=lambda m: m["text_scale"] == 125)
    k.tap("bar.text_size", until=lambda m: m["text_scale"] == 150)
    k.tap("tile.route", until=lambda m: m["screen"] == "route.who")
    k.tap("route.who.self", until=lambda m: m["screen"] == "route.where")
    m = k.settle()
    places = {}
    names = []
    for page in range(1, 13):
        for it in m["items"]:
            check(inside(it, k.width, k.height) and not it.get("overflow"), f"{it['id']} fits on page {page}")
        names += [i["id"] for i in k.items("route.where.", m) if i["id"] not in ("route.where.more", "route.where.previous")]
        pages = [t for t in m["texts"] if re.fullmatch(r"\d+ van \d+", t)]
        if not k.has("route.where.more", m):
            break
        check(pages == [f"{page} van {pages[0].split(' van ')[1]}"] if pages else False, f"'{page} van N' on page {page}: {pages}")
        places.setdefault("route.where", k.item("route.where.more", m))
        k.screenshot(f"route-where-{page}")
        m = k.tap("route.where.more", until=lambda m, n=names[-1]: not any(i["id"] == n for i in m["items"]))
        m = k.settle()
    check(len(names) == 12 and len(set(names)) == 12, f"all 12 municipalities reached by taps: {names}")
    for _ in range(12):  # "Vorige" leads back to the first page
        if k.has("route.where.Emmen", m):
            break
        m = k.tap("route.where.previous")
        m = k.settle()
    k.tap("route.where.Emmen", until=lambda m: m["screen"] == "route.what")
    k.tap("route.what.day-care", until=lambda m: m["screen"] == "results" and any(
        i["id"].startswith("result.card.") for i in m["items"]))
    m = k.settle()
    places["results"] = k.item("results.more", m)
    cards = [i["id"] for i in k.items("result.card.", m)]
    k.tap(cards[0], until=lambda m: m["screen"] == "detail")
    m = k.settle()
    places["detail"] = k.item("detail.more", m)
    k.tap("detail.add", until=lambda m: any(i["id"] == "detail.add" and "Staat" in i["label"] for i in m["items"]))
    k.tap("bar.back", until=lambda m: m["screen"] == "results")
    for page in range(6):
        m = k.settle()
        if len(k.items("result.card.", m)) > 1 or not k.has("results.more", m):
            break
        m = k.tap("results.more")
    other = [i["id"] for i in k.items("result.card.", k.settle()) if i["id"] != cards[0]]
    k.tap(other[0], until=lambda m: m["screen"] == "detail")
    k.tap("detail.add", until=lambda m: any(i["id"] == "detail.add" and "Staat" in i["label"] for i in m["items"]))
    m = k.tap("bar.list", until=lambda m: m["screen"] == "list")
    m = k.settle()
    places["list"] = k.item("list.more", m)
    k.screenshot("list-150")
    rect = lambda it: (it["x"], it["y"], it["w"], it["h"])
    first = rect(places["results"])
    for screen, it in places.items():
        check(rect(it) == first, f"'Meer' on {screen} at {rect(it)}, on results at {first}")


SCENARIOS = {
    "category_route": (scenario_category_route, {}),
    "guided_route": (scenario_guided_route, {}),
    "search_typo": (scenario_search_typo, {}),
    "language": (scenario_language, {}),
    "text_size": (scenario_text_size, {"size": (1280, 720)}),
    "my_list": (scenario_my_list, {}),
    "idle": (scenario_idle, {"idle": (30, 20)}),
    "swipe_scroll": (scenario_swipe_scroll, {}),
    "out_of_order": (scenario_out_of_order, {"catalogue": "/nonexistent/catalogue.sqlite"}),
    "staff": (scenario_staff, {"staff": True}),
    "config_last_good": (scenario_config_last_good, {"last_good": True}),
    "read_aloud": (scenario_read_aloud, {"speech": True}),
    "expired": (scenario_expired, {"expired": True}),
    "portrait": (scenario_portrait, {"size": (1080, 1920)}),
    "english_first": (scenario_english_first, {"languages": ("en",)}),
    "no_way_out": (scenario_no_way_out, {}),
    "carer_route": (scenario_carer_route, {}),
    "paging": (scenario_paging, {}),
    "detail_phone": (scenario_detail_phone, {}),
    "list_qr_150": (scenario_list_qr_150, {}),
    "list_qr_portrait": (scenario_list_qr_150, {"size": (1080, 1920)}),
    "paging_150": (scenario_paging_150, {"size": (1366, 768)}),
}


def run(name):
    fn, opts = SCENARIOS[name]
    opts = dict(opts)
    if opts.pop("staff", False):
        opts["config_extra"] = staff_config()
    if opts.pop("last_good", False):
        # What an earlier start with a good config kept; this start's config has a syntax error.
        last_good = os.path.join(ARGS.out, "config-last-good.toml")
        os.makedirs(ARGS.out, exist_ok=True)
        with open(last_good, "w", encoding="utf-8") as f:
            f.write('[kiosk]\nname = "Wegwijzer test"\n[speech]\nenabled = false\ndevice = "null"\n' + staff_config())
        opts["config_extra"] = "[print]\nstuck_job_s = 18446744073709551616\n"
        opts["extra_args"] = ("--last-good-config", last_good)
    if opts.pop("expired", False):
        opts["catalogue"] = expired_catalogue()
    k = Kiosk(name, **opts)
    try:
        fn(k)
        print(f"PASS {name} (screenshots in {k.out})")
        return True
    except Failure as e:
        try:
            k.screenshot("failure")
        except Exception:
            pass
        print(f"FAIL {name}: {e}")
        return False
    except Exception:
        traceback.print_exc()
        print(f"FAIL {name}: error in the test")
        return False
    finally:
        k.close()


def main():
    global ARGS
    p = argparse.ArgumentParser()
    p.add_argument("--kiosk", required=True)
    p.add_argument("--kioskctl", required=True)
    p.add_argument("--catalogue", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("scenarios", nargs="+")
    ARGS = p.parse_args()
    names = list(SCENARIOS) if ARGS.scenarios == ["all"] else ARGS.scenarios
    for n in names:
        if n not in SCENARIOS:
            print(f"unknown scenario {n}; known: {', '.join(SCENARIOS)}")
            return 2
    ok = all([run(n) for n in names])
    return 0 if ok else 1


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(1))
    sys.exit(main())
