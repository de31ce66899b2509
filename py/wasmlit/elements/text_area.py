"""st.text_area."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.text_input import check_max_chars, text_serde
from wasmlit.errors import StreamlitInvalidHeightError
from wasmlit.protocol.schema import Bool, Enum, Int, Optional, Str, Union
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "text_area",
    {
        "value": Optional(Str()),
        # pixels; "content" grows with the text; "stretch" fills its container; None: default
        "height": Optional(Union(Int(), Enum("content", "stretch"))),
        "max_chars": Optional(Int()),
        "placeholder": Optional(Str()),
        "required": Bool(),  # an empty commit is refused in the browser
    },
    chrome=True,
    widget_value=Optional(Str()),
)

MIN_HEIGHT = 68  # pixels: Streamlit's smallest text area


def _height(height: Any) -> int | str | None:
    if height is None or height in ("content", "stretch"):
        return height
    if isinstance(height, bool) or not isinstance(height, int) or height < MIN_HEIGHT:
        raise StreamlitInvalidHeightError(
            f"Invalid height {height}px for st.text_area - must be at least {MIN_HEIGHT} pixels."
        )
    return height


def text_area(
    dg: DeltaGenerator,
    label: str,
    value: Any = "",
    height: Any = None,
    max_chars: int | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> str | None:
    """st.text_area: a multi-line text box; returns its text."""
    pixels = _height(height)
    max_chars = check_max_chars(max_chars)
    default = None if value is None else str(value)
    serialize, deserialize = text_serde(max_chars)
    base = chrome(label, help, disabled, label_visibility, width=width, allow_content=False)
    result = widget(
        dg,
        "text_area",
        key=key,
        identity={
            "label": label,
            "value": default,
            "height": pixels,
            "max_chars": max_chars,
            "help": help,
            "placeholder": placeholder,
        },
        key_identity=("max_chars",),
        default=default,
        user_default=None if value == "" else value,
        serialize=serialize,
        deserialize=deserialize,
        props=lambda wire: {
            **base,
            "value": wire,
            "height": pixels,
            "max_chars": max_chars,
            "placeholder": None if placeholder is None else str(placeholder),
            "required": bool(required),
        },
        callback=Callback.of(on_change, args, kwargs),
    )
    return result
