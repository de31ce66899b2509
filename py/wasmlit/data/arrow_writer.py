"""Arrow IPC stream bytes from a pandas DataFrame, without pyarrow.

Loading pyarrow in Pyodide costs start-up time (see docs/performance.md), so
the common column types are encoded here with numpy (already loaded by
pandas): bool, signed/unsigned ints, float32/64, pandas' nullable Int/UInt/
Float/boolean, str (object or ``string`` dtype), datetime64 (naive or with a
time zone; Arrow timestamp with its unit and zone) and ``datetime.date``
objects (date32). Missing values become nulls (validity bitmaps); NaN in a
float column is a null, as ``pyarrow.Table.from_pandas`` makes it.

:func:`encode_frame` returns None when any column needs something else
(categoricals, decimals, lists, timedeltas, bytes, mixed objects ...); the
caller then uses pyarrow.

The stream is one Schema message, one RecordBatch message and the
end-of-stream marker, in the Arrow columnar format version 5.

Example::

    data = encode_frame(pd.DataFrame({"a": [1, None], "b": ["x", "y"]}))
    pyarrow.ipc.open_stream(data).read_all()   # a: double (1, null), b: string
"""

from __future__ import annotations

import datetime as dt
import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wasmlit.data.flatbuf import Ref, Scalar, String, Structs, Table, Vector, serialize

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

# Type union ids of Schema.fbs.
_INT, _FLOAT, _UTF8, _BOOL, _DATE, _TIMESTAMP = 2, 3, 5, 6, 8, 10
# MessageHeader union ids of Message.fbs.
_SCHEMA, _RECORD_BATCH = 1, 3
_METADATA_V5 = 4
_TIME_UNITS = {"s": 0, "ms": 1, "us": 2, "ns": 3}
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


@dataclass
class Column:
    """One encoded column: its Arrow type, null count and buffers (validity first)."""

    type_id: int
    type_table: Table
    length: int
    null_count: int
    buffers: list[bytes]


class Unsupported(Exception):
    """This column needs pyarrow."""


def _bitmap(valid: np.ndarray) -> bytes:
    import numpy as np

    return np.packbits(valid.astype(bool), bitorder="little").tobytes()


def _validity(valid: np.ndarray | None) -> tuple[int, bytes]:
    """(null count, validity buffer); an empty buffer when nothing is null."""
    if valid is None:
        return 0, b""
    nulls = int(len(valid) - int(valid.sum()))
    return nulls, (_bitmap(valid) if nulls else b"")


def _int_column(values: np.ndarray, valid: np.ndarray | None) -> Column:
    nulls, validity = _validity(valid)
    bits = values.dtype.itemsize * 8
    signed = values.dtype.kind == "i"
    type_table = Table([Scalar("<i", bits), Scalar("<?", signed)])
    data = values.astype(values.dtype.newbyteorder("<"), copy=False).tobytes()
    return Column(_INT, type_table, len(values), nulls, [validity, data])


def _float_column(values: np.ndarray, valid: np.ndarray | None) -> Column:
    import numpy as np

    if valid is None:
        nan = np.isnan(values)
        valid = ~nan if nan.any() else None
    nulls, validity = _validity(valid)
    precision = {4: 1, 8: 2}[values.dtype.itemsize]
    data = values.astype(values.dtype.newbyteorder("<"), copy=False).tobytes()
    return Column(_FLOAT, Table([Scalar("<h", precision)]), len(values), nulls, [validity, data])


def _bool_column(values: np.ndarray, valid: np.ndarray | None) -> Column:
    nulls, validity = _validity(valid)
    return Column(_BOOL, Table([]), len(values), nulls, [validity, _bitmap(values)])


def _utf8_column(values: list[Any], valid: np.ndarray) -> Column:
    import numpy as np

    texts = [v if ok else "" for v, ok in zip(values, valid.tolist(), strict=True)]
    joined = "".join(texts)
    data = joined.encode("utf-8")
    if len(data) == len(joined):  # ASCII only: byte lengths are character lengths
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    else:
        encoded = [t.encode("utf-8") for t in texts]
        lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
    if len(data) >= 2**31:
        raise Unsupported("more than 2 GB of text needs large_utf8")
    offsets = np.zeros(len(texts) + 1, dtype="<i4")
    np.cumsum(lengths, out=offsets[1:])
    nulls, validity = _validity(valid)
    return Column(_UTF8, Table([]), len(texts), nulls, [validity, offsets.tobytes(), data])


def _date_column(values: list[Any], valid: np.ndarray) -> Column:
    import numpy as np

    days = [
        v.toordinal() - _EPOCH_ORDINAL if ok else 0 for v, ok in zip(values, valid, strict=True)
    ]
    data = np.asarray(days, dtype="<i4").tobytes()
    nulls, validity = _validity(valid)
    return Column(_DATE, Table([Scalar("<h", 0)]), len(values), nulls, [validity, data])


