"""The pure-Python Arrow writer's categoricals, durations, decimals, lists and bytes.

Each is compared with what ``pyarrow.Table.from_pandas`` makes of the same
column: same Arrow type (dictionary index width, decimal precision and scale,
list item type), same values and nulls.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from wasmlit.data import arrow_ipc, wire_table
from wasmlit.data.arrow_objects import decimal_type
from wasmlit.data.arrow_writer import encode_frame


def same_as_pyarrow(frame: pd.DataFrame) -> pa.Table:
    """The writer's table, checked (fully validated) against pyarrow's from_pandas."""
    data = encode_frame(frame)
    assert data is not None, "the writer should handle this frame"
    table = pa.ipc.open_stream(data).read_all()
    table.validate(full=True)
    expected = pa.Table.from_pandas(frame, preserve_index=False)
    assert table.schema.types == expected.schema.types
    assert table.equals(expected)
    return table


# -- categoricals ---------------------------------------------------------------------------

CATEGORICALS = {
    "strings": pd.Categorical(["b", "a", None, "b"]),
    "ints": pd.Categorical([3, 1, None, 3]),
    "ordered": pd.Categorical(["lo", "hi", "lo", None], categories=["lo", "hi"], ordered=True),
    "unused categories": pd.Categorical(["x", "x", "x", "x"], categories=["z", "y", "x"]),
    "all null": pd.Categorical([None, None, None, None], categories=["a"]),
    "int16 codes": pd.Categorical(["7", "299", None, "0"], categories=[str(i) for i in range(300)]),
    "floats": pd.Categorical([1.5, None, 2.5, 1.5]),
    "dates": pd.Categorical([dt.date(2020, 1, 1), None, dt.date(1999, 12, 31), None]),
    "datetimes": pd.Categorical(pd.to_datetime(["2020-01-01", None, "2021-06-01", "2020-01-01"])),
    "unicode": pd.Categorical(["日本", "é", "🎈", None]),
}


@pytest.mark.parametrize("name", sorted(CATEGORICALS))
def test_categoricals_are_dictionary_encoded_like_pyarrow(name: str) -> None:
    table = same_as_pyarrow(pd.DataFrame({"x": CATEGORICALS[name]}))
    column = table.column("x").chunk(0)
    assert pa.types.is_dictionary(column.type)
    # Every category travels, used or not (an editor can offer them all).
    assert column.dictionary.to_pylist() == list(CATEGORICALS[name].categories)


def test_several_categorical_columns_get_their_own_dictionaries() -> None:
    frame = pd.DataFrame(
        {
            "a": pd.Categorical(["p", "q", "p"]),
            "n": [1, 2, 3],
            "b": pd.Categorical([10, None, 20]),
            "c": pd.Categorical(["q", "r", None], ordered=True),
        }
    )
    table = same_as_pyarrow(frame)
    assert table.column("c").chunk(0).dictionary.to_pylist() == ["q", "r"]


def test_a_categorical_index_is_dictionary_encoded_on_the_wire() -> None:
    frame = pd.DataFrame({"v": [1, 2]}, index=pd.CategoricalIndex(["a", "b"], name="k"))
    wire = wire_table(frame)
    table = pa.ipc.open_stream(wire.data).read_all()
    assert pa.types.is_dictionary(table.schema.field("_index").type)
    assert table.column("_index").to_pylist() == ["a", "b"]
    assert wire.columns[0]["dtype"] == "category"


def test_empty_categorical_column() -> None:
    same_as_pyarrow(pd.DataFrame({"x": pd.Categorical([], categories=["a", "b"])}))


# -- durations ------------------------------------------------------------------------------


@pytest.mark.parametrize("unit", ["s", "ms", "us", "ns"])
def test_timedeltas_are_durations_with_their_unit(unit: str) -> None:
    deltas = pd.to_timedelta(["1 days 02:03:04.5", None, "-1h", "0s"]).as_unit(unit)
    table = same_as_pyarrow(pd.DataFrame({"x": deltas}))
    assert table.schema.field("x").type == pa.duration(unit)
    assert table.column("x").null_count == 1


# -- decimals -------------------------------------------------------------------------------

DECIMALS = {
    "mixed scales": ["1.5", "-2", None, "123.456"],
    "exponent": ["1E+3", "0.001", None, "7"],
    "leading zeros": ["0.0001", "0", None, "-0.5"],
    "trailing zeros": ["1.500", "2.10", "3", None],
    "38 digits": ["1234567890123456789012345678901234567.8", "-1", None, "0"],
    "negative zero": ["-0.0", "0", "1", None],
    "NaN is null": ["NaN", "2.5", None, "-1"],
}


@pytest.mark.parametrize("name", sorted(DECIMALS))
def test_decimals_get_pyarrows_precision_and_scale(name: str) -> None:
    values = [None if v is None else Decimal(v) for v in DECIMALS[name]]
    table = same_as_pyarrow(pd.DataFrame({"x": values}))
    assert pa.types.is_decimal128(table.schema.field("x").type)


def test_decimal_inference_matches_pyarrow_on_random_values() -> None:
    rng = random.Random(7)
    for _ in range(200):
        values = [
            Decimal(rng.randint(-(10**12), 10**12)).scaleb(rng.randint(-10, 6))
            for _ in range(rng.randint(1, 5))
        ]
        expected = pa.array(values).type
        if not pa.types.is_decimal128(expected):
            continue
        assert decimal_type(values) == (expected.precision, expected.scale), values
        same_as_pyarrow(pd.DataFrame({"x": values}))


# -- lists ----------------------------------------------------------------------------------

LISTS = {
    "ints": [[1, 2], None, [], [3, None]],
    "floats with NaN": [[1.5, np.nan], [2.0], None, []],
    "ints and floats": [[1, 2.5], (3,), [], None],
    "int with NaN": [[1, np.nan], [2], [], None],
    "strings": [["a", None], ["b", "日本"], [], None],
    "bools": [[True], [False, None], [], None],
    "tuples": [(1, 2), (3,), None, ()],
    "int64 arrays": [np.array([1, 2]), np.array([], dtype="i8"), None, np.array([3])],
    "float64 arrays": [np.array([0.5]), [1], None, np.array([], dtype="f8")],
    "numpy scalars": [[np.int64(1)], [np.float64(2.5)], [np.bool_(True) and 3], None],
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_lists_of_one_primitive_kind_are_arrow_lists(name: str) -> None:
    table = same_as_pyarrow(pd.DataFrame({"x": pd.Series(LISTS[name], dtype=object)}))
    assert pa.types.is_list(table.schema.field("x").type)


def test_many_list_rows() -> None:
    rows = [list(range(i % 5)) if i % 7 else None for i in range(1000)]
    same_as_pyarrow(pd.DataFrame({"x": pd.Series(rows, dtype=object)}))


# -- bytes ----------------------------------------------------------------------------------


def test_bytes_are_binary() -> None:
    values = [b"ab", None, b"", bytearray(b"\x00\xff"), np.nan]
    table = same_as_pyarrow(pd.DataFrame({"x": pd.Series(values, dtype=object)}))
    assert table.schema.field("x").type == pa.binary()


# -- everything together and what still needs pyarrow ---------------------------------------


def test_all_new_types_in_one_frame_with_other_columns() -> None:
    frame = pd.DataFrame(
        {
            "cat": pd.Categorical(["a", "b", None]),
            "td": pd.to_timedelta([1, None, -2], unit="h"),
            "dec": [Decimal("1.25"), None, Decimal("-3")],
            "list": pd.Series([[1, 2], None, [3]], dtype=object),
            "bytes": [b"x", None, b"yz"],
            "i": [1, 2, 3],
            "s": ["p", None, "q"],
        }
    )
    same_as_pyarrow(frame)


STILL_PYARROW = {
    "nested lists": [[[1]], [[2, 3]]],
    "lists of mixed kinds": [[1, "a"], [2]],
    "lists of bools and ints": [[True, 1], [2]],
    "lists of only nulls": [[None], []],
    "int32 arrays": [np.array([1], dtype="i4"), np.array([2], dtype="i4")],
    "lists beyond int64": [[2**64], [1]],
    "decimal infinity": [Decimal("Infinity"), Decimal("1")],
    "decimal256": [Decimal("1" * 39), Decimal("1")],
    "decimals and ints": [Decimal("1.5"), 2],
    "bytes and str": [b"a", "b"],
    "lists and scalars": [[1], 2],
}


@pytest.mark.parametrize("name", sorted(STILL_PYARROW))
def test_ambiguous_columns_still_go_to_pyarrow(name: str) -> None:
    frame = pd.DataFrame({"x": pd.Series(STILL_PYARROW[name], dtype=object)})
    assert encode_frame(frame) is None
    table = pa.ipc.open_stream(arrow_ipc(frame)).read_all()  # pyarrow (or str()) wrote it
    assert table.num_rows == 2
