"""st.slider: int and float, single value or range."""

from __future__ import annotations

from numbers import Integral, Real
from typing import TYPE_CHECKING, Any

from wasmlit.elements.slider_time import DEFAULT_FORMAT, TimeSlider, kind_of
from wasmlit.elements.spec import element
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitNotSupportedError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from wasmlit.protocol.schema import Arr, Enum, Num, Str, Union
from wasmlit.runtime.context import current
from wasmlit.runtime.widgets import Callback, chrome, to_key, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "slider",
    {
        "min": Num(),
        "max": Num(),
        "step": Num(),
        "value": Union(Num(), Arr(Num())),  # a number, or [low, high] for a range
        # printf-style ("%d", "%0.2f"), or Moment.js-style for time-like values ("MM/DD/YY")
        "format": Str(),
        # Time-like values travel as epoch milliseconds (UTC); see slider_time.py.
        "data_type": Enum("int", "float", "date", "time", "datetime"),
    },
    chrome=True,
    widget_value=Union(Num(), Arr(Num())),
)

DEFAULTS = {
    "int": {"min": 0, "max": 100, "step": 1, "format": "%d"},
    "float": {"min": 0.0, "max": 1.0, "step": 0.01, "format": "%0.2f"},
}


def _kind(v: Any) -> str:
    if isinstance(v, bool):
        raise StreamlitAPIException("Slider values cannot be booleans.")
    if isinstance(v, Integral):
        return "int"
    if isinstance(v, Real):
        return "float"
    raise StreamlitNotSupportedError(f"slider with {type(v).__name__} values")


class _Slider:
    """Value conversion of one slider, after defaults and bounds are settled."""

    def __init__(self, kind: str, lo: Any, hi: Any, is_range: bool) -> None:
        self.kind, self.lo, self.hi, self.is_range = kind, lo, hi, is_range

    def _cast(self, v: Any) -> Any:
        return int(v) if self.kind == "int" else float(v)

    def serialize(self, value: Any) -> Any:
        values = list(value) if self.is_range else [value]
        if self.is_range and len(values) != 2:
            raise StreamlitAPIException("A range slider's value must be a pair (low, high).")
        for v in values:
            if isinstance(v, bool) or not isinstance(v, Real):
                raise StreamlitAPIException(f"Slider value {v!r} is not a number.")
            if v < self.lo:
                raise StreamlitValueBelowMinError(v, self.lo)
            if v > self.hi:
                raise StreamlitValueAboveMaxError(v, self.hi)
        wire = [self._cast(v) for v in values]
        return wire if self.is_range else wire[0]

    def deserialize(self, wire: Any) -> Any:
        values = list(wire) if isinstance(wire, list | tuple) else [wire]
        if len(values) != (2 if self.is_range else 1):
            raise TypeError(f"slider value of the wrong shape: {wire!r}")
        out = [self._cast(v) for v in values]
        if any(not self.lo <= v <= self.hi for v in out):
            raise ValueError(f"slider value out of range: {wire!r}")
        return tuple(out) if self.is_range else out[0]


def _default_value(key: Any, min_value: Any, max_value: Any) -> Any:
    # Without a value, a list in Session State under the key makes a range slider.
    user_key = to_key(key)
    state = current().state
    if user_key is not None and user_key in state and isinstance(state[user_key], list | tuple):
        lo = min_value if min_value is not None else 0
        hi = max_value if max_value is not None else 100
        return [lo, hi]
    return min_value if min_value is not None else 0


