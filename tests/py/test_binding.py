"""bind="query-params" and persist_state (wasmlit.runtime.binding) through AppTest."""

from __future__ import annotations

import inspect

import pytest

from wasmlit.testing.v1 import AppTest

BOUND = """
import streamlit as st
name = st.text_input("Name", key="name", bind="query-params")
on = st.checkbox("On", key="on", bind="query-params")
size = st.selectbox("Size", ["S", "M", "L"], key="size", bind="query-params")
tags = st.multiselect("Tags", ["a", "b", "c"], key="tags", bind="query-params")
n = st.number_input("N", value=1, key="n", bind="query-params")
st.write(repr((name, on, size, tags, n)))
"""


def _shown(at: AppTest) -> str:
    return at.markdown[-1].value


def test_bound_widgets_start_from_the_url():
    at = AppTest.from_string(BOUND)
    for key, value in [("name", "Ada"), ("on", "true"), ("size", "L"), ("n", "5")]:
        at.query_params[key] = value
    at.query_params["tags"] = ["c", "a"]
    at.run()
    assert not at.exception
    assert _shown(at) == repr(("Ada", True, "L", ["c", "a"], 5))


def test_changes_update_query_params_and_default_removes_them():
    at = AppTest.from_string(BOUND).run()
    assert at.query_params.to_dict() == {}
    at.text_input(key="name").input("Bob").run()
    at.selectbox(key="size").select("M").run()
    assert at.query_params.to_dict() == {"name": "Bob", "size": "M"}
    at.selectbox(key="size").select("S").run()  # back to the default: no parameter
    assert at.query_params.to_dict() == {"name": "Bob"}


def test_invalid_url_value_falls_back_to_default_and_is_cleared():
    at = AppTest.from_string(BOUND)
    at.query_params["size"] = "XXL"
    at.query_params["on"] = "maybe"
    at.run()
    assert not at.exception
    assert _shown(at) == repr(("", False, "S", [], 1))
    assert "size" not in at.query_params and "on" not in at.query_params


def test_session_state_changes_reach_the_url():
    at = AppTest.from_string(
        """
import streamlit as st
if st.button("Set"):
    st.session_state.name = "Zed"
    st.rerun()
st.text_input("Name", key="name", bind="query-params")
"""
    ).run()
    at.button[0].click().run()
    assert at.query_params["name"] == "Zed"


def test_bound_parameter_cannot_be_set_directly():
    at = AppTest.from_string(
        """
import streamlit as st
st.text_input("Name", key="name", bind="query-params")
st.query_params["name"] = "x"
"""
    ).run()
    assert "bound to a widget" in at.exception[0].message


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.checkbox("A", bind="query-params")', "must have a unique 'key'"),
        ('st.toggle("A", key="a", bind="url")', "Invalid bind value"),
        ('st.slider("A", key="a", persist_state="forever")', "Invalid persist_state"),
        ('st.radio("A", ["x"], persist_state="page")', "must have a unique 'key'"),
        ('st.text_area("A", key="embed", bind="query-params")', "reserved"),
    ],
)
def test_validation_errors(call, message):
    at = AppTest.from_string("import streamlit as st\n" + call).run()
    assert message in at.exception[0].message


PERSIST = """
import streamlit as st
show = st.toggle("Show", value=True, key="show")
if show:
    st.text_input("Kept", key="kept", persist_state="session")
    st.text_input("Lost", key="lost")
st.write(repr((st.session_state.get("kept"), st.session_state.get("lost"))))
"""


def test_persist_state_keeps_value_while_hidden():
    at = AppTest.from_string(PERSIST).run()
    at.text_input(key="kept").input("one").run()
    at.text_input(key="lost").input("two").run()
    at.toggle(key="show").set_value(False).run()
    at.run()  # the run that hid them dropped "lost" when it ended
    assert at.markdown[-1].value == repr(("one", None))
    at.toggle(key="show").set_value(True).run()
    assert not at.warning  # a kept value is not the script's session_state value
    assert at.text_input(key="kept").value == "one"
    assert at.text_input(key="lost").value == ""


