"""st.typing / streamlit.typing: the annotation names exist and describe what commands return."""

from __future__ import annotations

import io
import typing

from wasmlit.testing.v1 import AppTest

NAMES = [
    "ButtonColumnClickState",
    "ChatInputValue",
    "DataEditorState",
    "DataframeState",
    "EChartsState",
    "PlotlyState",
    "PydeckState",
    "UploadedFile",
    "VegaLiteState",
]


def test_every_checklist_name_is_importable_from_streamlit_typing() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nimport streamlit.typing as t\n"
        f"st.session_state.names = sorted(n for n in {NAMES!r} if hasattr(t, n))\n"
        "st.session_state.same = st.typing is t\n"
    ).run()
    assert not at.exception
    assert at.session_state.names == sorted(NAMES)
    assert at.session_state.same is True


def test_state_types_match_the_values_commands_return() -> None:
    from wasmlit.public_types import DataEditorState, DataframeState, PlotlyState

    assert typing.is_typeddict(DataframeState)
    selection = typing.get_type_hints(DataframeState)["selection"]
    assert set(typing.get_type_hints(selection)) == {"rows", "columns", "cells"}
    edits = set(typing.get_type_hints(DataEditorState))
    assert edits == {"edited_rows", "added_rows", "deleted_rows"}
    points = typing.get_type_hints(typing.get_type_hints(PlotlyState)["selection"])
    assert set(points) == {"points", "point_indices", "box", "lasso"}

    at = AppTest.from_string(
        "import pandas as pd, streamlit as st\n"
        "event = st.dataframe(pd.DataFrame({'a': [1, 2]}), on_select='rerun', key='grid')\n"
        "st.session_state.keys_seen = sorted(event['selection'])\n"
    ).run()
    assert at.session_state.keys_seen == ["cells", "columns", "rows"]


def test_runtime_classes_are_the_returned_classes() -> None:
    from wasmlit.elements.chat_input_value import ChatInputValue as Returned
    from wasmlit.public_types import ChatInputValue, UploadedFile

    assert ChatInputValue is Returned
    assert issubclass(UploadedFile, io.BytesIO)
