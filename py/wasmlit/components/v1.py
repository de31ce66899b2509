"""``streamlit.components.v1``: ``html`` and ``iframe`` as sandboxed frames, and
``declare_component`` for bidirectional components (``docs/components.md``).
"""

from __future__ import annotations

from wasmlit.components.custom import CustomComponent, declare_component
from wasmlit.runtime.delta_generator import DeltaGenerator, active


def html(
    html: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> DeltaGenerator:
    """Show ``html`` in a sandboxed iframe (its scripts run inside the frame)."""
    from wasmlit.elements.iframe import components_html

    return components_html(active(), html, width, height, scrolling, tab_index=tab_index)


def iframe(
    src: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> DeltaGenerator:
    """Load ``src`` in a sandboxed iframe."""
    from wasmlit.elements.iframe import components_iframe

    return components_iframe(active(), src, width, height, scrolling, tab_index=tab_index)


__all__ = ["CustomComponent", "declare_component", "html", "iframe"]
