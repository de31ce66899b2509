"""The date, time and datetime flavours of st.slider.

Values travel as epoch milliseconds (UTC; time values sit on 2000-01-01), the
step in milliseconds, and ``format`` is a Moment.js-style pattern rendered by
the UI, e.g. "MM/DD/YY" or "HH:mm".

Example::

    kind_of(date(2024, 1, 1))   # "date"
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from wasmlit.elements.dates import from_epoch_ms, naive, to_epoch_ms
from wasmlit.errors import StreamlitAPIException

TIME_KINDS = ("date", "time", "datetime")
DEFAULT_STEP = {
    "date": timedelta(days=1),
    "time": timedelta(minutes=15),
    "datetime": timedelta(days=1),
}
DEFAULT_FORMAT = {"date": "YYYY-MM-DD", "time": "HH:mm", "datetime": "YYYY-MM-DD HH:mm"}


def kind_of(v: Any) -> str | None:
    """ "datetime", "date" or "time" for time-like values, else None."""
    if isinstance(v, datetime):
        return "datetime"
    if isinstance(v, date):
        return "date"
    if isinstance(v, time):
        return "time"
    return None


def _strip(v: Any) -> Any:
    if isinstance(v, datetime):
        return naive(v)
    if isinstance(v, time):
        return v.replace(tzinfo=None)
    return v


class TimeSlider:
    """Bounds, step and value conversion of one time-like slider."""

    def __init__(
        self, kind: str, values: list[Any], min_value: Any, max_value: Any, step: Any
    ) -> None:
        self.kind = kind
        values = [_strip(v) for v in values]
        for name, v in (("min_value", min_value), ("max_value", max_value)):
            if v is not None and kind_of(v) != kind:
                raise StreamlitAPIException(
                    "Both value and arguments must be of the same type."
                    f"\n`value` has {kind} type.\n`{name}` has {type(v).__name__} type."
                )
        if step is None:
            step = DEFAULT_STEP[kind]
        if not isinstance(step, timedelta):
            raise StreamlitAPIException(
                f"Slider `step` must be a timedelta for {kind} values, got {type(step).__name__}."
            )
        if step <= timedelta(0):
            raise StreamlitAPIException("Slider components cannot be passed a `step` of 0.")
        if kind == "time":
            lo = time.min if min_value is None else _strip(min_value)
            hi = time(23, 59) if max_value is None else _strip(max_value)
        else:
            # Streamlit's default range: two weeks either side of the value.
            lo = values[0] - timedelta(days=14) if min_value is None else _strip(min_value)
            hi = values[-1] + timedelta(days=14) if max_value is None else _strip(max_value)
        if lo >= hi:
            raise StreamlitAPIException(
                "Slider `min_value` must be less than the `max_value`."
                f"\nThe values were {lo} and {hi}."
            )
        self.lo, self.hi, self.values, self.step = lo, hi, values, step

    @property
    def step_ms(self) -> float:
        return self.step / timedelta(milliseconds=1)

    def check(self, v: Any) -> Any:
        v = _strip(v)
        if kind_of(v) != self.kind:
            raise StreamlitAPIException(f"Slider value {v!r} is not a {self.kind}.")
        if not self.lo <= v <= self.hi:
            raise StreamlitAPIException(
                f"The value {v} must lie between the `min_value` of {self.lo} "
                f"and the `max_value` of {self.hi}, inclusively."
            )
        return v

    def to_wire(self, v: Any) -> float:
        return to_epoch_ms(self.check(v))

    def from_wire(self, ms: Any) -> Any:
        if isinstance(ms, bool) or not isinstance(ms, int | float):
            raise TypeError(f"expected epoch milliseconds, got {ms!r}")
        v: Any = from_epoch_ms(float(ms), self.kind)
        if not self.lo <= v <= self.hi:
            raise ValueError(f"slider value out of range: {ms!r}")
        return v
