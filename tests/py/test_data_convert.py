"""Every documented st.dataframe input -> DataFrame, and from_pandas back to the input's type."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from wasmlit.data import DataFormat, detect_format, to_pandas
from wasmlit.data.convert import from_pandas
from wasmlit.errors import StreamlitAPIException, StreamlitDataframeConversionError


class ToPandasOnly:
    """A polars-like object that only offers to_pandas()."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame

    def to_pandas(self) -> pd.DataFrame:
        return self.frame


class ToArrowOnly:
    def to_arrow(self) -> pa.Table:
        return pa.table({"a": [1, 2]})


class InterchangeOnly:
    """Only the dataframe interchange protocol (delegating to a pandas frame)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame

    def __dataframe__(self, nan_as_null: bool = False, allow_copy: bool = True) -> Any:
        return self.frame.__dataframe__(nan_as_null=nan_as_null, allow_copy=allow_copy)


class Cursor:
    """A PEP 249 cursor after execute()."""

    description = (("id", None), ("name", None))

    def fetchall(self) -> list[tuple[int, str]]:
        return [(1, "a"), (2, "b")]


AB = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})

CASES: list[tuple[str, Any, DataFormat, pd.DataFrame]] = [
    ("none", None, DataFormat.EMPTY, pd.DataFrame()),
    ("dataframe", AB, DataFormat.PANDAS_DATAFRAME, AB),
    ("series", pd.Series([1, 2], name="n"), DataFormat.PANDAS_SERIES, pd.DataFrame({"n": [1, 2]})),
    ("styler", AB.style, DataFormat.PANDAS_STYLER, AB),
    ("index", pd.Index([3, 4], name="i"), DataFormat.PANDAS_INDEX, pd.DataFrame({"i": [3, 4]})),
    (
        "pandas array",
        pd.array([1, None], dtype="Int64"),
        DataFormat.PANDAS_ARRAY,
        pd.DataFrame({0: pd.array([1, None], dtype="Int64")}),
    ),
    ("numpy 1-d", np.array([1, 2]), DataFormat.NUMPY_LIST, pd.DataFrame({0: [1, 2]})),
    (
        "numpy 2-d",
        np.array([[1, 2], [3, 4]]),
        DataFormat.NUMPY_MATRIX,
        pd.DataFrame([[1, 2], [3, 4]]),
    ),
    (
        "pyarrow table",
        pa.table({"a": [1, 2]}),
        DataFormat.PYARROW_TABLE,
        pd.DataFrame({"a": [1, 2]}),
    ),
    (
        "pyarrow record batch",
        pa.record_batch({"a": [1, 2]}),
        DataFormat.PYARROW_TABLE,
        pd.DataFrame({"a": [1, 2]}),
    ),
    ("pyarrow array", pa.array([1, 2]), DataFormat.PYARROW_ARRAY, pd.DataFrame({0: [1, 2]})),
    ("column -> values", {"a": [1, 2], "b": ["x", "y"]}, DataFormat.COLUMN_VALUE_MAPPING, AB),
    (
        "column -> index -> value",
        {"a": {"r": 1}},
        DataFormat.COLUMN_INDEX_MAPPING,
        pd.DataFrame({"a": [1]}, index=["r"]),
    ),
    (
        "key -> value",
        {"k": 1, "l": 2},
        DataFormat.KEY_VALUE_DICT,
        pd.DataFrame({"value": [1, 2]}, index=["k", "l"]),
    ),
    ("list of values", [1, 2], DataFormat.LIST_OF_VALUES, pd.DataFrame({0: [1, 2]})),
    (
        "list of rows",
        [[1, "x"], [2, "y"]],
        DataFormat.LIST_OF_ROWS,
        pd.DataFrame([[1, "x"], [2, "y"]]),
    ),
    ("list of records", [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}], DataFormat.LIST_OF_RECORDS, AB),
    ("tuple", (1, 2), DataFormat.TUPLE_OF_VALUES, pd.DataFrame({0: [1, 2]})),
    ("set", {7}, DataFormat.SET_OF_VALUES, pd.DataFrame({0: [7]})),
    ("range", range(2), DataFormat.ITERABLE, pd.DataFrame({0: [0, 1]})),
    ("dict keys", {"a": 1}.keys(), DataFormat.ITERABLE, pd.DataFrame({0: ["a"]})),
    ("to_pandas", ToPandasOnly(AB), DataFormat.DATAFRAME_INTERCHANGE, AB),
    ("to_arrow", ToArrowOnly(), DataFormat.DATAFRAME_INTERCHANGE, pd.DataFrame({"a": [1, 2]})),
    ("__dataframe__", InterchangeOnly(AB), DataFormat.DATAFRAME_INTERCHANGE, AB),
    (
        "db-api cursor",
        Cursor(),
        DataFormat.DBAPI_CURSOR,
        pd.DataFrame({"id": [1, 2], "name": ["a", "b"]}),
    ),
    ("empty list", [], DataFormat.LIST_OF_VALUES, pd.DataFrame()),
]


@pytest.mark.parametrize(
    ("data", "fmt", "frame"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_each_input_type_converts_to_the_expected_frame(
    data: Any, fmt: DataFormat, frame: pd.DataFrame
) -> None:
    assert detect_format(data) is fmt
    pd.testing.assert_frame_equal(to_pandas(data), frame, check_dtype=False, check_index_type=False)


def test_numpy_arrays_of_more_than_two_dimensions_are_refused() -> None:
    with pytest.raises(StreamlitAPIException, match="3-dimensional"):
        to_pandas(np.zeros((2, 2, 2)))


def test_unconvertible_objects_raise_streamlits_message() -> None:
    with pytest.raises(StreamlitAPIException, match="Unable to convert object of type"):
        to_pandas({"a": [1, 2], "b": [1]})  # columns of different lengths
    with pytest.raises(StreamlitDataframeConversionError, match="Unable to convert object of"):
        to_pandas(object())


EDITED = pd.DataFrame({"a": [1, 5], "b": ["x", "z"]})
ONE = pd.DataFrame({"v": [1, 5]})

BACK: list[tuple[str, DataFormat, pd.DataFrame, Any]] = [
    ("dataframe", DataFormat.PANDAS_DATAFRAME, EDITED, EDITED),
    ("styler -> dataframe", DataFormat.PANDAS_STYLER, EDITED, EDITED),
    ("list of rows", DataFormat.LIST_OF_ROWS, EDITED, [[1, "x"], [5, "z"]]),
    (
        "list of records",
        DataFormat.LIST_OF_RECORDS,
        EDITED,
        [{"a": 1, "b": "x"}, {"a": 5, "b": "z"}],
    ),
    ("column -> values", DataFormat.COLUMN_VALUE_MAPPING, EDITED, {"a": [1, 5], "b": ["x", "z"]}),
    (
        "column -> index",
        DataFormat.COLUMN_INDEX_MAPPING,
        EDITED,
        {"a": {0: 1, 1: 5}, "b": {0: "x", 1: "z"}},
    ),
    (
        "key -> value",
        DataFormat.KEY_VALUE_DICT,
        pd.DataFrame({"value": [1, 5]}, index=["k", "l"]),
        {"k": 1, "l": 5},
    ),
    ("list of values", DataFormat.LIST_OF_VALUES, ONE, [1, 5]),
    ("tuple", DataFormat.TUPLE_OF_VALUES, ONE, (1, 5)),
    ("set", DataFormat.SET_OF_VALUES, ONE, {1, 5}),
]


@pytest.mark.parametrize(
    ("fmt", "frame", "result"), [b[1:] for b in BACK], ids=[b[0] for b in BACK]
)
def test_from_pandas_returns_the_inputs_type(
    fmt: DataFormat, frame: pd.DataFrame, result: Any
) -> None:
    back = from_pandas(frame, fmt)
    if isinstance(result, pd.DataFrame):
        pd.testing.assert_frame_equal(back, result)
    else:
        assert back == result
        assert type(back) is type(result)


def test_from_pandas_for_array_like_inputs() -> None:
    series = from_pandas(ONE, DataFormat.PANDAS_SERIES)
    assert isinstance(series, pd.Series) and series.tolist() == [1, 5]
    index = from_pandas(ONE, DataFormat.PANDAS_INDEX, pd.Index([1, 2], name="n"))
    assert isinstance(index, pd.Index) and index.name == "n" and index.tolist() == [1, 5]
    array = from_pandas(ONE, DataFormat.NUMPY_LIST)
    assert isinstance(array, np.ndarray) and array.tolist() == [1, 5]
    matrix = from_pandas(EDITED[["a"]].assign(c=[2, 3]), DataFormat.NUMPY_MATRIX)
    assert matrix.tolist() == [[1, 2], [5, 3]]
    table = from_pandas(EDITED, DataFormat.PYARROW_TABLE)
    assert isinstance(table, pa.Table) and table.column("b").to_pylist() == ["x", "z"]
    arrow = from_pandas(ONE, DataFormat.PYARROW_ARRAY)
    assert isinstance(arrow, pa.Array) and arrow.to_pylist() == [1, 5]
    ext = from_pandas(ONE, DataFormat.PANDAS_ARRAY, pd.array([1], dtype="Int64"))
    assert str(ext.dtype) == "Int64" and ext.tolist() == [1, 5]


def test_from_pandas_one_column_kinds_need_exactly_one_column() -> None:
    with pytest.raises(ValueError, match="single column"):
        from_pandas(EDITED, DataFormat.LIST_OF_VALUES)


ROUND_TRIP_TYPES: dict[DataFormat, type | tuple[type, ...]] = {
    DataFormat.PANDAS_STYLER: pd.DataFrame,
    DataFormat.DATAFRAME_INTERCHANGE: pd.DataFrame,
    DataFormat.ITERABLE: list,
    DataFormat.PYARROW_TABLE: pa.Table,
    DataFormat.PYARROW_ARRAY: pa.Array,
    DataFormat.PANDAS_INDEX: pd.Index,
    DataFormat.PANDAS_ARRAY: pd.api.extensions.ExtensionArray,
}
ROUND_TRIP = [c for c in CASES if c[2] not in (DataFormat.EMPTY, DataFormat.DBAPI_CURSOR)]


@pytest.mark.parametrize(
    ("data", "fmt"), [c[1:3] for c in ROUND_TRIP], ids=[c[0] for c in ROUND_TRIP]
)
def test_round_trip_to_pandas_and_back_keeps_the_type(data: Any, fmt: DataFormat) -> None:
    back = from_pandas(to_pandas(data), fmt, data)
    assert isinstance(back, ROUND_TRIP_TYPES.get(fmt, type(data)))
