"""Writes writer.arrow: a wire table from wasmlit's pure-Python Arrow writer (no pyarrow),
and pyarrow.arrow: the same table written by pyarrow, as wasmlit sent it before.

tests/ui/arrow-writer.test.ts decodes both with apache-arrow JS and expects the same
types and values; tests/py/test_data_arrow.py checks the committed writer bytes are
what the writer makes today.

Run: .venv/bin/python tests/ui/arrow/make_fixture.py
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).with_name("writer.arrow")
REFERENCE = Path(__file__).with_name("pyarrow.arrow")


def fixture_frame() -> Any:
    import numpy as np
    import pandas as pd

    stamps = ["2024-01-02 03:04:05", None, "1969-12-31 23:59:59"]
    frame = pd.DataFrame(
        {
            "int": np.array([1, -2, 3], dtype="i8"),
            "u8": np.array([0, 255, 7], dtype="u1"),
            "float": [0.5, np.nan, -1.25],
            "f32": np.array([1.5, 2.5, 3.5], dtype="f4"),
            "bool": [True, False, True],
            "Int": pd.array([10, None, 30], dtype="Int32"),
            "boolean": pd.array([None, True, False], dtype="boolean"),
            "text": ["a", None, "héllo 🎈"],
            "when": pd.to_datetime(stamps),
            "zoned": pd.to_datetime(stamps).tz_localize("Europe/Berlin").as_unit("ms"),
            "day": [dt.date(2024, 2, 29), dt.date(1960, 1, 1), None],
            "cat": pd.Categorical(["b", None, "a"], categories=["a", "b", "z"]),
            "cat_int": pd.Categorical([30, 10, 30], ordered=True),
            "delta": pd.to_timedelta(["1 days 02:00:00", None, "-1s"]),
            "dec": [Decimal("1.5"), None, Decimal("-123.25")],
            "ints": [[1, 2], None, []],
            "words": [["x", None], ["yz"], []],
            "bytes": [b"\x00\xff", None, b"ok"],
        },
        index=pd.Index(["r0", "r1", "r2"], name="id"),
    )
    return frame


def fixture_bytes() -> bytes:
    from wasmlit.data.wire import wire_table

    return wire_table(fixture_frame()).data


def reference_bytes() -> bytes:
    """pyarrow's IPC of the same wire table (its fields and values, not its bytes)."""
    from wasmlit.data.wire import _pyarrow_ipc, wire_frame

    return _pyarrow_ipc(wire_frame(fixture_frame())[0])


if __name__ == "__main__":
    sys.modules["pyarrow"] = None  # type: ignore[assignment]  # prove pyarrow is not needed
    FIXTURE.write_bytes(fixture_bytes())
    del sys.modules["pyarrow"]
    REFERENCE.write_bytes(reference_bytes())
