"""``declare_component``: custom components served without a server.

A ``path=`` component's build folder lives in the Pyodide file system (the
app's files, or an installed package's ``frontend/build``). Its files are read
once per process (again when the folder changes) and sent with the element
only the first time a session shows that content hash; the UI stores them in
Cache Storage, where a service worker serves them to the component's frame
(``docs/components.md``).
"""

from __future__ import annotations

import hashlib
import inspect
import os
from pathlib import Path
from typing import Any

from wasmlit.errors import StreamlitAPIException

MAX_FOLDER_BYTES = 64 * 1024 * 1024  # a component bigger than this is surely not a build folder
_SKIPPED = {".git", "node_modules", "__pycache__"}

# folder -> (its listing when read, files_id, files): re-read only when the listing changes.
_files_cache: dict[str, tuple[tuple[tuple[str, int, int], ...], str, list[dict[str, Any]]]] = {}


def _listing(folder: Path) -> list[tuple[str, Path, int, int]]:
    """(relative path, path, size, mtime_ns) of every file under ``folder``, sorted."""
    found: list[tuple[str, Path, int, int]] = []
    total = 0
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in _SKIPPED)
        for name in sorted(names):
            path = Path(root) / name
            stat = path.stat()
            total += stat.st_size
            if total > MAX_FOLDER_BYTES:
                raise StreamlitAPIException(f"The component folder {folder} is too large.")
            rel = path.relative_to(folder).as_posix()
            found.append((rel, path, stat.st_size, stat.st_mtime_ns))
    return found


def read_folder(folder: Path) -> tuple[str, list[dict[str, Any]]]:
    """(content hash, [{path, data}]) of every file under ``folder``.

    Cached by folder; a changed listing (a live-reload save that touched the
    folder: sizes, mtimes, names) reads it again, giving a new content hash.
    """
    if not (folder / "index.html").is_file():
        raise StreamlitAPIException(f"No index.html in the component folder {folder}.")
    listing = _listing(folder)
    signature = tuple((rel, size, mtime) for rel, _, size, mtime in listing)
    cached = _files_cache.get(str(folder))
    if cached is not None and cached[0] == signature:
        return cached[1], cached[2]
    files: list[dict[str, Any]] = []
    digest = hashlib.sha1()
    for rel, path, _, _ in listing:
        data = path.read_bytes()
        digest.update(rel.encode() + b"\0" + hashlib.sha1(data).digest())
        files.append({"path": rel, "data": data})
    files_id = digest.hexdigest()[:20]
    _files_cache[str(folder)] = (signature, files_id, files)
    return files_id, files


class CustomComponent:
    """A declared component; calling it shows it and returns its value."""

    def __init__(self, name: str, path: str | None = None, url: str | None = None) -> None:
        if (path is None) == (url is None):
            raise StreamlitAPIException("Either 'path' or 'url' must be set, but not both.")
        self.name = name
        self.path = path
        self.url = url

    def __repr__(self) -> str:
        return f"CustomComponent(name={self.name!r}, path={self.path!r}, url={self.url!r})"

    def folder_files(self) -> tuple[str | None, list[dict[str, Any]] | None]:
        if self.path is None:
            return None, None
        return read_folder(Path(self.path))

    def create_instance(
        self,
        *args: Any,
        default: Any = None,
        key: Any = None,
        on_change: Any = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        from wasmlit.elements.component_instance import component_instance
        from wasmlit.runtime.delta_generator import active

        return component_instance(
            active(),
            self,
            args,
            kwargs,
            default=default,
            key=key,
            on_change=on_change,
            tab_index=tab_index,
        )

    __call__ = create_instance  # calling the component creates an instance, as in Streamlit

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CustomComponent) and (self.name, self.path, self.url) == (
            other.name,
            other.path,
            other.url,
        )

    def __hash__(self) -> int:
        return hash((self.name, self.path, self.url))


def _caller_module(frame: Any) -> tuple[str, Path | None]:
    """The caller's module name (its file's stem for a script) and its folder."""
    module = frame.f_globals.get("__name__", "__main__")
    file = frame.f_globals.get("__file__")
    folder = Path(file).resolve().parent if isinstance(file, str) else None
    if module == "__main__" and isinstance(file, str):
        module = Path(file).stem
    return str(module), folder


def declare_component(
    name: str, path: str | os.PathLike[str] | None = None, url: str | None = None
) -> CustomComponent:
    """Declare a component served from ``path`` (a build folder) or ``url``.

    The full name is ``<caller module>.<name>`` as in Streamlit. A relative
    ``path`` is taken from the caller's folder when it exists there, else from
    the working directory.
    """
    frame = inspect.currentframe()
    caller = frame.f_back if frame is not None else None
    module, folder = _caller_module(caller) if caller is not None else ("__main__", None)
    resolved: str | None = None
    if path is not None:
        candidate = Path(path)
        if not candidate.is_absolute() and folder is not None and (folder / candidate).is_dir():
            candidate = folder / candidate
        resolved = str(candidate.resolve())
    return CustomComponent(f"{module}.{name}", path=resolved, url=url)
