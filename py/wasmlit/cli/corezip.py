"""Pack the wasmlit package's browser-side sources into ``core.zip``.

The worker unpacks it into a folder on ``sys.path``. ``cli/`` and ``static/``
never run in the browser and stay out. Timestamps are fixed so the same
sources always give the same bytes (cache-friendly).

Example::

    data = core_zip_bytes()          # bytes of a zip whose top folder is wasmlit/
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import wasmlit

EXCLUDED_DIRS = {"cli", "static", "__pycache__"}
INCLUDED_SUFFIXES = {".py", ".typed", ".json"}
FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def package_dir() -> Path:
    """The installed (or editable) ``wasmlit`` package folder."""
    return Path(next(iter(wasmlit.__path__))).resolve()


def core_members(root: Path | None = None) -> list[tuple[str, Path]]:
    """``(archive name, file)`` pairs for every file that goes into core.zip."""
    root = root or package_dir()
    members = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if not path.is_file() or path.suffix not in INCLUDED_SUFFIXES:
            continue
        if any(part in EXCLUDED_DIRS for part in rel.parts[:-1]):
            continue
        members.append((f"wasmlit/{rel.as_posix()}", path))
    return members


def core_zip_bytes(root: Path | None = None) -> bytes:
    """Deterministic zip of the browser-side core."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, path in core_members(root):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, path.read_bytes())
    return buf.getvalue()
