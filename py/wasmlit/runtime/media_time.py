"""``start_time`` / ``end_time`` of st.audio and st.video, as Streamlit reads them.

A time is a number of seconds (an ``int``, or a ``float`` rounded down), a
``timedelta``, or a string in the forms pandas' ``Timedelta`` accepts
("20s", "2 minute", "1m14s", "1h23s", "00:01:10", "P1DT2H"). Streamlit parses
strings with pandas; this module parses the same forms itself so a script
never pays for loading pandas in the browser.

Example::

    assert media_times("1m2s", "1m10s") == (62, 70)
    assert parse_duration("3 minutes 10 seconds") == 190.0
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from wasmlit.errors import StreamlitAPIException

_PARSE_ERROR = (
    "Failed to convert '{name}' to a timedelta. Please use a string in a format supported "
    "by [Pandas Timedelta constructor]"
    "(https://pandas.pydata.org/docs/reference/api/pandas.Timedelta.html), "
    'e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {value}'
)

# Seconds per unit, for every unit name pandas' Timedelta understands.
_UNIT_SECONDS: dict[str, float] = {}
for _names, _per_unit in (
    (("w", "week", "weeks"), 604800.0),
    (("d", "day", "days"), 86400.0),
    (("h", "hr", "hour", "hours"), 3600.0),
    (("m", "t", "min", "minute", "minutes"), 60.0),
    (("s", "sec", "second", "seconds"), 1.0),
    (("ms", "l", "milli", "millis", "millisecond", "milliseconds"), 1e-3),
    (("us", "µs", "u", "micro", "micros", "microsecond", "microseconds"), 1e-6),
    (("ns", "n", "nano", "nanos", "nanosecond", "nanoseconds"), 1e-9),
):
    for _name in _names:
        _UNIT_SECONDS[_name] = _per_unit

_NUMBER = r"\d+(?:\.\d*)?|\.\d+"
_UNIT_TERM = re.compile(rf"\s*({_NUMBER})\s*([a-zµ]+)\s*,?", re.IGNORECASE)
# "[N day[s][,]] hh:mm:ss[.fraction]"
_CLOCK = re.compile(
    r"^(?:(\d+)\s*days?\s*,?\s*)?(\d+):(\d{1,2}):(\d{1,2}(?:\.\d+)?)$", re.IGNORECASE
)
# ISO 8601 durations such as "P1DT2H3M4.5S" or "P2W".
_ISO = re.compile(
    rf"^P(?:({_NUMBER})W)?(?:({_NUMBER})D)?"
    rf"(?:T(?:({_NUMBER})H)?(?:({_NUMBER})M)?(?:({_NUMBER})S)?)?$",
    re.IGNORECASE,
)


def parse_duration(text: str) -> float:
    """Seconds in a Timedelta-style string; ValueError when it is not one."""
    body = text.strip()
    sign = 1.0
    if body[:1] in "+-" and body:
        sign = -1.0 if body[0] == "-" else 1.0
        body = body[1:].strip()
    if not body:
        raise ValueError(f"no duration in {text!r}")
    if body.isdigit():
        # pandas reads a bare integer string as nanoseconds.
        return sign * int(body) * 1e-9
    clock = _CLOCK.match(body)
    if clock:
        days, hours, minutes, seconds = clock.groups()
        total = int(days or 0) * 86400 + int(hours) * 3600 + int(minutes) * 60
        return sign * (total + float(seconds))
    iso = _ISO.match(body)
    if iso and body.upper() != "P" and any(iso.groups()):
        weights = (604800.0, 86400.0, 3600.0, 60.0, 1.0)
        return sign * sum(float(v) * w for v, w in zip(iso.groups(), weights, strict=True) if v)
    return sign * _unit_terms(body, text)


def _unit_terms(body: str, text: str) -> float:
    total, position = 0.0, 0
    while position < len(body):
        term = _UNIT_TERM.match(body, position)
        if term is None or term.end() == position:
            raise ValueError(f"cannot read a duration from {text!r}")
        unit = _UNIT_SECONDS.get(term.group(2).lower())
        if unit is None:
            raise ValueError(f"unknown time unit {term.group(2)!r} in {text!r}")
        total += float(term.group(1)) * unit
        position = term.end()
    return total


def _to_seconds(value: Any) -> float | None:
    """A time as seconds: numbers as they are, timedeltas and strings converted."""
    if value is None:
        return None
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, str):
        return parse_duration(value)
    return value  # numbers as they are; int() in media_times refuses the rest


def media_times(start_time: Any, end_time: Any) -> tuple[int, int | None]:
    """Whole seconds for ``start_time`` and ``end_time`` (None: play to the end)."""
    try:
        start = _to_seconds(start_time)
        if start is None:
            raise ValueError("start_time is None")
        start_seconds = int(start)
    except ValueError:
        raise StreamlitAPIException(
            _PARSE_ERROR.format(name="start_time", value=start_time)
        ) from None
    try:
        end = _to_seconds(end_time)
    except ValueError:
        raise StreamlitAPIException(_PARSE_ERROR.format(name="end_time", value=end_time)) from None
    return start_seconds, None if end is None else int(end)
