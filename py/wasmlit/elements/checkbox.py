"""st.checkbox."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Bool
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element("checkbox", {"value": Bool()}, chrome=True, widget_value=Bool())


def checkbox(
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
    """st.checkbox: a check box; returns its state."""
    return boolean_widget(
        dg,
        "checkbox",
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


def boolean_widget(
    dg: DeltaGenerator,
    type: str,
    label: str,
    value: bool,
    key: Any,
    help: str | None,
    callback: Callback,
    *,
    disabled: bool,
    label_visibility: str,
    width: Any = "content",
    wrap: bool | None = None,
) -> bool:
    """A labelled on/off widget: the shared body of st.checkbox and st.toggle."""
    base = chrome(label, help, disabled, label_visibility, width=width, wrap=wrap)
    return bool(
        widget(
            dg,
            type,
            key=key,
            identity={"label": label, "value": bool(value), "help": help},
            default=bool(value),
            user_default=None if value is False else value,
            serialize=bool,
            deserialize=bool,
            props=lambda wire: {**base, "value": bool(wire)},
            callback=callback,
        )
    )
