"""st.plotly_chart: a Plotly figure drawn by plotly.js; a widget when selections are on.

The figure travels as plotly.js JSON text (see :mod:`wasmlit.elements.plotly_figure`),
the plotly.js ``config`` as JSON text. With ``on_select="rerun"`` or a callable
the chart is a widget whose value is Streamlit's ``PlotlyState``::

    {"selection": {"points": [...], "point_indices": [...], "box": [...], "lasso": [...]}}

readable as attributes (``event.selection.point_indices``) and in Session
State under ``key``. With ``on_select="ignore"`` it returns a DeltaGenerator.

Example::

    event = st.plotly_chart(fig, on_select="rerun", selection_mode="box", key="scatter")
    st.write(event.selection.point_indices)
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from wasmlit.elements.chart_props import HEIGHT, chart_height, check_theme
from wasmlit.elements.plotly_figure import figure_json
from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import AnyJson, Arr, Bool, Enum, Int, Obj, Optional, Str
from wasmlit.runtime.attribute_dict import AttributeDict, attribute_tree
from wasmlit.runtime.selection_widget import mode_list, selection_chart, selections_on

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SELECTION_MODES = ("points", "box", "lasso")

# Streamlit's PlotlyState, as the UI sends it (points keep plotly.js's fields in snake_case).
PLOTLY_SELECTION = Obj(
    {
        "points": Arr(AnyJson()),
        "point_indices": Arr(Int()),
        "box": Arr(AnyJson()),  # {"xref", "yref", "x": [x0, x1], "y": [y0, y1]}
        "lasso": Arr(AnyJson()),  # {"xref", "yref", "x": [...], "y": [...]}
    }
)

SPEC = element(
    "plotly_chart",
    {
        "figure": Str(),  # plotly.js JSON: {"data", "layout", "frames"?}
        "config": Str(),  # plotly.js config as JSON text
        "theme": Optional(Enum("streamlit")),  # None: the figure's own template only
        "width": WIDTH,  # applied by the element container
        "height": HEIGHT,  # "content": the figure's layout.height (plotly's 450 if unset)
        "selection_mode": Arr(Enum(*SELECTION_MODES)),
        "selectable": Bool(),  # False with on_select="ignore": no events are sent
        "alt": Optional(Str()),
    },
    widget_value=Optional(Obj({"selection": PLOTLY_SELECTION})),
    doc="A Plotly chart drawn with plotly.js; a widget when on_select is on.",
)


def empty_state() -> dict[str, Any]:
    return {"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}


def plotly_state(wire: Any) -> AttributeDict:
    """The wire value (None before any selection) as a PlotlyState."""
    state = empty_state()
    if isinstance(wire, dict) and isinstance(wire.get("selection"), dict):
        for name in state["selection"]:
            items = wire["selection"].get(name)
            if isinstance(items, list):
                state["selection"][name] = items
    result = attribute_tree(state)
    assert isinstance(result, AttributeDict)
    return result


def parse_selection_mode(selection_mode: Any) -> list[str]:
    """One mode or several, each "points", "box" or "lasso"; kept in Streamlit's order."""
    modes = mode_list(selection_mode)
    for mode in modes:
        if mode not in SELECTION_MODES:
            raise StreamlitAPIException(
                f"Invalid selection mode: {mode}. Valid options are: {list(SELECTION_MODES)}"
            )
    return [m for m in SELECTION_MODES if m in modes]


def _width(width: Any, use_container_width: Any) -> str | int:
    """``width`` after the deprecated ``use_container_width`` (True: stretch, False: content)."""
    if use_container_width is True:
        return "stretch"
    if use_container_width is False and not isinstance(width, int):
        return "content"
    return check_width(width, allow_content=True)


def plotly_chart(
    dg: DeltaGenerator,
    figure_or_data: Any,
    use_container_width: bool | None = None,
    *,
    width: Any = "stretch",
    height: Any = "content",
    theme: str | None = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: str | Iterable[str] = SELECTION_MODES,
    config: dict[str, Any] | None = None,
    alt: str | None = None,
) -> Any:
    """st.plotly_chart: returns a DeltaGenerator, or the PlotlyState when on_select is on."""
    check_theme(theme)
    selectable = selections_on(on_select)
    modes = parse_selection_mode(selection_mode)
    figure = figure_json(figure_or_data)
    props = {
        "figure": figure,
        "config": json.dumps(dict(config or {}), default=str),
        "theme": theme,
        "width": _width(width, use_container_width),
        "height": chart_height(height),
        "selection_mode": modes,
        "selectable": selectable,
        "alt": None if alt is None else str(alt),
    }
    digest = hashlib.sha1(figure.encode("utf-8")).hexdigest()
    return selection_chart(
        dg,
        "plotly_chart",
        props,
        key=key,
        on_select=on_select,
        identity={
            "figure": digest,
            "config": props["config"],
            "theme": theme,
            "selection_mode": modes,
            "width": props["width"],
            "height": props["height"],
        },
        deserialize=plotly_state,
    )
