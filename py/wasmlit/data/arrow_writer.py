"""Arrow IPC stream bytes from a pandas DataFrame, without pyarrow.

Loading pyarrow in Pyodide costs start-up time (see docs/performance.md), so
the common column types are encoded here with numpy (already loaded by
pandas), each typed as ``pyarrow.Table.from_pandas`` types it: bool,
signed/unsigned ints, float32/64, pandas' nullable Int/UInt/Float/boolean,
str (object or ``string`` dtype), datetime64 (naive or with a time zone),
timedelta64 (duration), categoricals (dictionary-encoded, indices of the
codes' width), and object columns of ``datetime.date``, bytes, Decimal or
lists of one primitive kind (:mod:`wasmlit.data.arrow_objects`). Missing
values become nulls; NaN in a float column is a null, as pyarrow makes it.

:func:`encode_frame` returns None when any column needs something else
(periods, intervals, float16, mixed objects ...); the caller then uses pyarrow.

The stream is one Schema message, one DictionaryBatch per categorical column,
one RecordBatch and the end-of-stream marker, in the Arrow columnar format
version 5. It is written into one ``bytearray`` sized up front: numeric
columns are read through views of their numpy arrays, so each buffer is
copied once, straight to its place (``bench/arrow_memory.py`` measures it).

Example::

    data = encode_frame(pd.DataFrame({"a": [1, None], "b": ["x", "y"]}))
    pyarrow.ipc.open_stream(data).read_all()   # a: double (1, null), b: string
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from wasmlit.data.arrow_columns import (
    Buffer,
    Column,
    Dictionary,
    Unsupported,
    bool_column,
    duration_column,
    float_column,
    int_column,
    int_type,
    timestamp_column,
)
from wasmlit.data.arrow_objects import object_column
from wasmlit.data.flatbuf import Ref, Scalar, String, Structs, Table, Vector, serialize

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Column", "Unsupported", "encode_column", "encode_columns", "encode_frame"]

# MessageHeader union ids of Message.fbs.
_SCHEMA, _DICTIONARY_BATCH, _RECORD_BATCH = 1, 2, 3
_METADATA_V5 = 4


def encode_column(series: pd.Series) -> Column:
    """One pandas column -> Arrow buffers, or :class:`Unsupported`."""
    import numpy as np
    import pandas as pd

    dtype = series.dtype
    if isinstance(dtype, pd.DatetimeTZDtype) or dtype.kind == "M":
        return timestamp_column(series)
    if dtype.kind == "m":
        return duration_column(series)
    if isinstance(dtype, pd.CategoricalDtype):
        return _categorical_column(series)
    if isinstance(dtype, pd.StringDtype):
        return object_column(series.astype(object))
    if isinstance(dtype, pd.api.extensions.ExtensionDtype):
        return _masked_column(series)
    if dtype.kind in "iu":
        return int_column(series.to_numpy(), None)
    if dtype.kind == "f" and dtype.itemsize in (4, 8):
        return float_column(series.to_numpy(), None)
    if dtype.kind == "b":
        return bool_column(series.to_numpy(), None)
    if dtype == np.dtype(object):
        return object_column(series)
    raise Unsupported(str(dtype))


def _masked_column(series: pd.Series) -> Column:
    """pandas' nullable Int*/UInt*/Float*/boolean: numpy values plus the NA mask."""
    import pandas as pd

    dtype = series.dtype
    if not isinstance(dtype, pd.core.dtypes.dtypes.BaseMaskedDtype):
        raise Unsupported(str(dtype))
    numpy_type = dtype.numpy_dtype
    valid = ~series.isna().to_numpy()
    fill = False if numpy_type.kind == "b" else 0
    values = series.to_numpy(dtype=numpy_type, na_value=fill)
    if numpy_type.kind in "iu":
        return int_column(values, valid)
    if numpy_type.kind == "f":
        return float_column(values, valid)
    if numpy_type.kind == "b":
        return bool_column(values, valid)
    raise Unsupported(str(dtype))


def _categorical_column(series: pd.Series) -> Column:
    """Dictionary<categories' type, codes' int type>; code -1 is a null, as in pyarrow."""
    import pandas as pd

    values = encode_column(pd.Series(series.cat.categories, dtype=series.cat.categories.dtype))
    if values.dictionary is not None or values.children:
        raise Unsupported("nested categories")
    codes = series.cat.codes.to_numpy()
    valid = codes >= 0
    indices = int_column(codes.clip(min=0), valid)
    return Column(
        values.type_id,
        values.type_table,
        indices.length,
        indices.null_count,
        indices.buffers,
        dictionary=Dictionary(values, codes.dtype.itemsize * 8, bool(series.cat.ordered)),
    )