def slider(
    dg: DeltaGenerator,
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = None,
    step: Any = None,
    format: str | None = None,
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
    """st.slider: returns an int/float, or a (low, high) tuple for a range."""
    identity = {
        "label": label,
        "min_value": min_value,
        "max_value": max_value,
        "value": value,
        "step": step,
        "format": format,
        "help": help,
    }
    if value is None:
        value = _default_value(key, min_value, max_value)
    is_range = isinstance(value, list | tuple)
    if is_range and len(value) not in (0, 1, 2):
        raise StreamlitAPIException(
            "Slider value should either be an int/float or a list/tuple of 0 to 2 ints/floats"
        )
    values = list(value) if is_range else [value]
    time_kinds = {kind_of(v) for v in values}
    if time_kinds - {None}:
        if len(time_kinds) > 1:
            raise StreamlitAPIException(
                "Slider tuple/list components must be of the same type.\n"
                f"But were: {[type(v) for v in values]}"
            )
        return _time_slider(
            dg,
            TimeSlider(time_kinds.pop() or "", values, min_value, max_value, step),
            is_range=is_range,
            key=key,
            identity=identity,
            base=chrome(label, help, disabled, label_visibility, width=width, allow_content=False),
            format=format,
            callback=Callback.of(on_change, args, kwargs),
        )
    kinds = {_kind(v) for v in values}
    if len(kinds) > 1:
        raise StreamlitAPIException(
            "Slider tuple/list components must be of the same type.\n"
            f"But were: {[type(v) for v in values]}"
        )
    kind = kinds.pop() if kinds else "int"
    defaults = DEFAULTS[kind]
    lo: Any = defaults["min"] if min_value is None else min_value
    hi: Any = defaults["max"] if max_value is None else max_value
    step = defaults["step"] if step is None else step
    if step == 0:
        raise StreamlitAPIException("Slider components cannot be passed a `step` of 0.")
    args_kinds = {_kind(a) for a in (lo, hi, step)}
    if len(args_kinds) > 1:
        raise StreamlitAPIException(
            "Slider value arguments must be of matching types."
            f"\n`min_value` has {type(lo).__name__} type."
            f"\n`max_value` has {type(hi).__name__} type."
            f"\n`step` has {type(step).__name__} type."
        )
    if args_kinds != {kind}:
        raise StreamlitAPIException(
            "Both value and arguments must be of the same type."
            f"\n`value` has {type(value).__name__} type."
            f"\n`min_value` has {type(lo).__name__} type."
            f"\n`max_value` has {type(hi).__name__} type."
        )
    # Streamlit widens the bounds to include the default value(s).
    lo, hi = min(lo, hi), max(lo, hi)
    if len(values) == 2 and values[0] > values[1]:
        values = [values[1], values[0]]
    if len(values) == 0:
        values = [lo, hi]
    bounds: list[Any] = [lo, hi, *values]
    lo, hi = min(bounds), max(bounds)
    if lo == hi:
        raise StreamlitAPIException(
            f"Slider `min_value` must be less than the `max_value`.\nThe values were {lo} and {hi}."
        )
    conv = _Slider(kind, lo, hi, is_range)
    fmt = defaults["format"] if format is None else str(format)
    base = chrome(label, help, disabled, label_visibility, width=width, allow_content=False)
    return widget(
        dg,
        "slider",
        key=key,
        identity=identity,
        key_identity=("min_value", "max_value", "step"),
        default=tuple(values) if is_range else values[0],
        user_default=identity.get("value"),
        serialize=conv.serialize,
        deserialize=conv.deserialize,
        props=lambda wire: {
            **base,
            "min": lo,
            "max": hi,
            "step": step,
            "value": wire,
            "format": fmt,
            "data_type": kind,
        },
        callback=Callback.of(on_change, args, kwargs),
        info={"min": lo, "max": hi, "step": step},
    )


def _time_slider(
    dg: DeltaGenerator,
    conv: TimeSlider,
    *,
    is_range: bool,
    key: Any,
    identity: dict[str, Any],
    base: dict[str, Any],
    format: str | None,
    callback: Callback,
) -> Any:
    """A date, time or datetime slider: same element, values as epoch milliseconds."""
    values = conv.values
    if len(values) == 2 and values[0] > values[1]:
        values = [values[1], values[0]]
    for v in values:
        conv.check(v)

    def serialize(value: Any) -> Any:
        items = list(value) if is_range else [value]
        if is_range and len(items) != 2:
            raise StreamlitAPIException("A range slider's value must be a pair (low, high).")
        wire = [conv.to_wire(v) for v in items]
        return wire if is_range else wire[0]

    def deserialize(wire: Any) -> Any:
        items = list(wire) if isinstance(wire, list | tuple) else [wire]
        if len(items) != (2 if is_range else 1):
            raise TypeError(f"slider value of the wrong shape: {wire!r}")
        out = [conv.from_wire(v) for v in items]
        return tuple(out) if is_range else out[0]

    if is_range and len(values) == 1:
        values = [values[0], conv.hi]
    fmt = DEFAULT_FORMAT[conv.kind] if format is None else str(format)
    lo_ms, hi_ms = conv.to_wire(conv.lo), conv.to_wire(conv.hi)
    return widget(
        dg,
        "slider",
        key=key,
        identity=identity,
        key_identity=("min_value", "max_value", "step"),
        default=tuple(values) if is_range else values[0],
        user_default=identity.get("value"),
        serialize=serialize,
        deserialize=deserialize,
        props=lambda wire: {
            **base,
            "min": lo_ms,
            "max": hi_ms,
            "step": conv.step_ms,
            "value": wire,
            "format": fmt,
            "data_type": conv.kind,
        },
        callback=callback,
        info={"min": conv.lo, "max": conv.hi, "step": conv.step},
    )
