"""``st.typing`` (and ``streamlit.typing``): names for annotating what commands return.

The selection and edit states are TypedDicts describing the dicts the commands
return (ours also read as attributes, ``event.selection.rows``); the values
that are classes at run time (``UploadedFile``, ``ChatInputValue``) are the
runtime classes themselves, so ``isinstance`` works on them::

    from streamlit.typing import DataframeState

    event: DataframeState = st.dataframe(df, on_select="rerun")
"""

from __future__ import annotations

from typing import Any, TypedDict

from wasmlit.elements.chat_input_value import ChatInputValue
from wasmlit.runtime.uploads import UploadedFile

__all__ = [
    "ButtonColumnClickState",
    "ChatInputValue",
    "DataEditorState",
    "DataframeSelectionState",
    "DataframeState",
    "EChartsState",
    "PlotlyState",
    "PydeckState",
    "UploadedFile",
    "VegaLiteState",
]


class DataframeSelectionState(TypedDict):
    """Rows (positions in the data), column names and (row, column) cells selected."""

    rows: list[int]
    columns: list[str]
    cells: list[tuple[int, str]]


class DataframeState(TypedDict):
    """What ``st.dataframe(..., on_select=...)`` returns."""

    selection: DataframeSelectionState


class DataEditorState(TypedDict):
    """``st.session_state[key]`` of an ``st.data_editor``: the edits since the input data."""

    edited_rows: dict[int, dict[str, Any]]
    added_rows: list[dict[str, Any]]
    deleted_rows: list[int]


class ButtonColumnClickState(TypedDict):
    """``st.session_state[key]`` of a keyed ``ButtonColumn`` in the run after a click."""

    row: int
    label: str


class PointSelectionState(TypedDict):
    """Selected points with their indices, and the box and lasso shapes drawn."""

    points: list[dict[str, Any]]
    point_indices: list[int]
    box: list[dict[str, Any]]
    lasso: list[dict[str, Any]]


class PlotlyState(TypedDict):
    """What ``st.plotly_chart(..., on_select=...)`` returns."""

    selection: PointSelectionState


class VegaLiteState(TypedDict):
    """What ``st.altair_chart``/``st.vega_lite_chart`` return with ``on_select``: per param."""

    selection: dict[str, Any]


class EChartsState(TypedDict):
    """What ``st.echarts_chart(..., on_select=...)`` returns."""

    selection: PointSelectionState


class PydeckSelectionState(TypedDict):
    """Per layer id: the picked object indices and the objects."""

    indices: dict[str, list[int]]
    objects: dict[str, list[dict[str, Any]]]


class PydeckState(TypedDict):
    """What ``st.pydeck_chart(..., on_select=...)`` returns."""

    selection: PydeckSelectionState
