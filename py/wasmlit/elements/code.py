"""st.code: a code block with optional highlighting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.protocol.schema import Bool, Optional, Str

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
    }
    return dg._put_element("code", props)
