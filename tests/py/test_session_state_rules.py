"""Session State rules Streamlit documents, through AppTest: access, widget binding, errors."""

from __future__ import annotations

import json

import pytest

from wasmlit import errors
from wasmlit.errors import UnserializableSessionStateError
from wasmlit.runtime.session_state import SessionState
from wasmlit.testing.v1 import AppTest


def test_attribute_and_item_access_are_the_same_store(make_app):
    at = make_app(
        """
        import streamlit as st
        ss = st.session_state
        ss.a = 1
        ss["b"] = 2
        ss[3] = "int key"
        out = {"a": ss["a"], "b": ss.b, "3": ss["3"], "in": ["a" in ss, 3 in ss, "x" in ss]}
        del ss.a
        del ss["b"]
        out["left"] = ss.to_dict()
        try:
            del ss.gone
        except AttributeError as exc:
            out["del_missing"] = str(exc).split(". ")[0]
        st.json(out)
        """
    ).run()
    out = json.loads(at.json[0].value)
    assert out == {
        "a": 1,
        "b": 2,
        "3": "int key",
        "in": [True, True, False],
        "left": {"3": "int key"},
        "del_missing": 'st.session_state has no attribute "gone"',
    }


def test_widget_keys_bind_both_ways_and_a_preset_value_is_the_default(make_app):
    at = make_app(
        """
        import streamlit as st
        if "name" not in st.session_state:
            st.session_state.name = "preset"
        value = st.text_input("Name", key="name")
        st.write(f"{value} / {st.session_state.name}")
        """
    ).run()
    assert not at.exception
    assert at.text_input(key="name").value == "preset"
    assert at.markdown[0].value == "preset / preset"
    at.text_input(key="name").input("typed").run()
    assert at.session_state["name"] == "typed"
    at.session_state["name"] = "from test"
    at.run()
    assert at.text_input(key="name").value == "from test"
    assert at.markdown[0].value == "from test / from test"


def test_modifying_a_created_widget_in_the_same_run_is_streamlits_error(make_app):
    at = make_app(
        """
        import streamlit as st
        st.slider("N", 0, 10, key="n")
        st.session_state.n = 5
        """
    ).run()
    assert issubclass(getattr(errors, at.exception[0].type_name), errors.StreamlitAPIException)
    assert at.exception[0].value == (
        "`st.session_state.n` cannot be modified after the widget with key `n` is instantiated."
    )


@pytest.mark.parametrize(
    "widget",
    [
        'st.button("Go", key="w")',
        'st.download_button("Get", b"x", key="w")',
        'st.file_uploader("File", key="w")',
    ],
)
def test_buttons_and_uploads_cannot_be_set(widget):
    at = AppTest.from_string(f"import streamlit as st\nst.session_state.w = True\n{widget}\n").run()
    assert at.exception[0].value == (
        "Values for the widget with `key` 'w' cannot be set using `st.session_state`."
    )


UNPICKLABLE = """
import streamlit as st
st.session_state.ok = {"list": [1, 2], "text": "fine"}
st.session_state.fn = lambda x: x
st.write("stored")
"""


def test_enforce_serializable_session_state_raises_streamlits_error():
    at = AppTest.from_string(UNPICKLABLE)
    at.session.options["runner.enforceSerializableSessionState"] = True
    at.run()
    assert at.exception[0].type_name == "UnserializableSessionStateError"
    message = at.exception[0].value
    assert message.startswith(
        "Cannot serialize the value (of type `<class 'function'>`) of 'fn' in st.session_state."
    )
    assert "pickle-serializable type" in message
    assert "fn" not in at.session_state
    assert at.session_state["ok"] == {"list": [1, 2], "text": "fine"}


def test_unpicklable_values_are_fine_without_the_option():
    at = AppTest.from_string(UNPICKLABLE).run()
    assert not at.exception
    assert at.markdown[0].value == "stored"


def test_the_check_is_on_every_store():
    state = SessionState()
    state.enforce_serializable = True
    state["n"] = 1
    with pytest.raises(UnserializableSessionStateError):
        state["gen"] = (i for i in range(3))
    assert state.to_dict() == {"n": 1}
