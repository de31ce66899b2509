"""st.dataframe: an interactive grid; with ``on_select`` a widget returning the selection.

The data travels as Arrow IPC (:mod:`wasmlit.data`); the shared grid props
(:mod:`wasmlit.data.grid_props`) are the same as st.data_editor's. With
``on_select="ignore"`` (the default) it is a plain element and returns a
DeltaGenerator; otherwise it is a widget whose value is the selection
(:mod:`wasmlit.data.selection`), readable in Session State under ``key``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from wasmlit.data.button_columns import register_button_columns
from wasmlit.data.grid_props import GRID_PROPS, grid_data, grid_props
from wasmlit.data.selection import (
    SELECTION_MODES,
    SELECTION_WIRE,
    DataframeState,
    parse_selection_mode,
    to_state,
    to_wire,
)
from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Arr, Bool, Enum, Optional
from wasmlit.runtime.selection_widget import selection_callback, selections_on
from wasmlit.runtime.widgets import widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "dataframe",
    {
        **GRID_PROPS,
        "selection_mode": Arr(Enum(*SELECTION_MODES)),
        "selectable": Bool(),  # False with on_select="ignore"
        "value": Optional(SELECTION_WIRE),  # the current selection; None when not selectable
    },
    widget_value=SELECTION_WIRE,
    doc="A pandas-like table in a virtualised grid; a widget when selectable.",
)


def dataframe(
    dg: DeltaGenerator,
    data: Any = None,
    width: Any = "stretch",
    height: Any = "auto",
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Mapping[Any, Any] | None = None,
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = "multi-row",
    selection_default: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    lazy: bool | None = None,
    alt: str | None = None,
) -> Any:
    """st.dataframe: a DeltaGenerator, or the DataframeState when ``on_select`` is set."""
    selectable = selections_on(on_select)
    modes = parse_selection_mode(selection_mode) if selectable else []
    if lazy is not None and not isinstance(lazy, bool):
        raise StreamlitAPIException(f"The `lazy` parameter must be a bool or None, not {lazy!r}.")
    grid = grid_data(data)
    props = grid_props(
        grid,
        width=width,
        height=height,
        use_container_width=use_container_width,
        hide_index=hide_index,
        column_order=column_order,
        column_config=column_config,
        row_height=row_height,
        placeholder=placeholder,
        alt=alt,
    )
    props["button_columns"] = register_button_columns(
        dg, column_config, grid.table.columns, rows=len(grid.frame.index)
    )
    props["selection_mode"] = modes
    props["selectable"] = selectable
    if not selectable:
        props["value"] = None
        return dg._put_element("dataframe", props)
    names = [c["name"] for c in grid.table.columns if not c["index"]]
    rows = len(grid.frame.index)
    default = to_wire(selection_default, row_count=rows, column_names=names)
    return _selection_widget(dg, props, key, on_select, default, rows, names)


def _selection_widget(
    dg: DeltaGenerator,
    props: dict[str, Any],
    key: Any,
    on_select: Any,
    default: dict[str, Any],
    rows: int,
    names: list[str],
) -> DataframeState:
    def serialize(value: Any) -> dict[str, Any]:
        return to_wire(value, row_count=rows, column_names=names)

    def deserialize(wire: Any) -> DataframeState:
        state = to_state(wire)
        if any(not 0 <= r < rows for r in state.selection.rows):
            raise IndexError(wire)  # the data shrank: start again from the default
        return state

    identity = {
        "data": hashlib.sha1(props["data"]).hexdigest(),
        "columns": [c["name"] for c in props["columns"]],
        "selection_mode": props["selection_mode"],
        "column_order": props["column_order"],
        "hide_index": props["hide_index"],
    }
    value: DataframeState = widget(
        dg,
        "dataframe",
        key=key,
        identity=identity,
        default=to_state(default),
        serialize=serialize,
        deserialize=deserialize,
        props=lambda wire: {**props, "value": wire},
        callback=selection_callback(on_select),
        settable=False,  # Streamlit: a selection cannot be set through Session State
        info={"columns": names, "rows": rows},
    )
    return value
