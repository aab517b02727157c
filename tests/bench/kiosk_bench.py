#!/usr/bin/env python3
"""Kiosk benchmarks on the real program under Xvfb (Mesa llvmpipe): idle CPU, memory with a
large catalogue, time to the first frame, and the in-app CPU time per frame of the results screen.

  kiosk_bench.py --kiosk BIN --kioskctl BIN --catalogue DEMO.sqlite --large LARGE.sqlite --out DIR
Prints one line per figure and writes DIR/kiosk-bench.json.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "e2e"))
import kiosk_e2e  # noqa: E402  (the same Xvfb + kiosk harness as the end-to-end tests)

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def status_kb(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def idle_cpu(args, seconds):
    k = kiosk_e2e.Kiosk("bench-idle", catalogue=args.catalogue)
    try:
        k.settle(quiet=1.0)
        time.sleep(3)
        c0, t0 = cpu_seconds(k.proc.pid), time.time()
        time.sleep(seconds)
        c1, t1 = cpu_seconds(k.proc.pid), time.time()
        return 100.0 * (c1 - c0) / (t1 - t0)
    finally:
        k.close()


def memory(args, catalogue, label):
    k = kiosk_e2e.Kiosk("bench-memory-" + label, catalogue=catalogue)
    try:
        k.settle()
        # Visit the heavy screens: a long browse list, scrolled, a detail page and a word search.
        k.tap("tile.care-at-home", until=lambda m: m["screen"] == "results")
        k.settle()
        cards = k.items("result.card.")
        if cards:
            c = cards[0]
            k.swipe(c["x"] + c["w"] // 2, c["y"] + c["h"] // 2, c["y"] + c["h"] // 2 - 400)
            k.settle()
            first = k.items("result.card.", k.settle())[0]
            k.tap(first["id"], until=lambda m: m["screen"] == "detail")
        k.tap("bar.home", until=lambda m: m["screen"] == "home")
        k.tap("tile.search", until=lambda m: m["screen"] == "search")
        for ch in "dagbest":
            k.tap("key." + ch)
        k.settle()
        return status_kb(k.proc.pid, "VmRSS") / 1024.0, status_kb(k.proc.pid, "VmHWM") / 1024.0, breakdown(k.proc.pid)
    finally:
        k.close()


RENDERER_MAPPINGS = ("libLLVM", "_dri.so", "SYSV")  # Mesa's driver, its shader compiler, the X framebuffer


def breakdown(pid):
    """Where the resident memory is (MB): the software renderer's mappings, the heap, the rest;
    and PSS / USS (private only) from smaps_rollup."""
    parts = {"renderer": 0, "heap": 0, "other": 0}
    name = None
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            head = line.split()
            if "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
                path = head[5] if len(head) > 5 else ""
                name = ("renderer" if any(m in path for m in RENDERER_MAPPINGS) else
                        "heap" if path == "[heap]" else "other")
            elif head[0] == "Rss:":
                parts[name] += int(head[1])
    rollup = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            head = line.split()
            if head[0].endswith(":") and len(head) >= 2 and head[1].isdigit():
                rollup[head[0][:-1]] = int(head[1])
    out = {k: v / 1024.0 for k, v in parts.items()}
    out["PSS"] = rollup.get("Pss", 0) / 1024.0
    out["USS"] = (rollup.get("Private_Clean", 0) + rollup.get("Private_Dirty", 0)) / 1024.0
    return out


def first_frame(args, runs):
    times = []
    log = os.path.join(args.out, "first-frame.log")
    for i in range(runs):
        if os.path.exists(log):
            os.remove(log)
        k = kiosk_e2e.Kiosk("bench-first-frame", catalogue=args.catalogue, extra_env={"KIOSK_FRAME_LOG": log})
        try:
            k.settle(quiet=0.3)
        finally:
            k.close()
        with open(log) as f:
            for line in f:
                if line.startswith("first_frame_ms="):
                    times.append(float(line.split("=")[1]))
    return times


def frame_cpu(args, catalogue, label):
    log = os.path.join(args.out, f"frames-{label}.log")
    if os.path.exists(log):
        os.remove(log)
    k = kiosk_e2e.Kiosk("bench-frames-" + label, catalogue=catalogue, extra_env={"KIOSK_FRAME_LOG": log})
    try:
        k.tap("tile.meeting", until=lambda m: m["screen"] == "results")
        m = k.settle()
        c = k.items("result.card.", m)[0]
        x, y = c["x"] + c["w"] // 2, c["y"] + c["h"] // 2
        for _ in range(6):  # swipes draw many frames of the results screen
            k.swipe(x, y, y - 350, steps=20)
            k.swipe(x, y - 350, y, steps=20)
        k.settle()
    finally:
        k.close()
    values = []
    with open(log) as f:
        for line in f:
            if line.startswith("frame screen=results "):
                values.append(int(line.split("build_cpu_us=")[1]) / 1000.0)
    return values


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kiosk", required=True)
    p.add_argument("--kioskctl", required=True)
    p.add_argument("--catalogue", required=True)
    p.add_argument("--large", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--idle-seconds", type=int, default=60)
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)
    kiosk_e2e.ARGS = argparse.Namespace(kiosk=args.kiosk, kioskctl=args.kioskctl, catalogue=args.catalogue,
                                        out=os.path.join(args.out, "screens"))
    result = {}

    idle = [idle_cpu(args, args.idle_seconds) for _ in range(3)]
    result["idle_cpu_percent"] = idle
    print(f"idle CPU over {args.idle_seconds} s: median {statistics.median(idle):.3f} % of a core (runs: "
          + ", ".join(f"{v:.3f}" for v in idle) + ")")

    for label, cat in (("demo", args.catalogue), ("100k", args.large)):
        rss, hwm, parts = memory(args, cat, label)
        result[f"memory_{label}_mb"] = {"VmRSS": rss, "VmHWM": hwm, **parts}
        print(f"memory with the {label} catalogue: VmRSS {rss:.1f} MB, VmHWM {hwm:.1f} MB; of the RSS: "
              f"software renderer {parts['renderer']:.1f}, heap {parts['heap']:.1f}, other {parts['other']:.1f}; "
              f"PSS {parts['PSS']:.1f}, USS {parts['USS']:.1f}")

    ff = first_frame(args, args.runs)
    result["first_frame_ms"] = ff
    print(f"time to first frame: median {statistics.median(ff):.0f} ms (runs: " + ", ".join(f"{v:.0f}" for v in ff) + ")")

    for label, cat in (("demo", args.catalogue), ("100k", args.large)):
        v = frame_cpu(args, cat, label)
        if not v:
            print(f"no results frames logged for {label}")
            continue
        v.sort()
        p99 = v[min(len(v) - 1, int(0.99 * (len(v) - 1) + 0.5))]
        result[f"frame_cpu_ms_{label}"] = {"frames": len(v), "median": statistics.median(v), "p99": p99, "max": v[-1]}
        print(f"results frame CPU ({label}, in the app, {len(v)} frames): median {statistics.median(v):.3f} ms, "
              f"p99 {p99:.3f} ms, max {v[-1]:.3f} ms")

    with open(os.path.join(args.out, "kiosk-bench.json"), "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
