"""st.time_input: a time of day, typed or picked from a list in ``step`` increments."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from wasmlit.elements.dates import parse_time, step_seconds, time_wire
from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Bool, Enum, Int, Optional, Str
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "time_input",
    {
        "value": Optional(Str()),  # "HH:MM" or "HH:MM:SS"; None when empty
        "step": Int(),  # seconds
        "format": Enum("24h", "12h"),
        "required": Bool(),  # "(required)" marker; an empty value cannot be committed
    },
    chrome=True,
    widget_value=Optional(Str()),
)

TIME_FORMATS = ("24h", "12h")


def check_time_format(fmt: Any) -> str:
    if fmt not in TIME_FORMATS:
        raise StreamlitAPIException(
            f'The provided format (`{fmt}`) is not valid: use "24h" or "12h".'
        )
    return str(fmt)


def time_serde() -> tuple[Any, Any]:
    def serialize(value: Any) -> str | None:
        return None if value is None else time_wire(parse_time(value))

    def deserialize(wire: Any) -> time | None:
        if wire is None:
            return None
        if not isinstance(wire, str):
            raise TypeError(f"expected an ISO time, got {wire!r}")
        return time.fromisoformat(wire)

    return serialize, deserialize


def time_input(
    dg: DeltaGenerator,
    label: str,
    value: Any = "now",
    key: Any = None,
    help: str | None = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    step: Any = timedelta(minutes=15),
    format: str = "24h",
    width: Any = "stretch",
) -> time | None:
    """st.time_input: returns a datetime.time, or None when empty."""
    seconds = step_seconds(step)
    fmt = check_time_format(format)
    if isinstance(value, str) and value == "now":
        # Streamlit drops seconds and microseconds from "now".
        default: time | None = datetime.now().time().replace(second=0, microsecond=0)
    else:
        default = None if value is None else parse_time(value)
    serialize, deserialize = time_serde()
    base = chrome(label, help, disabled, label_visibility, width=width, allow_content=False)
    return widget(
        dg,
        "time_input",
        key=key,
        identity={
            "label": label,
            "value": serialize(default),
            "step": seconds,
            "format": fmt,
            "help": help,
        },
        default=default,
        serialize=serialize,
        deserialize=deserialize,
        props=lambda wire: {
            **base,
            "required": bool(required),
            "value": wire,
            "step": seconds,
            "format": fmt,
        },
        callback=Callback.of(on_change, args, kwargs),
        info={"step": seconds},
    )
