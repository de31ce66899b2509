"""st.select_slider: a slider over options; one value or a (low, high) range.

Options go to the UI formatted; the UI answers with one index, or two for a range.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Arr, Int, Str
from wasmlit.runtime.choices import labels_of, wire_indices
from wasmlit.runtime.options import index_of, to_list
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "select_slider",
    {
        "options": Arr(Str()),  # format_func applied
        "value": Arr(Int()),  # one index, or [low, high] for a range
    },
    chrome=True,
    widget_value=Arr(Int()),
)


def _index(opts: list[Any], value: Any) -> int:
    try:
        return index_of(opts, value)
    except ValueError:
        raise StreamlitAPIException(
            f"Select slider value '{value}' is not one of the options."
        ) from None


def select_slider(
    dg: DeltaGenerator,
    label: str,
    options: Any = (),
    value: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: Any = None,
    help: str | None = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> Any:
    """st.select_slider: returns an option, or a (low, high) tuple of options."""
    opts = to_list(options)
    if not opts:
        raise StreamlitAPIException("The `options` argument needs to be non-empty")
    is_range = isinstance(value, list | tuple)
    if is_range and len(value) not in (1, 2):
        raise StreamlitAPIException(
            "Select slider value should either be a single option or a list/tuple of "
            "two options (a range)."
        )
    values = list(value) if is_range else [opts[0] if value is None else value]
    default = sorted(_index(opts, v) for v in values)
    if len(default) == 1 and is_range:
        default = [default[0], default[0]]
    labels = labels_of(opts, format_func)

    def serialize(v: Any) -> list[int]:
        vs = list(v) if is_range else [v]
        if len(vs) != len(default):
            raise StreamlitAPIException("A range select slider's value must be a pair.")
        return sorted(_index(opts, x) for x in vs)

    def deserialize(wire: Any) -> Any:
        indices = wire_indices(wire, len(opts))
        if len(indices) != len(default):
            raise ValueError(f"select slider value of the wrong shape: {wire!r}")
        picked = [opts[i] for i in sorted(indices)]
        return tuple(picked) if is_range else picked[0]

    base = chrome(label, help, disabled, label_visibility, width=width, allow_content=False)
    return widget(
        dg,
        "select_slider",
        key=key,
        identity={"label": label, "options": labels, "value": default, "help": help},
        key_identity=("options",),
        default=tuple(opts[i] for i in default) if is_range else opts[default[0]],
        serialize=serialize,
        deserialize=deserialize,
        props=lambda wire: {**base, "options": labels, "value": list(wire)},
        callback=Callback.of(on_change, args, kwargs),
        info={"options": opts, "labels": labels},
    )
