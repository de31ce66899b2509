"""st.date_input: one date, or a range of 0 to 2 dates, with a calendar popup."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from wasmlit.elements.dates import check_date_format, parse_date, years_from
from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Arr, Bool, Str
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "date_input",
    {
        "value": Arr(Str()),  # ISO dates: [] (empty), [d] or, for a range, up to 2
        "is_range": Bool(),
        "min": Str(),  # ISO date
        "max": Str(),
        "format": Str(),  # "YYYY/MM/DD", "DD.MM.YYYY", ...
        "required": Bool(),  # "(required)" marker; an empty value cannot be committed
    },
    chrome=True,
    widget_value=Arr(Str()),
)


def _parse_value(value: Any) -> tuple[list[date], bool]:
    """(dates, is_range) from Streamlit's accepted ``value`` forms."""
    if value is None:
        return [], False
    if isinstance(value, str) and value == "today":
        return [date.today()], False
    if isinstance(value, list | tuple):
        if len(value) > 2:
            raise StreamlitAPIException(
                "DateInput value should either be an date/datetime or a list/tuple of "
                "0 - 2 date/datetime values"
            )
        return [date.today() if v == "today" else parse_date(v) for v in value], True
    return [parse_date(value)], False


class _Dates:
    def __init__(self, lo: date, hi: date, is_range: bool) -> None:
        self.lo, self.hi, self.is_range = lo, hi, is_range

    def serialize(self, value: Any) -> list[str]:
        dates, _ = _parse_value(value)
        if len(dates) == 2 and dates[0] > dates[1]:
            dates.reverse()
        for d in dates:
            if not self.lo <= d <= self.hi:
                raise StreamlitAPIException(
                    f"The default `value` of {d} must lie between the `min_value` of "
                    f"{self.lo} and the `max_value` of {self.hi}, inclusively."
                )
        return [d.isoformat() for d in dates]

    def deserialize(self, wire: Any) -> Any:
        if not isinstance(wire, list) or len(wire) > (2 if self.is_range else 1):
            raise TypeError(f"date_input value of the wrong shape: {wire!r}")
        dates = [date.fromisoformat(v) for v in wire]
        if any(not self.lo <= d <= self.hi for d in dates):
            raise ValueError(f"date out of range: {wire!r}")
        if self.is_range:
            return tuple(sorted(dates))
        return dates[0] if dates else None


def date_input(
    dg: DeltaGenerator,
    label: str,
    value: Any = "today",
    min_value: Any = None,
    max_value: Any = None,
    key: Any = None,
    help: str | None = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    format: str = "YYYY/MM/DD",
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> Any:
    """st.date_input: a date (or None), or a tuple of 0-2 dates for a range."""
    fmt = check_date_format(format)
    dates, is_range = _parse_value(value)
    today = date.today()
    lo = parse_date(min_value, "min_value") if min_value is not None else None
    hi = parse_date(max_value, "max_value") if max_value is not None else None
    # Streamlit's defaults: ten years either side of the value (or of today).
    if lo is None:
        lo = years_from(dates[0] if dates else today, -10)
    if hi is None:
        hi = years_from(dates[-1] if dates else today, 10)
    if lo > hi:
        raise StreamlitAPIException(
            f"The `min_value`, set to {lo}, shouldn't be larger than the `max_value`, set to {hi}."
        )
    conv = _Dates(lo, hi, is_range)
    default_wire = conv.serialize(tuple(dates) if is_range else (dates[0] if dates else None))
    base = chrome(label, help, disabled, label_visibility, width=width, allow_content=False)
    return widget(
        dg,
        "date_input",
        key=key,
        identity={
            "label": label,
            "value": default_wire,
            "is_range": is_range,
            "min_value": lo.isoformat(),
            "max_value": hi.isoformat(),
            "format": fmt,
            "help": help,
        },
        key_identity=("is_range",),
        default=conv.deserialize(default_wire),
        serialize=conv.serialize,
        deserialize=conv.deserialize,
        props=lambda wire: {
            **base,
            "required": bool(required),
            "value": wire,
            "is_range": is_range,
            "min": lo.isoformat(),
            "max": hi.isoformat(),
            "format": fmt,
        },
        callback=Callback.of(on_change, args, kwargs),
        info={"min": lo, "max": hi},
    )
