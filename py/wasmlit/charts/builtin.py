"""The Vega-Lite spec of st.line_chart, st.area_chart, st.bar_chart and st.scatter_chart.

The data is reduced to the columns the chart uses and, with several y columns,
melted from wide to long form with pandas. Fields get fixed role names
(``x``, ``y``, ``color``, ``size``, ``sort``) so that column names with spaces,
dots or brackets never reach a Vega-Lite field string; the real names are the
axis, legend and tooltip titles.

Example::

    chart = builtin_chart("line", df, x="day", y=["a", "b"])
    chart.spec    # {"layer": [...], ...} without data
    chart.frame   # long-form DataFrame with columns x, y, color
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from wasmlit.charts.colors import is_color_like, to_css_color
from wasmlit.charts.errors import (
    StreamlitColorLengthError,
    StreamlitColumnNotFoundError,
    StreamlitInvalidColorError,
)
from wasmlit.errors import StreamlitAPIException

if TYPE_CHECKING:
    import pandas as pd

Kind = Literal["line", "area", "bar", "scatter"]
MARKS = {"line": "line", "area": "area", "bar": "bar", "scatter": "circle"}
STACK_VALUES = (None, True, False, "normalize", "center", "layered")
COLOR_LEGEND = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
SIZE_LEGEND = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}
DEFAULT_POINT_SIZE = 100


@dataclass
class BuiltChart:
    spec: dict[str, Any]  # Vega-Lite without data; the UI adds the dataset as "source"
    frame: pd.DataFrame  # the chart's data, one column per role field


@dataclass
class _Columns:
    """What the user asked for, resolved against the data's columns."""

    x: Any  # a column label, or None for the index
    y: list[Any]
    color: Any  # a column label or None
    color_value: Any  # a colour, a list of colours, or None
    size: Any
    size_value: Any
    sort: Any


def vega_type(series: pd.Series) -> str:
    """Vega-Lite's measurement type for a column (as Altair infers it)."""
    from pandas.api.types import infer_dtype

    kind = infer_dtype(series, skipna=True)
    if kind in {
        "floating",
        "mixed-integer-float",
        "integer",
        "mixed-integer",
        "complex",
        "decimal",
    }:
        return "quantitative"
    if kind == "categorical" and series.cat.ordered:
        return "ordinal"
    temporal = {"datetime", "datetime64", "timedelta", "timedelta64", "date", "time", "period"}
    if kind in temporal:
        return "temporal"
    return "nominal"


def _column(df: pd.DataFrame, name: Any) -> Any:
    if name not in df.columns:
        raise StreamlitColumnNotFoundError(df.columns, name)
    return name


def _maybe_column(df: pd.DataFrame, value: Any) -> tuple[Any, Any]:
    """(column, None) when ``value`` names a column, else (None, value)."""
    if isinstance(value, str) and value in df.columns:
        return value, None
    return None, value


def _resolve(df: pd.DataFrame, x: Any, y: Any, color: Any, size: Any, sort: Any) -> _Columns:
    if x is not None and not isinstance(x, str):
        raise StreamlitAPIException(
            "x parameter should be a column name (str) or None to use the "
            f" dataframe's index. Value given: {x} (type {type(x)})"
        )
    x_col = None if x is None else _column(df, x)
    color_col, color_value = _maybe_column(df, color)
    size_col, size_value = _maybe_column(df, size)
    sort_col = None
    if isinstance(sort, str):
        sort_col = _column(df, sort.removeprefix("-"))
    elif not isinstance(sort, bool):
        raise StreamlitAPIException(
            f"Invalid sort value: {sort!r}. Use True, False or a column name."
        )
    if y is None:
        # "All remaining columns": not x, nor the columns that colour or size the points.
        used = {c for c in (x_col, color_col, size_col) if c is not None}
        y_cols = [c for c in df.columns if c not in used]
    else:
        names = [y] if isinstance(y, str) else list(y)
        y_cols = [_column(df, c) for c in names]
    return _Columns(x_col, y_cols, color_col, color_value, size_col, size_value, sort_col)


