"""st.snow: snowflakes fall down the page once (an element in the event root)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wasmlit.elements.spec import element

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element("snow", {}, doc="A wintry animation, drawn once per call.")


def snow(dg: DeltaGenerator) -> DeltaGenerator:
    """st.snow: each call draws the animation once (see ui/src/layout/EventLayer.tsx)."""
    from wasmlit.runtime.delta_generator import EVENT

    return EVENT._put_element("snow", {})
