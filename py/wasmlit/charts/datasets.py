"""Data of a Vega-Lite spec as named Arrow datasets, so rows never travel as JSON.

``altair_spec`` converts an Altair chart with a data transformer that keeps
each DataFrame (and names it) instead of inlining its rows; ``split_datasets``
moves a spec's inline ``datasets`` (as Altair or a user writes them) into
DataFrames too. The UI decodes each dataset and hands it to Vega-Lite under
its name.

Example::

    spec, frames = altair_spec(chart)      # spec["data"] == {"name": "data-0"}
    spec, more = split_datasets(spec)      # inline "datasets" rows -> DataFrames
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

_SCALARS = (str, int, float, bool, type(None))


def _is_flat_rows(rows: Any) -> bool:
    """Row dicts of scalars: the shape a table can carry (GeoJSON and the like stay inline)."""
    return isinstance(rows, list) and all(
        isinstance(row, dict) and all(isinstance(v, _SCALARS) for v in row.values()) for row in rows
    )


def split_datasets(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, pd.DataFrame]]:
    """``spec`` without the inline datasets that become DataFrames, and those frames."""
    import pandas as pd

    inline = spec.get("datasets")
    if not isinstance(inline, dict):
        return spec, {}
    frames: dict[str, pd.DataFrame] = {}
    kept: dict[str, Any] = {}
    for name, rows in inline.items():
        if _is_flat_rows(rows) and rows:
            frames[str(name)] = pd.DataFrame.from_records(rows)
        else:
            kept[str(name)] = rows
    spec = {k: v for k, v in spec.items() if k != "datasets"}
    if kept:
        spec["datasets"] = kept
    return spec, frames


def frame_name(frame: pd.DataFrame, taken: dict[str, Any]) -> str:
    """``data-0``, ``data-1``... in order (stable across reruns); a frame used twice keeps one."""
    for name, known in taken.items():
        if known is frame:
            return name
    return f"data-{len(taken)}"


def altair_spec(chart: Any) -> tuple[dict[str, Any], dict[str, pd.DataFrame]]:
    """``chart.to_dict()`` with every pandas DataFrame kept aside under a name."""
    import altair as alt
    import pandas as pd
    from altair.utils.data import to_values

    frames: dict[str, pd.DataFrame] = {}

    def capture(data: Any) -> Any:
        if isinstance(data, pd.DataFrame):
            name = frame_name(data, frames)
            frames[name] = data
            return {"name": name}
        return to_values(data)  # other tables (narwhals, geo interface): Altair's own rows

    transformer = "wasmlit-capture"
    alt.data_transformers.register(transformer, capture)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        with alt.data_transformers.enable(transformer):
            spec = chart.to_dict()
    spec.pop("$schema", None)  # Altair names Vega-Lite 5; the UI runs Vega-Lite 6
    spec, inline = split_datasets(spec)
    return spec, {**frames, **inline}
