"""st.text_input."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.checks import parse_live, parse_validate
from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Bool, Enum, Int, Optional, Str
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "text_input",
    {
        "value": Optional(Str()),
        "max_chars": Optional(Int()),
        "type": Enum("default", "password"),
        "placeholder": Optional(Str()),
        "autocomplete": Optional(Str()),
        "icon": Optional(Str()),  # an emoji or ":material/name:" inside the box
        "required": Bool(),  # an empty commit is refused in the browser
        "validate_regex": Optional(Str()),  # a JavaScript regex the value must match
        "validate_message": Optional(Str()),
        "live_ms": Optional(Int()),  # commit after this pause in typing; None: Enter/blur
    },
    chrome=True,
    widget_value=Optional(Str()),
)


def text_serde(max_chars: int | None) -> tuple[Any, Any]:
    """(serialize, deserialize) for text widgets: str or None, at most ``max_chars``."""

    def serialize(value: Any) -> str | None:
        if value is None:
            return None
        text = str(value)
        if max_chars is not None and len(text) > max_chars:
            raise StreamlitAPIException(
                f"The value `{text}` has {len(text)} characters, more than `max_chars` "
                f"({max_chars})."
            )
        return text

    def deserialize(wire: Any) -> str | None:
        if wire is not None and not isinstance(wire, str):
            raise TypeError(f"expected a string, got {wire!r}")
        return wire

    return serialize, deserialize


def check_max_chars(max_chars: Any) -> int | None:
    if max_chars is None:
        return None
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars <= 0:
        raise StreamlitAPIException("`max_chars` must be a positive integer or None.")
    return max_chars


def text_input(
    dg: DeltaGenerator,
    label: str,
    value: Any = "",
    max_chars: int | None = None,
    key: Any = None,
    type: str = "default",
    help: str | None = None,
    autocomplete: str | None = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    validate: Any = None,
    live: bool | str = False,
    width: Any = "stretch",
) -> str | None:
    """st.text_input: a single-line text box; returns its text."""
    if type not in ("default", "password"):
        raise StreamlitAPIException(
            'st.text_input\'s type parameter must be "default" or "password".'
            f' The argument passed was "{type}".'
        )
    max_chars = check_max_chars(max_chars)
    default = None if value is None else str(value)
    if autocomplete is None:
        autocomplete = "new-password" if type == "password" else ""
    serialize, deserialize = text_serde(max_chars)
    regex, message = parse_validate(validate)
    live_ms = parse_live(live)
    # The regex is part of the identity only when set, so other ids stay stable.
    rule = {"validate": regex} if regex is not None else {}
    base = chrome(label, help, disabled, label_visibility, width=width, allow_content=False)
    result = widget(
        dg,
        "text_input",
        key=key,
        identity={
            "label": label,
            "value": default,
            "max_chars": max_chars,
            "type": type,
            "help": help,
            "autocomplete": autocomplete,
            "placeholder": placeholder,
            **rule,
        },
        key_identity=("max_chars", *rule),
        default=default,
        user_default=None if value == "" else value,
        serialize=serialize,
        deserialize=deserialize,
        props=lambda wire: {
            **base,
            "value": wire,
            "max_chars": max_chars,
            "type": type,
            "placeholder": None if placeholder is None else str(placeholder),
            "autocomplete": str(autocomplete),
            "icon": None if icon is None else str(icon),
            "required": bool(required),
            "validate_regex": regex,
            "validate_message": message,
            "live_ms": live_ms,
        },
        callback=Callback.of(on_change, args, kwargs),
    )
    return result
