"""st.space: vertical (or, in a horizontal container, horizontal) empty space."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Enum, Int, Union

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SIZES = ("small", "medium", "large", "stretch")

SPEC = element(
    "space",
    {"size": Union(Enum(*SIZES), Int())},  # a named size or pixels
    doc="Empty space of a named size or a number of pixels.",
)


def space(dg: DeltaGenerator, size: Any = "small") -> DeltaGenerator:
    """st.space: returns the element's slot."""
    valid_px = isinstance(size, int) and not isinstance(size, bool) and size >= 0
    if size not in SIZES and not valid_px:
        raise StreamlitAPIException(
            f"Invalid size {size!r} for st.space. Use 'small', 'medium', 'large', "
            "'stretch' or a non-negative number of pixels."
        )
    return dg._put_element("space", {"size": size})