# -- framing ------------------------------------------------------------------------------


def _field(name: str, column: Column, dictionary_id: int | None) -> Table:
    fields: list[Scalar | Ref | None] = [
        Ref(String(name)),
        Scalar("<?", True),  # nullable
        Scalar("<B", column.type_id),
        Ref(column.type_table),
    ]
    if column.dictionary is not None and dictionary_id is not None:
        import numpy as np

        index_type = int_type(np.dtype(f"i{column.dictionary.index_bits // 8}"))
        encoding = Table(
            [Scalar("<q", dictionary_id), Ref(index_type), Scalar("<?", column.dictionary.ordered)]
        )
        fields.append(Ref(encoding))
    if column.children:
        fields += [None] * (5 - len(fields))
        fields.append(Ref(Vector([_field("item", c, None) for c in column.children])))
    return Table(fields)


def _message(header_type: int, header: Table, body_length: int) -> bytes:
    """One framed message: continuation marker, metadata length, padded metadata."""
    metadata = serialize(
        Table(
            [
                Scalar("<h", _METADATA_V5),
                Scalar("<B", header_type),
                Ref(header),
                Scalar("<q", body_length),
            ]
        )
    )
    return struct.pack("<Ii", 0xFFFFFFFF, len(metadata)) + metadata


def _flatten(column: Column, nodes: list[bytes], buffers: list[Buffer]) -> None:
    """Field nodes and buffers in depth-first order, as the RecordBatch lists them."""
    nodes.append(struct.pack("<qq", column.length, column.null_count))
    buffers.extend(column.buffers)
    for child in column.children:
        _flatten(child, nodes, buffers)


def _padded(size: int) -> int:
    return size + -size % 8


def _batch(columns: list[Column], length: int) -> tuple[Table, list[Buffer], int]:
    """(RecordBatch table, body buffers, body length with each buffer padded to 8)."""
    nodes: list[bytes] = []
    data: list[Buffer] = []
    for column in columns:
        _flatten(column, nodes, data)
    specs: list[bytes] = []
    offset = 0
    for chunk in data:
        specs.append(struct.pack("<qq", offset, len(chunk)))
        offset += _padded(len(chunk))
    table = Table(
        [
            Scalar("<q", length),
            Ref(Structs(b"".join(nodes), len(nodes))),
            Ref(Structs(b"".join(specs), len(specs))),
        ]
    )
    return table, data, offset


def _assemble(parts: list[Buffer]) -> bytearray:
    """``parts`` in one buffer, each padded to 8 bytes: the only copy of the column data.

    The size is known up front, so nothing is joined or grown; the padding is
    the zeros the buffer starts with.
    """
    out = bytearray(sum(_padded(len(part)) for part in parts))
    with memoryview(out) as view:
        position = 0
        for part in parts:
            view[position : position + len(part)] = part
            position += _padded(len(part))
    return out


def encode_columns(names: list[str], columns: list[Column], length: int) -> bytearray:
    """The IPC stream of already encoded columns."""
    fields: list[Table] = []
    messages: list[Buffer] = []
    next_id = 0
    for name, column in zip(names, columns, strict=True):
        fields.append(_field(name, column, next_id))
        if column.dictionary is not None:
            values = column.dictionary.values
            batch, body, size = _batch([values], values.length)
            header = Table([Scalar("<q", next_id), Ref(batch)])
            messages += [_message(_DICTIONARY_BATCH, header, size), *body]
            next_id += 1
    schema = Table([Scalar("<h", 0), Ref(Vector(list(fields)))])
    batch, body, size = _batch(columns, length)
    return _assemble(
        [
            _message(_SCHEMA, schema, 0),
            *messages,
            _message(_RECORD_BATCH, batch, size),
            *body,
            struct.pack("<Ii", 0xFFFFFFFF, 0),  # end of stream
        ]
    )


def encode_frame(frame: pd.DataFrame) -> bytearray | None:
    """Arrow IPC stream bytes of ``frame``'s columns (no index), or None if unsupported."""
    try:
        columns = [encode_column(frame.iloc[:, i]) for i in range(frame.shape[1])]
    except Unsupported:
        return None
    names = [str(name) for name in frame.columns]
    return encode_columns(names, columns, len(frame.index))
