"""`wasmlit run`: the watcher, the dev server's routes, MIME types and reload events."""

from __future__ import annotations

import http.client
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from wasmlit.cli import server as server_mod
from wasmlit.cli.main import parser
from wasmlit.cli.server import DevApp, DevServer, content_type, isolation_headers, make_server
from wasmlit.cli.watch import Watcher, snapshot


def touch(path: Path, text: str) -> None:
    """Write and move the mtime forward, so coarse file-system clocks still see a change."""
    path.write_text(text)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


def test_snapshot_and_poll_detect_edit_add_and_remove(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("a")
    (tmp_path / "__pycache__").mkdir()
    changes: list[int] = []
    watcher = Watcher(tmp_path, on_change=lambda: changes.append(1))
    assert watcher.poll() is False
    (tmp_path / "__pycache__" / "x.pyc").write_text("ignored")
    assert watcher.poll() is False
    touch(tmp_path / "app.py", "ab")
    assert watcher.poll() is True
    (tmp_path / "util.py").write_text("")
    assert watcher.poll() is True
    (tmp_path / "util.py").unlink()
    assert watcher.poll() is True
    assert len(changes) == 3
    assert set(snapshot(tmp_path)) == {"app.py"}


def test_watcher_thread_calls_back_within_a_second(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("a")
    changed = threading.Event()
    watcher = Watcher(tmp_path, on_change=changed.set, interval=0.05)
    watcher.start()
    try:
        touch(tmp_path / "app.py", "b")
        assert changed.wait(timeout=5)
    finally:
        watcher.stop()


@pytest.mark.parametrize(
    "name, expected",
    [
        ("pyodide.mjs", "application/javascript; charset=utf-8"),
        ("worker.js", "application/javascript; charset=utf-8"),
        ("pyodide.asm.wasm", "application/wasm"),
        ("pyodide-lock.json", "application/json"),
        ("core.zip", "application/zip"),
        ("index.html", "text/html; charset=utf-8"),
        ("blob.bin", "application/octet-stream"),
    ],
)
def test_content_types(name: str, expected: str) -> None:
    assert content_type(name) == expected


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[DevServer, Path]]:
    """A real dev server on 127.0.0.1 at a free port, with stand-in bundles."""
    static = tmp_path / "static"
    static.mkdir()
    (static / "wasmlit.js").write_text("export {};\n")
    (static / "worker.js").write_text("export {};\n")
    monkeypatch.setattr(server_mod, "static_dir", lambda: static)
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "pyodide.mjs").write_text("export {};\n")
    (dist / "pyodide.asm.wasm").write_bytes(b"\0asm")
    app_dir = tmp_path / "app"
    app_dir.mkdir()
    (app_dir / "app.py").write_text("import streamlit as st\n")
    (app_dir / "data.csv").write_text("a,b\n")
    (app_dir / "secret.txt").write_text("x")
    app = DevApp(app_dir / "app.py", pyodide_url=None, pyodide_dir=dist)
    (app_dir / "secret.txt").unlink()
    app.files_changed()
    server = make_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server, app_dir
    finally:
        app.close()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def get(server: DevServer, path: str) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection(*server.server_address[:2], timeout=5)
    conn.request("GET", path)
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body


def test_routes_serve_page_bundles_core_manifest_app_and_pyodide(
    served: tuple[DevServer, Path],
) -> None:
    server, _ = served
    status, headers, body = get(server, "/")
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert headers["cache-control"] == "no-store"
    page = body.decode()
    assert 'src="./app/"' in page
    assert 'pyodide-url="./pyodide/"' in page
    assert 'live-reload="./__wasmlit/events"' in page
    assert get(server, "/wasmlit/worker.js")[1]["content-type"].startswith("application/javascript")
    status, headers, body = get(server, "/wasmlit/core.zip")
    assert (status, headers["content-type"], body[:2]) == (200, "application/zip", b"PK")
    status, _, body = get(server, "/app/wasmlit.json")
    assert json.loads(body)["files"] == ["app.py", "data.csv"]
    assert get(server, "/app/data.csv")[2] == b"a,b\n"
    assert get(server, "/pyodide/pyodide.asm.wasm")[1]["content-type"] == "application/wasm"
    assert get(server, "/pyodide/pyodide.mjs")[1]["content-type"].startswith(
        "application/javascript"
    )


