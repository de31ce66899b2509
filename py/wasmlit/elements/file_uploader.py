"""st.file_uploader: a dropzone and a file list; returns UploadedFile objects.

The wire value is always a list of file references (:data:`FILE_REF`); the
UI uploads each file first (``upload_file``), then sends the list. With
``accept_multiple_files=False`` the list holds at most one file and a new
pick replaces it; with ``True`` or ``"directory"`` picks add to it. A
directory pick keeps each file's path relative to the chosen folder in its
name ("photos/2024/a.png") and only files matching ``type``.

The UI refuses files of the wrong type or above the size limit, with a
message beside the file; :func:`wasmlit.runtime.file_types.accepted_files`
drops such files again in Python, so the script never sees them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Arr, Enum, Int, Str
from wasmlit.runtime.context import current
from wasmlit.runtime.file_types import (
    accepted_files,
    normalize_file_types,
    refs_of,
    upload_limit_mb,
)
from wasmlit.runtime.uploads import FILE_REF, UploadedFile
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

MODES = ("single", "multiple", "directory")

SPEC = element(
    "file_uploader",
    {
        "type": Arr(Str()),  # normalized: ".csv", "image/png", "image/*"; empty: any file
        "mode": Enum(*MODES),  # accept_multiple_files False / True / "directory"
        "max_upload_size": Int(),  # megabytes per file
        "value": Arr(FILE_REF),  # the files the script sees
    },
    chrome=True,
    widget_value=Arr(FILE_REF),
    doc="A file dropzone; the value is the list of uploaded files.",
)


def _mode(accept_multiple_files: Any) -> str:
    if accept_multiple_files == "directory":
        return "directory"
    if isinstance(accept_multiple_files, bool):
        return "multiple" if accept_multiple_files else "single"
    raise StreamlitAPIException(
        "The `accept_multiple_files` parameter must be a boolean or 'directory', "
        f"got {accept_multiple_files!r}."
    )


def file_uploader(
    dg: DeltaGenerator,
    label: str,
    type: str | Sequence[str] | None = None,
    accept_multiple_files: Any = False,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    max_upload_size: int | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> UploadedFile | list[UploadedFile] | None:
    """st.file_uploader: None or an UploadedFile, or a list with several files."""
    mode = _mode(accept_multiple_files)
    types = normalize_file_types(type)
    limit_mb = upload_limit_mb(max_upload_size, current().options)
    base = chrome(label, help, disabled, label_visibility, width=width, allow_content=False)
    many = mode != "single"

    def serialize(value: Any) -> list[dict[str, Any]]:
        if value is None:
            return []
        files = value if isinstance(value, list | tuple) else [value]
        return refs_of(files)[: None if many else 1]

    def _shown(wire: Any) -> list[dict[str, Any]]:
        # Only the files the script sees: a refused or forgotten file is not listed.
        kept = {f.file_id for f in accepted_files(current().uploads, wire, types, limit_mb)}
        return [ref for ref in wire if ref.get("file_id") in kept]

    def deserialize(wire: Any) -> UploadedFile | list[UploadedFile] | None:
        files = accepted_files(current().uploads, wire, types, limit_mb)
        if many:
            return files
        return files[0] if files else None

    return widget(
        dg,
        "file_uploader",
        key=key,
        identity={
            "label": label,
            "type": types,
            "accept_multiple_files": mode,
            "max_upload_size": limit_mb,
            "help": help,
        },
        key_identity=("type", "accept_multiple_files", "max_upload_size"),
        default=None,
        serialize=serialize,
        deserialize=deserialize,
        props=lambda wire: {
            **base,
            "type": types,
            "mode": mode,
            "max_upload_size": limit_mb,
            "value": _shown(wire),
        },
        callback=Callback.of(None if on_change == "rerun" else on_change, args, kwargs),
        settable=False,  # Streamlit: files cannot be set through Session State
    )
