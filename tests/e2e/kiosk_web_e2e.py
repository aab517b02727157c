#!/usr/bin/env python3
"""End-to-end test of web updates in the real `kiosk` under Xvfb, from a real nginx with TLS.

The test makes its own CA and server certificate (openssl), publishes the demo catalogue with one
service renamed as version 2 (`kioskctl publish`) into a folder that nginx serves on 127.0.0.1
(a port the kernel picked; retried when taken), and starts the kiosk on version 1 with
[sync] url and ca_file set (KIOSK_TEST_WEB_CHECK_AT_START: the first check at once instead of
10 s to 5 min after the start).

  0. Nothing published yet: the first check gets a 404, logged; the kiosk runs on version 1.
  1. Version 2 published, the kiosk restarted: it fetches and imports version 2 in the background
     and, being on Home, switches; the category shows the renamed service. (That a resident's
     screen never changes underneath them is the same code as for sticks: kiosk_sync_e2e.py.)
  3. The staff screen shows the last web check in plain words and when the next one comes.
  4. nginx is stopped: the kiosk keeps running on version 2.

  kiosk_web_e2e.py --kiosk BIN --kioskctl BIN --out DIR
"""
import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kiosk_e2e  # noqa: E402
import kiosk_sync_e2e  # noqa: E402
from kiosk_e2e import Failure, check, texts  # noqa: E402

NAME = "web_sync"


def run(*args):
    r = subprocess.run(list(map(str, args)), capture_output=True, text=True)
    if r.returncode != 0:
        raise Failure(f"{args[0]} {args[1] if len(args) > 1 else ''} failed ({r.returncode}): {r.stdout}{r.stderr}")
    return r.stdout


def make_pki(d):
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    with open(os.path.join(d, "server.ext"), "w") as f:
        f.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n")
    run("openssl", "req", "-x509", *ec, "-keyout", f"{d}/ca.key", "-out", f"{d}/ca.pem", "-days", "3", "-subj", "/CN=Test CA")
    run("openssl", "req", *ec, "-keyout", f"{d}/server.key", "-out", f"{d}/server.csr", "-subj", "/CN=127.0.0.1")
    run("openssl", "x509", "-req", "-in", f"{d}/server.csr", "-CA", f"{d}/ca.pem", "-CAkey", f"{d}/ca.key",
        "-CAcreateserial", "-days", "2", "-extfile", f"{d}/server.ext", "-out", f"{d}/server.pem")
    return f"{d}/ca.pem"


