"""Collect an app's files and describe them in ``wasmlit.json``.

Example::

    m = build_manifest(Path("examples/hello/app.py"))
    # {"entrypoint": "app.py", "files": ["app.py"], "requirements": [], "options": {}}
"""

from __future__ import annotations

import datetime
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Folders that are never part of an app (caches, VCS, environments, tooling).
SKIP_DIRS = {"__pycache__", "node_modules", "venv", "env", "site-packages"}
# Hidden folders are skipped, except Streamlit's own config folder.
KEEP_HIDDEN_DIRS = {".streamlit"}
# Secrets must never be published in a static site: whatever a browser gets, its
# user can read. Only the local dev server (`wasmlit run`) serves them.
SECRETS_FILE = ".streamlit/secrets.toml"
SKIP_FILES = {SECRETS_FILE}
SKIP_SUFFIXES = {".pyc", ".pyo"}
# Requirements the browser already has: the core *is* streamlit.
PROVIDED = {"streamlit"}


def _is_venv(path: Path) -> bool:
    return (path / "pyvenv.cfg").is_file()


def iter_app_files(
    app_dir: Path, exclude: tuple[Path, ...] = (), *, include_secrets: bool = False
) -> Iterator[str]:
    """Yield every app file below ``app_dir`` as a sorted, "/"-separated relative path.

    ``.streamlit/secrets.toml`` is left out unless ``include_secrets`` (``wasmlit run``).
    """
    excluded = {p.resolve() for p in exclude}

    def walk(folder: Path) -> Iterator[Path]:
        for entry in sorted(folder.iterdir(), key=lambda p: p.name):
            if entry.resolve() in excluded:
                continue
            if entry.is_dir():
                hidden = entry.name.startswith(".") and entry.name not in KEEP_HIDDEN_DIRS
                if hidden or entry.name in SKIP_DIRS or _is_venv(entry):
                    continue
                yield from walk(entry)
            elif entry.is_file() and not entry.name.startswith("."):
                yield entry

    for path in walk(app_dir):
        rel = path.relative_to(app_dir).as_posix()
        if (rel in SKIP_FILES and not (include_secrets and rel == SECRETS_FILE)) or (
            path.suffix in SKIP_SUFFIXES
        ):
            continue
        yield rel


def _requirement_name(line: str) -> str:
    name = line
    for sep in "[<>=!~;@ ":
        name = name.split(sep, 1)[0]
    return name.strip().lower().replace("_", "-")


def parse_requirements(text: str) -> list[str]:
    """Requirement lines for micropip: comments, pip options and streamlit dropped.

    >>> parse_requirements("streamlit>=1.30\\nnumpy  # arrays\\n-r other.txt\\n\\nrich==13.7\\n")
    ['numpy', 'rich==13.7']
    """
    reqs: list[str] = []
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("-"):
            print(f"wasmlit: ignoring pip option in requirements.txt: {line}", file=sys.stderr)
            continue
        if _requirement_name(line) in PROVIDED:
            continue
        reqs.append(line)
    return reqs


def _json_value(value: Any) -> Any:
    # TOML dates and times have no JSON form; Streamlit options never use them.
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    return value


def flatten_options(config: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"runner": {"magicEnabled": False}}`` -> ``{"runner.magicEnabled": False}``."""
    flat: dict[str, Any] = {}
    for key, value in config.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten_options(value, f"{name}."))
        else:
            flat[name] = _json_value(value)
    return flat


def read_options(app_dir: Path) -> dict[str, Any]:
    """Options from ``.streamlit/config.toml`` beside the script, flattened."""
    path = app_dir / ".streamlit" / "config.toml"
    if not path.is_file():
        return {}
    try:
        return flatten_options(tomllib.loads(path.read_text(encoding="utf-8")))
    except tomllib.TOMLDecodeError as exc:
        raise SystemExit(f"wasmlit: {path} is not valid TOML: {exc}") from exc


def build_manifest(
    script: Path, exclude: tuple[Path, ...] = (), *, include_secrets: bool = False
) -> dict[str, Any]:
    """The ``wasmlit.json`` content for ``script`` and the files beside it."""
    app_dir = script.parent
    reqs_path = app_dir / "requirements.txt"
    requirements = (
        parse_requirements(reqs_path.read_text(encoding="utf-8")) if reqs_path.is_file() else []
    )
    return {
        "entrypoint": script.name,
        "files": list(iter_app_files(app_dir, exclude, include_secrets=include_secrets)),
        "requirements": requirements,
        "options": read_options(app_dir),
    }
