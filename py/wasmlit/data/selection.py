"""st.dataframe's selection: modes, the state object and its wire form.

With ``on_select`` other than ``"ignore"`` st.dataframe returns (and stores
under ``key`` in Session State) a dict with attribute access::

    event = st.dataframe(df, on_select="rerun", selection_mode=["multi-row", "multi-column"])
    event.selection.rows        # [0, 2]: positions in the original data, not the sorted view
    event.selection.columns     # ["a"]: column names
    event.selection.cells       # [(0, "a")]: (row position, column name)

On the wire it is ``{"selection": {"rows": [...], "columns": [...], "cells": [[r, "c"], ...]}}``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Arr, Int, Obj, Str, Union
from wasmlit.runtime.attribute_dict import AttributeDict

SELECTION_MODES = (
    "single-row", "multi-row", "single-column", "multi-column", "single-cell", "multi-cell",
)  # fmt: skip

SELECTION_WIRE = Obj(
    {
        "selection": Obj(
            {"rows": Arr(Int()), "columns": Arr(Str()), "cells": Arr(Arr(Union(Int(), Str())))}
        )
    }
)


class DataframeState(AttributeDict):
    """The selection state st.dataframe returns: ``state.selection.rows`` etc."""


class DataframeSelectionState(AttributeDict):
    """``rows`` (positions), ``columns`` (names) and ``cells`` ((row, name) tuples)."""


def parse_selection_mode(selection_mode: Any) -> list[str]:
    """``selection_mode`` (one mode or an iterable of modes) -> the modes, checked."""
    modes: Iterable[Any] = [selection_mode] if isinstance(selection_mode, str) else selection_mode
    try:
        chosen = list(dict.fromkeys(modes))
    except TypeError:
        raise StreamlitAPIException(
            f"Invalid selection mode: {selection_mode!r}. "
            f"Valid options are: {', '.join(SELECTION_MODES)}."
        ) from None
    for mode in chosen:
        if mode not in SELECTION_MODES:
            raise StreamlitAPIException(
                f"Invalid selection mode: {mode}. Valid options are: {', '.join(SELECTION_MODES)}."
            )
    for kind in ("row", "column", "cell"):
        if f"single-{kind}" in chosen and f"multi-{kind}" in chosen:
            raise StreamlitAPIException(
                f"Only one of `single-{kind}` or `multi-{kind}` can be selected as selection mode."
            )
    return [m for m in SELECTION_MODES if m in chosen]  # a stable order for the widget id


def empty_wire() -> dict[str, Any]:
    return {"selection": {"rows": [], "columns": [], "cells": []}}


def to_state(wire: Any) -> DataframeState:
    """The wire JSON -> the DataframeState the script sees."""
    inner = wire["selection"] if isinstance(wire, Mapping) else None
    if not isinstance(inner, Mapping):
        raise TypeError(wire)
    rows = [int(r) for r in inner.get("rows", [])]
    columns = [str(c) for c in inner.get("columns", [])]
    cells = [(int(r), str(c)) for r, c in inner.get("cells", [])]
    selection = DataframeSelectionState(rows=rows, columns=columns, cells=cells)
    return DataframeState(selection=selection)


def to_wire(
    value: Any, *, row_count: int | None = None, column_names: Iterable[str] | None = None
) -> dict[str, Any]:
    """A state (or ``selection_default``) -> the wire JSON, checked against the data.

    Accepts ``{"selection": {...}}`` or the inner ``{"rows": ..., "columns": ...,
    "cells": ...}``; missing parts are empty.
    """
    if value is None:
        return empty_wire()
    if not isinstance(value, Mapping):
        raise StreamlitAPIException(
            "The selection default must be a dictionary with a `selection` key, "
            f"not {type(value).__name__}."
        )
    inner = value.get("selection", value)
    if not isinstance(inner, Mapping):
        raise StreamlitAPIException("The `selection` of a dataframe state must be a dictionary.")
    names = None if column_names is None else set(column_names)
    rows = [_row(r, row_count) for r in inner.get("rows", []) or []]
    columns = [_column(c, names) for c in inner.get("columns", []) or []]
    cells = []
    for cell in inner.get("cells", []) or []:
        if not isinstance(cell, list | tuple) or len(cell) != 2:
            raise StreamlitAPIException(
                f"Invalid cell {cell!r}: a cell is a (row position, column name) pair."
            )
        cells.append([_row(cell[0], row_count), _column(cell[1], names)])
    return {"selection": {"rows": rows, "columns": columns, "cells": cells}}


def _row(row: Any, row_count: int | None) -> int:
    if isinstance(row, bool) or not isinstance(row, int):
        raise StreamlitAPIException(f"Invalid row {row!r}: rows are integer positions.")
    if row_count is not None and not 0 <= row < row_count:
        raise StreamlitAPIException(
            f"Invalid row {row}: the data has {row_count} rows (positions 0 to {row_count - 1})."
        )
    return row


def _column(column: Any, names: set[str] | None) -> str:
    name = str(column)
    if names is not None and name not in names:
        raise StreamlitAPIException(f"Invalid column {name!r}: the data has no such column.")
    return name
