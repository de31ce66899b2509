"""Tabular data for st.dataframe, st.data_editor, st.table and the charts.

Every table reaches the UI the same way: the input is turned into a pandas
DataFrame (:func:`to_pandas`), then into Arrow IPC stream bytes plus a list of
column descriptors (:func:`wire_table`). pandas is imported only when a
script passes data, never at start-up.

Field names on the wire are positional (``_index`` for the index, ``c0``,
``c1``, ... for the columns) because pandas column labels need not be unique
strings; the descriptors carry the display names.

Example::

    table = wire_table(to_pandas({"a": [1, 2], "b": ["x", "y"]}))
    table.data      # Arrow IPC stream bytes
    table.columns   # [{"field": "_index", "name": "", "index": True, ...}, ...]
"""

from __future__ import annotations

from wasmlit.data.convert import DataFormat, detect_format, to_pandas
from wasmlit.data.wire import COLUMN_INFO, WireTable, arrow_ipc, wire_table

__all__ = [
    "COLUMN_INFO",
    "DataFormat",
    "WireTable",
    "arrow_ipc",
    "detect_format",
    "to_pandas",
    "wire_table",
]
