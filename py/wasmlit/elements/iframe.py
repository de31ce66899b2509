"""st.iframe and st.components.v1.html / iframe: sandboxed frames.

``st.iframe(src)`` detects its input as Streamlit documents: an absolute
URL (http, https, data:) or a path starting with "/" is loaded; an existing
local file (``str`` or ``Path``) is read, HTML files (.html, .htm, .xhtml) as
``srcdoc`` and other files (PDF, images ...) as bytes shown through an object
URL; anything else is HTML for ``srcdoc``. The frame is sandboxed (scripts,
forms and popups allowed, no same-origin access), so nothing in it can reach
the app or the page. ``height="content"`` is a fixed default height: a
sandboxed cross-origin frame cannot report its size.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Binary, Bool, Enum, Int, Optional, Str, Union
from wasmlit.runtime.media import guess_mime
from wasmlit.runtime.util import check_height

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

DEFAULT_HEIGHT = 150  # pixels, as browsers size a frame without one

SPEC = element(
    "iframe",
    {
        "src": Optional(Str()),  # a URL
        "srcdoc": Optional(Str()),  # HTML shown in the frame
        "data": Optional(Binary()),  # a local non-HTML file, shown through an object URL
        "mime_type": Str(),
        "width": WIDTH,
        "height": Union(Enum("content", "stretch"), Int()),
        "scrolling": Bool(),
        "tab_index": Optional(Int()),
        "title": Optional(Str()),  # the accessible name (alt=)
    },
    doc="An iframe with a URL or inline HTML, sandboxed.",
)


def _frame(
    dg: DeltaGenerator,
    *,
    src: str | None,
    srcdoc: str | None,
    data: bytes | None = None,
    mime_type: str = "text/html",
    width: Any,
    height: Any,
    scrolling: bool,
    tab_index: Any,
    title: Any,
) -> DeltaGenerator:
    if tab_index is not None and (
        isinstance(tab_index, bool) or not isinstance(tab_index, int) or tab_index < -1
    ):
        raise StreamlitAPIException(
            f"tab_index must be None, -1, or a non-negative integer, got {tab_index!r}."
        )
    props = {
        "src": src,
        "srcdoc": srcdoc,
        "data": data,
        "mime_type": mime_type,
        "width": width,
        "height": height,
        "scrolling": bool(scrolling),
        "tab_index": tab_index,
        "title": None if title is None else str(title),
    }
    return dg._put_element("iframe", props)


def iframe(
    dg: DeltaGenerator,
    src: Any,
    *,
    width: Any = "stretch",
    height: Any = "content",
    tab_index: Any = None,
    alt: Any = None,
) -> DeltaGenerator:
    """st.iframe: a URL, a local file or HTML."""
    check_height(height)
    url, srcdoc, data, mime = _source(src)
    return _frame(
        dg,
        src=url,
        srcdoc=srcdoc,
        data=data,
        mime_type=mime,
        width=check_width(width),
        height=height,
        scrolling=True,
        tab_index=tab_index,
        title=alt,
    )


HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_MAX_PATH = 4096


def _local_file(src: Any) -> Path | None:
    if isinstance(src, os.PathLike):
        return Path(src)
    text = str(src)
    if len(text) > _MAX_PATH or "<" in text or "\n" in text:
        return None
    try:
        return Path(text) if Path(text).is_file() else None
    except (OSError, ValueError):
        return None


def _source(src: Any) -> tuple[str | None, str | None, bytes | None, str]:
    """(url, srcdoc, data, mime type) for ``st.iframe``'s ``src``."""
    if src is None or (isinstance(src, str) and src.strip() == ""):
        raise StreamlitAPIException("st.iframe requires a non-empty src.")
    text = str(src) if not isinstance(src, os.PathLike) else os.fspath(src)
    if text.startswith(("http://", "https://", "data:")) or (
        text.startswith("/") and not text.startswith("//") and _local_file(src) is None
    ):
        return text, None, None, "text/html"
    path = _local_file(src)
    if path is not None:
        if path.suffix.lower() in HTML_SUFFIXES:
            return None, path.read_text(encoding="utf-8"), None, "text/html"
        return None, None, path.read_bytes(), guess_mime(path.name, "application/octet-stream")
    return None, text, None, "text/html"


def _legacy_size(width: Any, height: Any) -> tuple[str | int, str | int]:
    w: str | int = "stretch" if width is None else check_width(int(width))
    h: str | int = DEFAULT_HEIGHT if height is None else int(height)
    return w, h


def components_html(
    dg: DeltaGenerator,
    html: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> DeltaGenerator:
    """st.components.v1.html: HTML in a sandboxed frame (scripts run inside it)."""
    w, h = _legacy_size(width, height)
    return _frame(
        dg,
        src=None,
        srcdoc=str(html),
        width=w,
        height=h,
        scrolling=scrolling,
        tab_index=tab_index,
        title=None,
    )


def components_iframe(
    dg: DeltaGenerator,
    src: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> DeltaGenerator:
    """st.components.v1.iframe: a URL in a sandboxed frame."""
    w, h = _legacy_size(width, height)
    return _frame(
        dg,
        src=str(src),
        srcdoc=None,
        width=w,
        height=h,
        scrolling=scrolling,
        tab_index=tab_index,
        title=None,
    )
