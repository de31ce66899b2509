"""The shared width / icon_position / wrap parameters of widgets and text elements."""

from __future__ import annotations

import pytest

from wasmlit.testing.v1 import AppTest


def _props(at: AppTest) -> dict[str, dict]:
    """props of each element delta of the last run, by label (or body)."""
    out: dict[str, dict] = {}
    for msg in at.messages:
        if msg["type"] == "delta" and msg["node"]["kind"] == "element":
            props = msg["node"]["props"]
            out[str(props.get("label", props.get("body")))] = props
    return out


def test_width_reaches_every_widget_with_its_documented_default():
    at = AppTest.from_string(
        """
import streamlit as st
st.checkbox("cb")
st.toggle("tg", width=300)
st.radio("rd", ["a"])
st.selectbox("sb", ["a"])
st.slider("sl", width=250)
st.text_input("ti", width="stretch")
st.number_input("ni", width=120)
st.color_picker("cp", width="stretch")
st.pills("pl", ["a"], width="stretch")
st.button("bt")
st.markdown("md", width=200)
st.caption("cap", width="content")
st.text("tx")
"""
    ).run()
    assert not at.exception
    p = _props(at)
    assert p["cb"]["width"] == "content"
    assert p["tg"]["width"] == 300
    assert p["rd"]["width"] == "content"
    assert p["sb"]["width"] == "stretch"
    assert p["sl"]["width"] == 250
    assert p["ti"]["width"] == "stretch"
    assert p["ni"]["width"] == 120
    assert p["cp"]["width"] == "stretch"
    assert p["pl"]["width"] == "stretch"
    assert p["bt"]["width"] == "content"
    assert p["md"]["width"] == 200
    assert p["cap"]["width"] == "content"
    assert p["tx"]["width"] == "content"


def test_markdown_auto_width_is_stretch():
    at = AppTest.from_string("import streamlit as st\nst.markdown('x')").run()
    assert _props(at)["x"]["width"] == "stretch"


@pytest.mark.parametrize(
    "call",
    [
        'st.selectbox("s", ["a"], width="content")',  # stretch or pixels only
        'st.text_input("t", width="content")',
        'st.slider("s", width=0)',
        'st.checkbox("c", width="wide")',
        'st.button("b", width=-5)',
        'st.markdown("m", width=True)',
    ],
)
def test_invalid_width_raises_streamlit_invalid_width_error(call: str):
    at = AppTest.from_string(f"import streamlit as st\n{call}").run()
    assert at.exception
    assert at.exception[0].type_name == "StreamlitInvalidWidthError"
    assert "Invalid width value" in at.exception[0].value


def test_use_container_width_means_stretch_on_buttons():
    at = AppTest.from_string(
        """
import streamlit as st
st.button("a", use_container_width=True)
st.button("b", width=200)
st.download_button("c", b"x", use_container_width=True)
with st.form("f"):
    st.form_submit_button("d", use_container_width=True)
"""
    ).run()
    p = _props(at)
    assert p["a"]["width"] == "stretch" and p["b"]["width"] == 200
    assert p["c"]["width"] == "stretch" and p["d"]["width"] == "stretch"


def test_icon_position_on_button_like_elements():
    at = AppTest.from_string(
        """
import streamlit as st
st.button("a", icon="🔥", icon_position="right")
st.button("b", icon="🔥")
st.download_button("c", b"x", icon="🔥", icon_position="right")
st.link_button("d", "https://example.com", icon_position="right")
st.page_link("https://example.com", label="e", icon_position="right")
with st.form("f"):
    st.form_submit_button("g", icon_position="right")
"""
    ).run()
    assert not at.exception
    p = _props(at)
    assert p["b"]["icon_position"] == "left"
    for label in "acdeg":
        assert p[label]["icon_position"] == "right", label


def test_invalid_icon_position_raises():
    at = AppTest.from_string('import streamlit as st\nst.button("a", icon_position="top")').run()
    assert at.exception and "icon_position" in at.exception[0].value


def test_wrap_is_sent_as_none_true_or_false():
    at = AppTest.from_string(
        """
import streamlit as st
st.checkbox("a", wrap=False)
st.toggle("b", wrap=True)
st.button("c")
st.multiselect("d", ["x"], wrap=False)
st.pills("e", ["x"], wrap=False)
"""
    ).run()
    p = _props(at)
    assert p["a"]["wrap"] is False and p["b"]["wrap"] is True and p["c"]["wrap"] is None
    assert p["d"]["wrap"] is False and p["e"]["wrap"] is False


def test_width_and_wrap_on_text_elements_and_other_widgets():
    at = AppTest.from_string(
        """
import streamlit as st
st.title("ti", width=300, wrap=False)
st.header("he")
st.error("er", width=250)
st.text("tx", wrap=False)
st.caption("ca", wrap=False)
st.feedback("stars", width="stretch", key="fb")
st.pagination(5, width=200, key="pg")
st.code("co", width=100)
st.json({"a": 1}, width=150)
st.progress(10, width=120)
"""
    ).run()
    assert not at.exception
    p = _props(at)
    assert p["ti"]["width"] == 300 and p["ti"]["wrap"] is False
    assert p["he"]["width"] == "stretch" and p["he"]["wrap"] is True
    assert p["er"]["width"] == 250
    assert p["tx"]["wrap"] is False and p["ca"]["wrap"] is False
    kinds = {m["node"]["type"]: m["node"]["props"] for m in at.messages if m["type"] == "delta"}
    assert kinds["feedback"]["width"] == "stretch"
    assert kinds["pagination"]["width"] == 200
    assert kinds["code"]["width"] == 100
    assert kinds["json"]["width"] == 150
    assert kinds["progress"]["width"] == 120


@pytest.mark.parametrize(
    "call",
    [
        'st.error("e", width="content")',
        'st.json({}, width="content")',
        'st.divider(width="content")',
    ],
)
def test_stretch_or_pixel_only_elements_reject_content(call: str):
    at = AppTest.from_string(f"import streamlit as st\n{call}").run()
    assert at.exception and at.exception[0].type_name == "StreamlitInvalidWidthError"


def test_selectbox_icon_and_popover_wrap_reach_the_ui():
    at = AppTest.from_string(
        """
import streamlit as st
st.selectbox("sb", ["a"], icon=":material/search:")
st.selectbox("plain", ["a"])
st.popover("po", wrap=False)
"""
    ).run()
    p = _props(at)
    assert p["sb"]["icon"] == ":material/search:" and p["plain"]["icon"] is None
    popover = [
        m["node"] for m in at.messages if m["type"] == "delta" and m["node"]["type"] == "popover"
    ]
    assert popover[0]["props"]["wrap"] is False
