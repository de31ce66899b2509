"""st.vega_lite_chart and st.altair_chart: a Vega-Lite spec drawn by vega-embed.

The spec travels as JSON text without its rows; every table travels as a
named Arrow dataset (:mod:`wasmlit.charts.datasets`) that the UI hands to
Vega-Lite under its name. The built-in charts (line, area, bar, scatter, map;
:mod:`wasmlit.charts.commands`) use the same element.

With ``on_select="rerun"`` or a callable the chart is a widget whose value is
Streamlit's ``VegaLiteState``, ``{"selection": {"<param>": ...}}``, readable as
attributes and in Session State under ``key``.

Example::

    event = st.altair_chart(chart, on_select="rerun", key="cars")
    st.write(event.selection)
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from wasmlit.charts import selections
from wasmlit.elements.chart_props import HEIGHT, chart_height, check_theme
from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import AnyJson, Arr, Binary, Bool, Enum, Map, Obj, Optional, Str
from wasmlit.runtime.selection_widget import selection_chart, selections_on

if TYPE_CHECKING:
    import pandas as pd

    from wasmlit.runtime.delta_generator import DeltaGenerator

DATASET = Obj({"name": Str(), "data": Binary()})  # Arrow IPC stream of one table
SOURCE = "source"  # the dataset of st.vega_lite_chart(data, spec) and the built-in charts

SPEC = element(
    "vega_lite_chart",
    {
        "spec": Str(),  # Vega-Lite JSON without the datasets' rows
        "datasets": Arr(DATASET),
        "theme": Optional(Enum("streamlit")),  # None: Vega-Lite's own look
        "width": WIDTH,  # applied by the element container
        "height": HEIGHT,  # "content": the spec's height (or a default for single views)
        "selection_params": Arr(Str()),  # the parameters whose changes are sent
        "selectable": Bool(),
        "alt": Optional(Str()),
    },
    widget_value=Optional(Obj({"selection": Map(AnyJson())})),
    doc="A Vega-Lite chart (vega_lite_chart, altair_chart and the built-in charts).",
)

_MULTI_VIEW = ("facet", "hconcat", "vconcat", "concat", "repeat")


def _is_multi_view(spec: dict[str, Any]) -> bool:
    encoding = spec.get("encoding") or {}
    return any(k in spec for k in _MULTI_VIEW) or any(
        k in encoding for k in ("row", "column", "facet")
    )


def chart_width(width: Any, use_container_width: Any, spec: dict[str, Any] | None = None) -> Any:
    """Streamlit's width: None is "stretch", or "content" for faceted and concatenated specs."""
    if use_container_width is True:
        return "stretch"
    if use_container_width is False and not isinstance(width, int):
        return "content"
    if width is None:
        return "content" if spec is not None and _is_multi_view(spec) else "stretch"
    return check_width(width, allow_content=True)


def _datasets(frames: dict[str, pd.DataFrame]) -> list[dict[str, Any]]:
    from wasmlit.data import arrow_ipc

    return [{"name": name, "data": arrow_ipc(frame)} for name, frame in frames.items()]


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """A user's table for a spec: a meaningful index becomes a column, as fields need names."""
    import pandas as pd

    if isinstance(frame.index, pd.RangeIndex) and frame.index.name is None:
        return frame
    return frame.reset_index()


def emit_chart(
    dg: DeltaGenerator,
    spec: dict[str, Any],
    frames: dict[str, pd.DataFrame],
    *,
    width: Any,
    height: Any,
    theme: Any = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
    alt: Any = None,
) -> Any:
    """Put one vega_lite_chart element; a widget returning VegaLiteState when selectable."""
    selectable = selections_on(on_select)
    spec_json = selections.stable_names(json.dumps(spec, default=str, sort_keys=True))
    params: list[str] = []
    if selectable:
        params = selections.parse_selection_mode(
            selection_mode, selections.selection_params(json.loads(spec_json))
        )
    props = {
        "spec": spec_json,
        "datasets": _datasets(frames),
        "theme": check_theme(theme),
        "width": width,
        "height": height,
        "selection_params": params,
        "selectable": selectable,
        "alt": None if alt is None else str(alt),
    }
    return selection_chart(
        dg,
        "vega_lite_chart",
        props,
        key=key,
        on_select=on_select,
        identity={
            # The spec without its rows: new data keeps the widget (and its selection).
            "spec": hashlib.sha1(spec_json.encode("utf-8")).hexdigest(),
            "selection_params": params,
            "theme": theme,
            "width": width,
            "height": height,
        },
        deserialize=lambda wire: selections.vega_lite_state(wire, params),
    )


def vega_lite_chart(
    dg: DeltaGenerator,
    data: Any = None,
    spec: dict[str, Any] | None = None,
    *,
    width: Any = None,
    height: Any = "content",
    use_container_width: bool | None = None,
    theme: str | None = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
    alt: str | None = None,
    **kwargs: Any,
) -> Any:
    """st.vega_lite_chart: ``spec`` (or a spec dict passed as ``data``) with optional data."""
    from wasmlit.charts.datasets import split_datasets

    if spec is None and isinstance(data, dict):
        spec, data = data, None
    elif isinstance(data, dict) and spec is not None and _looks_like_spec(data):
        raise StreamlitAPIException("You cannot pass a spec to both data and spec.")
    if spec is None or not spec:
        raise StreamlitAPIException("Vega-Lite charts require a non-empty spec dict.")
    spec = {**dict(spec), **kwargs}  # older Streamlit merged extra keywords into the spec
    spec.pop("$schema", None)
    spec, frames = split_datasets(spec)
    if data is not None:
        from wasmlit.data import to_pandas

        frames[SOURCE] = _plain(to_pandas(data))
        spec["data"] = {"name": SOURCE}
    return emit_chart(
        dg,
        spec,
        frames,
        width=chart_width(width, use_container_width, spec),
        height=chart_height(height),
        theme=theme,
        key=key,
        on_select=on_select,
        selection_mode=selection_mode,
        alt=alt,
    )


def _looks_like_spec(value: dict[str, Any]) -> bool:
    spec_keys = {"mark", "encoding", "layer", "data", "$schema", *_MULTI_VIEW}
    return bool(spec_keys & set(value))


def altair_chart(
    dg: DeltaGenerator,
    altair_chart: Any,
    *,
    width: Any = None,
    height: Any = "content",
    use_container_width: bool | None = None,
    theme: str | None = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
    alt: str | None = None,
) -> Any:
    """st.altair_chart: the chart's ``to_dict()`` with its DataFrames as Arrow datasets."""
    from wasmlit.charts.datasets import altair_spec

    if not hasattr(altair_chart, "to_dict"):
        raise StreamlitAPIException(
            f"st.altair_chart expects an Altair chart, not {type(altair_chart).__name__}."
        )
    spec, frames = altair_spec(altair_chart)
    frames = {name: _plain(frame) for name, frame in frames.items()}
    return emit_chart(
        dg,
        spec,
        frames,
        width=chart_width(width, use_container_width, spec),
        height=chart_height(height),
        theme=theme,
        key=key,
        on_select=on_select,
        selection_mode=selection_mode,
        alt=alt,
    )