def _tz_name(tz: Any) -> str:
    """The IANA name (or "+HH:MM") Arrow stores for a time zone."""
    for attr in ("key", "zone"):  # zoneinfo, pytz
        name = getattr(tz, attr, None)
        if isinstance(name, str):
            return name
    if tz is dt.UTC:
        return "UTC"
    if isinstance(tz, dt.timezone):
        offset = tz.utcoffset(None)
        minutes = int(offset.total_seconds() // 60)
        sign = "-" if minutes < 0 else "+"
        return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    raise Unsupported(f"time zone {tz!r}")


def _timestamp_column(series: pd.Series) -> Column:
    import numpy as np

    dtype = series.dtype
    unit = np.datetime_data(getattr(dtype, "base", dtype))[0]
    tz = getattr(dtype, "tz", None)
    if tz is not None:
        unit = dtype.unit
    if unit not in _TIME_UNITS:
        raise Unsupported(f"datetime unit {unit}")
    valid = series.notna().to_numpy()
    ints = series.array.asi8 if tz is not None else series.to_numpy().view("i8")
    ints = np.where(valid, ints, 0).astype("<i8")
    fields: list[Scalar | Ref | None] = [Scalar("<h", _TIME_UNITS[unit])]
    if tz is not None:
        fields.append(Ref(String(_tz_name(tz))))
    nulls, validity = _validity(valid)
    return Column(_TIMESTAMP, Table(fields), len(series), nulls, [validity, ints.tobytes()])


def _is_null(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value) or _is_na(value)


def _is_na(value: Any) -> bool:
    import pandas as pd

    return value is pd.NA or value is pd.NaT


def _object_column(series: pd.Series) -> Column:
    """str (or date) objects with missing values; anything else needs pyarrow."""
    import numpy as np

    values = series.tolist()
    valid = np.fromiter((not _is_null(v) for v in values), dtype=bool, count=len(values))
    kinds = {type(v) for v, ok in zip(values, valid.tolist(), strict=True) if ok}
    if kinds <= {str}:
        return _utf8_column(values, valid)
    if kinds == {dt.date}:
        return _date_column(values, valid)
    raise Unsupported(f"object column of {sorted(k.__name__ for k in kinds)}")


def encode_column(series: pd.Series) -> Column:
    """One pandas column -> Arrow buffers, or :class:`Unsupported`."""
    import numpy as np
    import pandas as pd

    dtype = series.dtype
    if isinstance(dtype, pd.DatetimeTZDtype) or dtype.kind == "M":
        return _timestamp_column(series)
    if isinstance(dtype, pd.StringDtype):
        return _object_column(series.astype(object))
    if isinstance(dtype, pd.api.extensions.ExtensionDtype):
        return _masked_column(series)
    if dtype.kind in "iu":
        return _int_column(series.to_numpy(), None)
    if dtype.kind == "f" and dtype.itemsize in (4, 8):
        return _float_column(series.to_numpy(), None)
    if dtype.kind == "b":
        return _bool_column(series.to_numpy(), None)
    if dtype == np.dtype(object):
        return _object_column(series)
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
        return _int_column(values, valid)
    if numpy_type.kind == "f":
        return _float_column(values, valid)
    if numpy_type.kind == "b":
        return _bool_column(values, valid)
    raise Unsupported(str(dtype))


def _field(name: str, column: Column) -> Table:
    return Table(
        [
            Ref(String(name)),
            Scalar("<?", True),  # nullable
            Scalar("<B", column.type_id),
            Ref(column.type_table),
        ]
    )


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


def encode_columns(names: list[str], columns: list[Column], length: int) -> bytes:
    """The IPC stream of already encoded columns."""
    schema = Table(
        [Scalar("<h", 0), Ref(Vector([_field(n, c) for n, c in zip(names, columns, strict=True)]))]
    )
    nodes = b"".join(struct.pack("<qq", c.length, c.null_count) for c in columns)
    buffers: list[bytes] = []
    body: list[bytes] = []
    offset = 0
    for column in columns:
        for data in column.buffers:
            buffers.append(struct.pack("<qq", offset, len(data)))
            padded = data + bytes(-len(data) % 8)
            body.append(padded)
            offset += len(padded)
    batch = Table(
        [
            Scalar("<q", length),
            Ref(Structs(nodes, len(columns))),
            Ref(Structs(b"".join(buffers), len(buffers))),
        ]
    )
    return b"".join(
        [
            _message(_SCHEMA, schema, 0),
            _message(_RECORD_BATCH, batch, offset),
            *body,
            struct.pack("<Ii", 0xFFFFFFFF, 0),  # end of stream
        ]
    )


def encode_frame(frame: pd.DataFrame) -> bytes | None:
    """Arrow IPC stream bytes of ``frame``'s columns (no index), or None if unsupported."""
    try:
        columns = [encode_column(frame.iloc[:, i]) for i in range(frame.shape[1])]
    except Unsupported:
        return None
    names = [str(name) for name in frame.columns]
    return encode_columns(names, columns, len(frame.index))
