"""The ``spec`` of st.echarts_chart as one JSON text: dict, JSON string or pyecharts chart.

Only JSON reaches the browser: JavaScript callbacks (pyecharts ``JsCode``,
``function`` values) cannot be sent, so they raise a clear error instead of
being dropped silently. A dataframe-like ``dataset.source`` becomes a list of
records with ``dataset.dimensions`` keeping the column order.

Example::

    text = options_json({"series": [{"type": "bar", "data": [1, 2]}]})
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Mapping
from typing import Any

from wasmlit.errors import StreamlitAPIException

# ECharts options have no size of their own: "content" means these (Streamlit's values).
CONTENT_WIDTH = 700
CONTENT_HEIGHT = 400

NOT_JSON = (
    "The ECharts options are not JSON-compatible: `st.echarts_chart` accepts only JSON values "
    "(no JavaScript callbacks, arbitrary Python objects or NaN/Infinity). "
    'Use ECharts string templates such as "{b}: {c}" instead of formatter functions.'
)
JS_CALLBACK = (
    "The ECharts options contain JavaScript callbacks (`function` values or `JsCode`), which "
    "`st.echarts_chart` does not support. Use ECharts string templates such as "
    '"{b}: {c}" instead.'
)


def _module_root(obj: Any) -> str:
    return type(obj).__module__.split(".")[0]


def _parse(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as error:
        looks_like_js = "--x_x--" in text or "function" in text or "=>" in text
        raise StreamlitAPIException(JS_CALLBACK if looks_like_js else NOT_JSON) from error


def _is_table(value: Any) -> bool:
    if _module_root(value) in ("pandas", "pyarrow", "polars"):
        return True
    return hasattr(value, "__dataframe__") or (
        hasattr(value, "to_pandas") and not isinstance(value, Mapping)
    )


def _records(source: Any) -> tuple[list[dict[str, Any]], list[str]]:
    """Records as ECharts reads them: ISO datetimes, durations in ms, missing -> null."""
    from wasmlit.data import to_pandas

    frame = to_pandas(source).copy()
    for name in frame.columns:
        if str(frame[name].dtype).startswith("timedelta"):
            frame[name] = frame[name].dt.total_seconds() * 1000
    records = json.loads(frame.to_json(orient="records", date_format="iso"))
    return records, [str(c) for c in frame.columns]


def _convert_dataset(dataset: Any) -> None:
    if not isinstance(dataset, dict):
        return
    source = dataset.get("source")
    if source is None:
        return
    if _module_root(source) == "numpy":
        dataset["source"] = source.tolist()
    elif _is_table(source):
        dataset["source"], columns = _records(source)
        dataset.setdefault("dimensions", columns)


def _json_default(value: Any) -> Any:
    """numpy arrays and scalars become lists and numbers; anything else is an error."""
    if _module_root(value) == "numpy" and hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(type(value).__name__)


def options_json(spec: Any) -> str:
    """The option object as strict JSON text (raises StreamlitAPIException otherwise)."""
    if isinstance(spec, str):
        option = _parse(spec)
    elif isinstance(spec, Mapping):
        option = copy.deepcopy(dict(spec))  # the user's dict is never modified
    elif callable(getattr(spec, "dump_options", None)):
        option = _parse(spec.dump_options())  # pyecharts, without importing it
    else:
        raise StreamlitAPIException(
            f"Invalid spec type: {type(spec).__name__}. `st.echarts_chart` expects an ECharts "
            "option dict, a JSON string, or a pyecharts chart (an object with `dump_options`)."
        )
    if not isinstance(option, dict):
        raise StreamlitAPIException(
            f"The ECharts options must be a JSON object, not a {type(option).__name__}."
        )
    datasets = option.get("dataset")
    for dataset in datasets if isinstance(datasets, list) else [datasets]:
        _convert_dataset(dataset)
    try:
        text = json.dumps(option, allow_nan=False, default=_json_default)
    except (TypeError, ValueError) as error:
        raise StreamlitAPIException(NOT_JSON) from error
    return text


def _pixels(value: Any) -> int | None:
    """A pyecharts size ("900px" or a number) in pixels, if it is one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and math.isfinite(value) and value > 0:
        return int(value)
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*px\s*", value)
        if match:
            return int(float(match.group(1)))
    return None


def content_size(spec: Any, attribute: str, default: int) -> int:
    """A pyecharts chart's own width/height, else Streamlit's default for "content"."""
    if isinstance(spec, str | Mapping):
        return default
    return _pixels(getattr(spec, attribute, None)) or default
