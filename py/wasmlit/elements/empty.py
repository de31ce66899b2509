"""st.empty: an empty slot that a later element can replace in place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wasmlit.elements.spec import element

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element("empty", {}, doc="Renders nothing; holds a position in the tree.")


def empty(dg: DeltaGenerator) -> DeltaGenerator:
    """st.empty: a placeholder; each write to the returned cursor replaces its element."""
    return dg._put_element("empty", {})
