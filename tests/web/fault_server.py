#!/usr/bin/env python3
"""A tiny HTTPS server for the web update faults nginx cannot make: a download cut off halfway,
and a Content-Length of 5 GB. Serves files from a folder on 127.0.0.1, on a port the kernel picks
(no race with parallel test runs); prints the port on its first line of output.

  fault_server.py CERT KEY FOLDER

  /cut/NAME       NAME; a catalogue-*.sqlite file is cut off after half its bytes (connection closed)
  /huge/NAME      NAME, but a catalogue-*.sqlite file claims Content-Length: 5368709120
  /hugeindex/NAME NAME, but index.minisig claims Content-Length: 5368709120
  /plain/NAME     NAME, whole
"""
import http.server
import os
import ssl
import sys


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        parts = self.path.split("/")
        if len(parts) != 3 or parts[1] not in ("cut", "huge", "hugeindex", "plain") or "/" in parts[2] or parts[2].startswith("."):
            self.send_error(404)
            return
        mode, name = parts[1], parts[2]
        path = os.path.join(self.server.folder, name)
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            self.send_error(404)
            return
        is_package = name.startswith("catalogue-") and name.endswith(".sqlite")
        if (mode == "huge" and is_package) or (mode == "hugeindex" and name == "index.minisig"):
            self.send_response(200)
            self.send_header("Content-Length", str(5 * 1024 * 1024 * 1024))
            self.end_headers()
            self.wfile.write(data[:1024])
            self.wfile.flush()
            self.close_connection = True
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if mode == "cut" and is_package:
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(data)


def main():
    cert, key, folder = sys.argv[1:4]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.folder = folder
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
