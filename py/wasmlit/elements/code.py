"""st.code: a code block, highlighted in the UI (highlight.js, loaded lazily).

``height`` is "content" (the block's own height), "stretch" (fills a parent
with a fixed height) or pixels (the block scrolls).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.protocol.schema import Bool, Enum, Int, Optional, Str, Union
from wasmlit.runtime.util import check_height

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "code",
    {
        "body": Str(),
        "language": Optional(Str()),
        "line_numbers": Bool(),
        "wrap_lines": Bool(),
        "width": WIDTH,
        "height": Union(Enum("content", "stretch"), Int()),
    },
    doc="A code block.",
)


def code(
    dg: DeltaGenerator,
    body: Any,
    language: str | None = "python",
    *,
    line_numbers: bool = False,
    wrap_lines: bool = False,
    height: Any = "content",
    width: Any = "stretch",
) -> DeltaGenerator:
    """st.code: a code block; ``language=None`` disables highlighting."""
    props = {
        "body": str(body),
        "language": None if language is None else str(language),
        "line_numbers": bool(line_numbers),
        "wrap_lines": bool(wrap_lines),
        "width": check_width(width),
        "height": _height(height),
    }
    return dg._put_element("code", props)


def _height(height: Any) -> str | int:
    pixels = check_height(height)
    return pixels if pixels is not None else ("stretch" if height == "stretch" else "content")
