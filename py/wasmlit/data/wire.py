"""DataFrame -> Arrow IPC stream bytes plus column descriptors (the wire table).

The common column types are written without pyarrow
(:mod:`wasmlit.data.arrow_writer`), so pandas-only apps never load it;
pyarrow writes the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wasmlit.protocol.schema import Bool, Obj, Str

if TYPE_CHECKING:
    import pandas as pd

# One column on the wire. ``dtype`` is the pandas dtype's name ("int64",
# "float64", "bool", "object", "datetime64[ns, UTC]", "category", ...): the UI
# uses it for alignment, formatting and the editor of a cell.
COLUMN_INFO = Obj(
    {
        "field": Str(),  # "_index" or "c0", "c1", ...: the Arrow field name
        "name": Str(),  # the display name (str() of the pandas label; "" for an unnamed index)
        "index": Bool(),  # True for the index field
        "dtype": Str(),
    }
)


@dataclass(frozen=True)
class WireTable:
    data: bytes | bytearray  # Arrow IPC stream
    columns: list[dict[str, Any]] = field(default_factory=list)


def _label(value: Any) -> str:
    if isinstance(value, tuple):  # MultiIndex columns
        return " / ".join(str(v) for v in value)
    return "" if value is None else str(value)


def wire_table(frame: pd.DataFrame) -> WireTable:
    """The Arrow bytes and descriptors of ``frame``, index first."""
    flat, columns = wire_frame(frame)
    return WireTable(arrow_ipc(flat), columns)


def wire_frame(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """``frame`` with positional columns (``_index``, ``c0``, ...) and their descriptors."""
    import pandas as pd

    index = frame.index
    if isinstance(index, pd.MultiIndex):
        index = pd.Index([_label(v) for v in index], name=_label(index.names))
    columns: list[dict[str, Any]] = [
        {"field": "_index", "name": _label(index.name), "index": True, "dtype": str(index.dtype)}
    ]
    # The columns are views of the frame's data, not copies: a million-row frame
    # would otherwise be held two or three times over while it is encoded.
    rows = pd.RangeIndex(len(index))
    series: dict[str, Any] = {"_index": pd.Series(_index_values(index), index=rows, copy=False)}
    for position, label in enumerate(frame.columns):
        name = f"c{position}"
        column = frame.iloc[:, position].set_axis(rows, copy=False)
        series[name] = column
        columns.append(
            {"field": name, "name": _label(label), "index": False, "dtype": str(column.dtype)}
        )
    return pd.DataFrame(series, copy=False), columns


def _index_values(index: pd.Index) -> Any:
    """The index's values as an array to wrap without copying (``pd.Series(index)`` copies)."""
    import numpy as np
    import pandas as pd

    if isinstance(index, pd.RangeIndex):
        # Not index.array: that would cache the materialised values on the caller's index.
        return np.arange(index.start, index.stop, index.step, dtype=np.int64)
    return index.array


def arrow_ipc(frame: pd.DataFrame) -> bytes | bytearray:
    """Arrow IPC stream bytes for ``frame`` (its columns only, no index).

    The pure-Python writer handles the common column types; pyarrow (loaded
    only then) writes the rest.
    """
    from wasmlit.data.arrow_writer import encode_frame

    data = encode_frame(frame)
    return data if data is not None else _pyarrow_ipc(frame)


def _pyarrow_ipc(frame: pd.DataFrame) -> bytes:
    import pyarrow as pa

    frame = frame.set_axis([str(c) for c in frame.columns], axis=1)
    try:
        table = pa.Table.from_pandas(frame, preserve_index=False)
    except (pa.ArrowException, OverflowError, TypeError):
        # Mixed-type object columns (or ints beyond 64 bits, infinite decimals): shown
        # as their str(), as Streamlit does.
        frame = frame.copy()
        for name in frame.select_dtypes(include="object").columns:
            frame[name] = frame[name].map(lambda v: v if v is None else str(v))
        table = pa.Table.from_pandas(frame, preserve_index=False)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return bytes(sink.getvalue().to_pybytes())
