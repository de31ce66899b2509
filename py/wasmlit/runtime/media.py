"""Media sources shared by st.image, st.audio, st.video, st.pdf and st.logo.

A source is bytes (sent to the UI as a transferred ArrayBuffer, shown through
an object URL) or a URL the browser loads itself. Paths are read from the
app's files; file-like objects (``UploadedFile``, ``BytesIO``, open files) are
read whole.

Example::

    src = media_source(b"RIFF...", default_mime="audio/wav")
    assert src == MediaSource(data=b"RIFF...", url=None, mime_type="audio/wav")
"""

from __future__ import annotations

import io
import mimetypes
import os
from dataclasses import dataclass
from typing import Any

from wasmlit.errors import StreamlitAPIException

URL_PREFIXES = ("http://", "https://", "data:", "blob:", "//")


@dataclass(frozen=True)
class MediaSource:
    """Either ``data`` (bytes) or ``url``; ``mime_type`` as known or guessed."""

    data: bytes | None
    url: str | None
    mime_type: str


def is_url(value: str) -> bool:
    return value.startswith(URL_PREFIXES)


def guess_mime(name: str, default: str) -> str:
    guessed, _ = mimetypes.guess_type(name)
    return guessed or default


def read_file_like(obj: Any) -> bytes:
    """All bytes of a file-like object, whatever its position (it is left unchanged)."""
    getvalue = getattr(obj, "getvalue", None)
    if callable(getvalue):
        value = getvalue()
        return value.encode("utf-8") if isinstance(value, str) else bytes(value)
    position = obj.tell() if hasattr(obj, "tell") else None
    if position is not None and hasattr(obj, "seek"):
        obj.seek(0)
    value = obj.read()
    if position is not None and hasattr(obj, "seek"):
        obj.seek(position)
    return value.encode("utf-8") if isinstance(value, str) else bytes(value)


def media_source(data: Any, *, default_mime: str, command: str = "st.media") -> MediaSource:
    """Turn a user's ``data`` argument into bytes or a URL, with a MIME type."""
    if isinstance(data, bytes | bytearray | memoryview):
        return MediaSource(bytes(data), None, default_mime)
    if isinstance(data, str | os.PathLike):
        text = os.fspath(data)
        if isinstance(data, str) and is_url(text):
            return MediaSource(None, text, guess_mime(text.split("?")[0], default_mime))
        if not os.path.isfile(text):
            raise StreamlitAPIException(
                f"{command} could not find the file {text!r}: give a path relative to "
                "the app's folder, a URL, bytes or a file-like object."
            )
        with open(text, "rb") as f:
            return MediaSource(f.read(), None, guess_mime(text, default_mime))
    if hasattr(data, "read") or isinstance(data, io.IOBase):
        mime = getattr(data, "type", None)
        name = getattr(data, "name", None)
        if not isinstance(mime, str) or not mime:
            mime = guess_mime(name, default_mime) if isinstance(name, str) else default_mime
        return MediaSource(read_file_like(data), None, mime)
    raise StreamlitAPIException(
        f"{command} cannot show data of type {type(data).__name__}: give bytes, a path, "
        "a URL or a file-like object."
    )
