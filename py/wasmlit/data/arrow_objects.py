"""Object columns (Python values) -> Arrow, typed as ``pyarrow.Table.from_pandas`` infers them.

str -> utf8, ``datetime.date`` -> date32, bytes/bytearray -> binary,
``decimal.Decimal`` -> decimal128(precision, scale) and lists/tuples/1-d
arrays of one primitive kind -> list<int64 | double | bool | string>. None,
NaN, pd.NA and NaT are nulls. Anything else (mixed kinds, decimals beyond 38
digits, lists of nothing but nulls ...) raises :class:`Unsupported` so that
pyarrow handles the table.

Example::

    object_column(pd.Series([[1, 2], None, [3.5]]))   # list<item: double>, one null
"""

from __future__ import annotations

import datetime as dt
import decimal
from itertools import chain, compress
from typing import TYPE_CHECKING, Any

from wasmlit.data.arrow_columns import (
    DECIMAL,
    LIST,
    Column,
    Unsupported,
    binary_column,
    bool_column,
    date_column,
    float_column,
    int_column,
    offsets_buffer,
    utf8_column,
    validity,
)
from wasmlit.data.flatbuf import Scalar, Table

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

_MAX_DECIMAL128_DIGITS = 38


def valid_mask(values: list[Any]) -> np.ndarray:
    """True where a value is present: None, NaN, pd.NA, NaT (and Decimal NaN) are nulls."""
    import numpy as np
    import pandas as pd

    # fromiter, not np.array: list items that are lists must not become a 2-d array.
    return ~pd.isna(np.fromiter(values, dtype=object, count=len(values)))


def object_column(series: pd.Series) -> Column:
    """One object column; :class:`Unsupported` unless all its values are of one handled kind."""
    import numpy as np

    values = series.tolist()
    valid = ~series.isna().to_numpy()
    kinds = set(map(type, compress(values, valid.tolist())))
    if kinds <= {str}:  # an all-null column too, as text
        return utf8_column(values, valid)
    if kinds == {dt.date}:
        return date_column(values, valid)
    if kinds <= {bytes, bytearray}:
        return binary_column(values, valid)
    if kinds == {decimal.Decimal}:
        return decimal_column(values, valid)
    if kinds <= {list, tuple, np.ndarray}:
        return list_column(values, valid)
    raise Unsupported(f"object column of {sorted(k.__name__ for k in kinds)}")


# -- decimals -----------------------------------------------------------------------------


# Exact arithmetic for rescaling: no value of a decimal128 column has more digits.
_EXACT = decimal.Context(prec=2 * _MAX_DECIMAL128_DIGITS + 2)


def decimal_type(values: list[decimal.Decimal]) -> tuple[int, int]:
    """pyarrow's (precision, scale) for ``values``: enough digits on both sides of the point.

    One value has scale ``-exponent`` (never negative) and precision its digits
    plus trailing zeros, or at least its scale; the column takes the largest
    scale and the largest count of integral digits.
    """
    import numpy as np

    if not values:
        return 0, 0  # pyarrow says decimal128(0, 0) for a column without values, too
    tuples = [v.as_tuple() for v in values]
    if not {type(t.exponent) for t in tuples} <= {int}:  # Infinity (NaN is a null)
        raise Unsupported("infinite decimal")
    exponent = np.array([t.exponent for t in tuples], dtype=np.int64)
    digits = np.array([len(t.digits) for t in tuples], dtype=np.int64)
    scales = np.where(exponent < 0, -exponent, 0)
    precisions = np.where(exponent < 0, np.maximum(digits, -exponent), digits + exponent)
    scale = int(scales.max())
    return int((precisions - scales).max()) + scale, scale


def decimal_column(values: list[Any], valid: np.ndarray) -> Column:
    flags = valid.tolist()
    precision, scale = decimal_type(list(compress(values, flags)))
    if precision > _MAX_DECIMAL128_DIGITS:
        raise Unsupported("decimal256")
    data = b"".join(
        int(v.scaleb(scale, _EXACT)).to_bytes(16, "little", signed=True) if ok else bytes(16)
        for v, ok in zip(values, flags, strict=True)
    )
    nulls, mask = validity(valid)
    type_table = Table([Scalar("<i", precision), Scalar("<i", scale), Scalar("<i", 128)])
    return Column(DECIMAL, type_table, len(values), nulls, [mask, data])


# -- lists --------------------------------------------------------------------------------

_ARRAY_KINDS = {"int64": "int", "float64": "float", "bool": "bool"}


def _item_kinds() -> dict[type, str]:
    import numpy as np

    return {
        int: "int", np.int64: "int", float: "float", np.float64: "float",
        bool: "bool", np.bool_: "bool", str: "str",
    }  # fmt: skip


def _cell_items(value: Any, kinds: set[str]) -> list[Any]:
    """A list cell's items; a numpy array adds its dtype's kind (pyarrow types it so)."""
    import numpy as np

    if type(value) is list:
        return value  # read only
    if isinstance(value, np.ndarray):
        kind = _ARRAY_KINDS.get(str(value.dtype))
        if value.ndim != 1 or kind is None:
            raise Unsupported(f"list cell of {value.dtype} array")
        kinds.add(kind)
        return value.tolist()
    return list(value)


def _child(items: list[Any], valid: np.ndarray, kind: str) -> Column:
    import numpy as np

    if kind == "str":
        return utf8_column(items, valid)
    filled = [v if ok else 0 for v, ok in zip(items, valid.tolist(), strict=True)]
    if kind == "bool":
        return bool_column(np.asarray(filled, dtype=bool), valid)
    if kind == "int":
        try:
            return int_column(np.asarray(filled, dtype=np.int64), valid)
        except OverflowError as error:
            raise Unsupported("list item beyond int64") from error
    return float_column(np.asarray(filled, dtype=np.float64), valid)


def list_column(values: list[Any], valid: np.ndarray) -> Column:
    """Lists of one primitive kind (ints and floats together are doubles) -> list<item>."""
    kinds: set[str] = set()
    flags = valid.tolist()
    cells = [_cell_items(v, kinds) if ok else [] for v, ok in zip(values, flags, strict=True)]
    items = list(chain.from_iterable(cells))
    known = _item_kinds()
    present = valid_mask(items)
    for kind in set(map(type, compress(items, present.tolist()))):
        if kind not in known:
            raise Unsupported(f"list item {kind.__name__}")
        kinds.add(known[kind])
    if kinds == {"int", "float"}:
        kinds = {"float"}
    if len(kinds) != 1:  # mixed kinds, or only nulls/empty lists (list<null>)
        raise Unsupported(f"list items of kinds {sorted(kinds)}")
    child = _child(items, present, kinds.pop())
    nulls, mask = validity(valid)
    offsets = offsets_buffer([len(cell) for cell in cells])
    return Column(LIST, Table([]), len(values), nulls, [mask, offsets], children=[child])
