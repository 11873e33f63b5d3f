"""A small web server for a folder of pages on 127.0.0.1, for the demo and the tests.

It answers like a real site: Content-Type, Last-Modified and ETag headers, and 304 for a
conditional GET, so the tracker's polite fetching is exercised for real.
"""

from __future__ import annotations

import hashlib
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".html": "text/html; charset=utf-8"}

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_file():
            etag = '"' + hashlib.sha256(path.read_bytes()).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return None
            self._etag = etag
        return super().send_head()

    def end_headers(self):
        etag = getattr(self, "_etag", None)
        if etag:
            self.send_header("ETag", etag)
            self._etag = None
        super().end_headers()

    def log_message(self, format, *args):  # keep test and demo output quiet
        pass


class SiteServer:
    """Serve ``root`` on 127.0.0.1 in a background thread. Use as a context manager."""

    def __init__(self, root: str | Path, port: int = 0) -> None:
        handler = partial(_Handler, directory=str(root))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> SiteServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def write_sources(template: str | Path, base_url: str, target: str | Path) -> Path:
    """Write a sources file from a template whose URLs start with ``{base}``."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        Path(template).read_text(encoding="utf-8").replace("{base}", base_url), encoding="utf-8"
    )
    return target
