"""st.echarts_chart: an Apache ECharts option object, drawn by echarts in the browser.

With ``on_select="rerun"`` (or a callback) the chart is a widget: clicking a
data item selects it and the command returns Streamlit's ``EChartsState``,
``{"selection": {"points": [...], "point_indices": [...], "box": [...],
"lasso": [...]}}``, readable with keys or attributes and, with a ``key``, in
Session State (read-only). Box and lasso selections come from an ECharts
``brush`` component in the spec.

Example::

    event = st.echarts_chart(option, key="sales", on_select="rerun")
    event.selection.point_indices   # e.g. [2]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.chart_props import HEIGHT, chart_height
from wasmlit.elements.echarts_options import (
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    content_size,
    options_json,
)
from wasmlit.elements.graphviz_chart import check_alt

# EChartsState has PlotlyState's shape: points, point_indices, box, lasso.
from wasmlit.elements.plotly_chart import empty_state
from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import AnyJson, Arr, Bool, Enum, Int, Obj, Optional, Str
from wasmlit.runtime.attribute_dict import AttributeDict, attribute_tree
from wasmlit.runtime.selection_widget import selection_chart

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SELECTION = Obj(
    {
        "points": Arr(AnyJson()),
        "point_indices": Arr(Int()),
        "box": Arr(AnyJson()),
        "lasso": Arr(AnyJson()),
    }
)

SPEC = element(
    "echarts_chart",
    {
        "spec": Str(),  # the option object as JSON text
        "theme": Optional(Enum("streamlit")),  # "streamlit": colours and fonts of the app
        "renderer": Enum("canvas", "svg"),
        "width": WIDTH,  # "content" arrives as pixels (700 or the pyecharts width)
        "height": HEIGHT,  # "content" arrives as pixels (400 or the pyecharts height)
        "selectable": Bool(),  # on_select is not "ignore": clicks select data items
        "alt": Optional(Str()),
        # The current selection (None: nothing selected, or not selectable): the UI
        # highlights these items again after every rerun.
        "value": Optional(Obj({"selection": SELECTION})),
    },
    widget_value=Optional(Obj({"selection": SELECTION})),
    doc="An Apache ECharts chart; a widget when selections are on.",
)


def _state(wire: Any) -> AttributeDict:
    """The wire value (None before any selection) as an EChartsState."""
    state = empty_state()
    if isinstance(wire, dict) and isinstance(wire.get("selection"), dict):
        state["selection"].update(wire["selection"])
    result = attribute_tree(state)
    assert isinstance(result, AttributeDict)
    return result


def _check_choices(theme: Any, renderer: Any, on_select: Any) -> None:
    if theme not in ("streamlit", None):
        raise StreamlitAPIException(
            f'You set theme="{theme}" while Streamlit charts only support theme="streamlit" '
            "or theme=None to fall back to the default library theme."
        )
    if renderer not in ("canvas", "svg"):
        raise StreamlitAPIException(
            f'You set renderer="{renderer}" while `st.echarts_chart` only supports '
            'renderer="canvas" or renderer="svg".'
        )
    if on_select not in ("ignore", "rerun") and not callable(on_select):
        raise StreamlitAPIException(
            f"You have passed {on_select} to `on_select`. But only 'ignore', 'rerun', "
            "or a callable is supported."
        )


def echarts_chart(
    dg: DeltaGenerator,
    spec: Any,
    *,
    width: Any = "stretch",
    height: Any = "content",
    theme: Any = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    renderer: Any = "canvas",
    alt: Any = None,
) -> Any:
    """st.echarts_chart: returns the element, or the EChartsState when selections are on."""
    _check_choices(theme, renderer, on_select)
    width_value = check_width(width, allow_content=True)
    height_value = chart_height(height)
    if width_value == "content":
        width_value = content_size(spec, "width", CONTENT_WIDTH)
    if height_value == "content":
        height_value = content_size(spec, "height", CONTENT_HEIGHT)
    text = options_json(spec)
    selectable = on_select != "ignore"
    props = {
        "spec": text,
        "theme": theme,
        "renderer": renderer,
        "width": width_value,
        "height": height_value,
        "selectable": selectable,
        "alt": check_alt(alt),
        "value": None,
    }
    return selection_chart(
        dg,
        "echarts_chart",
        props,
        key=key,
        on_select=on_select,
        # Without a key a new spec is a new widget (its selection resets); with one, only
        # the renderer is part of its identity, so data updates keep the selection.
        identity={"spec": text, "theme": theme, "renderer": renderer, "width": width_value},
        key_identity=("renderer",),
        deserialize=_state,
    )
