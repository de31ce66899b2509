"""st.feedback: thumbs, faces or stars; the value is an index or None.

Thumbs: 0 is thumbs down, 1 thumbs up (the up button is shown first). Faces:
0 (most unhappy) to 4. Stars: 0 (one star) to 4 (five stars).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Bool, Enum, Int, Optional
from wasmlit.runtime.widgets import Callback, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SENTIMENTS = {"thumbs": 2, "faces": 5, "stars": 5}

SPEC = element(
    "feedback",
    {
        "sentiment": Enum(*SENTIMENTS),
        "value": Optional(Int()),
        "disabled": Bool(),
        "width": WIDTH,
    },
    widget_value=Optional(Int()),
)


def _check_value(options: str, value: Any) -> int | None:
    count = SENTIMENTS[options]
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < count:
        raise StreamlitAPIException(
            f"The default value in '{options}' must be a number between 0 and {count - 1}. "
            f"The passed default value is {value}"
        )
    return value


def feedback(
    dg: DeltaGenerator,
    options: str = "thumbs",
    *,
    key: Any = None,
    default: int | None = None,
    disabled: bool = False,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    width: Any = "content",
) -> int | None:
    """st.feedback: returns the chosen index, or None."""
    if options not in SENTIMENTS:
        raise StreamlitAPIException(
            "The options argument to st.feedback must be one of "
            f"['thumbs', 'faces', 'stars']. The argument passed was '{options}'."
        )
    default = _check_value(options, default)
    width_value = check_width(width)

    def deserialize(wire: Any) -> int | None:
        if wire is None:
            return None
        if isinstance(wire, bool) or not isinstance(wire, int):
            raise TypeError(wire)
        if not 0 <= wire < SENTIMENTS[options]:
            raise IndexError(wire)
        return int(wire)

    value = widget(
        dg,
        "feedback",
        key=key,
        identity={"options": options, "default": default},
        default=default,
        serialize=lambda v: _check_value(options, v),
        deserialize=deserialize,
        props=lambda wire: {
            "sentiment": options,
            "value": wire,
            "disabled": bool(disabled),
            "width": width_value,
        },
        callback=Callback.of(on_change, args, kwargs),
    )
    return None if value is None else int(value)
