"""``ttl`` and ``max_size`` values: seconds from numbers, timedeltas and strings.

Strings are read by ``wasmlit.runtime.durations`` as pandas' Timedelta reads them.

    ttl_seconds("2h 30m")  -> 9000.0
    size_bytes("2gb")      -> 2147483648
"""

from __future__ import annotations

import math
import re
from datetime import timedelta
from typing import Any

from wasmlit.caching.errors import BadTTLStringError
from wasmlit.errors import StreamlitAPIException, StreamlitBadTimeStringError
from wasmlit.runtime.durations import duration_seconds


def ttl_seconds(ttl: float | timedelta | str | None) -> float:
    """Seconds an entry lives; ``math.inf`` for None."""
    if ttl is None:
        return math.inf
    if isinstance(ttl, timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, str):
        try:
            return duration_seconds(ttl)
        except StreamlitBadTimeStringError:
            raise BadTTLStringError(ttl) from None
    if isinstance(ttl, bool) or not isinstance(ttl, (int, float)):
        raise StreamlitAPIException(
            f"`ttl` must be a number of seconds, a timedelta or a string, not {type(ttl).__name__}."
        )
    return float(ttl)


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
