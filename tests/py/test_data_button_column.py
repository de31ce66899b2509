"""st.column_config.ButtonColumn clicks: on_click before the script, one-run click state."""

from __future__ import annotations

import pytest

from wasmlit.data.button_columns import ButtonColumnClickState, _click

APP = """
import pandas as pd
import streamlit as st

st.session_state.setdefault("calls", [])

def clicked(tag, *, extra):
    click = st.session_state.act
    st.session_state.calls.append((tag, extra, click.row, click["label"]))

df = pd.DataFrame({"name": ["a", "b", "c"], "action": ["Open", "Edit", "Drop"]})
config = {"action": st.column_config.ButtonColumn(
    "Do", on_click=clicked, args=("t",), kwargs={"extra": 1}, key="act"
)}
if st.session_state.get("editor"):
    st.data_editor(df, column_config=config, key="ed")
else:
    st.dataframe(df, column_config=config)
st.text(repr(st.session_state.act))
st.button("other")
"""


def test_dataframe_click_fires_on_click_once_and_lasts_one_run(make_app):
    at = make_app(APP).run()
    assert not at.exception
    ids = at.dataframe[0].props["button_columns"]
    assert list(ids) == ["c1"] and ids["c1"].endswith("-act")
    assert at.text[0].value == "None"
    at.dataframe[0].click_button(2, "action").run()
    # The callback ran before the script, and saw the click in Session State.
    assert at.session_state["calls"] == [("t", 1, 2, "Drop")]
    assert at.text[0].value == repr({"row": 2, "label": "Drop"})
    click = at.session_state["act"]
    assert isinstance(click, ButtonColumnClickState) and click.row == 2 and click.label == "Drop"
    at.button[0].click().run()  # an unrelated rerun: no click any more
    assert at.text[0].value == "None"
    assert len(at.session_state["calls"]) == 1
    at.dataframe[0].click_button(2, "action").run()  # the same cell again fires again
    assert len(at.session_state["calls"]) == 2


def test_data_editor_click_and_index_is_read_only(make_app):
    at = make_app(APP)
    at.session_state["editor"] = True
    at.run()
    editor = at.data_editor[0]
    assert editor.column_config["c1"]["disabled"] is True
    editor.click_button(0, "action").run()
    assert at.session_state["calls"] == [("t", 1, 0, "Open")]
    assert at.text[0].value == repr({"row": 0, "label": "Open"})
    at.run()
    assert at.text[0].value == "None"


def test_click_state_cannot_be_set_and_key_is_unique(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.act = {"row": 0, "label": "x"}
        st.dataframe({"b": ["x"]}, column_config={"b": st.column_config.ButtonColumn(key="act")})
        """
    ).run()
    # Streamlit: a click state cannot be set through Session State.
    assert "cannot be set using `st.session_state`" in at.exception[0].message
    at = make_app(
        """
        import streamlit as st
        st.dataframe({"b": ["x"]}, column_config={"b": st.column_config.ButtonColumn(key="k")})
        st.text_input("t", key="k")
        """
    ).run()
    assert "multiple elements with the same `key='k'`" in at.exception[0].message


def test_no_key_means_no_widget_and_clicking_it_is_an_error(make_app):
    at = make_app(
        """
        import streamlit as st
        st.dataframe({"b": ["x"]}, column_config={"b": st.column_config.ButtonColumn()})
        """
    ).run()
    assert at.dataframe[0].props["button_columns"] == {}
    with pytest.raises(ValueError):
        at.dataframe[0].click_button(0, "b")


def test_click_wire_validation():
    assert _click(None, 3) is None
    assert _click({"row": 1, "label": "x"}, 3) == {"row": 1, "label": "x"}
    assert _click({"row": 7}, None) == {"row": 7, "label": ""}
    with pytest.raises(IndexError):
        _click({"row": 3, "label": "x"}, 3)  # stale: the data shrank
    for bad in ({"row": -1}, {"row": True}, {"row": "1"}, [1]):
        with pytest.raises((TypeError, ValueError)):
            _click(bad, None)
