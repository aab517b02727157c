#!/usr/bin/env python3
"""Web update load on one nginx (issue 14), loopback only. See REPORT-web.md.

  web_bench.py --kioskctl BIN [--kiosks 1000] [--downloads 100] [--services 10000]

1. Publishes a synthetic catalogue of --services services (`kioskctl generate` + `publish`).
2. Poll round: --kiosks simulated kiosks each ask for index.minisig once, as a kiosk that already
   has the index does (If-None-Match with the ETag, a new TLS connection each, like the kiosk's
   libcurl), and once without the ETag for comparison. Bytes from nginx's own $bytes_sent.
3. --downloads kiosks download the package at the same moment (one thread each).
nginx: the test harness's (TLS, one worker process); clients: Python http.client + ssl.
"""
import argparse
import http.client
import os
import shutil
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
import kiosk_web_e2e  # noqa: E402  (make_pki, start_nginx)


def get(port, ctx, path, headers=None, sink=None):
    c = http.client.HTTPSConnection("127.0.0.1", port, context=ctx, timeout=120)
    c.request("GET", path, headers=headers or {})
    r = c.getresponse()
    n = 0
    while True:
        chunk = r.read(1 << 20)
        if not chunk:
            break
        n += len(chunk)
    etag = r.getheader("ETag")
    c.close()
    return r.status, n, etag


def log_bytes(log, start):
    with open(log) as f:
        lines = f.read().splitlines()[start:]
    return len(lines), sum(int(l.split()[-1]) for l in lines)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kioskctl", required=True)
    p.add_argument("--kiosks", type=int, default=1000)
    p.add_argument("--downloads", type=int, default=100)
    p.add_argument("--services", type=int, default=10000)
    a = p.parse_args()
    tmp = tempfile.mkdtemp(prefix="web-bench-")
    nginx = None
    try:
        k = a.kioskctl
        subprocess.run([k, "generate", "--services", str(a.services), "--out", f"{tmp}/gen"], check=True, capture_output=True)
        subprocess.run([k, "keygen", "--unencrypted", "--secret-key", f"{tmp}/k.key", "--public-key", f"{tmp}/k.pub"],
                       check=True, capture_output=True)
        subprocess.run([k, "publish", "--source", f"{tmp}/gen", "--version", "2", "--expires", "2099-01-01", "--fleet",
                        "drenthe", "--secret-key", f"{tmp}/k.key", "--out", f"{tmp}/www"], check=True, capture_output=True)
        os.makedirs(f"{tmp}/pki")
        os.makedirs(f"{tmp}/nginx")
        ca = kiosk_web_e2e.make_pki(f"{tmp}/pki")
        nginx, port = kiosk_web_e2e.start_nginx(f"{tmp}/nginx", f"{tmp}/www", f"{tmp}/pki")
        log = f"{tmp}/nginx/access.log"  # "METHOD URI STATUS BODY_BYTES BYTES_SENT REQUEST_LENGTH"
        ctx = ssl.create_default_context(cafile=ca)
        package = [n for n in os.listdir(f"{tmp}/www") if n.endswith(".sqlite")][0]
        size = os.path.getsize(f"{tmp}/www/{package}")
        _, _, etag = get(port, ctx, "/wegwijzer/index.minisig")

        def round_of(headers):
            before = open(log).read().count("\n")
            t = time.perf_counter()
            statuses = [get(port, ctx, "/wegwijzer/index.minisig", headers)[0] for _ in range(a.kiosks)]
            took = time.perf_counter() - t
            with open(log) as f:
                lines = f.read().splitlines()[before:]
            fields = [l.split() for l in lines]
            return statuses, took, (sum(int(f[3]) for f in fields), sum(int(f[4]) for f in fields),
                                    sum(int(f[5]) for f in fields))

        s304, t304, b304 = round_of({"If-None-Match": etag})
        s200, t200, b200 = round_of({})
        for name, statuses, took, (body, sent, asked) in (("conditional", s304, t304, b304), ("unconditional", s200, t200, b200)):
            print(f"poll round, {a.kiosks} kiosks, {name}: {statuses.count(304)} x 304, {statuses.count(200)} x 200; "
                  f"server sent {sent} bytes ({sent / a.kiosks:.0f} per kiosk, {body} of them body), received "
                  f"{asked} request bytes ({asked / a.kiosks:.0f} per kiosk); {took:.2f} s one after another")

        results = [None] * a.downloads
        barrier = threading.Barrier(a.downloads)

        def download(i):
            barrier.wait()
            t = time.perf_counter()
            status, n, _ = get(port, ctx, f"/wegwijzer/{package}")
            results[i] = (status, n, time.perf_counter() - t)

        threads = [threading.Thread(target=download, args=(i,)) for i in range(a.downloads)]
        t = time.perf_counter()
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        wall = time.perf_counter() - t
        ok = sum(1 for r in results if r and r[0] == 200 and r[1] == size)
        times = sorted(r[2] for r in results if r)
        print(f"{a.downloads} kiosks download {size} bytes ({a.services} services) at once: {ok} complete, "
              f"wall {wall:.2f} s, per kiosk median {statistics.median(times):.2f} s, max {times[-1]:.2f} s, "
              f"{a.downloads * size / wall / 1e6:.0f} MB/s in total")
        return 0
    finally:
        if nginx:
            nginx.terminate()
            nginx.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
