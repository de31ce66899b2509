"""A Plotly figure (or its data) as plotly.js JSON text, for st.plotly_chart.

With the ``plotly`` package importable, figures, trace lists and figure dicts
go through Plotly's own validation and encoder (numpy arrays, dates, typed
arrays), as in Streamlit. Without it (Plotly is not in Pyodide's
distribution) a figure given as plain data still renders: a dict with
``data``/``layout``/``frames``, or a list of trace dicts, encoded here.

Example::

    text = figure_json({"data": [{"type": "bar", "y": [1, 3, 2]}]})
    assert json.loads(text)["data"][0]["type"] == "bar"
"""

from __future__ import annotations

import datetime
import importlib.util
import json
import math
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from wasmlit.errors import StreamlitAPIException

_FIGURE_KEYS = ("data", "layout", "frames")


def _class_names(obj: Any) -> set[str]:
    return {f"{c.__module__}.{c.__qualname__}" for c in type(obj).__mro__}


def is_plotly_object(obj: Any) -> bool:
    """A figure or trace object from the ``plotly`` package (never imported to ask)."""
    return type(obj).__module__.split(".")[0] == "plotly"


def plotly_available() -> bool:
    return importlib.util.find_spec("plotly") is not None


def figure_json(figure_or_data: Any) -> str:
    """``{"data": [...], "layout": {...}, "frames"?: [...]}`` as JSON text."""
    if "matplotlib.figure.Figure" in _class_names(figure_or_data):
        raise StreamlitAPIException(
            "st.plotly_chart does not convert Matplotlib figures: show them with st.pyplot(fig)."
        )
    if is_plotly_object(figure_or_data) or plotly_available():
        return _with_plotly(figure_or_data)
    return json.dumps(_plain_figure(figure_or_data), separators=(",", ":"))


def _with_plotly(figure_or_data: Any) -> str:
    import plotly.io
    import plotly.tools

    try:
        figure = plotly.tools.return_figure_from_figure_or_data(
            figure_or_data, validate_figure=True
        )
    except Exception as exc:  # plotly raises its own exception kinds for bad figures
        raise StreamlitAPIException(f"st.plotly_chart got an invalid figure: {exc}") from exc
    return str(plotly.io.to_json(figure, validate=False))


def _plain_figure(value: Any) -> dict[str, Any]:
    """Plain-data figures, validated only as far as plotly.js needs."""
    if isinstance(value, list | tuple):
        return {"data": [_trace(t) for t in value], "layout": {}}
    if isinstance(value, Mapping) and any(k in value for k in _FIGURE_KEYS):
        unknown = sorted(str(k) for k in value if k not in _FIGURE_KEYS)
        if unknown:
            raise StreamlitAPIException(
                f"st.plotly_chart: a figure dict has only 'data', 'layout' and 'frames', "
                f"not {', '.join(repr(k) for k in unknown)}."
            )
        figure: dict[str, Any] = {
            "data": [_trace(t) for t in value.get("data") or []],
            "layout": _json_safe(value.get("layout") or {}),
        }
        if value.get("frames"):
            figure["frames"] = _json_safe(value["frames"])
        return figure
    raise StreamlitAPIException(
        f"st.plotly_chart cannot show a {type(value).__name__}: give a Plotly figure, "
        "a dict with 'data' (and 'layout'), or a list of traces."
    )


def _trace(trace: Any) -> Any:
    if not isinstance(trace, Mapping):
        raise StreamlitAPIException(
            f"st.plotly_chart: each trace must be a dict, got {type(trace).__name__}."
        )
    return _json_safe(trace)


def _json_safe(value: Any) -> Any:
    """Plain JSON values: numpy/pandas become lists and numbers, NaN becomes null."""
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | range):
        return [_json_safe(v) for v in value]
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return _json_safe(float(value))
    tolist = getattr(value, "tolist", None)  # numpy arrays and scalars, pandas Series/Index
    if callable(tolist):
        return _json_safe(tolist())
    item = getattr(value, "item", None)
    if callable(item):
        return _json_safe(item())
    return str(value)