def test_plain_query_param_assignment_sends_query_params_message(session_for):
    session, rec = session_for(
        "import streamlit as st\nif st.button('Go'):\n    st.query_params['page'] = '2'\n",
        query_string="?a=1",
    )
    session.rerun()
    assert not [m for m in rec.messages if m["type"] == "query_params"]
    widget_id = rec.deltas()[0]["node"]["id"]
    session.rerun([{"id": widget_id, "value": True, "trigger": True}])
    sent = [m for m in rec.messages if m["type"] == "query_params"]
    assert sent == [{"type": "query_params", "query_string": "a=1&page=2", "history": "push"}]


def test_signatures_show_bind_and_persist_state():
    from wasmlit import st as wst

    params = inspect.signature(wst.checkbox).parameters
    assert params["bind"].kind is inspect.Parameter.KEYWORD_ONLY
    assert "persist_state" in inspect.signature(wst.pagination).parameters


CONTAINERS = """
import streamlit as st
exp = st.expander("More", key="more", bind="query-params")
tabs = st.tabs(["Intro", "Data", "Notes"], key="section", bind="query-params")
st.write(repr((exp.open, [t.open for t in tabs])))
"""


def _block_id(at: AppTest, block_type: str) -> str:
    return str(at.get(block_type)[0].props["widget_id"])


def test_bound_expander_and_tabs_start_from_the_url():
    at = AppTest.from_string(CONTAINERS)
    at.query_params["more"] = "true"
    at.query_params["section"] = "Notes"
    at.run()
    assert not at.exception
    assert _shown(at) == repr((True, [False, False, True]))
    assert at.expander[0].expanded is True
    assert at.get("tabs")[0].props["index"] == 2
    assert at.query_params.to_dict() == {"more": "true", "section": "Notes"}


def test_bound_expander_and_tabs_write_changes_and_defaults_remove_them():
    at = AppTest.from_string(CONTAINERS).run()
    assert at.query_params.to_dict() == {}
    at._set_pending(_block_id(at, "expander"), True)
    at._set_pending(_block_id(at, "tabs"), "Data")
    at.run()
    assert at.query_params.to_dict() == {"more": "true", "section": "Data"}
    assert _shown(at) == repr((True, [False, True, False]))
    at._set_pending(_block_id(at, "tabs"), "Intro")  # back to the default: no parameter
    at._set_pending(_block_id(at, "expander"), False)
    at.run()
    assert at.query_params.to_dict() == {}


def test_bound_containers_ignore_and_clear_invalid_url_values():
    at = AppTest.from_string(CONTAINERS)
    at.query_params["more"] = "maybe"
    at.query_params["section"] = "Nope"
    at.run()
    assert not at.exception
    assert _shown(at) == repr((False, [True, False, False]))
    assert at.query_params.to_dict() == {}


def test_bound_tabs_default_and_direct_assignment():
    at = AppTest.from_string(
        """
import streamlit as st
st.tabs(["A", "B"], default="B", key="t", bind="query-params")
if st.button("Set"):
    st.query_params["t"] = "A"
"""
    ).run()
    assert at.query_params.to_dict() == {}
    at.button[0].click().run()
    assert "bound to a widget" in at.exception[0].message


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.expander("A", bind="query-params")', "must have a unique 'key'"),
        ('st.tabs(["A"], bind="query-params")', "must have a unique 'key'"),
        ('st.expander("A", key="a", bind="url")', "Invalid bind value"),
        ('st.tabs(["A"], key="embed", bind="query-params")', "reserved"),
    ],
)
def test_container_bind_validation(call, message):
    at = AppTest.from_string("import streamlit as st\n" + call).run()
    assert message in at.exception[0].message