def test_only_manifest_files_are_served(served: tuple[DevServer, Path]) -> None:
    server, app_dir = served
    (app_dir / ".env").write_text("SECRET=1")
    assert get(server, "/app/.env")[0] == 404
    assert get(server, "/app/../app/app.py")[0] == 404
    assert get(server, "/pyodide/../app/app.py")[0] == 404
    assert get(server, "/nothing.txt")[0] == 404
    assert get(server, "/a/nothing")[0] == 404
    # One segment without a dot may be an app page (a deep link): the app's page answers.
    status, _, body = get(server, "/Data")
    assert status == 200 and b"<wasmlit-app" in body


def test_event_stream_sends_reload_after_a_change(served: tuple[DevServer, Path]) -> None:
    server, app_dir = served
    sock = socket.create_connection(server.server_address[:2], timeout=5)
    sock.sendall(b"GET /__wasmlit/events HTTP/1.1\r\nHost: x\r\n\r\n")
    received = b""
    deadline = time.monotonic() + 5
    while b": connected" not in received and time.monotonic() < deadline:
        received += sock.recv(4096)
    assert b"content-type: text/event-stream" in received.lower()
    (app_dir / "new.py").write_text("")
    server.app.files_changed()  # what the watcher calls
    while b"data: reload\n\n" not in received and time.monotonic() < deadline:
        received += sock.recv(4096)
    sock.close()
    assert b"data: reload\n\n" in received
    assert "new.py" in server.app.manifest["files"]


def test_offline_lock_in_pyodide_dir_reaches_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_mod, "static_dir", lambda: tmp_path)
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "pyodide.mjs").write_text("export {};\n")
    (tmp_path / "app.py").write_text("import streamlit as st\n")
    assert (
        "lock-file-url"
        not in DevApp(tmp_path / "app.py", pyodide_url=None, pyodide_dir=dist).page().decode()
    )
    (dist / "offline-lock.json").write_text("{}")
    page = DevApp(tmp_path / "app.py", pyodide_url=None, pyodide_dir=dist).page().decode()
    assert 'lock-file-url="./pyodide/offline-lock.json"' in page


def test_every_response_makes_the_page_cross_origin_isolated(
    served: tuple[DevServer, Path],
) -> None:
    server, _ = served
    for path in (
        "/",
        "/wasmlit/worker.js",
        "/wasmlit/core.zip",
        "/app/app.py",
        "/pyodide/pyodide.mjs",
    ):
        headers = get(server, path)[1]
        assert headers["cross-origin-opener-policy"] == "same-origin", path
        assert headers["cross-origin-embedder-policy"] == "require-corp", path
    assert get(server, "/nothing.txt")[1]["cross-origin-embedder-policy"] == "require-corp"


def test_isolation_modes_and_the_cli_flag(tmp_path: Path) -> None:
    assert isolation_headers("off") == {}
    assert isolation_headers("credentialless")["Cross-Origin-Embedder-Policy"] == "credentialless"
    with pytest.raises(ValueError):
        isolation_headers("maybe")
    args = parser().parse_args(["run", "app.py"])
    assert args.cross_origin_isolation == "require-corp"
    args = parser().parse_args(["run", "app.py", "--cross-origin-isolation", "off"])
    assert args.cross_origin_isolation == "off"
    (tmp_path / "app.py").write_text("import streamlit as st\n")
    app = DevApp(tmp_path / "app.py", pyodide_url=None, isolation="off")
    assert app.headers == {}
