"""st.metric: a big value with a label, an optional delta and a sparkline.

The delta's direction comes from its sign (a number below zero, or text
starting with "-"); ``delta_color`` maps direction to colour ("normal": up is
green, "inverse": up is red, "off": grey, or a fixed colour name) and
``delta_arrow`` forces or hides the arrow. ``chart_data`` (any iterable of
numbers, a pandas Series or a one-column DataFrame) becomes a small line, bar
or area chart drawn by the UI as SVG.

Example::

    st.metric("Temperature", "70 °F", "1.2 °F", chart_data=[68, 69, 70])
"""

from __future__ import annotations

import contextlib
import decimal
import math
from textwrap import dedent
from typing import TYPE_CHECKING, Any

from wasmlit.elements.metric_format import format_number
from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Arr, Bool, Enum, Num, Optional, Str, Union
from wasmlit.runtime.util import check_height
from wasmlit.runtime.widgets import check_label_visibility

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

COLORS = ("red", "orange", "yellow", "green", "blue", "violet", "gray", "primary")
DELTA_COLORS = ("normal", "inverse", "off", *COLORS, "grey")
ARROWS = ("auto", "up", "down", "off")
CHART_TYPES = ("line", "bar", "area")

SPEC = element(
    "metric",
    {
        "label": Str(),  # inline Markdown
        "value": Str(),  # inline Markdown; "—" for None
        "delta": Str(),  # inline Markdown; "" for no delta
        "delta_description": Optional(Str()),
        "color": Enum(*COLORS),  # the delta's (and the chart's) colour
        "arrow": Enum("up", "down", "none"),
        "help": Optional(Str()),
        "icon": Optional(Str()),  # an emoji or ":material/name:" before the value
        "label_visibility": Enum("visible", "hidden", "collapsed"),
        "border": Bool(),
        "width": WIDTH,
        "height": Union(Enum("content", "stretch"), Num()),
        "chart_data": Optional(Arr(Optional(Num()))),  # NaN and None are gaps
        "chart_type": Enum(*CHART_TYPES),
    },
    doc="A metric: label, value, delta and an optional sparkline.",
)


def _text_of(value: Any, name: str, fmt: str | None) -> str:
    if isinstance(value, str):
        return dedent(value) if name == "delta" else value
    if hasattr(value, "item") and not isinstance(value, int | float | decimal.Decimal):
        with contextlib.suppress(Exception):  # numpy scalars; else the TypeError below
            value = value.item()
    if isinstance(value, bool) or not isinstance(value, int | float | decimal.Decimal):
        raise TypeError(
            f"'{value}' is of type {type(value)}, which is not an accepted type."
            f" {name} only accepts: int, float, decimal.Decimal, str, or None."
            " Please convert the value to an accepted type."
        )
    return format_number(value, fmt) if fmt else str(value)


def _direction(delta: Any, text: str) -> str:
    if delta is None or text == "":
        return "none"
    return "down" if text.lstrip().startswith("-") else "up"


def _color(delta_color: str, direction: str) -> str:
    if delta_color in ("off", "gray", "grey") or direction == "none":
        return "gray"
    if delta_color == "normal":
        return "red" if direction == "down" else "green"
    if delta_color == "inverse":
        return "green" if direction == "down" else "red"
    return delta_color


def _chart(data: Any) -> list[float | None] | None:
    """Numbers from a list, tuple, range, numpy array, pandas Series or one-column frame."""
    if data is None:
        return None
    module = type(data).__module__
    if module.startswith("pandas") and hasattr(data, "columns"):
        if len(data.columns) == 0:
            return []
        data = data.iloc[:, 0]
    if hasattr(data, "tolist"):
        data = data.tolist()
    if isinstance(data, str | bytes | dict):
        raise StreamlitAPIException("chart_data must be a sequence of numbers.")
    out: list[float | None] = []
    try:
        for item in data:
            if item is None:
                out.append(None)
                continue
            number = float(item)
            out.append(None if math.isnan(number) or math.isinf(number) else number)
    except (TypeError, ValueError) as ex:
        raise StreamlitAPIException("chart_data must be a sequence of numbers.") from ex
    return out


def metric(
    dg: DeltaGenerator,
    label: str,
    value: Any,
    delta: Any = None,
    delta_color: str = "normal",
    *,
    help: str | None = None,
    icon: str | None = None,
    label_visibility: str = "visible",
    border: bool = False,
    width: Any = "stretch",
    height: Any = "content",
    chart_data: Any = None,
    chart_type: str = "line",
    delta_arrow: str = "auto",
    format: str | None = None,
    delta_description: str | None = None,
) -> DeltaGenerator:
    """st.metric: ``value`` in big type, ``delta`` with an arrow, an optional sparkline."""
    if not isinstance(label, str):
        raise TypeError(
            f"'{label}' is of type {type(label)}, which is not an accepted type."
            " label only accepts: str. Please convert the label to an accepted type."
        )
    check_label_visibility(label_visibility)
    if delta_color not in DELTA_COLORS:
        raise StreamlitAPIException(
            f"'{delta_color}' is not an accepted value. delta_color only accepts: "
            + ", ".join(f"'{c}'" for c in DELTA_COLORS)
        )
    if delta_arrow not in ARROWS:
        raise StreamlitAPIException(
            f"'{delta_arrow}' is not an accepted value. delta_arrow only accepts: "
            "'auto', 'up', 'down', or 'off'"
        )
    if chart_type not in CHART_TYPES:
        raise StreamlitAPIException(
            f"'{chart_type}' is not an accepted value. chart_type only accepts: "
            "'line', 'bar', or 'area'"
        )
    value_text = "—" if value is None else _text_of(value, "value", format)
    delta_text = "" if delta is None or delta == "" else _text_of(delta, "delta", format)
    direction = _direction(delta, delta_text)
    arrow = direction if delta_arrow == "auto" else delta_arrow
    if delta_text == "" or arrow == "off":
        arrow = "none"
    check_height(height)
    props = {
        "label": label,
        "value": value_text,
        "delta": delta_text,
        "delta_description": None if delta_description is None else str(delta_description),
        "color": _color(delta_color, direction),
        "arrow": arrow,
        "help": None if help is None else dedent(str(help)),
        "icon": None if icon is None else str(icon),
        "label_visibility": label_visibility,
        "border": bool(border),
        "width": check_width(width),
        "height": height if isinstance(height, str) else float(height),
        "chart_data": _chart(chart_data),
        "chart_type": chart_type,
    }
    return dg._put_element("metric", props)
