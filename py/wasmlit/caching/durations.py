"""``ttl`` and ``max_size`` values: seconds from numbers, timedeltas and strings.

Streamlit reads ttl strings with pandas' Timedelta ("1d", "2h 30m", "1.5 days",
"1h23s"); this parser accepts the same unit words without importing pandas.

    ttl_seconds("2h 30m")  -> 9000.0
    size_bytes("2gb")      -> 2147483648
"""

from __future__ import annotations

import math
import re
from datetime import timedelta
from typing import Any

from wasmlit.caching.errors import BadTTLStringError
from wasmlit.errors import StreamlitAPIException

_UNITS = {
    "w": 604800.0,
    "d": 86400.0,
    "h": 3600.0,
    "m": 60.0,
    "s": 1.0,
    "ms": 1e-3,
    "us": 1e-6,
    "ns": 1e-9,
}
# Every spelling pandas accepts for a unit, mapped onto the keys above.
_ALIASES = {
    **{a: "w" for a in ("w", "wk", "wks", "week", "weeks")},
    **{a: "d" for a in ("d", "day", "days")},
    **{a: "h" for a in ("h", "hr", "hrs", "hour", "hours")},
    **{a: "m" for a in ("m", "min", "mins", "minute", "minutes", "t")},
    **{a: "s" for a in ("s", "sec", "secs", "second", "seconds")},
    **{a: "ms" for a in ("ms", "milli", "millis", "millisecond", "milliseconds", "l")},
    **{a: "us" for a in ("us", "micro", "micros", "microsecond", "microseconds", "u", "µs")},
    **{a: "ns" for a in ("ns", "nano", "nanos", "nanosecond", "nanoseconds", "n")},
}
_PART = re.compile(r"\s*([+-]?\d+(?:\.\d*)?|\.\d+)\s*([a-zµ]+)\s*,?", re.IGNORECASE)


def ttl_seconds(ttl: float | timedelta | str | None) -> float:
    """Seconds an entry lives; ``math.inf`` for None."""
    if ttl is None:
        return math.inf
    if isinstance(ttl, timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, str):
        return _parse_duration(ttl)
    if isinstance(ttl, bool) or not isinstance(ttl, (int, float)):
        raise StreamlitAPIException(
            f"`ttl` must be a number of seconds, a timedelta or a string, not {type(ttl).__name__}."
        )
    return float(ttl)


def _parse_duration(text: str) -> float:
    stripped = text.strip()
    if not stripped:
        raise BadTTLStringError(text)
    if re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", stripped):
        return float(stripped) * 1e-9  # as pandas: a bare number is nanoseconds
    pos, total = 0, 0.0
    while pos < len(stripped):
        match = _PART.match(stripped, pos)
        if match is None:
            raise BadTTLStringError(text)
        unit = _ALIASES.get(match.group(2).lower())
        if unit is None:
            raise BadTTLStringError(text)
        total += float(match.group(1)) * _UNITS[unit]
        pos = match.end()
    return total


_SIZE = re.compile(r"^\s*(\d+(?:\.\d*)?)\s*([kmgt]?i?b?)\s*$", re.IGNORECASE)
_SIZE_FACTORS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


def size_bytes(size: Any) -> int | None:
    """``max_size`` in bytes (None: unbounded). Accepts ints and strings like "100mb"."""
    if size is None:
        return None
    if isinstance(size, bool):
        raise StreamlitAPIException("`max_size` must be a number of bytes or a string like '2gb'.")
    if isinstance(size, (int, float)):
        return int(size) if size > 0 else None
    match = _SIZE.match(str(size))
    if match is None:
        raise StreamlitAPIException(
            f"`max_size` must be a number of bytes or a string like '2gb', not {size!r}."
        )
    unit = match.group(2).lower().rstrip("b").rstrip("i")
    value = int(float(match.group(1)) * _SIZE_FACTORS[unit])
    return value if value > 0 else None
