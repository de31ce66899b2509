"""Date and time helpers shared by date_input, time_input, datetime_input and slider.

Wire values are ISO strings ("2024-05-01", "13:45", "2024-05-01T13:45") for the
inputs, and epoch milliseconds (UTC, naive values taken as UTC) for sliders.

Example::

    parse_date("2024-05-01")        # date(2024, 5, 1)
    to_epoch_ms(date(1970, 1, 2))   # 86400000.0
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from wasmlit.errors import StreamlitAPIException

# Streamlit accepts YYYY/MM/DD, DD/MM/YYYY and MM/DD/YYYY with "/", "-" or "." separators.
_DATE_FORMAT = re.compile(r"^(YYYY([/.-])MM\2DD|DD([/.-])MM\3YYYY|MM([/.-])DD\4YYYY)$")
EPOCH = datetime(1970, 1, 1)
# Time sliders place times on this day, as Streamlit does.
TIME_DAY = date(2000, 1, 1)


def check_date_format(fmt: Any) -> str:
    if not isinstance(fmt, str) or not _DATE_FORMAT.match(fmt):
        raise StreamlitAPIException(
            f"The provided format (`{fmt}`) is not valid. DateInput format should be one of "
            "`YYYY/MM/DD`, `DD/MM/YYYY`, or `MM/DD/YYYY` and can also use a period (.) or "
            "hyphen (-) as separators."
        )
    return fmt


def years_from(d: date, years: int) -> date:
    """``d`` shifted by whole years (Feb 29 becomes Feb 28)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def naive(dt: datetime) -> datetime:
    """Streamlit strips time zone information from datetimes."""
    return dt.replace(tzinfo=None)


def parse_date(value: Any, name: str = "value") -> date:
    """A date from a date, datetime (its date part) or ISO string."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise StreamlitAPIException(
        f"The type of `{name}` ({type(value).__name__}) is not a date: use a "
        "datetime.date, datetime.datetime or an ISO-formatted string."
    )


def parse_time(value: Any, name: str = "value") -> time:
    """A time from a time, datetime (its time part) or ISO string."""
    if isinstance(value, datetime):
        return naive(value).time()
    if isinstance(value, time):
        return value.replace(tzinfo=None)
    if isinstance(value, str):
        try:
            return time.fromisoformat(value.strip())
        except ValueError:
            try:
                return datetime.fromisoformat(value.strip()).time()
            except ValueError:
                pass
    raise StreamlitAPIException(
        f"The type of `{name}` ({type(value).__name__}) is not a time: use a "
        "datetime.time, datetime.datetime or an ISO-formatted string."
    )


def parse_datetime(value: Any, name: str = "value") -> datetime:
    """A naive datetime from a datetime, date (midnight), time (today) or ISO string."""
    if isinstance(value, datetime):
        return naive(value)
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, time):
        return datetime.combine(date.today(), value.replace(tzinfo=None))
    if isinstance(value, str):
        try:
            return naive(datetime.fromisoformat(value.strip()))
        except ValueError:
            pass
    raise StreamlitAPIException(
        f"The type of `{name}` ({type(value).__name__}) is not a datetime: use a "
        "datetime.datetime, datetime.date, datetime.time or an ISO-formatted string."
    )


def time_wire(t: time) -> str:
    """ "HH:MM", or "HH:MM:SS" when seconds matter."""
    return t.strftime("%H:%M:%S" if t.second else "%H:%M")


def datetime_wire(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S" if dt.second else "%Y-%m-%dT%H:%M")


def step_seconds(step: Any, *, minimum: int = 60, maximum: int = 23 * 3600) -> int:
    """A time step in seconds, from int seconds or a timedelta, within Streamlit's bounds."""
    if isinstance(step, timedelta):
        seconds = step.total_seconds()
    elif isinstance(step, int) and not isinstance(step, bool):
        seconds = step
    else:
        raise StreamlitAPIException(
            f"`step` can only be `int` or `timedelta` but {type(step)} is provided."
        )
    if seconds < minimum:
        raise StreamlitAPIException(
            f"`step` must be greater than or equal to {minimum} seconds (1 minute)."
        )
    if seconds > maximum:
        raise StreamlitAPIException("`step` must be less than 23 hours.")
    return int(seconds)


def to_epoch_ms(value: date | time | datetime) -> float:
    """Milliseconds since 1970-01-01 UTC; naive values are taken as UTC."""
    if isinstance(value, datetime):
        dt = value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)
    elif isinstance(value, date):
        dt = datetime.combine(value, time())
    else:
        dt = datetime.combine(TIME_DAY, value.replace(tzinfo=None))
    return (dt - EPOCH) / timedelta(milliseconds=1)


def from_epoch_ms(ms: float, kind: str) -> date | time | datetime:
    dt = EPOCH + timedelta(milliseconds=ms)
    if kind == "date":
        return dt.date()
    if kind == "time":
        return dt.time()
    return dt
