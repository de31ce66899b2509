"""st.pdf: a PDF shown by the browser's own viewer.

Bytes travel as a binary prop; the UI puts them in an ``application/pdf``
object URL inside an ``<iframe>``, with a link to open the file as a fallback
(no PDF library is shipped). An http(s) URL is given to the browser as is.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidHeightError,
    StreamlitMissingRequiredParameterError,
)
from wasmlit.protocol.schema import Binary, Enum, Int, Optional, Str, Union
from wasmlit.runtime.context import current
from wasmlit.runtime.media import read_file_like
from wasmlit.runtime.widgets import to_key

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

PDF_MIME = "application/pdf"

SPEC = element(
    "pdf",
    {
        "data": Optional(Binary()),  # the file's bytes, or None for a URL
        "url": Optional(Str()),
        "height": Union(Int(), Enum("stretch")),  # pixels, or fill the parent's height
        "alt": Optional(Str()),  # accessible name of the viewer
    },
    doc="A PDF viewer (the browser's own) with a link to open the file.",
)


def check_pdf_height(height: Any) -> int | str:
    """Pixels (a positive int) or "stretch"; "content" is not allowed for a PDF."""
    if height == "stretch":
        return "stretch"
    if isinstance(height, int) and not isinstance(height, bool) and height > 0:
        return height
    raise StreamlitInvalidHeightError(
        f"Invalid height value: {height!r}. Height must be either an integer (pixels) or 'stretch'."
    )


def _pdf_source(data: Any) -> tuple[bytes | None, str | None]:
    if isinstance(data, str | os.PathLike):
        text = os.fspath(data).strip()
        if isinstance(data, str) and text.startswith(("http://", "https://")):
            return None, text
        try:
            with open(text, "rb") as f:
                return f.read(), None
        except OSError as e:
            raise StreamlitAPIException(f"Unable to read file '{text}': {e}") from e
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data), None
    if hasattr(data, "read"):
        return read_file_like(data), None
    raise StreamlitAPIException(
        f"Unsupported data type for PDF: {type(data).__name__}. Please provide a file path "
        "(str or Path), URL (str), bytes data, or file-like object (such as BytesIO or "
        "UploadedFile)."
    )


def pdf(
    dg: DeltaGenerator,
    data: Any,
    *,
    height: Any = 500,
    key: str | None = None,
    alt: str | None = None,
) -> DeltaGenerator:
    """st.pdf: show a PDF file in the browser's viewer."""
    if data is None:
        raise StreamlitMissingRequiredParameterError(
            "The `data` parameter of st.pdf is required. Please provide a valid PDF file path, "
            "URL, bytes data, or file-like object."
        )
    mode = check_pdf_height(height)
    content, url = _pdf_source(data)
    user_key = to_key(key)
    current().register_element("pdf", None, user_key)
    props = {
        "data": content,
        "url": url,
        "height": mode,
        "alt": None if alt is None else str(alt),
    }
    return dg._put_element("pdf", props, key=user_key)
