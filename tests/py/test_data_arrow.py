"""The pure-Python Arrow IPC writer: every supported type round-trips through pyarrow."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from decimal import Decimal

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from wasmlit.data import arrow_ipc, wire_table
from wasmlit.data.arrow_writer import encode_frame


def read(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(data).read_all()


def expected(frame: pd.DataFrame) -> pa.Table:
    return pa.Table.from_pandas(frame, preserve_index=False)


NULLS = [
    pytest.param([True] * 5, id="no-nulls"),
    pytest.param([False] * 5, id="all-null"),
    pytest.param([True, False, True, True, False], id="some-null"),
]

VALUES = {
    "int8": np.array([1, -2, 3, 127, -128], dtype="i1"),
    "int16": np.array([1, -2, 3, 32767, -32768], dtype="i2"),
    "int32": np.array([1, -2, 3, 2**31 - 1, -(2**31)], dtype="i4"),
    "int64": np.array([1, -2, 3, 2**63 - 1, -(2**63)], dtype="i8"),
    "uint8": np.array([0, 1, 2, 3, 255], dtype="u1"),
    "uint16": np.array([0, 1, 2, 3, 65535], dtype="u2"),
    "uint32": np.array([0, 1, 2, 3, 2**32 - 1], dtype="u4"),
    "uint64": np.array([0, 1, 2, 3, 2**64 - 1], dtype="u8"),
    "float32": np.array([0.5, -1.25, 3e30, np.inf, 0], dtype="f4"),
    "float64": np.array([0.1, -1e300, np.inf, -np.inf, 2.5]),
    "bool": np.array([True, False, True, True, False]),
}


@pytest.mark.parametrize("name", sorted(VALUES))
def test_numpy_columns_round_trip_with_their_exact_type(name: str) -> None:
    frame = pd.DataFrame({name: VALUES[name]})
    data = encode_frame(frame)
    assert data is not None
    assert read(data).equals(expected(frame))


NULLABLE = {
    "Int8": [1, -2, 3, 4, 5],
    "Int64": [1, -2, 3, 2**62, 5],
    "UInt16": [1, 2, 3, 4, 65535],
    "UInt64": [1, 2, 3, 4, 2**64 - 1],
    "Float32": [0.5, 1.5, 2.5, 3.5, 4.5],
    "Float64": [0.1, 0.2, 0.3, 0.4, 0.5],
    "boolean": [True, False, True, False, True],
}


@pytest.mark.parametrize("mask", NULLS)
@pytest.mark.parametrize("dtype", sorted(NULLABLE))
def test_pandas_nullable_columns_keep_their_nulls(dtype: str, mask: list[bool]) -> None:
    values = [v if ok else None for v, ok in zip(NULLABLE[dtype], mask, strict=True)]
    frame = pd.DataFrame({"x": pd.array(values, dtype=dtype)})
    table = read(encode_frame(frame) or b"")
    assert table.equals(expected(frame))
    assert table.column("x").null_count == mask.count(False)


@pytest.mark.parametrize("mask", NULLS)
def test_float_nan_is_null_as_pyarrow_from_pandas_makes_it(mask: list[bool]) -> None:
    frame = pd.DataFrame({"x": [1.5 if ok else np.nan for ok in mask]})
    assert read(encode_frame(frame) or b"").equals(expected(frame))


@pytest.mark.parametrize("mask", NULLS)
@pytest.mark.parametrize("dtype", [object, "string"])
def test_strings_with_unicode_and_missing_values(dtype: object, mask: list[bool]) -> None:
    words = ["a", "", "héllo wörld", "日本語", "emoji 🎈"]
    frame = pd.DataFrame(
        {
            "s": pd.Series(
                [w if ok else None for w, ok in zip(words, mask, strict=True)], dtype=dtype
            )
        }
    )
    table = read(encode_frame(frame) or b"")
    assert table.schema.field("s").type == pa.string()
    assert table.column("s").to_pylist() == [
        w if ok else None for w, ok in zip(words, mask, strict=True)
    ]


def test_object_strings_with_nan_and_na_as_missing() -> None:
    frame = pd.DataFrame({"s": ["x", np.nan, pd.NA, None]})
    assert read(encode_frame(frame) or b"").column("s").to_pylist() == ["x", None, None, None]


@pytest.mark.parametrize("unit", ["s", "ms", "us", "ns"])
@pytest.mark.parametrize("tz", [None, "UTC", "Europe/Berlin", "America/New_York"])
def test_datetimes_with_unit_and_time_zone(unit: str, tz: str | None) -> None:
    stamps = pd.DatetimeIndex(["2020-01-01 00:00", None, "1969-07-20 20:17:40"]).as_unit(unit)
    frame = pd.DataFrame({"t": stamps if tz is None else stamps.tz_localize(tz)})
    table = read(encode_frame(frame) or b"")
    assert table.equals(expected(frame))
    assert table.schema.field("t").type == pa.timestamp(unit, tz=tz)


def test_fixed_offset_time_zone() -> None:
    zone = dt.timezone(dt.timedelta(hours=-5, minutes=-30))
    frame = pd.DataFrame({"t": [dt.datetime(2020, 1, 1, 12, tzinfo=zone), None]})
    table = read(encode_frame(frame) or b"")
    assert table.schema.field("t").type == pa.timestamp("ns", tz="-05:30")
    assert table.column("t").to_pylist()[0] == dt.datetime(2020, 1, 1, 12, tzinfo=zone)


@pytest.mark.parametrize("mask", NULLS)
def test_python_dates_are_date32(mask: list[bool]) -> None:
    days = [
        dt.date(2020, 2, 29),
        dt.date(1900, 1, 1),
        dt.date(1970, 1, 1),
        dt.date(9999, 12, 31),
        dt.date(1, 1, 1),
    ]
    frame = pd.DataFrame({"d": [d if ok else None for d, ok in zip(days, mask, strict=True)]})
    table = read(encode_frame(frame) or b"")
    # An all-missing object column has no type to find: it is sent as text.
    assert table.schema.field("d").type == (pa.date32() if any(mask) else pa.string())
    assert table.column("d").to_pylist() == [
        d if ok else None for d, ok in zip(days, mask, strict=True)
    ]


def test_many_columns_and_rows_of_mixed_types() -> None:
    n = 1000
    rng = np.random.default_rng(0)
    frame = pd.DataFrame(
        {
            "i": rng.integers(-1000, 1000, n),
            "f": rng.random(n),
            "s": [f"row {i}" if i % 7 else None for i in range(n)],
            "b": rng.random(n) > 0.5,
            "t": pd.date_range("2020-01-01", periods=n, freq="h", tz="UTC"),
            "I": pd.array([i if i % 3 else None for i in range(n)], dtype="Int32"),
        }
    )
    assert read(encode_frame(frame) or b"").equals(expected(frame))


def test_empty_frame_keeps_columns_and_types() -> None:
    frame = pd.DataFrame(
        {
            "a": pd.Series([], dtype="int64"),
            "b": pd.Series([], dtype=float),
            "s": pd.Series([], dtype=object),
        }
    )
    table = read(encode_frame(frame) or b"")
    assert table.num_rows == 0
    assert table.schema.names == ["a", "b", "s"]
    assert [str(t) for t in table.schema.types] == ["int64", "double", "string"]


def test_zero_column_frame_keeps_its_row_count() -> None:
    table = read(encode_frame(pd.DataFrame(index=range(4))) or b"")
    assert table.num_columns == 0
    assert table.num_rows == 4


def test_non_string_column_labels_become_strings() -> None:
    table = read(encode_frame(pd.DataFrame({0: [1], ("a", 2): ["x"]})) or b"")
    assert table.schema.names == ["0", "('a', 2)"]


UNSUPPORTED = {
    "decimal infinity": pd.Series([Decimal("Infinity"), Decimal("2")]),
    "nested list": pd.Series([[[1, 2]], [[3]]]),
    "mixed": pd.Series([1, "a"]),
    "period": pd.Series(pd.period_range("2020-01", periods=2, freq="M")),
    "interval": pd.Series(pd.interval_range(0, 2)),
    "float16": pd.Series(np.array([1, 2], dtype="f2")),
    "datetime objects": pd.Series([dt.datetime(2020, 1, 1), "x"]),
}


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_other_types_fall_back_to_pyarrow(name: str) -> None:
    frame = pd.DataFrame({"x": UNSUPPORTED[name]})
    assert encode_frame(frame) is None
    table = read(arrow_ipc(frame))  # still valid bytes: pyarrow wrote them
    assert table.num_rows == 2


def test_mixed_object_columns_are_shown_as_text() -> None:
    table = read(arrow_ipc(pd.DataFrame({"x": [1, "a", None]})))
    assert table.column("x").to_pylist() == ["1", "a", None]


def test_wire_table_fields_are_positional_with_the_index_first() -> None:
    frame = pd.DataFrame({"a": [1, 2], "a ": ["x", "y"]}, index=pd.Index(["r1", "r2"], name="id"))
    wire = wire_table(frame)
    table = read(wire.data)
    assert table.schema.names == ["_index", "c0", "c1"]
    assert table.column("_index").to_pylist() == ["r1", "r2"]
    assert wire.columns == [
        {"field": "_index", "name": "id", "index": True, "dtype": "object"},
        {"field": "c0", "name": "a", "index": False, "dtype": "int64"},
        {"field": "c1", "name": "a ", "index": False, "dtype": "object"},
    ]


def test_a_pandas_only_app_never_imports_pyarrow() -> None:
    """In Pyodide pyarrow is a separate package; here it is made unavailable."""
    script = textwrap.dedent(
        """
        import sys, datetime as dt
        from decimal import Decimal
        sys.modules["pyarrow"] = None  # any import of pyarrow now raises ImportError
        import numpy as np, pandas as pd
        from wasmlit.data import wire_table
        from wasmlit.data.grid_props import grid_data
        frame = pd.DataFrame({
            "i": [1, 2], "f": [0.5, np.nan], "s": ["a", None], "b": [True, False],
            "t": pd.to_datetime(["2020-01-01", None]).tz_localize("UTC"),
            "d": [dt.date(2020, 1, 1), None], "I": pd.array([1, None], dtype="Int64"),
            "c": pd.Categorical(["p", None]), "n": pd.Categorical([1, 2], ordered=True),
            "td": pd.to_timedelta([1, None], unit="s"), "D": [Decimal("1.5"), None],
            "l": [[1, 2], None], "ls": [["a"], []], "by": [b"x", None],
        }, index=pd.CategoricalIndex(["x", "y"], name="k"))
        assert len(wire_table(frame).data) > 0
        grid_data(frame.style.format("{:.1f}", subset=["f"]).hide(["c"], axis="columns"))
        grid_data([{"a": 1}, {"a": 2}])
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_the_committed_js_fixture_is_what_the_writer_makes_today() -> None:
    """tests/ui/arrow-writer.test.ts decodes these bytes with apache-arrow JS."""
    import runpy
    from pathlib import Path

    path = Path(__file__).parents[1] / "ui" / "arrow" / "make_fixture.py"
    module = runpy.run_path(str(path))
    assert module["FIXTURE"].read_bytes() == module["fixture_bytes"](), (
        "stale fixture: run .venv/bin/python tests/ui/arrow/make_fixture.py"
    )


def test_the_committed_pyarrow_reference_holds_the_same_table() -> None:
    """tests/ui/arrow-writer.test.ts compares the writer's bytes with these pyarrow ones."""
    import runpy
    from pathlib import Path

    path = Path(__file__).parents[1] / "ui" / "arrow" / "make_fixture.py"
    module = runpy.run_path(str(path))
    committed = read(module["REFERENCE"].read_bytes())
    assert committed.equals(read(module["reference_bytes"]()))
    assert committed.equals(read(module["fixture_bytes"]()))  # the writer's, value for value
