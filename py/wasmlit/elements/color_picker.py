"""st.color_picker: the value is a hex string such as "#00FFAA"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Str
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "color_picker",
    {"value": Str()},  # "#rrggbb" or "#rgb", as the script gave it
    chrome=True,
    widget_value=Str(),
)

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


def check_color(value: Any) -> str:
    """The value if it is a hex color string; Streamlit's errors otherwise."""
    if not isinstance(value, str):
        raise StreamlitAPIException(
            f"Color Picker Value has invalid type: {type(value).__name__}. "
            "Expects a hex string like '#00FFAA' or '#000'."
        )
    if not _HEX.match(value):
        raise StreamlitAPIException(
            f"'{value}' is not a valid hex code for colors. "
            "Valid ones are like '#00FFAA' or '#000'."
        )
    return value


def _deserialize(wire: Any) -> str:
    if not isinstance(wire, str) or not _HEX.match(wire):
        raise ValueError(f"not a hex color: {wire!r}")
    return wire


def color_picker(
    dg: DeltaGenerator,
    label: str,
    value: str | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
) -> str:
    """st.color_picker: returns the selected color as a hex string."""
    default = check_color("#000000" if value is None else value)
    base = chrome(label, help, disabled, label_visibility, width=width)
    return str(
        widget(
            dg,
            "color_picker",
            key=key,
            identity={"label": label, "value": default, "help": help},
            default=default,
            serialize=check_color,
            deserialize=_deserialize,
            props=lambda wire: {**base, "value": wire},
            callback=Callback.of(on_change, args, kwargs),
        )
    )
