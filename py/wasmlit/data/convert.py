"""Any supported data object -> a pandas DataFrame, and back to the input's type.

The formats follow what Streamlit documents for ``st.dataframe``: pandas
DataFrame, Series, Styler, Index and extension arrays; numpy arrays; dicts;
lists and tuples (of scalars, of lists or of dicts); sets and other iterables;
pyarrow Tables, RecordBatches and Arrays; polars DataFrames, LazyFrames and
Series; DB-API cursors; and anything with ``to_pandas``, ``to_arrow`` or the
``__dataframe__`` interchange protocol.

:func:`from_pandas` is the way back, used by st.data_editor to return the
edited data in the type the script passed.

Example::

    fmt = detect_format([{"a": 1}, {"a": 2}])   # DataFormat.LIST_OF_RECORDS
    frame = to_pandas([{"a": 1}, {"a": 2}])
    from_pandas(frame, fmt)                      # [{"a": 1}, {"a": 2}]
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException, StreamlitDataframeConversionError

if TYPE_CHECKING:
    import pandas as pd


class DataFormat(enum.Enum):
    """The kind of object a script passed; data_editor returns the same kind."""

    EMPTY = "empty"
    PANDAS_DATAFRAME = "pandas_dataframe"
    PANDAS_SERIES = "pandas_series"
    PANDAS_STYLER = "pandas_styler"
    PANDAS_INDEX = "pandas_index"
    PANDAS_ARRAY = "pandas_array"  # pd.array(...), Categorical, ...
    NUMPY_LIST = "numpy_list"  # 1-d array
    NUMPY_MATRIX = "numpy_matrix"  # 2-d array
    PYARROW_TABLE = "pyarrow_table"
    PYARROW_ARRAY = "pyarrow_array"
    POLARS_DATAFRAME = "polars_dataframe"
    POLARS_LAZYFRAME = "polars_lazyframe"
    POLARS_SERIES = "polars_series"
    LIST_OF_VALUES = "list_of_values"
    LIST_OF_ROWS = "list_of_rows"
    LIST_OF_RECORDS = "list_of_records"
    TUPLE_OF_VALUES = "tuple_of_values"
    SET_OF_VALUES = "set_of_values"
    ITERABLE = "iterable"  # range, generators, dict views ...: shown as a list of values
    COLUMN_INDEX_MAPPING = "column_index_mapping"  # {"col": {idx: value}}
    COLUMN_VALUE_MAPPING = "column_value_mapping"  # {"col": [values]}
    KEY_VALUE_DICT = "key_value_dict"  # {"key": scalar}
    DBAPI_CURSOR = "dbapi_cursor"  # PEP 249: description + fetchall
    DATAFRAME_INTERCHANGE = "dataframe_interchange"  # __dataframe__ / to_pandas / to_arrow
    UNKNOWN = "unknown"


def _module_of(obj: Any) -> str:
    return type(obj).__module__.split(".")[0]


def _library_format(data: Any) -> DataFormat | None:
    """Formats recognised by the class's module and name (nothing is imported)."""
    module, name = _module_of(data), type(data).__name__
    if module == "pandas":
        pandas_kinds = {
            "DataFrame": DataFormat.PANDAS_DATAFRAME,
            "Series": DataFormat.PANDAS_SERIES,
            "Styler": DataFormat.PANDAS_STYLER,
        }
        if name in pandas_kinds:
            return pandas_kinds[name]
        if name.endswith("Index"):
            return DataFormat.PANDAS_INDEX
        if name.endswith("Array") or name == "Categorical":
            return DataFormat.PANDAS_ARRAY
    if module == "numpy" and name == "ndarray":
        return DataFormat.NUMPY_LIST if data.ndim <= 1 else DataFormat.NUMPY_MATRIX
    if module == "pyarrow":
        if name in ("Table", "RecordBatch"):
            return DataFormat.PYARROW_TABLE
        if name.endswith("Array"):
            return DataFormat.PYARROW_ARRAY
    if module == "polars":
        polars_kinds = {
            "DataFrame": DataFormat.POLARS_DATAFRAME,
            "LazyFrame": DataFormat.POLARS_LAZYFRAME,
            "Series": DataFormat.POLARS_SERIES,
        }
        if name in polars_kinds:
            return polars_kinds[name]
    return None


