"""Rules shared by the widgets that take files (``file_uploader``, ``chat_input``).

- :func:`normalize_file_types`: the ``type=`` / ``file_type=`` parameter as one
  list of specifiers the UI and Python both match against: lowercase
  extensions with a leading dot (".csv"), MIME types ("image/png") and MIME
  wildcards ("image/*"; the shortcuts "image", "audio", "video" and "text"
  become wildcards). Common aliases come in pairs: ".jpg" allows ".jpeg" too.
- :func:`upload_limit_mb`: ``max_upload_size`` checked, or ``server.maxUploadSize``.
- :func:`accepted_files`: wire references to ``UploadedFile`` objects, dropping
  any file the UI should have refused (wrong type, too big): a tampered or
  stale message never reaches the script, and never crashes it.

Example::

    normalize_file_types(["JPG", "image"])  # ["image/*", ".jpg", ".jpeg"]
    file_allowed("Photo.JPEG", "image/jpeg", [".jpg", ".jpeg"])  # True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.uploads import UploadedFile, UploadStore, ref_of, uploaded_files

CATEGORY_SHORTCUTS = frozenset({"image", "audio", "video", "text"})

# Extensions that name the same kind of file: allowing one allows the other.
EXTENSION_ALIASES: tuple[tuple[str, str], ...] = (
    (".jpg", ".jpeg"),
    (".mpg", ".mpeg"),
    (".mp4", ".mpeg4"),
    (".tif", ".tiff"),
    (".htm", ".html"),
    (".tar.gz", ".tgz"),
    (".tar.bz2", ".tbz2"),
    (".tar.xz", ".txz"),
)

BYTES_PER_MB = 1024 * 1024


def normalize_file_types(types: str | Sequence[str] | None) -> list[str]:
    """Specifiers to match files against; an empty list allows every file."""
    if types is None:
        return []
    if isinstance(types, str):
        types = [types]
    mimes: list[str] = []
    extensions: list[str] = []
    for raw in types:
        if not isinstance(raw, str):
            raise StreamlitAPIException(f"File types must be strings, got {type(raw).__name__}.")
        entry = raw.strip().lower()
        if not entry:
            continue
        if entry in CATEGORY_SHORTCUTS:
            _add(mimes, f"{entry}/*")
        elif "/" in entry:
            _add(mimes, entry)
        else:
            _add(extensions, entry if entry.startswith(".") else f".{entry}")
    for a, b in EXTENSION_ALIASES:
        if a in extensions:
            _add(extensions, b)
        if b in extensions:
            _add(extensions, a)
    return mimes + extensions


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def file_allowed(name: str, mime_type: str, types: Sequence[str]) -> bool:
    """Whether a file matches one of the normalized ``types`` (all match when empty)."""
    if not types:
        return True
    lower_name = name.lower()
    mime = mime_type.lower()
    for spec in types:
        if spec.endswith("/*"):
            if mime.startswith(spec[:-1]):
                return True
        elif "/" in spec:
            if mime == spec:
                return True
        elif lower_name.endswith(spec):
            return True
    return False


def upload_limit_mb(max_upload_size: Any, options: Any) -> int:
    """The per-file limit in MB: ``max_upload_size`` if given, else ``server.maxUploadSize``."""
    if max_upload_size is None:
        configured = options.get("server.maxUploadSize", 200)
        return int(configured)
    if (
        isinstance(max_upload_size, bool)
        or not isinstance(max_upload_size, int)
        or max_upload_size <= 0
    ):
        raise StreamlitAPIException(
            f"max_upload_size must be a positive integer (megabytes), got {max_upload_size!r}."
        )
    return max_upload_size


def accepted_files(
    store: UploadStore, refs: Any, types: Sequence[str], limit_mb: int
) -> list[UploadedFile]:
    """The referenced files that exist and pass the type and size rules."""
    if not isinstance(refs, list):
        raise TypeError(f"expected a list of file references, got {refs!r}")
    limit = limit_mb * BYTES_PER_MB
    return [
        f
        for f in uploaded_files(store, refs)
        if "\0" not in f.name and f.size <= limit and file_allowed(f.name, f.type, types)
    ]


def refs_of(files: Iterable[Any]) -> list[dict[str, Any]]:
    """Wire references for ``UploadedFile`` objects (AppTest's pending values)."""
    refs = []
    for f in files:
        if not isinstance(f, UploadedFile):
            raise StreamlitAPIException(
                f"Expected an UploadedFile, got {type(f).__name__}. "
                "Files can only be set by uploading them."
            )
        refs.append(ref_of(f))
    return refs
