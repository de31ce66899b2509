"""The props shared by the grid elements (``dataframe``, ``data_editor``) and their builder.

One schema (:data:`GRID_PROPS`) and one function (:func:`grid_props`) so
st.dataframe and st.data_editor send the same table, column config, layout and
Styler output, and the UI's grid reads one shape.

Example::

    grid = grid_data(df)                       # DataFrame + wire table + Styler output
    props = grid_props(grid, width="stretch", height="auto", column_order=["b", "a"])
    dg._put_element("dataframe", {**props, "selection_mode": [], "selectable": False})
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wasmlit.data.convert import DataFormat, detect_format, to_pandas
from wasmlit.data.wire import COLUMN_INFO, WireTable, wire_table
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidHeightError
from wasmlit.protocol.schema import (
    AnyJson,
    Arr,
    Binary,
    Bool,
    Enum,
    Int,
    Map,
    Num,
    Obj,
    Optional,
    Schema,
    Str,
    Union,
)

if TYPE_CHECKING:
    import pandas as pd

CELL_TYPES = (
    "text", "number", "checkbox", "selectbox", "multiselect", "list", "datetime", "date",
    "time", "link", "image", "audio", "video", "json", "markdown", "line_chart", "bar_chart",
    "area_chart", "progress", "button",
)  # fmt: skip

# One column's configuration on the wire (Contract C). ``type_config`` carries
# the per-type settings (format, min_value, options, ...) as plain JSON.
COLUMN_CONFIG = Obj(
    {
        "label": Optional(Str()),
        "width": Optional(Union(Enum("small", "medium", "large"), Int())),
        "help": Optional(Str()),
        "disabled": Optional(Bool()),
        "required": Optional(Bool()),
        "pinned": Optional(Bool()),
        "alignment": Optional(Enum("left", "center", "right")),
        "default": AnyJson(),
        "hidden": Optional(Bool()),
        "type_config": Optional(Obj({"type": Enum(*CELL_TYPES)}, extra=AnyJson())),
    },
    optional=(
        "label", "width", "help", "disabled", "required", "pinned", "alignment", "default",
        "hidden", "type_config",
    ),
)  # fmt: skip

# A pandas Styler's output: two Arrow tables with the wire table's fields,
# holding each cell's display text and CSS declarations (null = none).
STYLES = Obj({"display": Binary(), "css": Binary()})

HEIGHT = Union(Enum("auto", "content", "stretch"), Num())

GRID_PROPS: dict[str, Schema] = {
    "data": Binary(),  # wire_table bytes: _index, c0, c1, ...
    "columns": Arr(COLUMN_INFO),
    "styles": Optional(STYLES),
    "column_config": Map(COLUMN_CONFIG),  # keyed by field
    "column_order": Optional(Arr(Str())),  # fields, in order; others hidden
    "hide_index": Optional(Bool()),
    "height": HEIGHT,
    "width": WIDTH,
    "row_height": Optional(Num()),
    "placeholder": Optional(Str()),  # text for missing values
    "alt": Optional(Str()),
    # Keyed ButtonColumns: field -> the id of its click widget (data/button_columns.py).
    "button_columns": Map(Str()),
}


@dataclass(frozen=True)
class GridData:
    """The input converted once: its format, the DataFrame, the wire table and styles."""

    fmt: DataFormat
    frame: pd.DataFrame
    table: WireTable
    styles: dict[str, bytes | bytearray] | None
    # A Styler's hide(): the defaults of hide_index / hide_header (None: not hidden).
    hide_index: bool | None = None
    hide_header: bool | None = None


def grid_data(data: Any, *, drop_hidden: bool = True) -> GridData:
    """Convert ``data`` (any supported input) for a grid or table element.

    A Styler's hidden rows and columns are left out unless ``drop_hidden`` is
    False (st.data_editor returns every row, so it keeps them).
    """
    fmt = detect_format(data)
    frame = to_pandas(data)
    if fmt is DataFormat.PANDAS_STYLER:
        from wasmlit.data.styler import styled_grid

        shown = styled_grid(data, drop_hidden=drop_hidden)
        table = wire_table(shown.frame)
        return GridData(fmt, shown.frame, table, shown.styles, shown.hide_index, shown.hide_header)
    return GridData(fmt, frame, wire_table(frame), None)


def check_grid_height(height: Any, *, allow_auto: bool = True) -> str | float:
    """``"auto"`` (when allowed), ``"content"``, ``"stretch"`` or positive pixels."""
    modes = ("auto", "content", "stretch") if allow_auto else ("content", "stretch")
    if isinstance(height, str) and height in modes:
        return height
    if isinstance(height, int | float) and not isinstance(height, bool) and height > 0:
        return height
    names = ", ".join(f"'{m}'" for m in modes)
    raise StreamlitInvalidHeightError(
        f"Invalid height value: {height!r}. Height must be either an integer (pixels), {names}."
    )


def grid_width(width: Any, use_container_width: bool | None) -> str | int:
    """The width mode after the deprecated ``use_container_width``, as Streamlit maps it."""
    if use_container_width is True:
        return "stretch"
    if use_container_width is False and not isinstance(width, int):
        return "content"
    return check_width(width, allow_content=True)


def column_fields(columns: list[dict[str, Any]], names: Iterable[Any]) -> list[str]:
    """Column names (as the user writes them) -> wire fields, in the given order.

    ``"_index"`` names the index. A name that matches no column is skipped, as
    Streamlit's grid ignores it; duplicate labels select every matching field.
    """
    if isinstance(names, str):
        names = [names]
    fields: list[str] = []
    for name in names:
        if name == "_index":
            matches = [c["field"] for c in columns if c["index"]]
        else:
            matches = [c["field"] for c in columns if not c["index"] and c["name"] == str(name)]
        fields += [f for f in matches if f not in fields]
    return fields


def resolve_config(user_config: Any, grid: GridData) -> dict[str, Any]:
    """``column_config`` -> {field: config} through st.column_config's resolver."""
    try:
        from wasmlit.data.column_config import resolve_column_config
    except ImportError:  # the column_config module is optional in a trimmed core
        return {}
    return dict(resolve_column_config(user_config, grid.frame, grid.table.columns))