def _long_frame(df: pd.DataFrame, cols: _Columns) -> tuple[pd.DataFrame, bool]:
    """The chart's data with role fields; True when several y columns were melted."""
    import pandas as pd

    base: dict[str, Any] = {
        "x": df.index.to_series().reset_index(drop=True)
        if cols.x is None
        else df[cols.x].reset_index(drop=True)
    }
    extras = {"color": cols.color, "size": cols.size, "sort": cols.sort}
    for field, name in extras.items():
        if name is not None and not (field == "color" and len(cols.y) > 1):
            base[field] = df[name].reset_index(drop=True)
    if len(cols.y) <= 1:
        if cols.y:
            base["y"] = df[cols.y[0]].reset_index(drop=True)
        return pd.DataFrame(base), False
    parts = []
    labels = list(df.columns)
    positions = [labels.index(name) for name in cols.y]
    for position, name in enumerate(cols.y):
        part = dict(base)
        part["y"] = df.iloc[:, positions[position]].reset_index(drop=True)
        part["color"] = pd.Series([str(name)] * len(df), dtype=object)
        parts.append(pd.DataFrame(part))
    return pd.concat(parts, ignore_index=True), True


def _axis(series: pd.Series | None, grid: bool) -> dict[str, Any]:
    from pandas.api.types import is_integer_dtype

    axis: dict[str, Any] = {"grid": grid}
    if series is not None and is_integer_dtype(series):
        axis["tickMinStep"] = 1  # integer data: no ticks between integers
    return axis


def _is_date_like(series: pd.Series) -> bool:
    from datetime import date

    return len(series) > 0 and isinstance(series.iloc[0], date)


def _position_type(series: pd.Series | None, discrete: bool) -> str:
    if series is None:
        return "quantitative"
    if discrete and not _is_date_like(series):
        return "ordinal"  # bars stand on a discrete axis unless it is dates
    return vega_type(series)


def _title(label: str | None, name: Any, explicit: bool) -> str:
    if label is not None:
        return str(label)
    return str(name) if explicit and name is not None else ""


def _color_encoding(frame: pd.DataFrame, cols: _Columns, melted: bool, user: Any) -> Any:
    value = cols.color_value
    names = [str(c) for c in cols.y]
    if value is not None and not (isinstance(value, list | tuple) and len(value) == 0):
        if is_color_like(value):
            if len(names) != 1:
                raise StreamlitColorLengthError([value], names)
            return {"value": to_css_color(value)}
        if isinstance(value, list | tuple):
            if len(value) != len(names):
                raise StreamlitColorLengthError(value, names)
            if not all(is_color_like(c) for c in value):
                raise StreamlitInvalidColorError(user)
            if len(value) == 1:
                return {"value": to_css_color(value[0])}
            return {
                "field": "color",
                "type": "nominal",
                "title": " ",
                "scale": {"domain": names, "range": [to_css_color(c) for c in value]},
                "legend": COLOR_LEGEND,
            }
        raise StreamlitInvalidColorError(user)
    if melted:
        return {"field": "color", "type": "nominal", "title": " ", "legend": COLOR_LEGEND}
    if cols.color is None:
        return None
    column = frame["color"]
    encoding: dict[str, Any] = {
        "field": "color",
        "type": vega_type(column),
        "title": str(cols.color),
        "legend": COLOR_LEGEND,
    }
    if len(column) and is_color_like(column.iloc[0]):
        # A column of colours: draw with those colours and hide the unreadable legend.
        css = column.map(to_css_color)
        frame["color"] = css
        unique = list(dict.fromkeys(css))
        encoding.update(type="nominal", scale={"domain": unique, "range": unique}, legend=None)
    return encoding


def _size_encoding(kind: Kind, frame: pd.DataFrame, cols: _Columns) -> Any:
    if kind != "scatter":
        return None
    if cols.size is not None:
        return {
            "field": "size",
            "type": vega_type(frame["size"]),
            "title": str(cols.size),
            "legend": SIZE_LEGEND,
        }
    value = cols.size_value
    if value is None:
        return {"value": DEFAULT_POINT_SIZE}
    if isinstance(value, int | float) and not isinstance(value, bool):
        return {"value": value}
    raise StreamlitAPIException(f"This does not look like a valid size: {value!r}")


def _tooltip(
    frame: pd.DataFrame, cols: _Columns, melted: bool, color: Any, index_name: Any
) -> list[Any]:
    x_title = str(cols.x) if cols.x is not None else str(index_name or "index")
    tips = [_tip(frame, "x", x_title)]
    if cols.y:
        y_title = "value" if melted else str(cols.y[0])
        tips.append(_tip(frame, "y", y_title))
    if "color" in frame.columns and isinstance(color, dict) and color.get("legend", {}) is not None:
        title = "color" if melted else str(cols.color)
        tips.append({"field": "color", "type": "nominal", "title": title})
    if cols.size is not None:
        tips.append(_tip(frame, "size", str(cols.size)))
    return tips


def _tip(frame: pd.DataFrame, field: str, title: str) -> dict[str, Any]:
    kind = vega_type(frame[field]) if field in frame.columns else "nominal"
    return {"field": field, "type": kind, "title": title}


