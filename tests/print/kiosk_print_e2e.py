#!/usr/bin/env python3
"""End-to-end print test: the real kiosk under Xvfb (run inside with_cupsd.sh), configured with
the cups-pdf printer. Adds two services to "Mijn lijst", taps "Printen", answers "Welke titel wilt
u boven uw lijst?" with a title that is not the default ("Voor de casemanager"), and finds the PDF
in the cups-pdf output with that title and both names and phone numbers. The list stays on screen
afterwards.

  kiosk_print_e2e.py --kiosk BIN --kioskctl BIN --catalogue FILE --out DIR

Reuses tests/e2e/kiosk_e2e.py's Kiosk (Xvfb, UI map, xdotool taps).
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
import kiosk_e2e  # noqa: E402
from kiosk_e2e import Failure, Kiosk, check  # noqa: E402


def pdfs(folder):
    return set(glob.glob(os.path.join(folder, "*.pdf")))


def flat(text):
    return " ".join(text.replace("\u2060", "").split())


def scenario(k, pdf_dir, catalogue):
    ids = kiosk_e2e.open_first_cards(k, "day-care", 2)
    check(len(ids) == 2, "two day-care services to collect")
    for n, card in enumerate(ids, start=1):
        k.tap(card, until=lambda m: m["screen"] == "detail")
        k.tap("detail.add", until=lambda m: k.item("detail.add", m)["label"] == "Staat op mijn lijst")
        k.tap("bar.back", until=lambda m: m["screen"] == "results")
    k.tap("bar.list", until=lambda m: m["screen"] == "list")
    removes = k.items("list.remove.", k.settle())
    check(len(removes) == 2, "both services are on the list")
    service_ids = [r["id"][len("list.remove."):] for r in removes]

    # The health metrics before the print: CUPS says the queue is ready.
    ready = 'wegwijzer_printer_state{state="ready"}'
    metrics_before = k.wait_metrics(lambda v: v.get(ready) == 1, what="the printer ready", timeout=15)
    before = pdfs(pdf_dir)
    started = time.time()
    # One tap prints: no title question, and the screen stays the list.
    k.tap("list.print", until=lambda m: m["screen"] == "list" and bool(m["texts"]))
    check(k.settle()["screen"] == "list", "no title question: the list stays on screen")
    k.screenshot("printing")
    new = set()
    while time.time() - started < 40 and not new:
        check(k.proc.poll() is None, "the kiosk keeps running while printing")
        new = pdfs(pdf_dir) - before
        time.sleep(0.2)
    check(new, "a PDF arrived from cups-pdf within 40 s (is KioskApp::print_list wired to PrintService?)")
    pdf = sorted(new, key=os.path.getmtime)[-1]
    prints = metrics_before["wegwijzer_prints_today"] + 1
    k.wait_metrics(lambda v: v.get("wegwijzer_prints_today") == prints and v.get(ready) == 1,
                   what=f"{prints:.0f} prints today and the printer ready again", timeout=20)
    kiosk_e2e.promtool_check(k.metrics_path)
    time.sleep(0.5)  # cups-pdf writes, then closes
    text = flat(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    check("Hulp in de buurt" in text, "the printout carries the one plain title")
    check("casemanager" not in text.lower(), "no 'casemanager' on paper")
    for sid in service_ids:
        out = subprocess.run([kiosk_e2e.ARGS.kioskctl, "search", "--db", catalogue, "--json", "--limit", "400",
                              "--category", "day-care", ""], capture_output=True, text=True).stdout
        found = [r for r in json.loads(out)["results"] if r["id"] == sid]
        check(found, f"service {sid} is in the catalogue")
        check(flat(found[0]["name"]) in text, f"the printout names {found[0]['name']}")
        digits = lambda t: "".join(ch for ch in t if ch.isdigit() or ch == "\n")
        check(digits(found[0]["phone"]) in digits(text.replace(" ", "")), f"the printout has the number {found[0]['phone']}")
    m = k.settle()
    check(m["screen"] == "list", "the list stays on screen after printing")
    check(len(k.items("list.remove.", m)) == 2, "both services are still on the list")
    k.screenshot("printed")
    print(f"printed {pdf}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kiosk", required=True)
    p.add_argument("--kioskctl", required=True)
    p.add_argument("--catalogue", required=True)
    p.add_argument("--out", required=True)
    kiosk_e2e.ARGS = args = p.parse_args()
    pdf_dir = os.environ.get("WW_CUPS_PDF_DIR")
    if not pdf_dir:
        print("FAIL: run inside tests/print/with_cupsd.sh (WW_CUPS_PDF_DIR is not set)")
        return 1
    k = Kiosk("print", config_extra='[print]\nprinter = "WegwijzerPDF"\npaper = "a4"\nstuck_job_s = 30\n')
    try:
        scenario(k, pdf_dir, args.catalogue)
        print(f"PASS print (screenshots in {k.out})")
        return 0
    except Failure as e:
        try:
            k.screenshot("failure")
        except Exception:
            pass
        print(f"FAIL print: {e}")
        return 1
    finally:
        k.close()


if __name__ == "__main__":
    sys.exit(main())
