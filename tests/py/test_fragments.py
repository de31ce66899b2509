"""st.fragment: fragment runs, their protocol messages, scope rules and run_every."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from wasmlit.errors import StreamlitAPIException, StreamlitBadTimeStringError
from wasmlit.protocol.messages import check_message
from wasmlit.runtime.fragments import (
    RERUN_CALLBACK_ONLY_ERROR,
    RERUN_SCOPE_ERROR,
    run_every_seconds,
)
from wasmlit.testing.v1 import AppTest


def counting_app() -> None:
    import streamlit as st

    st.session_state.setdefault("full", 0)
    st.session_state.setdefault("frag", 0)
    st.session_state.full += 1
    st.write(f"full {st.session_state.full}")

    @st.fragment
    def part() -> None:
        st.session_state.frag += 1
        st.button("inner")
        st.write(f"frag {st.session_state.frag}")

    part()
    st.checkbox("outer")


def since(at: AppTest, start: int) -> list[dict[str, Any]]:
    return at.messages[start:]


def test_a_widget_in_a_fragment_reruns_only_the_fragment() -> None:
    at = AppTest.from_function(counting_app).run()
    at.checkbox[0].check().run()  # a full run: full 2, frag 2
    start = len(at.messages)
    at.button[0].click().run()
    assert at.session_state.full == 2
    assert at.session_state.frag == 3
    assert [m.value for m in at.markdown] == ["full 2", "frag 3"]
    assert at.checkbox[0].value is True  # the outside widget kept its state
    messages = since(at, start)
    for message in messages:
        check_message(message)
    started, finished = messages[0], messages[-1]
    fragment_id = started["fragment_id"]
    assert started["type"] == "run_started" and finished["fragment_id"] == fragment_id
    assert finished["status"] == "complete"
    deltas = [m for m in messages if m["type"] == "delta"]
    fragment_path = deltas[0]["path"]
    assert deltas[0]["node"]["type"] == "fragment"
    assert deltas[0]["node"]["props"]["fragment_id"] == fragment_id
    # Nothing outside the fragment is re-sent.
    assert all(d["path"][: len(fragment_path)] == fragment_path for d in deltas)


def test_outside_widget_reruns_the_whole_app_and_the_fragment() -> None:
    at = AppTest.from_function(counting_app).run()
    start = len(at.messages)
    at.checkbox[0].check().run()
    assert (at.session_state.full, at.session_state.frag) == (2, 2)
    assert "fragment_id" not in since(at, start)[0]


def test_callbacks_run_before_the_fragment_and_only_it() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("log", [])
        st.session_state.log.append("app")

        def changed() -> None:
            st.session_state.log.append("callback")

        @st.fragment
        def part() -> None:
            st.session_state.log.append("fragment")
            st.text_input("name", on_change=changed)

        part()

    at = AppTest.from_function(app).run()
    at.session_state.log = []
    at.text_input[0].input("Ada").run()
    assert at.session_state.log == ["callback", "fragment"]
    assert at.text_input[0].value == "Ada"


def test_widgets_of_a_fragment_are_cleaned_up_by_its_runs_only() -> None:
    def app() -> None:
        import streamlit as st

        st.text_input("outside", key="out")

        @st.fragment
        def part() -> None:
            if st.toggle("show", key="show"):
                st.text_input("inside", key="inner")

        part()

    at = AppTest.from_function(app).run()
    at.text_input(key="out").input("kept").run()
    at.toggle(key="show").set_value(True).run()
    at.text_input(key="inner").input("x").run()
    assert at.session_state.inner == "x"
    at.toggle(key="show").set_value(False).run()  # a fragment run drops its own widget
    assert "inner" not in at.session_state
    assert at.session_state.out == "kept"
    assert at.text_input(key="out").value == "kept"


def test_a_fragment_without_widgets_keeps_every_outside_widget() -> None:
    def app() -> None:
        import streamlit as st

        st.text_input("outside", key="out")

        @st.fragment(run_every=1)
        def clock() -> None:
            st.write("tick")

        clock()

    at = AppTest.from_function(app).run()
    at.text_input(key="out").input("kept").run()
    fragment_id = next(
        m["node"]["props"]["fragment_id"]
        for m in at.messages
        if m["type"] == "delta" and m["node"]["type"] == "fragment"
    )
    at.session.rerun([], fragment_id=fragment_id)
    assert at.messages[-1]["fragment_id"] == fragment_id
    assert at.session_state.out == "kept"
    assert at.text_input(key="out").value == "kept"


def test_rerun_scope_fragment_in_a_fragment_run() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("full", 0)
        st.session_state.setdefault("frag", 0)
        st.session_state.full += 1

        @st.fragment
        def part() -> None:
            st.session_state.frag += 1
            if st.button("again") and st.session_state.frag < 5:
                st.rerun(scope="fragment")

        part()

    at = AppTest.from_function(app).run()
    at.button[0].click().run()
    # The click runs the fragment (2), which reruns itself once more (3).
    assert (at.session_state.full, at.session_state.frag) == (1, 3)
    starts = [m for m in at.messages if m["type"] == "run_started"]
    assert [("fragment_id" in m) for m in starts] == [False, True, True]


def test_rerun_scope_fragment_in_a_full_run_raises() -> None:
    def app() -> None:
        import streamlit as st

        @st.fragment
        def part() -> None:
            st.rerun(scope="fragment")

        part()

    at = AppTest.from_function(app).run()
    assert at.exception[0].value == RERUN_SCOPE_ERROR
    assert at.exception[0].type_name == "StreamlitAPIException"


def test_rerun_scope_fragment_outside_any_fragment_raises() -> None:
    def app() -> None:
        import streamlit as st

        st.rerun(scope="fragment")

    at = AppTest.from_function(app).run()
    assert at.exception[0].value == RERUN_SCOPE_ERROR


def test_a_key_scope_outside_a_callback_raises() -> None:
    # Since 1.63 any other string is a fragment key, valid only in a widget callback.
    def app() -> None:
        import streamlit as st

        st.rerun(scope="page")

    at = AppTest.from_function(app).run()
    assert at.exception[0].value == RERUN_CALLBACK_ONLY_ERROR


def test_st_rerun_in_a_fragment_reruns_the_app() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("full", 0)
        st.session_state.full += 1

        @st.fragment
        def part() -> None:
            if st.button("all"):
                st.rerun()

        part()

    at = AppTest.from_function(app).run()
    at.button[0].click().run()
    assert at.session_state.full == 2


def test_fragment_with_arguments_and_decorator_arguments() -> None:
    def app() -> None:
        import streamlit as st

        @st.fragment(run_every="10s")
        def greet(name: str, *, punct: str) -> None:
            st.write(f"hi {name}{punct}")
            st.button("b")

        greet("Ada", punct="!")

    at = AppTest.from_function(app).run()
    assert at.markdown[0].value == "hi Ada!"
    block = [m for m in at.messages if m["type"] == "delta"][0]["node"]
    assert block["type"] == "fragment" and block["props"]["run_every"] == 10.0
    at.button[0].click().run()  # the same arguments on a fragment run
    assert at.markdown[0].value == "hi Ada!"


def test_requested_fragment_run_like_a_run_every_tick() -> None:
    at = AppTest.from_function(counting_app).run()
    fragment_id = [
        m["node"]["props"]["fragment_id"]
        for m in at.messages
        if m["type"] == "delta" and m["node"]["type"] == "fragment"
    ][0]
    at.session.rerun([], fragment_id=fragment_id)
    assert (at.session_state.full, at.session_state.frag) == (1, 2)
    at.session.rerun([], fragment_id="gone")  # unknown: a full run, never an error
    assert (at.session_state.full, at.session_state.frag) == (2, 3)


def test_fragment_writes_to_an_outside_container_redraw_in_place() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("n", 0)
        box = st.container()
        box.write("before")

        @st.fragment
        def part() -> None:
            st.session_state.n += 1
            box.write(f"from fragment {st.session_state.n}")
            st.sidebar.write(f"side {st.session_state.n}")
            st.button("go")

        part()
        box.write("after")

    at = AppTest.from_function(app).run()
    assert [m.value for m in at.main.markdown] == ["before", "from fragment 1", "after"]
    at.button[0].click().run()
    at.button[0].click().run()
    assert [m.value for m in at.main.markdown] == ["before", "from fragment 3", "after"]
    assert [m.value for m in at.sidebar.markdown] == ["side 3"]


def test_nested_fragments_rerun_the_innermost() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("outer", 0)
        st.session_state.setdefault("inner", 0)

        @st.fragment
        def inner() -> None:
            st.session_state.inner += 1
            st.button("inner")

        @st.fragment
        def outer() -> None:
            st.session_state.outer += 1
            st.button("outer")
            inner()

        outer()

    at = AppTest.from_function(app).run()
    at.button[1].click().run()
    assert (at.session_state.outer, at.session_state.inner) == (1, 2)
    at.button[0].click().run()
    assert (at.session_state.outer, at.session_state.inner) == (2, 3)
    at.button[1].click().run()  # the inner fragment, re-registered by the outer run
    assert (at.session_state.outer, at.session_state.inner) == (2, 4)


def test_an_error_in_a_fragment_run_shows_inside_the_fragment() -> None:
    def app() -> None:
        import streamlit as st

        st.write("top")

        @st.fragment
        def part() -> None:
            if st.button("boom"):
                raise ValueError("bad")

        part()

    at = AppTest.from_function(app).run()
    at.button[0].click().run()
    assert at.exception[0].value == "bad"
    assert at.markdown[0].value == "top"
    at.button[0].click().run()
    at.run()
    assert len(at.exception) == 0


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (None, None),
        (2, 2.0),
        (0.5, 0.5),
        (timedelta(minutes=1), 60.0),
        ("10s", 10.0),
        ("1h23s", 3623.0),
        ("1.5 days", 129600.0),
        ("1D", 86400.0),
        ("250ms", 0.25),
        ("2 mins", 120.0),
    ],
)
def test_run_every_values(value: Any, seconds: float | None) -> None:
    assert run_every_seconds(value) == seconds


@pytest.mark.parametrize("value", ["soon", "10 parsecs", 0, -1, True, [1]])
def test_run_every_invalid(value: Any) -> None:
    with pytest.raises(StreamlitAPIException):
        run_every_seconds(value)


def test_run_every_strings_fail_like_cache_ttls() -> None:
    # Streamlit reads both with the same time-string parser and error.
    with pytest.raises(StreamlitBadTimeStringError, match="Got: 10 parsecs"):
        run_every_seconds("10 parsecs")


def test_fragment_outside_a_session_is_a_plain_call() -> None:
    from wasmlit import st

    @st.fragment
    def add(a: int, b: int) -> int:
        return a + b

    assert add(2, 3) == 5
