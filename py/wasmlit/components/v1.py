"""``streamlit.components.v1``: ``html`` and ``iframe`` as sandboxed frames.

Bidirectional components (``declare_component``) need a component server and
are not supported.
"""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitNotSupportedError
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


def __getattr__(name: str) -> Any:
    if name in ("declare_component", "components"):
        raise StreamlitNotSupportedError(f"components.v1.{name}")
    raise AttributeError(f"module 'streamlit.components.v1' has no attribute '{name}'")
