"""Writes writer.arrow: a wire table from wasmlit's pure-Python Arrow writer (no pyarrow).

tests/ui/arrow-writer.test.ts decodes it with apache-arrow JS;
tests/py/test_data_arrow.py checks the committed bytes are what the writer makes today.

Run: .venv/bin/python tests/ui/arrow/make_fixture.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

FIXTURE = Path(__file__).with_name("writer.arrow")


def fixture_bytes() -> bytes:
    import numpy as np
    import pandas as pd

    from wasmlit.data.wire import wire_table

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
        },
        index=pd.Index(["r0", "r1", "r2"], name="id"),
    )
    return wire_table(frame).data


if __name__ == "__main__":
    sys.modules["pyarrow"] = None  # type: ignore[assignment]  # prove pyarrow is not needed
    FIXTURE.write_bytes(fixture_bytes())
