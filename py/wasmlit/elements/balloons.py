"""st.balloons: balloons float up the page once (an element in the event root)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wasmlit.elements.spec import element

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element("balloons", {}, doc="A celebratory animation, drawn once per call.")


def balloons(dg: DeltaGenerator) -> DeltaGenerator:
    """st.balloons: each call draws the animation once (see ui/src/layout/EventLayer.tsx)."""
    from wasmlit.runtime.delta_generator import EVENT

    return EVENT._put_element("balloons", {})
