"""st.datetime_input: a date and a time of day in one widget."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from wasmlit.elements.dates import (
    check_date_format,
    datetime_wire,
    parse_datetime,
    step_seconds,
    years_from,
)
from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Bool, Int, Optional, Str
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "datetime_input",
    {
        "value": Optional(Str()),  # "YYYY-MM-DDTHH:MM[:SS]"; None when empty
        "min": Str(),
        "max": Str(),
        "format": Str(),  # the date part, as st.date_input's format
        "step": Int(),  # seconds
        "required": Bool(),  # "(required)" marker; an empty value cannot be committed
    },
    chrome=True,
    widget_value=Optional(Str()),
)


class _DateTimes:
    def __init__(self, lo: datetime, hi: datetime) -> None:
        self.lo, self.hi = lo, hi

    def serialize(self, value: Any) -> str | None:
        if value is None:
            return None
        dt = parse_datetime(value)
        if not self.lo <= dt <= self.hi:
            raise StreamlitAPIException(
                f"The default `value` of {dt} must lie between the `min_value` of "
                f"{self.lo} and the `max_value` of {self.hi}, inclusively."
            )
        return datetime_wire(dt)

    def deserialize(self, wire: Any) -> datetime | None:
        if wire is None:
            return None
        if not isinstance(wire, str):
            raise TypeError(f"expected an ISO datetime, got {wire!r}")
        dt = datetime.fromisoformat(wire)
        if not self.lo <= dt <= self.hi:
            raise ValueError(f"datetime out of range: {wire!r}")
        return dt


def datetime_input(
    dg: DeltaGenerator,
    label: str,
    value: Any = "now",
    min_value: Any = None,
    max_value: Any = None,
    *,
    key: Any = None,
    help: str | None = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    format: str = "YYYY/MM/DD",
    step: Any = timedelta(minutes=15),
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> datetime | None:
    """st.datetime_input: returns a naive datetime, or None when empty."""
    fmt = check_date_format(format)
    seconds = step_seconds(step)
    if isinstance(value, str) and value == "now":
        default: datetime | None = datetime.now().replace(second=0, microsecond=0)
    else:
        default = None if value is None else parse_datetime(value)
    anchor = default or datetime.now().replace(second=0, microsecond=0)
    lo = parse_datetime(min_value, "min_value") if min_value is not None else None
    hi = parse_datetime(max_value, "max_value") if max_value is not None else None
    if lo is None:
        lo = datetime.combine(years_from(anchor.date(), -10), datetime.min.time())
    if hi is None:
        hi = datetime.combine(years_from(anchor.date(), 10), datetime.max.time())
        hi = hi.replace(second=0, microsecond=0)
    if lo > hi:
        raise StreamlitAPIException(
            f"The `min_value`, set to {lo}, shouldn't be larger than the `max_value`, set to {hi}."
        )
    conv = _DateTimes(lo, hi)
    default_wire = conv.serialize(default)
    base = chrome(label, help, disabled, label_visibility, width=width, allow_content=False)
    return widget(
        dg,
        "datetime_input",
        key=key,
        identity={
            "label": label,
            "value": default_wire,
            "min_value": datetime_wire(lo),
            "max_value": datetime_wire(hi),
            "format": fmt,
            "step": seconds,
            "help": help,
        },
        default=default,
        serialize=conv.serialize,
        deserialize=conv.deserialize,
        props=lambda wire: {
            **base,
            "required": bool(required),
            "value": wire,
            "min": datetime_wire(lo),
            "max": datetime_wire(hi),
            "format": fmt,
            "step": seconds,
        },
        callback=Callback.of(on_change, args, kwargs),
        info={"min": lo, "max": hi, "step": seconds},
    )