def detect_format(data: Any) -> DataFormat:
    """The :class:`DataFormat` of ``data`` (imports nothing the script did not)."""
    if data is None:
        return DataFormat.EMPTY
    known = _library_format(data)
    if known is not None:
        return known
    if isinstance(data, Mapping):
        values = list(data.values())
        if not values:
            return DataFormat.COLUMN_VALUE_MAPPING
        if all(isinstance(v, Mapping) for v in values):
            return DataFormat.COLUMN_INDEX_MAPPING
        if all(_is_sequence(v) for v in values):
            return DataFormat.COLUMN_VALUE_MAPPING
        return DataFormat.KEY_VALUE_DICT
    if isinstance(data, list | tuple):
        first = data[0] if data else None
        if isinstance(first, Mapping):
            return DataFormat.LIST_OF_RECORDS
        if _is_sequence(first):
            return DataFormat.LIST_OF_ROWS
        return DataFormat.TUPLE_OF_VALUES if isinstance(data, tuple) else DataFormat.LIST_OF_VALUES
    if isinstance(data, set | frozenset):
        return DataFormat.SET_OF_VALUES
    if any(callable(getattr(data, n, None)) for n in ("to_pandas", "__dataframe__", "to_arrow")):
        return DataFormat.DATAFRAME_INTERCHANGE
    if hasattr(data, "description") and callable(getattr(data, "fetchall", None)):
        return DataFormat.DBAPI_CURSOR
    if isinstance(data, Iterable) and not isinstance(data, str | bytes):
        return DataFormat.ITERABLE
    return DataFormat.UNKNOWN


def _is_sequence(value: Any) -> bool:
    return isinstance(value, list | tuple | set | frozenset) or (
        _module_of(value) in ("numpy", "pandas", "pyarrow") and hasattr(value, "__len__")
    )


def _cannot_convert(data: Any) -> StreamlitAPIException:
    return StreamlitDataframeConversionError(
        f"Unable to convert object of type `{type(data)}` to `pandas.DataFrame`."
        " Offending object:\n```py\n" + repr(data)[:200] + "\n```"
    )


def to_pandas(data: Any) -> pd.DataFrame:
    """``data`` as a DataFrame (a Styler gives its underlying data)."""
    try:
        frame = _to_pandas(data, detect_format(data))
    except StreamlitAPIException:
        raise
    except (ValueError, TypeError) as err:
        raise _cannot_convert(data) from err
    return frame


def _to_pandas(data: Any, fmt: DataFormat) -> pd.DataFrame:  # noqa: PLR0911 - one case each
    import pandas as pd

    if fmt is DataFormat.EMPTY:
        return pd.DataFrame()
    if fmt is DataFormat.PANDAS_DATAFRAME:
        return data
    if fmt is DataFormat.PANDAS_STYLER:
        return data.data
    if fmt is DataFormat.PANDAS_SERIES:
        return data.to_frame()
    if fmt is DataFormat.PANDAS_INDEX:
        return data.to_frame(index=False)
    if fmt is DataFormat.NUMPY_MATRIX and data.ndim > 2:
        raise StreamlitAPIException(
            f"Unable to convert a {data.ndim}-dimensional numpy array to a dataframe: "
            "only 1-d and 2-d arrays are supported."
        )
    if fmt in (DataFormat.PYARROW_TABLE, DataFormat.PYARROW_ARRAY, DataFormat.POLARS_SERIES):
        return _frame(data.to_pandas())
    if fmt is DataFormat.POLARS_DATAFRAME:
        return data.to_pandas()
    if fmt is DataFormat.POLARS_LAZYFRAME:
        return data.collect().to_pandas()
    if fmt is DataFormat.KEY_VALUE_DICT:
        return pd.DataFrame({"value": list(data.values())}, index=list(data.keys()))
    if fmt in (DataFormat.SET_OF_VALUES, DataFormat.ITERABLE, DataFormat.TUPLE_OF_VALUES):
        return pd.DataFrame(list(data))
    if fmt is DataFormat.DBAPI_CURSOR:
        names = [d[0] for d in data.description or ()]
        return pd.DataFrame(list(data.fetchall()), columns=names or None)
    if fmt is DataFormat.DATAFRAME_INTERCHANGE:
        return _interchange(data)
    return pd.DataFrame(data)


