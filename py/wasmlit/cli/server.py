"""The ``wasmlit run`` development server: the site, served live, with reload events.

Nothing is written to disk: the page, the manifest and ``core.zip`` come
from memory, app files straight from the script's folder, so an edit is
visible at once. Every response is ``no-store`` so reloads never see stale
files. ``/__wasmlit/events`` is a server-sent-event stream that sends one
unnamed event (``data: reload``) per detected change.

Every response carries COOP/COEP headers by default, so the page is
cross-origin isolated: it may share memory with its worker, which lets a widget
change end a run in progress and Stop interrupt a busy script (see
docs/execution-flow.md, "Interrupting runs").

Example::

    app = DevApp(Path("app.py"), pyodide_url="./pyodide/", pyodide_dir=dist)
    server = make_server(app, "127.0.0.1", 0)   # port 0: any free port
"""

from __future__ import annotations

import json
import mimetypes
import shutil
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from wasmlit.cli.corezip import core_zip_bytes
from wasmlit.cli.manifest import build_manifest
from wasmlit.cli.site import check_script, index_html, local_lock_url, static_dir

EVENTS_PATH = "/__wasmlit/events"
KEEPALIVE_SECONDS = 15.0
MIME = {
    ".html": "text/html; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".mjs": "application/javascript; charset=utf-8",
    ".json": "application/json",
    ".map": "application/json",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".tar": "application/x-tar",
    ".py": "text/x-python; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".toml": "text/plain; charset=utf-8",
    ".woff2": "font/woff2",
}


# `wasmlit run --cross-origin-isolation`: the COEP value, or off.
ISOLATION_MODES = ("require-corp", "credentialless", "off")


def isolation_headers(mode: str) -> dict[str, str]:
    """The response headers that make the page cross-origin isolated (none for "off").

    ``require-corp`` blocks cross-origin subresources that send neither CORP nor
    CORS headers (e.g. some image hosts); ``credentialless`` loads them without
    cookies instead, but Safari does not support it (the page is then simply not
    isolated and runs end on their own).
    """
    if mode == "off":
        return {}
    if mode not in ISOLATION_MODES:
        raise ValueError(f"unknown cross-origin isolation mode {mode!r}")
    return {"Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": mode}


def content_type(path: str) -> str:
    """MIME type by extension; correct for JS modules and wasm on every OS."""
    suffix = Path(path).suffix.lower()
    return MIME.get(suffix) or mimetypes.guess_type(path)[0] or "application/octet-stream"


class DevApp:
    """State shared by request threads: the manifest and a change counter."""

    def __init__(
        self,
        script: Path,
        *,
        pyodide_url: str | None,
        pyodide_dir: Path | None = None,
        lock_file_url: str | None = None,
        isolation: str = "require-corp",
        map_tiles: str | None = None,
        map_tiles_attribution: str | None = None,
    ) -> None:
        self.script = check_script(script)
        self.map_tiles = map_tiles
        self.map_tiles_attribution = map_tiles_attribution
        self.headers = isolation_headers(isolation)
        self.app_dir = self.script.parent
        self.static = static_dir()
        self.pyodide_dir = pyodide_dir.resolve() if pyodide_dir else None
        self.pyodide_url = "./pyodide/" if pyodide_dir else (pyodide_url or "")
        self.lock_file_url = local_lock_url(self.pyodide_dir, lock_file_url)
        self.core = core_zip_bytes()
        self.version = 0
        self.closed = False
        self._cond = threading.Condition()
        self.manifest: dict[str, Any] = build_manifest(self.script, include_secrets=True)

    def page(self) -> bytes:
        text = index_html(
            title=self.script.stem,
            pyodide_url=self.pyodide_url,
            live_reload="." + EVENTS_PATH,
            lock_file_url=self.lock_file_url,
            map_tiles=self.map_tiles,
            map_tiles_attribution=self.map_tiles_attribution,
        )
        return text.encode()

    def files_changed(self) -> None:
        """Rebuild the manifest and wake every event stream."""
        manifest = build_manifest(self.script, include_secrets=True)
        with self._cond:
            self.manifest = manifest
            self.version += 1
            self._cond.notify_all()

    def wait_for_change(self, seen: int, timeout: float) -> int:
        """Block until ``version`` differs from ``seen`` (or timeout); return it."""
        with self._cond:
            self._cond.wait_for(lambda: self.version != seen or self.closed, timeout)
            return self.version

    def close(self) -> None:
        with self._cond:
            self.closed = True
            self._cond.notify_all()


def _inside(root: Path, rel: str) -> Path | None:
    path = (root / rel).resolve()
    return path if path.is_file() and path.is_relative_to(root.resolve()) else None


class Handler(BaseHTTPRequestHandler):
    """Routes: /, /wasmlit/*, /app/*, /pyodide/*, and the event stream."""

    server: DevServer
    server_version = "wasmlit"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: the terminal shows only wasmlit's own lines

    def end_headers(self) -> None:
        # Every response, errors included: a document is isolated only with both.
        for name, value in self.server.app.headers.items():
            self.send_header(name, value)
        super().end_headers()

    def do_HEAD(self) -> None:
        self._serve(body=False)

    def do_GET(self) -> None:
        if urlsplit(self.path).path == EVENTS_PATH:
            self._events()
        else:
            self._serve(body=True)

    def _resolve(self, path: str) -> bytes | Path | None:
        app = self.server.app
        if path in ("/", "/index.html"):
            return app.page()
        if path == "/wasmlit/core.zip":
            return app.core
        if path.startswith("/wasmlit/"):
            return _inside(app.static, path.removeprefix("/wasmlit/"))
        if path == "/app/wasmlit.json":
            return json.dumps(app.manifest).encode()
        if path.startswith("/app/"):
            rel = path.removeprefix("/app/")
            return _inside(app.app_dir, rel) if rel in app.manifest["files"] else None
        if path.startswith("/pyodide/") and app.pyodide_dir is not None:
            return _inside(app.pyodide_dir, path.removeprefix("/pyodide/"))
        if path.count("/") == 1 and "." not in path:
            return app.page()  # a deep link to an app page, /<url_path>
        return None

    def _serve(self, body: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        found = self._resolve(path)
        if found is None:
            self.send_error(HTTPStatus.NOT_FOUND, f"not found: {path}")
            return
        name = "index.html" if path.endswith("/") else path
        size = len(found) if isinstance(found, bytes) else found.stat().st_size
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type(name))
        self.send_header("Content-Length", str(size))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if not body:
            return
        try:
            if isinstance(found, bytes):
                self.wfile.write(found)
            else:
                with found.open("rb") as f:
                    shutil.copyfileobj(f, self.wfile)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the page went away mid-download

    def _events(self) -> None:
        app = self.server.app
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        seen = app.version
        try:
            self.wfile.write(b"retry: 1000\n: connected\n\n")
            self.wfile.flush()
            while not app.closed:
                version = app.wait_for_change(seen, KEEPALIVE_SECONDS)
                if app.closed:
                    break
                # Unnamed events reach EventSource.onmessage.
                chunk = b"data: reload\n\n" if version != seen else b": ping\n\n"
                seen = version
                self.wfile.write(chunk)
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass


class DevServer(ThreadingHTTPServer):
    """A threading HTTP server that knows its :class:`DevApp`."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], app: DevApp) -> None:
        self.app = app
        super().__init__(address, Handler)


def make_server(app: DevApp, host: str, port: int) -> DevServer:
    """Bind (port 0 picks a free port); call ``serve_forever`` to run."""
    return DevServer((host, port), app)
