"""The ``wasmlit`` command: ``build`` a static site or ``run`` one live.

Example::

    wasmlit build app.py --out site/
    wasmlit run app.py --pyodide-dir .cache/pyodide/0.27.7
"""

from __future__ import annotations

import argparse
import sys
import webbrowser
from collections.abc import Sequence
from pathlib import Path

from wasmlit.cli.manifest import SECRETS_FILE
from wasmlit.cli.site import DEFAULT_PYODIDE_URL, SiteError, write_site

ISOLATION_HELP = (
    "COEP of the served pages: require-corp (default) or credentialless make the page "
    "cross-origin isolated, so widget changes end a running script and Stop interrupts "
    "it; off: runs always end on their own"
)


def _add_pyodide_args(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--pyodide-url",
        help=f"base URL of Pyodide (folder holding pyodide.mjs); default {DEFAULT_PYODIDE_URL}",
    )
    group.add_argument(
        "--pyodide-dir",
        type=Path,
        help="a local Pyodide distribution to serve as ./pyodide/ (offline use)",
    )
    parser.add_argument(
        "--lock-file-url",
        help="Pyodide's lockFileURL: a pyodide-lock.json other than the one beside pyodide.mjs "
        "(default with --pyodide-dir: its offline-lock.json when present)",
    )


def _add_page_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--map-tiles",
        metavar="URL",
        help="st.map's tile URL template with {z}, {x}, {y} (and {s}, {r}), or none for no "
        "tiles; default Carto's light or dark basemap",
    )
    parser.add_argument(
        "--map-tiles-attribution",
        metavar="TEXT",
        help="the credit shown under custom map tiles",
    )


def parser() -> argparse.ArgumentParser:
    """The argument parser (also used by tests)."""
    p = argparse.ArgumentParser(
        prog="wasmlit", description="Run Streamlit apps in the browser with Pyodide."
    )
    sub = p.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="write a static site for an app")
    build.add_argument("script", type=Path, help="the app's Streamlit script")
    build.add_argument("--out", type=Path, default=Path("site"), help="output folder (site/)")
    _add_pyodide_args(build)
    _add_page_args(build)

    run = sub.add_parser("run", help="serve an app locally with live reload")
    run.add_argument("script", type=Path, help="the app's Streamlit script")
    run.add_argument("--port", type=int, default=8501, help="port (0: any free port)")
    run.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
    run.add_argument("--no-browser", action="store_true", help="do not open a browser")
    run.add_argument(
        "--cross-origin-isolation",
        choices=("require-corp", "credentialless", "off"),
        default="require-corp",
        help=ISOLATION_HELP,
    )
    _add_pyodide_args(run)
    _add_page_args(run)
    return p


def cmd_build(args: argparse.Namespace) -> int:
    manifest = write_site(
        args.script,
        args.out,
        pyodide_url=args.pyodide_url,
        pyodide_dir=args.pyodide_dir,
        lock_file_url=args.lock_file_url,
        map_tiles=args.map_tiles,
        map_tiles_attribution=args.map_tiles_attribution,
    )
    print(f"wasmlit: wrote {args.out}/ ({len(manifest['files'])} app files)")
    print(f"  serve it with any static server, e.g. python -m http.server -d {args.out}")
    print(
        "  to interrupt running scripts, serve it with COOP/COEP headers "
        "(see docs/execution-flow.md)"
    )
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from wasmlit.cli.server import DevApp, make_server
    from wasmlit.cli.watch import Watcher

    pyodide_url = args.pyodide_url or (None if args.pyodide_dir else DEFAULT_PYODIDE_URL)
    app = DevApp(
        args.script,
        pyodide_url=pyodide_url,
        pyodide_dir=args.pyodide_dir,
        lock_file_url=args.lock_file_url,
        isolation=args.cross_origin_isolation,
        map_tiles=args.map_tiles,
        map_tiles_attribution=args.map_tiles_attribution,
    )
    server = make_server(app, args.host, args.port)
    url = f"http://{args.host}:{server.server_port}/"
    watcher = Watcher(app.app_dir, on_change=app.files_changed)
    watcher.start()
    print(f"wasmlit: serving {app.script.name} at {url}", flush=True)
    print("  edits reload the app; Ctrl+C stops", flush=True)
    if SECRETS_FILE in app.manifest["files"]:
        print(
            "  .streamlit/secrets.toml is served to this local page for st.secrets;"
            " `wasmlit build` never publishes it",
            flush=True,
        )
    if not args.no_browser:
        webbrowser.open(url)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        watcher.stop()
        app.close()
        server.server_close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``wasmlit`` console script."""
    args = parser().parse_args(argv)
    try:
        if args.command == "build":
            return cmd_build(args)
        return cmd_run(args)
    except SiteError as exc:
        print(f"wasmlit: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
