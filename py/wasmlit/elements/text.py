"""st.text: fixed-width preformatted text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.text_alignment import TEXT_ALIGNMENT, check_text_alignment
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.protocol.schema import Bool, Optional, Str
from wasmlit.runtime.util import clean_text

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "text",
    {
        "body": Str(),
        "help": Optional(Str()),
        "width": WIDTH,
        "wrap": Bool(),
        "text_alignment": TEXT_ALIGNMENT,
    },
    doc="Preformatted text.",
)


def text(
    dg: DeltaGenerator,
    body: Any,
    *,
    help: str | None = None,
    width: Any = "content",
    text_alignment: str = "left",
    wrap: bool = True,
) -> DeltaGenerator:
    """st.text: fixed-width text, no Markdown."""
    props = {
        "body": clean_text(body),
        "help": None if help is None else str(help),
        "width": check_width(width),
        "wrap": bool(wrap),
        "text_alignment": check_text_alignment(text_alignment),
    }
    return dg._put_element("text", props)
