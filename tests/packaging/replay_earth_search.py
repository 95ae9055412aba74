#!/usr/bin/env python3
"""A local STAC API answering as Earth Search did, for programs run from a shell test.

Serves the recorded landing page, collections and one search page (tests/data/stac/stac_earth_search,
see PROVENANCE.md there) with their links rewritten to this server, and the items' cloud-optimised
files under /cogs/ (their bytes made up: a short text naming the path). Prints the port it listens
on (127.0.0.1, chosen by the system) as its first line, then serves until killed.

Usage: replay_earth_search.py TEST_DATA_DIR
"""
import http.server
import sys
from pathlib import Path

DATA = Path(sys.argv[1]) / "stac" / "stac_earth_search"
PAGES = {
    "/": "v1_landing.json",
    "/collections": "v1_collections.json",
    "/search": "v1_search_cql2_filter_p2.json",
}


class Replay(http.server.BaseHTTPRequestHandler):
    def answer(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        base = f"http://127.0.0.1:{self.server.server_address[1]}".encode()
        if path in PAGES:
            body = (DATA / PAGES[path]).read_bytes()
            body = body.replace(b"https://earth-search.aws.element84.com/v1", base)
            body = body.replace(b"https://sentinel-cogs.s3.us-west-2.amazonaws.com", base + b"/cogs")
            self.answer(200, body, "application/geo+json")
        elif path.startswith("/cogs/"):
            self.answer(200, b"bytes of " + path.encode(), "image/tiff")
        else:
            self.answer(404, b"not found", "text/plain")

    def do_POST(self):
        # Read the search body first: the connection is kept alive for the next request.
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.do_GET()

    do_HEAD = do_GET

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Replay)
print(server.server_address[1], flush=True)
server.serve_forever()
