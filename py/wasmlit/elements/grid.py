"""st.grid: a responsive CSS grid whose direct children are cells.

``GridContainer.cell(column_span=, row_span=)`` adds a ``grid_cell`` block
that groups elements and spans tracks; anything else written straight into
the grid takes one cell.
"""

from __future__ import annotations

from typing import Any

from wasmlit.elements.spec import block
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Bool, Enum, Int, Optional
from wasmlit.runtime.delta_generator import DeltaGenerator
from wasmlit.runtime.util import check_choice, check_gap, check_height
from wasmlit.runtime.widgets import to_key

GAP = Optional(Enum("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge"))

SPEC = block(
    "grid",
    {
        "columns": Optional(Int()),  # None: "auto", as many as min_column_width allows
        "min_column_width": Optional(Int()),  # pixels; None: the default minimum
        "wrap": Bool(),  # with an int columns: fewer columns when cells get too narrow
        "gap": GAP,
        "vertical_alignment": Enum("top", "center", "bottom", "stretch"),
        "border": Bool(),  # a border around each cell
        "row_height": Optional(Int()),  # pixels; None: rows size to content
        "height": Optional(Int()),  # pixels, scrolling; None sizes to content
        "dense": Bool(),  # backfill holes left by spanning cells
        "width": WIDTH,
    },
    doc="A responsive grid; direct children are cells.",
)

MAX_COLUMNS = 24


def _positive(name: str, value: Any, *, maximum: int | None = None) -> int:
    ok = isinstance(value, int) and not isinstance(value, bool) and value >= 1
    if not ok or (maximum is not None and value > maximum):
        bound = f" from 1 to {maximum}" if maximum else " of at least 1"
        raise StreamlitAPIException(
            f"Invalid `{name}` value: {value!r}. It must be an integer{bound}."
        )
    return int(value)


class GridContainer(DeltaGenerator):
    """The cursor st.grid returns: write into it, or add spanning cells."""

    __slots__ = ()

    def cell(self, *, column_span: int = 1, row_span: int = 1) -> DeltaGenerator:
        """A cell spanning ``column_span`` columns and ``row_span`` rows."""
        props = {
            "column_span": _positive("column_span", column_span, maximum=MAX_COLUMNS),
            "row_span": _positive("row_span", row_span),
        }
        return self._put_block("grid_cell", props)


def grid(
    dg: DeltaGenerator,
    columns: Any = "auto",
    *,
    min_column_width: Any = "auto",
    wrap: bool = True,
    gap: str | None = "small",
    vertical_alignment: str = "top",
    border: bool = False,
    row_height: Any = "content",
    width: Any = "stretch",
    height: Any = "content",
    key: Any = None,
    dense: bool = False,
) -> GridContainer:
    """st.grid: a container whose children flow into grid cells."""
    from wasmlit.runtime.context import current

    user_key = to_key(key)
    current().register_element("grid", None, user_key)
    props = {
        "columns": None
        if columns == "auto"
        else _positive("columns", columns, maximum=MAX_COLUMNS),
        "min_column_width": None
        if min_column_width == "auto"
        else _positive("min_column_width", min_column_width),
        "wrap": bool(wrap),
        "gap": check_gap(gap),
        "vertical_alignment": check_choice(
            "vertical_alignment", vertical_alignment, ("top", "center", "bottom", "stretch")
        ),
        "border": bool(border),
        "row_height": None if row_height == "content" else _positive("row_height", row_height),
        "height": check_height(height),
        "dense": bool(dense),
        "width": check_width(width, allow_content=False),
    }
    cursor = dg._put_block("grid", props, key=user_key)
    return GridContainer(cursor._path, block_type="grid")
