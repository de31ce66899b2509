"""AppTest classes for st.dataframe and st.table.

``value`` is the displayed data as a pandas DataFrame, decoded from the Arrow
bytes the UI receives (column labels as shown, the index restored), as in
Streamlit's AppTest. A selectable st.dataframe can also be driven the way a
user's clicks would::

    at.dataframe[0].value                       # the DataFrame
    at.dataframe[0].select_rows([0, 2]).run()   # as if rows 0 and 2 were clicked
    at.dataframe[0].selection.rows              # [0, 2]
    at.dataframe[0].click_button(1, "action").run()  # a ButtonColumn (with a key) click

Decoding uses pyarrow, which Streamlit's own AppTest needs as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from wasmlit.testing.v1.element_tree import Element

if TYPE_CHECKING:
    import pandas as pd


def decode_table(data: bytes, columns: list[dict[str, Any]]) -> pd.DataFrame:
    """Wire table bytes + descriptors -> the DataFrame the UI shows."""
    import pandas as pd
    import pyarrow as pa

    frame = pa.ipc.open_stream(data).read_all().to_pandas()
    index_info = next(c for c in columns if c["index"])
    index = pd.Index(frame.pop("_index")).rename(index_info["name"] or None)
    if index.dtype.kind == "i" and index.equals(pd.RangeIndex(len(index))):
        index = pd.RangeIndex(len(index), name=index.name)  # a RangeIndex went in
    names = {c["field"]: c["name"] for c in columns if not c["index"]}
    frame.columns = [names[field] for field in frame.columns]
    frame.index = index
    return frame


def click_button_cell(element: Element, row: int, column: str) -> None:
    """Click the ButtonColumn cell at ``row`` (position in the data) of ``column`` (its name).

    Sends what the UI sends: a one-run trigger ``{"row", "label"}`` for the
    column's click widget (the ButtonColumn needs a ``key``).
    """
    props = element.props
    names = {c["field"]: ("_index" if c["index"] else c["name"]) for c in props["columns"]}
    fields = [f for f, name in names.items() if name == str(column)]
    ids = props.get("button_columns") or {}
    widget_id = next((ids[f] for f in fields if f in ids), None)
    if widget_id is None:
        raise ValueError(f"Column {column!r} is not a ButtonColumn with a key.")
    frame = decode_table(props["data"], props["columns"])
    label = ""
    if 0 <= row < len(frame.index):
        value = frame.index[row] if str(column) == "_index" else frame[str(column)].iloc[row]
        label = "" if value is None else str(value)
    element.root._set_pending(widget_id, {"row": int(row), "label": label}, trigger=True)


class _TableElement(Element):
    @property
    def value(self) -> pd.DataFrame:
        return decode_table(self.props["data"], self.props["columns"])

    @property
    def styles(self) -> dict[str, pd.DataFrame] | None:
        """A Styler's per-cell ``display`` text and ``css``, as DataFrames (fields as columns)."""
        styles = self.props.get("styles")
        if styles is None:
            return None
        import pyarrow as pa

        return {k: pa.ipc.open_stream(v).read_all().to_pandas() for k, v in styles.items()}

    @property
    def hide_index(self) -> bool | None:
        return self.props.get("hide_index")

    @property
    def width(self) -> Any:
        return self.props.get("width")

    @property
    def height(self) -> Any:
        return self.props.get("height")


class Dataframe(_TableElement):
    """st.dataframe; with ``on_select`` also the selection widget."""

    type = "arrow_data_frame"  # Streamlit's AppTest type name for st.dataframe

    @property
    def selection(self) -> Any:
        """The DataframeState (``.selection.rows`` ...), or None when not selectable."""
        if self.id is None:
            return None
        return self.root._widget_value(self.id)

    def set_selection(
        self,
        rows: Iterable[int] = (),
        columns: Iterable[str] = (),
        cells: Iterable[tuple[int, str]] = (),
    ) -> Dataframe:
        """Select as a user would; takes effect on the next ``run()``."""
        if self.id is None:
            raise ValueError("This dataframe is not selectable: pass on_select to st.dataframe.")
        value = {"selection": {"rows": list(rows), "columns": list(columns), "cells": list(cells)}}
        self.root._set_pending(self.id, value)
        return self

    def click_button(self, row: int, column: str) -> Dataframe:
        """Click a ButtonColumn cell as a user would; takes effect on the next ``run()``."""
        click_button_cell(self, row, column)
        return self

    def select_rows(self, rows: Iterable[int]) -> Dataframe:
        return self.set_selection(rows=rows)

    def select_columns(self, columns: Iterable[str]) -> Dataframe:
        return self.set_selection(columns=columns)


class Table(_TableElement):
    type = "arrow_table"  # Streamlit's AppTest type name for st.table

    @property
    def border(self) -> Any:
        return self.props.get("border")


DATA_ELEMENTS: dict[str, type[Element]] = {"dataframe": Dataframe, "table": Table}
