"""st.toggle."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.checkbox import boolean_widget
from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Bool
from wasmlit.runtime.widgets import Callback

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element("toggle", {"value": Bool()}, chrome=True, widget_value=Bool())


def toggle(
    dg: DeltaGenerator,
    label: str,
    value: bool = False,
    key: Any = None,
    help: str | None = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
    wrap: bool | None = None,
) -> bool:
    """st.toggle: an on/off switch; returns its state."""
    return boolean_widget(
        dg,
        "toggle",
        label,
        value,
        key,
        help,
        Callback.of(on_change, args, kwargs),
        disabled=disabled,
        label_visibility=label_visibility,
        width=width,
        wrap=wrap,
    )
