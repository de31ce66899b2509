"""st.table: a static table (a real ``<table>``), with Styler colours and formats.

Same data path as st.dataframe (Arrow IPC plus column descriptors, and the
Styler's display text and CSS), but no grid: every row is rendered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.data.grid_props import STYLES, grid_data, grid_width
from wasmlit.data.wire import COLUMN_INFO
from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidHeightError
from wasmlit.protocol.schema import Arr, Binary, Bool, Enum, Num, Optional, Str, Union

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "table",
    {
        "data": Binary(),
        "columns": Arr(COLUMN_INFO),
        "styles": Optional(STYLES),
        "border": Union(Bool(), Enum("horizontal")),
        "hide_index": Optional(Bool()),
        "hide_header": Optional(Bool()),
        "width": WIDTH,
        "height": Union(Enum("content", "stretch"), Num()),
        "alt": Optional(Str()),
    },
    doc="A static table of every row.",
)


def _check_border(border: Any) -> bool | str:
    if isinstance(border, bool) or border == "horizontal":
        return border
    raise StreamlitAPIException(
        f"Invalid border value: {border!r}. The border must be True, False, or 'horizontal'."
    )


def _check_height(height: Any) -> str | float:
    if height in ("content", "stretch"):
        return str(height)
    if isinstance(height, int | float) and not isinstance(height, bool) and height > 0:
        return height
    raise StreamlitInvalidHeightError(
        f"Invalid height value: {height!r}. Height must be either an integer (pixels), "
        "'stretch', or 'content'."
    )


def _optional_bool(name: str, value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise StreamlitAPIException(f"The `{name}` parameter must be a bool or None, not {value!r}.")


def table(
    dg: DeltaGenerator,
    data: Any = None,
    *,
    border: bool | str = True,
    width: Any = "stretch",
    height: Any = "content",
    hide_index: bool | None = None,
    hide_header: bool | None = None,
    alt: str | None = None,
) -> DeltaGenerator:
    """st.table: show ``data`` as a static table."""
    if alt is not None and not isinstance(alt, str):
        raise StreamlitAPIException(f"The `alt` parameter must be a str or None, not {alt!r}.")
    props: dict[str, Any] = {
        "border": _check_border(border),
        "hide_index": _optional_bool("hide_index", hide_index),
        "hide_header": _optional_bool("hide_header", hide_header),
        "width": grid_width(width, None),
        "height": _check_height(height),
        "alt": alt,
    }
    grid = grid_data(data)
    props.update(data=grid.table.data, columns=grid.table.columns, styles=grid.styles)
    for name in ("hide_index", "hide_header"):  # a Styler's hide() unless given explicitly
        if props[name] is None:
            props[name] = getattr(grid, name)
    return dg._put_element("table", props)
