"""AppTest class for st.data_editor: read the returned data, edit as a user would.

``value`` is what ``st.data_editor`` returned in the last run (the input's
type, edits applied); ``edit_state`` is the widget's Session State value.
Edits accumulate like a user's and take effect on the next ``run()``::

    ed = at.data_editor[0]
    ed.edit_cell(0, "price", 2.5).add_row({"name": "new"}).delete_rows([3]).run()
    at.data_editor[0].value          # the edited DataFrame
    at.session_state["ed"]          # {"edited_rows": {0: {"price": 2.5}}, ...}
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from wasmlit.testing.v1.widgets import Widget

if TYPE_CHECKING:
    import pandas as pd


class DataEditor(Widget):
    type = "data_editor"

    @property
    def value(self) -> Any:
        """The data st.data_editor returned in the last run."""
        return self.root._widget_info(self.id or "").get("result")

    @property
    def edit_state(self) -> dict[str, Any]:
        """The edit state (pending edits included), as in ``st.session_state[key]``."""
        from wasmlit.data.edit_state import parse_state, state_to_wire

        return parse_state(state_to_wire(super().value))

    @property
    def data(self) -> pd.DataFrame:
        """The data as shown before edits (decoded from the wire table)."""
        from wasmlit.testing.v1.data import decode_table

        return decode_table(self.props["data"], self.props["columns"])

    @property
    def num_rows(self) -> str:
        return str(self.props.get("num_rows", "fixed"))

    @property
    def column_config(self) -> dict[str, Any]:
        """The wire column config, keyed by field (``_index``, ``c0``, ...)."""
        return dict(self.props.get("column_config", {}))

    def set_value(self, v: Any) -> DataEditor:
        """Replace the whole edit state (``edited_rows``, ``added_rows``, ``deleted_rows``)."""
        super().set_value(v)
        return self

    def _edited(self) -> dict[str, Any]:
        return copy.deepcopy(self.edit_state)

    def edit_cell(self, row: int, column: str, value: Any) -> DataEditor:
        """Set the cell at row position ``row`` in column ``column`` (``"_index"``: the index)."""
        state = self._edited()
        state["edited_rows"].setdefault(int(row), {})[str(column)] = value
        return self.set_value(state)

    def add_row(self, values: Mapping[str, Any] | None = None) -> DataEditor:
        """Append a row; missing columns take their ``default`` from the column config."""
        state = self._edited()
        state["added_rows"].append({str(k): v for k, v in (values or {}).items()})
        return self.set_value(state)

    def click_button(self, row: int, column: str) -> DataEditor:
        """Click a ButtonColumn cell (row position in the data); takes effect on ``run()``."""
        from wasmlit.testing.v1.data import click_button_cell

        click_button_cell(self, row, column)
        return self

    def delete_rows(self, rows: Iterable[int]) -> DataEditor:
        """Delete the rows at these positions of the input data."""
        state = self._edited()
        state["deleted_rows"] = sorted({*state["deleted_rows"], *(int(r) for r in rows)})
        return self.set_value(state)


DATA_EDITOR_WIDGETS: dict[str, type[Widget]] = {"data_editor": DataEditor}
