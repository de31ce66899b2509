"""st.number_input."""

from __future__ import annotations

from numbers import Integral, Real
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidNumberFormatError,
    StreamlitInvalidParameterTypeError,
    StreamlitJSNumberBoundsError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from wasmlit.protocol.schema import Bool, Enum, Num, Optional, Str
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "number_input",
    {
        "min": Optional(Num()),
        "max": Optional(Num()),
        "step": Num(),
        "value": Optional(Num()),
        "format": Str(),  # printf-style
        "data_type": Enum("int", "float"),
        "placeholder": Optional(Str()),
        "icon": Optional(Str()),  # an emoji or ":material/name:" inside the box
        "required": Bool(),  # "(required)" marker; an empty value cannot be committed
    },
    chrome=True,
    widget_value=Optional(Num()),
)


def _check_numeric(name: str, v: Any) -> None:
    if v is not None and (isinstance(v, bool) or not isinstance(v, Real)):
        raise StreamlitInvalidParameterTypeError(
            f"`{name}` of st.number_input must be a number, got `{type(v).__name__}`."
        )


MAX_SAFE_INT = (1 << 53) - 1
MAX_DOUBLE = 1.7976931348623157e308


def _check_js_bounds(name: str, v: Any, kind: str) -> None:
    """Streamlit refuses numbers JavaScript cannot hold exactly."""
    if v is None:
        return
    limit = MAX_SAFE_INT if kind == "int" else MAX_DOUBLE
    if abs(v) > limit:
        raise StreamlitJSNumberBoundsError(
            f"`{name}` ({v}) must be between -{limit} and {limit}: JavaScript "
            "cannot represent it exactly."
        )


def _data_type(args: dict[str, Any]) -> str:
    """int when every given number is an int, float when every one is a float."""
    given = {k: v for k, v in args.items() if v is not None}
    ints = [k for k, v in given.items() if isinstance(v, Integral)]
    if ints and len(ints) != len(given):
        details = "".join(f"\n`{k}` has {type(v).__name__} type." for k, v in given.items())
        raise StreamlitMixedNumericTypesError(
            "All numerical arguments must be of the same type." + details
        )
    return "int" if ints else "float"


class _Number:
    def __init__(self, kind: str, lo: Any, hi: Any) -> None:
        self.kind, self.lo, self.hi = kind, lo, hi

    def serialize(self, value: Any) -> Any:
        if value is None:
            return None
        _check_numeric("value", value)
        if self.lo is not None and value < self.lo:
            raise StreamlitValueBelowMinError(value, self.lo)
        if self.hi is not None and value > self.hi:
            raise StreamlitValueAboveMaxError(value, self.hi)
        return int(value) if self.kind == "int" else float(value)

    def deserialize(self, wire: Any) -> Any:
        if wire is None:
            return None
        if isinstance(wire, bool) or not isinstance(wire, int | float):
            raise TypeError(f"expected a number, got {wire!r}")
        value = int(wire) if self.kind == "int" else float(wire)
        if (self.lo is not None and value < self.lo) or (self.hi is not None and value > self.hi):
            raise ValueError(f"number out of range: {wire!r}")
        return value


def number_input(
    dg: DeltaGenerator,
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = "min",
    step: Any = None,
    format: str | None = None,
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
    icon: str | None = None,
    width: Any = "stretch",
) -> Any:
    """st.number_input: returns an int or float (or None when empty)."""
    identity = {
        "label": label,
        "min_value": min_value,
        "max_value": max_value,
        "value": value,
        "step": step,
        "format": format,
        "help": help,
        "placeholder": placeholder,
    }
    for name, v in (("min_value", min_value), ("max_value", max_value), ("step", step)):
        _check_numeric(name, v)
    if value != "min":
        _check_numeric("value", value)
    numbers = {"min_value": min_value, "max_value": max_value, "step": step}
    if value != "min":
        numbers["value"] = value
    kind = _data_type(numbers)
    if value == "min":
        value = min_value if min_value is not None else (0 if kind == "int" else 0.0)
    if min_value is not None and max_value is not None and min_value > max_value:
        raise StreamlitInvalidMinMaxError(
            f"The `min_value`, set to {min_value}, shouldn't be larger than the "
            f"`max_value`, set to {max_value}."
        )
    if step is None:
        step = 1 if kind == "int" else 0.01
    fmt = ("%d" if kind == "int" else "%0.2f") if format is None else str(format)
    try:
        # As Streamlit: the format must turn a number into something numeric.
        float(fmt % 2)
    except (TypeError, ValueError):
        raise StreamlitInvalidNumberFormatError(
            f"Format string for st.number_input contains invalid characters: {fmt}"
        ) from None
    for name, v in (("min_value", min_value), ("max_value", max_value), ("value", value)):
        _check_js_bounds(name, v, kind)
    conv = _Number(kind, min_value, max_value)
    conv.serialize(value)  # raises Streamlit's below-min / above-max errors for the default
    base = chrome(label, help, disabled, label_visibility, width=width, allow_content=False)
    return widget(
        dg,
        "number_input",
        key=key,
        identity=identity,
        key_identity=("min_value", "max_value", "step"),
        default=value,
        user_default=None if identity["value"] == "min" else identity["value"],
        serialize=conv.serialize,
        deserialize=conv.deserialize,
        props=lambda wire: {
            **base,
            "required": bool(required),
            "min": min_value,
            "max": max_value,
            "step": step,
            "value": wire,
            "format": fmt,
            "data_type": kind,
            "placeholder": None if placeholder is None else str(placeholder),
            "icon": None if icon is None else str(icon),
        },
        callback=Callback.of(on_change, args, kwargs),
        info={"min": min_value, "max": max_value, "step": step},
    )
