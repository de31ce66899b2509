"""Duration strings as Streamlit reads them: a cache's ``ttl``, a fragment's ``run_every``.

Streamlit parses both with pandas' Timedelta ("1d", "2h 30m", "1.5 days",
"1h23s"); this parser accepts the same unit words without importing pandas,
and raises ``StreamlitBadTimeStringError`` for anything else.

    duration_seconds("2h 30m")  -> 9000.0
"""

from __future__ import annotations

import re

from wasmlit.errors import StreamlitBadTimeStringError

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


def duration_seconds(text: str) -> float:
    """Seconds in a duration string; a bare number is nanoseconds, as in pandas."""
    stripped = text.strip()
    if not stripped:
        raise StreamlitBadTimeStringError(text)
    if re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", stripped):
        return float(stripped) * 1e-9
    pos, total = 0, 0.0
    while pos < len(stripped):
        match = _PART.match(stripped, pos)
        if match is None:
            raise StreamlitBadTimeStringError(text)
        unit = _ALIASES.get(match.group(2).lower())
        if unit is None:
            raise StreamlitBadTimeStringError(text)
        total += float(match.group(1)) * _UNITS[unit]
        pos = match.end()
    return total
