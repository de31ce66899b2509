"""Peak Python memory of turning a DataFrame into the dataframe element's Arrow bytes.

Runs in CPython with tracemalloc (numpy reports its array memory to it), step
by step as ``st.dataframe`` does them, then once end to end:

1. ``wire_frame``: positional columns plus the index as a column,
2. ``encode_column`` per column: the Arrow buffers of each,
3. ``encode_columns``: framing, padding and the output buffer,
4. hand-off: ``to_js_message`` with a JS stand-in that copies nothing (in
   Pyodide the one copy goes from the wasm heap into a JS ArrayBuffer).

Each line gives the step's peak above what was allocated before it, and what
it left allocated. MB are 2^20 bytes::

    .venv/bin/python bench/arrow_memory.py [--rows 1000000] [--frame numeric|mixed|both]

``numeric`` is bench/dataframe.ts's frame (five float64, five int64 columns);
``mixed`` has four float64, four int64 and two string columns.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "py"))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from wasmlit.data.arrow_writer import encode_column, encode_columns  # noqa: E402
from wasmlit.data.wire import wire_frame, wire_table  # noqa: E402
from wasmlit.host.convert import to_js_message  # noqa: E402

MB = 2**20
T = TypeVar("T")


class _NoCopyJs:
    """JsFactories that keep Python objects: only the Python side's copies are counted."""

    def parse_json(self, text: str) -> Any:
        import json

        return json.loads(text)

    def new_buffer(self, data: Any) -> Any:
        return len(memoryview(data))  # JS would copy into its own memory, not Python's

    def get(self, container: Any, key: str | int) -> Any:
        return container[key]

    def set(self, container: Any, key: str | int, value: Any) -> None:
        container[key] = value

    def new_array(self, items: list[Any]) -> Any:
        return list(items)


def make_frame(rows: int, kind: str) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    floats, ints = (5, 5) if kind == "numeric" else (4, 4)
    columns: dict[str, Any] = {f"f{i}": rng.random(rows) for i in range(floats)}
    columns |= {f"i{i}": rng.integers(0, 1_000_000, rows) for i in range(ints)}
    if kind == "mixed":
        columns |= {f"s{i}": [f"row {j}" for j in range(rows)] for i in range(2)}
    return pd.DataFrame(columns)


def step(label: str, fn: Callable[[], T]) -> T:
    """Run ``fn``; print its peak above the memory held before, and what it kept."""
    gc.collect()
    start = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    result = fn()
    current, peak = tracemalloc.get_traced_memory()
    peak_mb, kept_mb = (peak - start) / MB, (current - start) / MB
    print(f"  {label:<34} peak +{peak_mb:7.1f} MB   kept +{kept_mb:7.1f} MB")
    return result


def steps(frame: pd.DataFrame) -> int:
    """The conversion one step at a time; returns the output's size (all freed on return)."""
    flat, infos = step("wire_frame (columns + index)", lambda: wire_frame(frame))
    width = flat.shape[1]
    columns = step(
        f"encode_column x{width}",
        lambda: [encode_column(flat.iloc[:, i]) for i in range(width)],
    )
    names = [str(c) for c in flat.columns]
    data = step(
        "encode_columns (frame, pad, join)",
        lambda: encode_columns(names, columns, len(flat.index)),
    )
    message = {"type": "element", "props": {"data": data, "columns": infos}}
    step("hand-off (to_js_message)", lambda: to_js_message(message, _NoCopyJs()))
    return len(data)


def end_to_end(frame: pd.DataFrame) -> None:
    table = wire_table(frame)
    to_js_message({"type": "element", "props": {"data": table.data}}, _NoCopyJs())


def measure(rows: int, kind: str) -> None:
    print(f"{kind} frame, {rows:,} rows")
    tracemalloc.start()
    frame = step("build the frame", lambda: make_frame(rows, kind))
    output = steps(frame)
    step("end to end (wire_table + hand-off)", lambda: end_to_end(frame))
    frame_mb = frame.memory_usage(index=True, deep=True).sum() / MB
    print(f"  frame {frame_mb:.1f} MB (deep), output {output / MB:.1f} MB")
    tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--frame", choices=("numeric", "mixed", "both"), default="both")
    args = parser.parse_args()
    kinds = ("numeric", "mixed") if args.frame == "both" else (args.frame,)
    for kind in kinds:
        measure(args.rows, kind)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"process max RSS {rss:.0f} MB (whole run, with tracemalloc's own overhead)")


if __name__ == "__main__":
    main()