def _frame(obj: Any) -> pd.DataFrame:
    import pandas as pd

    return obj if isinstance(obj, pd.DataFrame) else obj.to_frame()


def _interchange(data: Any) -> pd.DataFrame:
    """``to_pandas()`` first (it keeps dtypes), then ``to_arrow()``, then ``__dataframe__``."""
    import pandas as pd

    if callable(getattr(data, "to_pandas", None)):
        return to_pandas(data.to_pandas())
    if callable(getattr(data, "to_arrow", None)):
        return to_pandas(data.to_arrow())
    return pd.api.interchange.from_dataframe(data)


def from_pandas(frame: pd.DataFrame, fmt: DataFormat, original: Any = None) -> Any:  # noqa: PLR0911
    """``frame`` (e.g. edited by st.data_editor) in the type described by ``fmt``.

    DataFrames, Stylers, interchange objects and unknown inputs come back as a
    DataFrame; one-column kinds (Series, lists, 1-d arrays ...) need exactly
    one column. ``original`` gives names back (a Series' name, an Index's name).
    """
    if fmt in (
        DataFormat.EMPTY,
        DataFormat.PANDAS_DATAFRAME,
        DataFormat.PANDAS_STYLER,
        DataFormat.DATAFRAME_INTERCHANGE,
        DataFormat.DBAPI_CURSOR,
        DataFormat.UNKNOWN,
    ):
        return frame
    if fmt is DataFormat.NUMPY_MATRIX:
        return frame.to_numpy()
    if fmt is DataFormat.PYARROW_TABLE:
        import pyarrow as pa

        return pa.Table.from_pandas(frame)
    if fmt in (DataFormat.POLARS_DATAFRAME, DataFormat.POLARS_LAZYFRAME):
        import polars as pl

        polars_frame = pl.from_pandas(frame)
        return polars_frame.lazy() if fmt is DataFormat.POLARS_LAZYFRAME else polars_frame
    if fmt is DataFormat.LIST_OF_ROWS:
        return frame.to_numpy().tolist()
    if fmt is DataFormat.LIST_OF_RECORDS:
        return frame.to_dict(orient="records")
    if fmt is DataFormat.COLUMN_INDEX_MAPPING:
        return frame.to_dict(orient="dict")
    if fmt is DataFormat.COLUMN_VALUE_MAPPING:
        return frame.to_dict(orient="list")
    return _from_one_column(frame, fmt, original)


def _from_one_column(frame: pd.DataFrame, fmt: DataFormat, original: Any) -> Any:  # noqa: PLR0911
    import pandas as pd

    if len(frame.columns) == 0 and len(frame.index) == 0:
        frame = pd.DataFrame({0: pd.Series([], dtype=object)})  # an empty input comes back empty
    if len(frame.columns) != 1:
        raise ValueError(
            f"DataFrame is expected to have a single column but has {len(frame.columns)}."
        )
    series = frame.iloc[:, 0]
    if fmt is DataFormat.KEY_VALUE_DICT:
        return series.to_dict()
    if fmt is DataFormat.PANDAS_SERIES:
        return series
    if fmt is DataFormat.PANDAS_INDEX:
        return pd.Index(series.to_list(), name=getattr(original, "name", series.name))
    if fmt is DataFormat.PANDAS_ARRAY:
        return pd.array(series.to_list(), dtype=getattr(original, "dtype", None))
    if fmt is DataFormat.NUMPY_LIST:
        return series.to_numpy()
    if fmt is DataFormat.PYARROW_ARRAY:
        import pyarrow as pa

        return pa.array(series)
    if fmt is DataFormat.POLARS_SERIES:
        import polars as pl

        return pl.from_pandas(series)
    values = series.to_list()
    if fmt is DataFormat.TUPLE_OF_VALUES:
        return tuple(values)
    if fmt is DataFormat.SET_OF_VALUES:
        return set(values)
    return values  # LIST_OF_VALUES, ITERABLE