def start_nginx(d, www, pki):
    os.makedirs(f"{d}/tmp", exist_ok=True)
    for _ in range(10):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        with open(f"{d}/nginx.conf", "w") as f:
            f.write(f"""daemon off; master_process off; pid {d}/nginx.pid; error_log {d}/error.log;
events {{ worker_connections 64; }}
http {{
  log_format wegwijzer '$request_method $uri $status $body_bytes_sent $bytes_sent $request_length';
  access_log {d}/access.log wegwijzer;
  client_body_temp_path {d}/tmp; proxy_temp_path {d}/tmp; fastcgi_temp_path {d}/tmp; uwsgi_temp_path {d}/tmp; scgi_temp_path {d}/tmp;
  server {{
    listen 127.0.0.1:{port} ssl;
    ssl_certificate {pki}/server.pem; ssl_certificate_key {pki}/server.key;
    location /wegwijzer/ {{ alias {www}/; }}
  }}
}}
""")
        p = subprocess.Popen(["nginx", "-p", d, "-e", f"{d}/error.log", "-c", f"{d}/nginx.conf"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(250):
            if p.poll() is not None:
                break
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                time.sleep(0.05)
                if p.poll() is None:
                    return p, port
                break
            except OSError:
                time.sleep(0.02)
        p.kill()
        p.wait()
    with open(f"{d}/error.log", errors="replace") as f:
        raise Failure("nginx did not start: " + f.read()[-2000:])


def listening_sockets(pid):
    """The TCP sockets in LISTEN and the bound, unconnected UDP sockets that process `pid` holds."""
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table, state in (("tcp", "0A"), ("tcp6", "0A"), ("udp", "07"), ("udp6", "07")):
        try:
            with open(f"/proc/{pid}/net/{table}") as f:
                rows = f.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            cols = row.split()
            if cols[3] == state and cols[9] in inodes:
                found.append(f"{table} {cols[1]}")
    return found


def scenario(tmp, k, live, new_name, service_id, nginx):
    # The kiosk waits on Home: the import of version 2 switches the catalogue straight away.
    kiosk_sync_e2e.wait_for(lambda: any("web update: Imported catalogue version 2" in l
                                        for l in kiosk_sync_e2e.kiosk_log_lines(k)),
                            "the kiosk's log says it imported version 2 from the web", 60)
    kiosk_sync_e2e.wait_for(lambda: any("sync: switching to the new catalogue" in l
                                        for l in kiosk_sync_e2e.kiosk_log_lines(k)),
                            "the kiosk switches to the new catalogue", 20)
    k.tap("tile.meeting", until=lambda m: m["screen"] == "results")
    k.wait(lambda m: kiosk_sync_e2e.card_label(k, service_id, m) == new_name, what=f"{new_name!r} from the web update",
           timeout=15)
    k.screenshot("results-web-update")
    k.tap("bar.home", until=lambda m: m["screen"] == "home")
    m = kiosk_sync_e2e.open_staff(k)
    shown = texts(m)
    check("Web updates: last check" in shown and "Imported catalogue version 2" in shown,
          f"the staff screen shows the last web check ({shown[:600]})")
    check("Next web check about" in shown, "the staff screen says when the next web check comes")
    k.screenshot("staff-web-update")
    # Updates are pulled: the kiosk opens no port and accepts no incoming connection.
    ports = listening_sockets(k.proc.pid)
    check(not ports, f"the kiosk listens on no port after web checks ({ports})")
    nginx.terminate()
    nginx.wait()
    time.sleep(1)
    check(k.proc.poll() is None, "the kiosk keeps running when the server is gone")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kiosk", required=True)
    p.add_argument("--kioskctl", required=True)
    p.add_argument("--out", required=True)
    args = p.parse_args()
    kiosk_sync_e2e.ARGS = args
    tmp = tempfile.mkdtemp(prefix="kiosk-web-e2e-")
    k = None
    nginx = None
    try:
        keys = kiosk_sync_e2e.keygen(tmp, "fleet")
        media, state, www = (os.path.join(tmp, n) for n in ("media", "state", "www"))
        for d in (media, state, os.path.join(tmp, "pki"), os.path.join(tmp, "nginx")):
            os.makedirs(d)
        live = os.path.join(state, "catalogue.sqlite")
        kiosk_sync_e2e.pack(kiosk_sync_e2e.DEMO, 1, keys[0], os.path.join(tmp, "v1"))
        kiosk_sync_e2e.kioskctl("import", "--from", os.path.join(tmp, "v1"), "--db", live, "--public-key", keys[1])
        import sqlite3
        with sqlite3.connect(live) as db:
            ids = [r[0] for r in db.execute("SELECT id FROM services ORDER BY id")]
        pin = kiosk_sync_e2e.kioskctl("pin", input="2468\n2468\n")
        pin_line = [l for l in pin.splitlines() if l.startswith("pin_hash")][0]
        ca = make_pki(os.path.join(tmp, "pki"))
        nginx, port = start_nginx(os.path.join(tmp, "nginx"), www, os.path.join(tmp, "pki"))
        kiosk_e2e.ARGS = argparse.Namespace(kiosk=args.kiosk, kioskctl=args.kioskctl, catalogue=live, out=args.out)

        config = f"""[catalogue]
path = "{live}"
[staff]
{pin_line}
[sync]
mount_roots = ["{media}"]
public_keys = ["{keys[1]}"]
fleet = "drenthe"
state_dir = "{state}"
url = "https://127.0.0.1:{port}/wegwijzer/"
ca_file = "{ca}"
poll_minutes = 5
"""
        env = {"KIOSK_TEST_WEB_CHECK_AT_START": "1"}
        k = kiosk_e2e.Kiosk(NAME + "_nothing_yet", catalogue=live, config_extra=config, extra_env=env)
        # Nothing published yet: the check gets a 404, the kiosk keeps version 1 and runs on.
        kiosk_sync_e2e.wait_for(lambda: any("web update: Web check failed" in l and "404" in l
                                            for l in kiosk_sync_e2e.kiosk_log_lines(k)),
                                "the first web check (nothing published yet: 404) is logged", 60)
        check(k.proc.poll() is None, "the kiosk keeps running after a 404")
        m = k.tap("tile.meeting", until=lambda m: m["screen"] == "results" and any(
            i["id"].startswith("result.card.") for i in m["items"]))
        m = k.settle()
        service_id = k.items("result.card.", m)[0]["id"][len("result.card."):]
        check(service_id in ids, "the first card is a catalogue service")
        k.close()
        k = None
        source, new_name = kiosk_sync_e2e.renamed_source(tmp, service_id)
        run(args.kioskctl, "publish", "--source", source, "--version", 2, "--expires", "2099-12-31", "--fleet", "drenthe",
            "--secret-key", keys[0], "--out", www)
        # The next start checks at once (the test hook) and finds version 2.
        k = kiosk_e2e.Kiosk(NAME, catalogue=live, config_extra=config, extra_env=env)
        scenario(tmp, k, live, new_name, service_id, nginx)
        print(f"PASS {NAME} (screenshots in {k.out})")
        return 0
    except Failure as e:
        if k:
            try:
                k.screenshot("failure")
            except Exception:
                pass
        print(f"FAIL {NAME}: {e}")
        return 1
    except Exception:
        traceback.print_exc()
        print(f"FAIL {NAME}: error in the test")
        return 1
    finally:
        if k:
            k.close()
        if nginx and nginx.poll() is None:
            nginx.terminate()
            nginx.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
