"""st.progress: a progress bar."""

from __future__ import annotations

import math
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


def _near(value: float, bound: float) -> bool:
    # Float arithmetic lands a hair outside [0, 1] (1.0000000000000002): accept it.
    return math.isclose(value, bound, rel_tol=1e-9, abs_tol=1e-9)


def percent(value: Any) -> int:
    """An int 0..100 from Streamlit's int (0-100) or float (0.0-1.0) forms."""
    if isinstance(value, int):  # bool is an int here too, as in Streamlit
        if not 0 <= value <= 100:
            raise StreamlitAPIException(f"Progress Value has invalid value [0, 100]: {value:d}")
        return int(value)
    if isinstance(value, float):
        if not (0.0 <= value <= 1.0 or _near(value, 0.0) or _near(value, 1.0)):
            raise StreamlitAPIException(f"Progress Value has invalid value [0.0, 1.0]: {value:f}")
        return min(100, max(0, int(value * 100)))
    raise StreamlitAPIException(f"Progress Value has invalid type: {type(value).__name__}")


def progress_text(text: Any) -> str | None:
    if text is None:
        return None
    if isinstance(text, str):
        return clean_text(text)
    raise StreamlitAPIException(
        f"Progress Text is of type {type(text)}, which is not an accepted type."
        "Text only accepts: str. Please convert the text to an accepted type."
    )


def progress(
    dg: DeltaGenerator, value: Any, text: Any = None, width: Any = "stretch"
) -> DeltaGenerator:
    """st.progress: returns a cursor whose ``.progress()`` updates the bar in place."""
    props = {
        "value": percent(value),
        "text": progress_text(text),
        "width": check_width(width, allow_content=False),
    }
    return dg._put_element("progress", props)
