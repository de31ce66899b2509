"""Assemble a static wasmlit site: every path in it is relative.

Layout written by :func:`write_site`::

    index.html            loads ./wasmlit/wasmlit.js, holds <wasmlit-app src="./app/">
    wasmlit/              wasmlit.js, worker.js, chunks/, core.zip
    app/wasmlit.json      the manifest; app/<files> beside it
    pyodide/              only with --pyodide-dir (offline bundle)

With ``--pyodide-dir`` the page also gets ``lock-file-url`` pointing at the
distribution's ``offline-lock.json`` when it has one (scripts/provision_pyodide.py
writes it: the official lock plus pinned pure wheels such as altair, plotly and
graphviz), so those packages load without a network.

``--map-tiles`` / ``--map-tiles-attribution`` become the page's ``map-tiles``
and ``map-tiles-attribution`` attributes: st.map's tile URL template ("none":
no tiles) and the text credited under the map.

Example::

    write_site(Path("app.py"), Path("site"), pyodide_url=DEFAULT_PYODIDE_URL)
"""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path
from typing import Any

from wasmlit.cli.corezip import core_zip_bytes, package_dir
from wasmlit.cli.manifest import build_manifest

DEFAULT_PYODIDE_URL = "https://cdn.jsdelivr.net/pyodide/v0.27.7/full/"
LOCAL_PYODIDE_URL = "./pyodide/"
# A Pyodide lock with extra offline wheels, written beside pyodide-lock.json.
OFFLINE_LOCK = "offline-lock.json"
REQUIRED_BUNDLES = ("wasmlit.js", "worker.js")


class SiteError(Exception):
    """A user-facing problem (missing bundles, bad script path)."""


def static_dir() -> Path:
    """The UI and worker bundles shipped in the package; fail clearly if not built."""
    folder = package_dir() / "static"
    missing = [name for name in REQUIRED_BUNDLES if not (folder / name).is_file()]
    if missing:
        raise SiteError(
            f"the UI bundles ({', '.join(missing)}) are missing from {folder}.\n"
            "In a source checkout, build them with `npm ci && npm run build` "
            "(or run scripts/setup); a released wheel ships them."
        )
    return folder


def check_script(script: Path) -> Path:
    """Resolve the app script, or raise a SiteError saying what is wrong."""
    if not script.is_file():
        raise SiteError(f"no such script: {script}")
    if script.suffix != ".py":
        raise SiteError(f"the app script must be a .py file: {script}")
    return script.resolve()


def index_html(
    *,
    title: str,
    pyodide_url: str,
    live_reload: str | None = None,
    base: str = "./",
    lock_file_url: str | None = None,
    map_tiles: str | None = None,
    map_tiles_attribution: str | None = None,
) -> str:
    """The page holding one ``<wasmlit-app>``; all URLs relative to ``base``."""
    attrs = {"src": f"{base}app/", "pyodide-url": pyodide_url}
    if lock_file_url:
        attrs["lock-file-url"] = lock_file_url
    if map_tiles is not None:
        attrs["map-tiles"] = map_tiles
    if map_tiles_attribution is not None:
        attrs["map-tiles-attribution"] = map_tiles_attribution
    if live_reload:
        attrs["live-reload"] = live_reload
    attr_text = " ".join(f'{k}="{html.escape(v)}"' for k, v in attrs.items())
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<link rel="icon" href="data:,">
<link rel="modulepreload" href="{base}wasmlit/wasmlit.js">
<script type="module" src="{base}wasmlit/wasmlit.js"></script>
<style>html, body {{ margin: 0; }} wasmlit-app {{ display: block; min-height: 100vh; }}</style>
</head>
<body>
<wasmlit-app {attr_text}></wasmlit-app>
</body>
</html>
"""


def _copy_tree(src: Path, dest: Path) -> None:
    # Hidden files (.packages stamps, editor droppings) are never published.
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns(".*", "sizes.json"))


def write_app(script: Path, app_out: Path, exclude: tuple[Path, ...] = ()) -> dict[str, Any]:
    """Write ``wasmlit.json`` and the app's files into ``app_out``; return the manifest."""
    manifest = build_manifest(script, exclude)
    app_out.mkdir(parents=True, exist_ok=True)
    for rel in manifest["files"]:
        target = app_out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(script.parent / rel, target)
    (app_out / "wasmlit.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def local_lock_url(pyodide_dir: Path | None, lock_file_url: str | None) -> str | None:
    """The lock a page should use: the explicit one, else a local offline lock if present."""
    if lock_file_url or pyodide_dir is None:
        return lock_file_url
    return LOCAL_PYODIDE_URL + OFFLINE_LOCK if (pyodide_dir / OFFLINE_LOCK).is_file() else None


def write_site(
    script: Path,
    out: Path,
    *,
    pyodide_url: str | None = None,
    pyodide_dir: Path | None = None,
    lock_file_url: str | None = None,
    map_tiles: str | None = None,
    map_tiles_attribution: str | None = None,
) -> dict[str, Any]:
    """Write the whole static site for ``script`` into ``out``; return the manifest."""
    script = check_script(script)
    bundles = static_dir()
    if pyodide_dir is not None and not (pyodide_dir / "pyodide.mjs").is_file():
        raise SiteError(f"--pyodide-dir {pyodide_dir} has no pyodide.mjs")
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    # Replace only what we own: a stale app file must not survive a rebuild.
    for owned in ("wasmlit", "app", "pyodide"):
        if owned != "pyodide" or pyodide_dir is not None:
            shutil.rmtree(out / owned, ignore_errors=True)
    _copy_tree(bundles, out / "wasmlit")
    (out / "wasmlit" / "core.zip").write_bytes(core_zip_bytes())
    manifest = write_app(script, out / "app", exclude=(out,))
    if pyodide_dir is not None:
        _copy_tree(pyodide_dir, out / "pyodide")
        url = LOCAL_PYODIDE_URL
    else:
        url = pyodide_url or DEFAULT_PYODIDE_URL
    lock = local_lock_url(pyodide_dir, lock_file_url)
    page = index_html(
        title=script.stem,
        pyodide_url=url,
        lock_file_url=lock,
        map_tiles=map_tiles,
        map_tiles_attribution=map_tiles_attribution,
    )
    (out / "index.html").write_text(page)
    # Deep links to app pages (/<url_path>) reach no file: static hosts such as
    # GitHub Pages serve 404.html there, so it is the same page (docs/protocol.md, "Pages").
    (out / "404.html").write_text(page)
    return manifest
