"""A column's value kind, and a JSON value from the editor cast to that kind.

The editor sends numbers, strings, booleans, null, lists, and dates/times as
ISO strings. Each is cast to what the column holds (``int64`` -> int,
``datetime64[ns, tz]`` -> a Timestamp in that zone, an object column of
``datetime.date`` -> a date, a categorical -> one of its categories ...), as
Streamlit does before writing it back.

Example::

    cast_value("2024-01-02", column_kind(pd.Series([date(2024, 1, 1)])), dtype)  # date(2024, 1, 2)
"""

from __future__ import annotations

import datetime
import decimal
from typing import Any

# Kinds of column content; "raw" keeps the JSON value as it is.
KINDS = (
    "int", "float", "bool", "string", "datetime", "pydatetime", "date", "time", "timedelta",
    "decimal", "category", "list", "raw",
)  # fmt: skip

_INFERRED = {
    "string": "string",
    "integer": "int",
    "floating": "float",
    "mixed-integer-float": "float",
    "boolean": "bool",
    "date": "date",
    "time": "time",
    "datetime": "pydatetime",
    "datetime64": "pydatetime",
    "decimal": "decimal",
    "timedelta": "timedelta",
    "timedelta64": "timedelta",
}


def column_kind(series: Any) -> str:
    """The kind of values ``series`` holds (see :data:`KINDS`)."""
    import pandas as pd
    from pandas.api import types

    dtype = series.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        return "category"
    if types.is_bool_dtype(dtype):
        return "bool"
    if types.is_integer_dtype(dtype):
        return "int"
    if types.is_float_dtype(dtype):
        return "float"
    if types.is_datetime64_any_dtype(dtype):
        return "datetime"
    if types.is_timedelta64_dtype(dtype):
        return "timedelta"
    if types.is_string_dtype(dtype) and not types.is_object_dtype(dtype):
        return "string"
    inferred = types.infer_dtype(series, skipna=True)
    if inferred == "mixed" and all(isinstance(v, list | tuple) for v in series.dropna()):
        return "list"
    return _INFERRED.get(inferred, "raw")


def cast_value(value: Any, kind: str, dtype: Any = None) -> Any:  # noqa: PLR0911
    """``value`` (JSON from the UI) as a ``kind`` value; raises ValueError/TypeError if it can't."""
    if value is None:
        return None
    if kind == "int":
        if isinstance(value, str):
            value = float(value)
        if isinstance(value, float) and not value.is_integer():
            return value  # the column widens to float, as pandas does
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "bool":
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)
    if kind == "string":
        return value if isinstance(value, str) else str(value)
    if kind == "datetime":
        return _timestamp(value, getattr(dtype, "tz", None))
    if kind == "pydatetime":
        return _timestamp(value, None, keep_tz=True).to_pydatetime()
    if kind == "date":
        return _timestamp(value, None, keep_tz=True).date()
    if kind == "time":
        if isinstance(value, str):
            try:
                return datetime.time.fromisoformat(value)
            except ValueError:
                pass
        return _timestamp(value, None, keep_tz=True).time()
    if kind == "timedelta":
        import pandas as pd

        return pd.Timedelta(value) if isinstance(value, str) else pd.Timedelta(seconds=value)
    if kind == "decimal":
        return decimal.Decimal(str(value))
    if kind == "list" and isinstance(value, str):
        return [value]
    if kind == "category":
        return _category(value, dtype)
    return value


def _category(value: Any, dtype: Any) -> Any:
    """One of the column's categories (cast to their kind); ValueError for any other value.

    A categorical column can only hold its categories, so a value outside them
    is refused rather than silently turned into a missing value.
    """
    categories = getattr(dtype, "categories", None)
    if categories is None:
        return value
    import pandas as pd

    series = pd.Series(categories)
    cast = cast_value(value, column_kind(series), series.dtype)
    if cast not in categories:
        raise ValueError(f"{value!r} is not one of the categories")
    return cast


def _timestamp(value: Any, tz: Any, *, keep_tz: bool = False) -> Any:
    """An ISO string or epoch milliseconds as a Timestamp in the column's zone."""
    import pandas as pd

    stamp = (
        pd.Timestamp(value, unit="ms") if isinstance(value, int | float) else pd.Timestamp(value)
    )
    if keep_tz:
        return stamp
    if tz is not None:
        return stamp.tz_localize(tz) if stamp.tzinfo is None else stamp.tz_convert(tz)
    return stamp.tz_localize(None) if stamp.tzinfo is not None else stamp
