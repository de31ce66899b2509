"""st.button."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Bool, Enum, Optional, Str
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "button",
    {
        "type": Enum("primary", "secondary", "tertiary"),
        "icon": Optional(Str()),
        "use_container_width": Bool(),
    },
    chrome=True,
    widget_value=Bool(),
    trigger=True,
    doc="A button; its value is True for the one run its click triggers.",
)


def button(
    dg: DeltaGenerator,
    label: str,
    key: Any = None,
    help: str | None = None,
    on_click: Any = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """st.button: True only in the run triggered by its click."""
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitAPIException(
            'The type argument to st.button must be "primary", "secondary", or "tertiary".'
            f'\nThe argument passed was "{type}".'
        )
    props = {
        **chrome(label, help, disabled, "visible"),
        "type": type,
        "icon": icon,
        "use_container_width": bool(use_container_width),
    }
    return bool(
        widget(
            dg,
            "button",
            key=key,
            identity={"label": label, "help": help, "type": type, "icon": icon},
            default=False,
            serialize=bool,
            deserialize=bool,
            props=lambda wire: props,
            callback=Callback.of(on_click, args, kwargs),
            trigger=True,
            settable=False,
        )
    )
