"""A script's ``column_config`` -> the wire COLUMN_CONFIG per field (Contract C).

Keys may be column names, ``"_index"`` or int positions (of the data
columns, index excluded). A ``str`` value is a label and ``None`` hides the
column. Several keys naming the same field merge, later keys winning.

On the wire every ``None`` is dropped, values are JSON (dates as ISO
strings, numpy scalars as Python numbers), and selectbox/multiselect options
are split into ``options`` (raw values), ``option_labels`` (``format_func``
applied, else ``str(value)``) and, for multiselect, ``option_colors``.

Example::

    resolve({"a": NumberColumn(format="%d"), 0: "First", "_index": None}, df, columns)
    # {"c0": {"label": "First", "type_config": {"type": "number", "format": "%d"}},
    #  "_index": {"hidden": True}}
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from wasmlit.errors import StreamlitAPIException


def resolve(
    user_config: Any, frame: Any, columns: list[dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """{field: config} for ``user_config``; unknown column names are ignored, as in Streamlit.

    Categorical columns then get their categories as selectbox options (see
    :func:`with_categories`).
    """
    if not user_config:
        return with_categories({}, frame, columns)
    if not isinstance(user_config, Mapping):
        raise StreamlitAPIException(
            "The `column_config` parameter must be a dict mapping column names or positions "
            f"to a column config, a label or None, not {type(user_config).__name__}."
        )
    resolved: dict[str, dict[str, Any]] = {}
    for key, value in user_config.items():
        config = to_wire(key, value)
        for name in fields_of(key, columns):
            resolved[name] = {**resolved.get(name, {}), **config}
    return with_categories(resolved, frame, columns)


def with_categories(
    resolved: dict[str, dict[str, Any]], frame: Any, columns: list[dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """``resolved`` with each pandas categorical column configured as a selectbox of its categories.

    As in Streamlit, SelectboxColumn is a categorical column's default type and
    a SelectboxColumn without ``options`` takes the categories; another
    configured type (e.g. TextColumn) is left alone. Python sends the options so
    the UI's select editor offers exactly the categories, in their order.
    """
    for field, series in _categorical_fields(frame, columns):
        config = resolved.get(field, {})
        type_config = config.get("type_config") or {}
        kind = type_config.get("type")
        if kind not in (None, "selectbox") or type_config.get("options") is not None:
            continue
        categories = list(series.dtype.categories)
        resolved[field] = {
            **config,
            "type_config": {
                **type_config,
                "type": "selectbox",
                "options": [json_value(c) for c in categories],
                "option_labels": [str(c) for c in categories],
            },
        }
    return resolved


def _categorical_fields(frame: Any, columns: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    """(field, series) of every categorical column of ``frame``, its index included."""
    dtypes = getattr(frame, "dtypes", None)
    if dtypes is None or not any(c["dtype"] == "category" for c in columns):
        return []  # the common case: no pandas import, no work
    import pandas as pd

    found: list[tuple[str, Any]] = []
    data = [c for c in columns if not c["index"]]
    for position, column in enumerate(data[: len(frame.columns)]):
        series = frame.iloc[:, position]
        if isinstance(series.dtype, pd.CategoricalDtype):
            found.append((column["field"], series))
    index = [c for c in columns if c["index"]]
    if index and isinstance(frame.index.dtype, pd.CategoricalDtype):
        found.append((index[0]["field"], pd.Series(frame.index)))
    return found


def fields_of(key: Any, columns: list[dict[str, Any]]) -> list[str]:
    """The wire fields a user key names (a name may match several duplicate columns)."""
    data = [c for c in columns if not c["index"]]
    if key == "_index":
        return [c["field"] for c in columns if c["index"]]
    if isinstance(key, int) and not isinstance(key, bool):
        return [data[key]["field"]] if 0 <= key < len(data) else []
    name = " / ".join(str(k) for k in key) if isinstance(key, tuple) else str(key)
    matches = [c["field"] for c in data if c["name"] == name]
    if not matches:  # a named index can be configured by its name too
        matches = [c["field"] for c in columns if c["index"] and c["name"] and c["name"] == name]
    return matches


def to_wire(key: Any, value: Any) -> dict[str, Any]:
    """One user value (config dict, label, None or ButtonColumnResult) as wire JSON."""
    from wasmlit.data.column_config import ButtonColumnResult

    if value is None:
        return {"hidden": True}
    if isinstance(value, str):
        return {"label": value}
    if isinstance(value, ButtonColumnResult):
        value = value.config
    if not isinstance(value, Mapping):
        raise StreamlitAPIException(
            f"Invalid column config for column `{key}`: expected a `st.column_config` object, "
            f"a label (str) or None, not {type(value).__name__}."
        )
    wire = {k: json_value(v) for k, v in value.items() if v is not None and k != "type_config"}
    type_config = value.get("type_config")
    if isinstance(type_config, Mapping):
        wire["type_config"] = _type_config(type_config)
    elif isinstance(type_config, str):  # Streamlit also accepts a bare type name
        wire["type_config"] = {"type": type_config}
    return wire


def _type_config(type_config: Mapping[str, Any]) -> dict[str, Any]:
    out = {k: json_value(v) for k, v in type_config.items() if v is not None and k != "options"}
    options = type_config.get("options")
    if options is not None:
        values, labels, colors = [], [], []
        for option in options:
            if isinstance(option, Mapping):
                value = option.get("value")
                label = option.get("label")
                colors.append(option.get("color"))
            else:
                value, label = option, None
                colors.append(None)
            values.append(json_value(value))
            labels.append(str(value) if label is None else str(label))
        out["options"] = values
        out["option_labels"] = labels
        if any(c is not None for c in colors):
            out["option_colors"] = colors
    return out


def json_value(value: Any) -> Any:
    """``value`` as JSON: ISO strings for dates and times, Python numbers for numpy scalars."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_value(v) for v in value]
    item = getattr(value, "item", None)  # numpy / pandas scalars
    if callable(item):
        try:
            return json_value(item())
        except (TypeError, ValueError):
            pass
    isoformat = getattr(value, "isoformat", None)  # pandas.Timestamp
    if callable(isoformat):
        return isoformat()
    return str(value)
