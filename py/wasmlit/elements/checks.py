"""Argument checks shared by widgets: ``validate``, ``live`` and ``required``.

The checks themselves run in the browser (ui/src/widgets/validation.tsx);
Python only validates the arguments and sends them as props.
"""

from __future__ import annotations

import re
from typing import Any

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

LIVE_DEFAULT_MS = 300  # live=True
LIVE_MAX_MS = 60_000  # a longer pause is almost surely a unit mistake

_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "min": 60.0, "h": 3600.0}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|min|m|h)?\s*$")


def parse_validate(validate: Any) -> tuple[str | None, str | None]:
    """(regex, message) from ``None``, a regex string or a ``(regex, message)`` tuple."""
    if validate is None or validate == "":
        return None, None
    if isinstance(validate, str):
        return validate, None
    if (
        isinstance(validate, tuple)
        and len(validate) == 2
        and all(isinstance(part, str) for part in validate)
    ):
        return validate[0], validate[1]
    raise StreamlitAPIException(
        "The `validate` parameter must be `None`, a regex string, or a "
        "`(regex, message)` tuple of strings."
    )


def parse_live(live: Any) -> int | None:
    """``live`` as a pause in milliseconds; None when off."""
    if live is False:
        return None
    if live is True:
        return LIVE_DEFAULT_MS
    if isinstance(live, (int, float)):
        raise StreamlitAPIException(
            "The `live` parameter does not accept a number. Use `True` for a 300ms "
            "pause, or a duration string like `'300ms'` or `'0.5s'`."
        )
    if not isinstance(live, str):
        raise StreamlitInvalidParameterTypeError(
            f"The `live` parameter must be of type bool or str, not {type(live).__name__}."
        )
    if live.strip().startswith("-"):
        raise StreamlitAPIException(
            f"The `live` parameter cannot be a negative duration. Got: `{live}`."
        )
    match = _DURATION.match(live)
    if match is None:
        raise StreamlitAPIException(
            f"The `live` parameter must be a duration like `'300ms'` or `'0.5s'`. Got: `{live}`."
        )
    seconds = float(match.group(1)) * _UNITS[match.group(2) or "s"]
    delay = round(seconds * 1000)
    if delay > LIVE_MAX_MS:
        raise StreamlitAPIException(
            f"The `live` duration must be between 0 and 1 minute. Got: `{live}`."
        )
    return delay
