"""The AppTest API itself: constructors, lookups, timeouts and the rebuilt tree."""

from __future__ import annotations

import os

import pytest

from wasmlit.testing.v1 import AppTest


def test_from_string():
    at = AppTest.from_string("import streamlit as st\nst.title('Hi')").run()
    assert at.title[0].value == "Hi"


def my_app(greeting, name="world"):
    import streamlit as st

    st.write(f"{greeting}, {name}")


def test_from_function_with_args_and_kwargs():
    at = AppTest.from_function(my_app, args=("Hello",), kwargs={"name": "Ada"}).run()
    assert at.markdown.values == ["Hello, Ada"]


def test_from_file_relative_to_the_calling_file(tmp_path, monkeypatch):
    here = os.path.dirname(__file__)
    name = "_tmp_apptest_relative_app.py"
    path = os.path.join(here, name)
    with open(path, "w") as f:
        f.write("import streamlit as st\nst.text('relative')\n")
    try:
        monkeypatch.chdir(tmp_path)
        at = AppTest.from_file(name).run()
        assert at.text[0].value == "relative"
    finally:
        os.remove(path)


def test_timeout_raises_runtime_error():
    at = AppTest.from_string(
        "import streamlit as st\nwhile True:\n    st.empty()\n", default_timeout=0.3
    )
    with pytest.raises(RuntimeError, match="timed out after 0.3"):
        at.run()


def test_widget_list_by_key_and_get_by_key(make_app):
    at = make_app(
        """
        import streamlit as st
        st.text_input("Word", key="word")
        st.checkbox("Check", key="check")
        """
    ).run()
    at.text_input("word").input("Bazbat").run()
    assert at.session_state.word == "Bazbat"
    assert at.get_by_key("check").label == "Check"
    with pytest.raises(KeyError):
        at.checkbox("nope")


def test_tree_is_rebuilt_from_the_same_messages_the_sink_got(make_app):
    at = make_app("import streamlit as st\nst.write('a')\nst.sidebar.write('b')").run()
    assert at.messages[0] == {"type": "run_started", "run_id": 1}
    assert len(at.main) == 1 and len(at.sidebar) == 1
    assert at.main[0].value == "a" and at.sidebar[0].value == "b"
    assert [node.type for node in at.main] == ["main", "markdown"]


def test_query_params_set_before_run(make_app):
    at = make_app("import streamlit as st\nst.write(st.query_params.get('q', 'none'))")
    at.query_params["q"] = "hello"
    at.run()
    assert at.markdown.values == ["hello"]


def test_element_list_values_and_equality(make_app):
    at = make_app("import streamlit as st\nst.write('a')\nst.write('b')").run()
    assert at.markdown.values == ["a", "b"]
    assert at.markdown[1:].values == ["b"]
    assert at.title == []
