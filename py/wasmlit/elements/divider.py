"""st.divider: a horizontal rule."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element("divider", {"width": WIDTH}, doc="A horizontal rule.")


def divider(dg: DeltaGenerator, *, width: Any = "stretch") -> DeltaGenerator:
    """st.divider: a horizontal rule."""
    return dg._put_element("divider", {"width": check_width(width, allow_content=False)})
