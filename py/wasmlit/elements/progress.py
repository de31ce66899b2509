"""st.progress: a progress bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Int, Optional, Str
from wasmlit.runtime.util import clean_text

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "progress",
    {"value": Int(), "text": Optional(Str()), "width": WIDTH},  # value is 0..100
    doc="A progress bar.",
)


def percent(value: Any) -> int:
    """An int 0..100 from Streamlit's int (0-100) or float (0.0-1.0) forms."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise StreamlitAPIException(f"Progress Value has invalid type: {type(value).__name__}")
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise StreamlitAPIException(f"Progress Value has invalid value [0, 100]: {value}")
        return value
    if not 0.0 <= value <= 1.0:
        raise StreamlitAPIException(f"Progress Value has invalid value [0.0, 1.0]: {value}")
    return int(value * 100)


def progress(
    dg: DeltaGenerator, value: Any, text: Any = None, width: Any = "stretch"
) -> DeltaGenerator:
    """st.progress: returns a cursor whose ``.progress()`` updates the bar in place."""
    props = {
        "value": percent(value),
        "text": None if text is None else clean_text(text),
        "width": check_width(width, allow_content=False),
    }
    return dg._put_element("progress", props)