def _apply_stack_and_sort(
    encoding: dict[str, Any], kind: Kind, horizontal: bool, stack: Any, sort: Any
) -> None:
    value_channel, category_channel = ("x", "y") if horizontal else ("y", "x")
    if stack is not None and kind in ("bar", "area"):
        # "layered" is Vega-Lite's stack=false (bars drawn over each other).
        encoding[value_channel]["stack"] = False if stack == "layered" else stack
    if kind != "bar":
        return
    if sort is False:
        encoding[category_channel]["sort"] = None
    elif isinstance(sort, str):
        order = "descending" if sort.startswith("-") else "ascending"
        encoding[category_channel]["sort"] = {"field": "sort", "order": order}


def _line_layers(mark: dict[str, Any], encoding: dict[str, Any]) -> dict[str, Any]:
    """A line with the nearest point highlighted under the pointer (for its tooltip)."""
    points = {k: v for k, v in encoding.items() if k != "tooltip"}
    return {
        "layer": [
            {"mark": mark, "encoding": encoding, "params": [_zoom_param()]},
            {
                "mark": {"type": "point", "opacity": 0},
                "encoding": encoding,
                "params": [
                    {
                        "name": "hover",
                        "select": {
                            "type": "point",
                            "nearest": True,
                            "on": "pointermove",
                            "fields": ["x"],
                            "clear": "pointerleave",
                        },
                    }
                ],
            },
            {
                "mark": {"type": "point", "filled": True, "size": 65},
                "encoding": points,
                "transform": [{"filter": {"param": "hover", "empty": False}}],
            },
        ],
        "config": {"legend": {"symbolType": "stroke"}},
    }


def _zoom_param() -> dict[str, Any]:
    # Streamlit's built-in charts are interactive: drag to pan, wheel to zoom.
    return {"name": "zoom", "select": "interval", "bind": "scales"}


def builtin_chart(
    kind: Kind,
    data: Any,
    *,
    x: Any = None,
    y: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: Any = None,
    stack: Any = None,
    horizontal: bool = False,
    sort: Any = True,
) -> BuiltChart:
    """The spec and data of one built-in chart (see the module docstring)."""
    import pandas as pd

    from wasmlit.data import to_pandas

    if stack not in STACK_VALUES:
        raise StreamlitAPIException(
            "Invalid `stack` value. Expected one of: True, False, 'normalize', 'center', "
            f"'layered', None. Got: {stack!r}"
        )
    df = pd.DataFrame() if data is None else to_pandas(data)
    cols = _resolve(df, x, y, color, size, sort)
    frame, melted = _long_frame(df, cols)
    horizontal = bool(horizontal) and kind == "bar"
    discrete = kind == "bar"
    x_series = frame["x"] if len(df.columns) or cols.x is not None else None
    y_series = frame["y"] if "y" in frame.columns else None
    x_enc = {
        "field": "x",
        "type": _position_type(x_series, discrete),
        "title": _title(x_label, cols.x, cols.x is not None),
        "axis": _axis(x_series, grid=False),
    }
    y_enc = {
        "field": "y",
        "type": "quantitative" if y_series is None else vega_type(y_series),
        "title": _title(y_label, cols.y[0] if len(cols.y) == 1 else None, y is not None),
        "axis": _axis(y_series, grid=True),  # grid lines across the value axis only
    }
    encoding: dict[str, Any] = {"x": y_enc, "y": x_enc} if horizontal else {"x": x_enc, "y": y_enc}
    _apply_stack_and_sort(encoding, kind, horizontal, stack, sort)
    color_enc = _color_encoding(frame, cols, melted, color)
    has_color_field = isinstance(color_enc, dict) and "field" in color_enc
    if color_enc is not None:
        encoding["color"] = color_enc
    if kind == "bar" and stack is False and has_color_field:
        encoding["yOffset" if horizontal else "xOffset"] = {"field": "color"}  # grouped bars
    if has_color_field and (kind == "area" or (kind == "bar" and stack == "layered")):
        encoding["opacity"] = {"value": 0.7}
    size_enc = _size_encoding(kind, frame, cols)
    if size_enc is not None:
        encoding["size"] = size_enc
    if cols.y:
        encoding["tooltip"] = _tooltip(frame, cols, melted, color_enc, df.index.name)
    mark: dict[str, Any] = {"type": MARKS[kind]}
    if kind == "line" and cols.y:
        return BuiltChart(_line_layers(mark, encoding), frame)
    return BuiltChart({"mark": mark, "encoding": encoding, "params": [_zoom_param()]}, frame)
