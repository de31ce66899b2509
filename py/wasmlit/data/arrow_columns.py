"""Arrow buffers of single columns, from numpy arrays and Python values (no pyarrow).

Each encoder returns a :class:`Column`: the Arrow type (union id and type
table, as ``Schema.fbs`` defines them), the length, null count and buffers
(validity first), plus child columns (lists) or a dictionary (categoricals).
:mod:`wasmlit.data.arrow_writer` frames them into an IPC stream.

Example::

    column = int_column(np.array([1, 2]), None)   # Int(64, signed), no validity buffer
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wasmlit.data.flatbuf import Ref, Scalar, String, Table

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

# Type union ids of Schema.fbs.
INT, FLOAT, BINARY, UTF8, BOOL, DECIMAL, DATE, TIMESTAMP, LIST, DURATION = (
    2, 3, 4, 5, 6, 7, 8, 10, 12, 18,
)  # fmt: skip
TIME_UNITS = {"s": 0, "ms": 1, "us": 2, "ns": 3}
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_MAX_OFFSET = 2**31 - 1  # int32 offsets; more needs the large_* types


# One Arrow buffer: bytes, or a byte view of a numpy array (no copy of column data
# is made before the writer copies it into the stream).
Buffer = bytes | memoryview


class Unsupported(Exception):
    """This column needs pyarrow."""


@dataclass
class Dictionary:
    """A dictionary-encoded column's values (sent in a DictionaryBatch) and index type."""

    values: Column
    index_bits: int
    ordered: bool


@dataclass
class Column:
    """One encoded column.

    For a dictionary-encoded column ``type_id``/``type_table`` are the
    dictionary values' type (as the Field describes it) and ``buffers`` hold
    the indices.
    """

    type_id: int
    type_table: Table
    length: int
    null_count: int
    buffers: list[Buffer]
    children: list[Column] = field(default_factory=list)
    dictionary: Dictionary | None = None


def raw(values: np.ndarray) -> memoryview:
    """``values``' bytes in little-endian order: a view unless they need reordering."""
    import numpy as np

    little = values.astype(values.dtype.newbyteorder("<"), copy=False)
    return np.ascontiguousarray(little).view(np.uint8).data


def bitmap(valid: np.ndarray) -> bytes:
    import numpy as np

    return np.packbits(valid.astype(bool), bitorder="little").tobytes()


def validity(valid: np.ndarray | None) -> tuple[int, bytes]:
    """(null count, validity buffer); an empty buffer when nothing is null."""
    if valid is None:
        return 0, b""
    nulls = int(len(valid) - int(valid.sum()))
    return nulls, (bitmap(valid) if nulls else b"")


def int_type(dtype: np.dtype) -> Table:
    return Table([Scalar("<i", dtype.itemsize * 8), Scalar("<?", dtype.kind == "i")])


def int_column(values: np.ndarray, valid: np.ndarray | None) -> Column:
    nulls, mask = validity(valid)
    data = raw(values)
    return Column(INT, int_type(values.dtype), len(values), nulls, [mask, data])


def float_column(values: np.ndarray, valid: np.ndarray | None) -> Column:
    import numpy as np

    if valid is None:
        nan = np.isnan(values)
        valid = ~nan if nan.any() else None
    nulls, mask = validity(valid)
    precision = {4: 1, 8: 2}[values.dtype.itemsize]
    data = raw(values)
    return Column(FLOAT, Table([Scalar("<h", precision)]), len(values), nulls, [mask, data])


def bool_column(values: np.ndarray, valid: np.ndarray | None) -> Column:
    nulls, mask = validity(valid)
    return Column(BOOL, Table([]), len(values), nulls, [mask, bitmap(values)])


def offsets_buffer(lengths: list[int] | np.ndarray) -> memoryview:
    import numpy as np

    offsets = np.zeros(len(lengths) + 1, dtype="<i8")
    np.cumsum(np.asarray(lengths, dtype=np.int64), out=offsets[1:])
    if offsets[-1] > _MAX_OFFSET:
        raise Unsupported("more than 2**31 bytes or items need the large_* types")
    return raw(offsets.astype("<i4"))


def utf8_column(values: list[Any], valid: np.ndarray) -> Column:
    texts = [v if ok else "" for v, ok in zip(values, valid.tolist(), strict=True)]
    joined = "".join(texts)
    data = joined.encode("utf-8")
    if len(data) == len(joined):  # ASCII only: byte lengths are character lengths
        lengths = list(map(len, texts))
    else:
        lengths = [len(t.encode("utf-8")) for t in texts]
    nulls, mask = validity(valid)
    return Column(UTF8, Table([]), len(texts), nulls, [mask, offsets_buffer(lengths), data])


def binary_column(values: list[Any], valid: np.ndarray) -> Column:
    """bytes / bytearray values (pyarrow's ``binary``)."""
    chunks = [
        (v if type(v) is bytes else bytes(v)) if ok else b""
        for v, ok in zip(values, valid.tolist(), strict=True)
    ]
    nulls, mask = validity(valid)
    offsets = offsets_buffer([len(c) for c in chunks])
    return Column(BINARY, Table([]), len(chunks), nulls, [mask, offsets, b"".join(chunks)])


def date_column(values: list[Any], valid: np.ndarray) -> Column:
    import numpy as np

    days = [
        v.toordinal() - _EPOCH_ORDINAL if ok else 0 for v, ok in zip(values, valid, strict=True)
    ]
    data = raw(np.asarray(days, dtype="<i4"))
    nulls, mask = validity(valid)
    return Column(DATE, Table([Scalar("<h", 0)]), len(values), nulls, [mask, data])


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


def _epoch_ints(series: pd.Series, unit: str) -> tuple[np.ndarray, np.ndarray]:
    """(int64 values with 0 for NaT, validity) of a datetime64/timedelta64 column."""
    import numpy as np

    if unit not in TIME_UNITS:
        raise Unsupported(f"time unit {unit}")
    valid = series.notna().to_numpy()
    ints = np.asarray(series.array.asi8 if hasattr(series.array, "asi8") else series.to_numpy())
    ints = ints.view("i8") if ints.dtype.kind in "mM" else ints
    return np.where(valid, ints, 0).astype("<i8"), valid


def timestamp_column(series: pd.Series) -> Column:
    import numpy as np

    dtype = series.dtype
    tz = getattr(dtype, "tz", None)
    unit = dtype.unit if tz is not None else np.datetime_data(dtype)[0]
    ints, valid = _epoch_ints(series, unit)
    fields: list[Scalar | Ref | None] = [Scalar("<h", TIME_UNITS[unit])]
    if tz is not None:
        fields.append(Ref(String(_tz_name(tz))))
    nulls, mask = validity(valid)
    return Column(TIMESTAMP, Table(fields), len(series), nulls, [mask, raw(ints)])


def duration_column(series: pd.Series) -> Column:
    """timedelta64[unit] -> Duration(unit), NaT as null (as pyarrow.Table.from_pandas)."""
    import numpy as np

    unit = np.datetime_data(series.dtype)[0]
    ints, valid = _epoch_ints(series, unit)
    nulls, mask = validity(valid)
    type_table = Table([Scalar("<h", TIME_UNITS[unit])])
    return Column(DURATION, type_table, len(series), nulls, [mask, raw(ints)])