def _check_optional(name: str, value: Any, kind: type) -> None:
    ok = isinstance(value, kind) and (kind is bool or not isinstance(value, bool))
    if value is not None and not ok:
        raise StreamlitAPIException(
            f"The `{name}` parameter must be of type {kind.__name__} or None, "
            f"not {type(value).__name__}."
        )


def check_row_height(row_height: Any) -> float | None:
    if row_height is None:
        return None
    if isinstance(row_height, int | float) and not isinstance(row_height, bool) and row_height > 0:
        return row_height
    raise StreamlitAPIException(
        f"Invalid row_height value: {row_height!r}. It must be a positive number of pixels."
    )


def grid_props(
    grid: GridData,
    *,
    width: Any = "stretch",
    height: Any = "auto",
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Mapping[Any, Any] | None = None,
    row_height: Any = None,
    placeholder: Any = None,
    alt: Any = None,
) -> dict[str, Any]:
    """The :data:`GRID_PROPS` of one grid, validated as Streamlit validates them."""
    _check_optional("hide_index", hide_index, bool)
    _check_optional("placeholder", placeholder, str)
    _check_optional("alt", alt, str)
    columns = grid.table.columns
    return {
        "data": grid.table.data,
        "columns": columns,
        "styles": grid.styles,
        "column_config": resolve_config(column_config or {}, grid),
        "column_order": None if column_order is None else column_fields(columns, column_order),
        "hide_index": grid.hide_index if hide_index is None else hide_index,
        "height": check_grid_height(height),
        "width": grid_width(width, use_container_width),
        "row_height": check_row_height(row_height),
        "placeholder": placeholder,
        "alt": alt,
        "button_columns": {},  # the builders register the click widgets (needs the dg)
    }
