"""The shared ``width`` parameter: "stretch", "content" or a number of pixels.

Every element or block that takes ``width`` declares ``"width": WIDTH`` in its
schema and passes the argument through :func:`check_width`; the UI applies it
with ``widthStyle`` (ui/src/elements/width.ts). Widgets get it through the
shared chrome (``wasmlit.runtime.widgets.chrome(..., width=...)``). An element's
width is applied once, on the element container around it
(ui/src/layout/NodeView.tsx); blocks apply their own.

Example::

    props = {"width": check_width(width, allow_content=False)}
"""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitInvalidWidthError
from wasmlit.protocol.schema import Enum, Int, Union

WIDTH = Union(Enum("stretch", "content"), Int())


def check_width(width: Any, *, allow_content: bool = True) -> str | int:
    """Validate ``width`` as Streamlit does; returns it unchanged."""
    if width == "stretch" or (allow_content and width == "content"):
        return str(width)
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return width
    modes = "'stretch', or 'content'" if allow_content else "or 'stretch'"
    raise StreamlitInvalidWidthError(
        f"Invalid width value: {width!r}. Width must be either an integer (pixels), {modes}."
    )


def button_width(width: Any, use_container_width: bool | None) -> str | int:
    """Buttons: the deprecated ``use_container_width=True`` means "stretch"."""
    if use_container_width:
        return "stretch"
    return check_width(width)
