"""The Arrow writer's copies: one output buffer, columns taken as views (bench/arrow_memory.py)."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pandas as pd
import pyarrow as pa

from wasmlit.data import wire_table
from wasmlit.data.arrow_writer import encode_frame
from wasmlit.data.wire import wire_frame
from wasmlit.host.convert import split_message


def read(data: bytes | bytearray) -> pa.Table:
    return pa.ipc.open_stream(data).read_all()


def mixed_frame(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(1)
    return pd.DataFrame(
        {
            "f": rng.random(n),
            "f_nan": np.where(np.arange(n) % 5 == 0, np.nan, rng.random(n)),
            "i": rng.integers(-(2**40), 2**40, n),
            "i32": rng.integers(0, 100, n).astype("i4"),
            "s": [f"row {i} é" if i % 7 else None for i in range(n)],
            "t": pd.date_range("2020-01-01", periods=n, freq="min", tz="UTC"),
            "c": pd.Categorical(["a", "b", None, "c"] * (n // 4)),
        },
        index=pd.RangeIndex(10 * n, 0, -10, name="r"),
    )


def test_mixed_frame_round_trips_through_pyarrow_ipc() -> None:
    frame = mixed_frame(1000)
    wire = wire_table(frame)
    assert isinstance(wire.data, bytearray)
    assert len(wire.data) % 8 == 0  # every message and buffer padded, as Arrow wants
    table = read(wire.data)
    flat = pd.DataFrame(
        {"_index": frame.index.to_numpy()}
        | {f"c{i}": frame.iloc[:, i].reset_index(drop=True) for i in range(frame.shape[1])}
    )
    assert table.equals(pa.Table.from_pandas(flat, preserve_index=False))
    assert table.column("_index").to_pylist()[:3] == [10000, 9990, 9980]


def test_strided_and_big_endian_columns_are_copied_into_order() -> None:
    # A frame from a C-ordered 2-d array holds each column with a stride.
    grid = np.arange(30, dtype=np.int64).reshape(10, 3)
    frame = pd.DataFrame(grid, columns=["a", "b", "c"])
    frame["big"] = np.arange(10, dtype=">i4")
    table = read(encode_frame(frame) or b"")
    assert table.column("b").to_pylist() == grid[:, 1].tolist()
    assert table.column("big").type == pa.int32()
    assert table.column("big").to_pylist() == list(range(10))


def test_wire_frame_takes_the_columns_as_views() -> None:
    frame = mixed_frame(100)
    frame.index = pd.Index(np.arange(100) * 3)  # not a RangeIndex: its values are wrapped
    flat, _ = wire_frame(frame)
    assert np.shares_memory(flat["c0"].to_numpy(), frame["f"].to_numpy())
    assert np.shares_memory(flat["c2"].to_numpy(), frame["i"].to_numpy())
    assert np.shares_memory(flat["_index"].to_numpy(), frame.index.to_numpy())
    assert list(flat.index) == list(range(100))


def test_the_output_is_handed_on_without_a_copy() -> None:
    data = wire_table(mixed_frame(8)).data
    _, patches = split_message({"props": {"data": data}})
    assert patches[0][1] is data


def test_peak_memory_is_about_one_output_buffer() -> None:
    n = 200_000
    rng = np.random.default_rng(0)
    frame = pd.DataFrame(
        {f"f{i}": rng.random(n) for i in range(3)}
        | {f"i{i}": rng.integers(0, 9, n) for i in range(3)}
    )
    tracemalloc.start()
    try:
        data = wire_table(frame).data
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The output plus the materialised RangeIndex (8 bytes a row) and a little:
    # before, the frame was copied twice and the buffers once more (3.2x the output).
    assert peak < len(data) + 8 * n + 2**20, (peak, len(data))
