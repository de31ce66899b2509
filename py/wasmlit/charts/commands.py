"""st.line_chart, st.area_chart, st.bar_chart, st.scatter_chart and st.map.

Each builds a Vega-Lite spec and one dataset (:mod:`.builtin`, :mod:`.map`)
and emits the ``vega_lite_chart`` element; none of them needs Altair.

Example::

    st.bar_chart(df, x="city", y="sales", horizontal=True, sort="-sales")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.charts.builtin import BuiltChart, Kind, builtin_chart
from wasmlit.charts.map import map_chart
from wasmlit.elements.chart_props import chart_height
from wasmlit.elements.vega_lite_chart import SOURCE, chart_width, emit_chart
from wasmlit.elements.width import check_width
from wasmlit.errors import StreamlitInvalidHeightError

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator


def _emit(dg: DeltaGenerator, chart: BuiltChart, width: Any, height: Any, alt: Any) -> Any:
    spec = {"data": {"name": SOURCE}, **chart.spec}
    return emit_chart(dg, spec, {SOURCE: chart.frame}, width=width, height=height, alt=alt)


def _xy_chart(
    kind: Kind,
    dg: DeltaGenerator,
    data: Any,
    *,
    width: Any,
    height: Any,
    use_container_width: bool | None,
    alt: Any,
    **options: Any,
) -> Any:
    chart = builtin_chart(kind, data, **options)
    return _emit(dg, chart, chart_width(width, use_container_width), chart_height(height), alt)


def line_chart(
    dg: DeltaGenerator,
    data: Any = None,
    *,
    x: Any = None,
    y: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Any:
    """st.line_chart: one line per y column (or per value of a color column)."""
    return _xy_chart(
        "line", dg, data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
        width=width, height=height, use_container_width=use_container_width, alt=alt,
    )  # fmt: skip


def area_chart(
    dg: DeltaGenerator,
    data: Any = None,
    *,
    x: Any = None,
    y: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    stack: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Any:
    """st.area_chart: stacked areas by default (``stack`` as Vega-Lite's, or "layered")."""
    return _xy_chart(
        "area", dg, data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
        stack=stack, width=width, height=height, use_container_width=use_container_width,
        alt=alt,
    )  # fmt: skip


def bar_chart(
    dg: DeltaGenerator,
    data: Any = None,
    *,
    x: Any = None,
    y: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    horizontal: bool = False,
    sort: Any = True,
    stack: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Any:
    """st.bar_chart: ``horizontal``, ``sort`` (bool or column, "-col" descending), ``stack``."""
    return _xy_chart(
        "bar", dg, data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
        horizontal=horizontal, sort=sort, stack=stack, width=width, height=height,
        use_container_width=use_container_width, alt=alt,
    )  # fmt: skip


def scatter_chart(
    dg: DeltaGenerator,
    data: Any = None,
    *,
    x: Any = None,
    y: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Any:
    """st.scatter_chart: circles, ``size`` as a column name or a number (area in px²)."""
    return _xy_chart(
        "scatter", dg, data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
        size=size, width=width, height=height, use_container_width=use_container_width,
        alt=alt,
    )  # fmt: skip


def map(  # noqa: A001 - Streamlit's name
    dg: DeltaGenerator,
    data: Any = None,
    *,
    latitude: str | None = None,
    longitude: str | None = None,
    color: Any = None,
    size: Any = None,
    zoom: float | None = None,
    width: Any = "stretch",
    height: Any = 500,
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Any:
    """st.map: points on a Mercator projection over map tiles (see :mod:`.map`)."""
    from wasmlit.runtime.context import current

    options = current().options
    chart = map_chart(
        data, latitude=latitude, longitude=longitude, color=color, size=size, zoom=zoom,
        tiles=options.get("wasmlit.mapTiles"),
        attribution=options.get("wasmlit.mapTilesAttribution"),
    )  # fmt: skip
    if use_container_width:
        width = "stretch"
    width = check_width(width, allow_content=False)
    if height == "content":
        raise StreamlitInvalidHeightError(
            f"Invalid height value: {height!r}. Height must be either an integer (pixels) "
            "or 'stretch'."
        )
    height = chart_height(height)
    return _emit(dg, chart, width, height, alt)
