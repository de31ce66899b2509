"""Keyed fragments: ``@st.fragment(key=...)`` and ``st.rerun(<key or keys>)`` (1.63+).

Rules from Streamlit PR #16161 ("event-scoped fragment reruns") and the 1.63.0
release notes; see docs/execution-flow.md ("Keyed fragments").
"""

from __future__ import annotations

from typing import Any

import pytest

from wasmlit.errors import StreamlitAPIException, StreamlitDuplicateElementKey
from wasmlit.protocol.messages import check_message
from wasmlit.runtime.fragments import (
    RERUN_CALLBACK_ONLY_ERROR,
    RERUN_EMPTY_SCOPE_ERROR,
    RERUN_UNKNOWN_KEY_ERROR,
    RESERVED_KEY_ERROR,
    fragment,
)
from wasmlit.testing.v1 import AppTest


def dashboard_app(callback: str, second: str | None) -> None:
    """Fragments "charts" and "table", and one (or two) selectboxes outside them whose
    callbacks run ``callback`` (and ``second``); counters show what ran."""
    import streamlit as st

    for name in ("body", "charts", "table"):
        st.session_state.setdefault(name, 0)
    st.session_state.body += 1

    @st.fragment(key="charts")
    def charts() -> None:
        st.session_state.charts += 1
        st.write("charts")

    @st.fragment(key="table")
    def table() -> None:
        st.session_state.table += 1
        st.write("table")

    charts()
    table()
    st.selectbox("a", ["A", "B"], key="a", on_change=lambda: exec(callback))
    if second is not None:
        st.selectbox("b", ["A", "B"], key="b", on_change=lambda: exec(second))


def dashboard(callback: str, second: str | None = None) -> AppTest:
    return AppTest.from_function(dashboard_app, args=(callback, second))


def counts(at: AppTest) -> tuple[int, int, int]:
    return (at.session_state.body, at.session_state.charts, at.session_state.table)


def fragment_runs(at: AppTest, start: int) -> list[str | None]:
    """The scope of each run started since ``start``: a fragment id, or None (the app)."""
    return [m.get("fragment_id") for m in at.messages[start:] if m["type"] == "run_started"]


# -- targeting -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "call", ['st.rerun("charts")', 'st.rerun(scope="charts")', 'st.rerun(["charts"])']
)
def test_a_callback_reruns_only_the_keyed_fragment(call: str) -> None:
    at = dashboard(f"import streamlit as st; {call}").run()
    assert counts(at) == (1, 1, 1)
    at.selectbox(key="a").set_value("B").run()
    assert counts(at) == (1, 2, 1)
    assert not at.exception
    assert at.selectbox(key="a").value == "B"
    assert [m.value for m in at.markdown] == ["charts", "table"]


def test_a_list_runs_each_fragment_once_in_the_app_order() -> None:
    at = dashboard('import streamlit as st; st.rerun(["table", "charts", "table"])').run()
    start = len(at.messages)
    at.selectbox(key="a").set_value("B").run()
    assert counts(at) == (1, 2, 2)
    runs = fragment_runs(at, start)
    # The run of the interaction ends before its body, then one run per fragment.
    assert runs[0] is None and len(runs) == 3 and None not in runs[1:]
    blocks = [
        d["node"]["props"]["fragment_id"]
        for d in at.messages
        if d["type"] == "delta" and d["node"].get("type") == "fragment"
    ][:2]
    assert runs[1:] == blocks  # charts (called first) before table
    for message in at.messages[start:]:
        check_message(message)
    finished = [m for m in at.messages[start:] if m["type"] == "run_finished"]
    assert [m["status"] for m in finished] == ["rerun", "complete", "complete"]


def test_int_keys() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("runs", 0)

        @st.fragment(key=7)
        def seven() -> None:
            st.session_state.runs += 1

        seven()
        st.button("go", on_click=lambda: st.rerun(7))
        st.button("go str", on_click=lambda: st.rerun(["7"]))

    at = AppTest.from_function(app).run()
    at.button[0].click().run()
    at.button[1].click().run()
    assert at.session_state.runs == 3 and not at.exception


def test_every_call_site_of_a_keyed_fragment_reruns() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("body", 0)
        st.session_state.setdefault("seen", [])
        st.session_state.body += 1

        @st.fragment(key="item")
        def item(i: int) -> None:
            st.session_state.seen.append(i)
            st.write(f"item {i}")

        for i in range(3):
            item(i)
        st.button("refresh", on_click=lambda: st.rerun("item"))

    at = AppTest.from_function(app).run()
    at.button[0].click().run()
    assert at.session_state.body == 1
    assert at.session_state.seen == [0, 1, 2, 0, 1, 2]
    assert [m.value for m in at.markdown] == ["item 0", "item 1", "item 2"]


def test_a_widget_in_another_fragment_targets_a_keyed_one() -> None:
    def app() -> None:
        import streamlit as st

        for name in ("body", "charts", "controls"):
            st.session_state.setdefault(name, 0)
        st.session_state.body += 1

        @st.fragment(key="charts")
        def charts() -> None:
            st.session_state.charts += 1

        @st.fragment
        def controls() -> None:
            st.session_state.controls += 1
            st.selectbox("r", ["A", "B"], key="r", on_change=lambda: st.rerun("charts"))

        charts()
        controls()

    at = AppTest.from_function(app).run()
    at.selectbox(key="r").set_value("B").run()
    # The keyed rerun replaces the fragment run the widget would have made.
    state = at.session_state
    assert (state.body, state.charts, state.controls) == (1, 2, 1)
    assert at.selectbox(key="r").value == "B"


def test_a_form_submit_callback_targets_a_fragment() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("body", 0)
        st.session_state.body += 1

        @st.fragment(key="out")
        def out() -> None:
            st.write(f"name: {st.session_state.get('name', '')}")

        out()
        with st.form("f"):
            st.text_input("name", key="name")  # no callback: no vote
            st.form_submit_button("save", on_click=lambda: st.rerun("out"))

    at = AppTest.from_function(app).run()
    at.text_input(key="name").input("Ada")
    at.button[0].click().run()
    assert at.session_state.body == 1
    assert [m.value for m in at.markdown] == ["name: Ada"]


def test_an_outer_and_an_inner_fragment_run_as_one() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("runs", [])

        @st.fragment(key="inner")
        def inner() -> None:
            st.session_state.runs.append("inner")

        @st.fragment(key="outer")
        def outer() -> None:
            st.session_state.runs.append("outer")
            inner()

        outer()
        st.button("go", on_click=lambda: st.rerun(["inner", "outer"]))

    at = AppTest.from_function(app).run()
    at.session_state.runs = []
    at.button[0].click().run()
    assert at.session_state.runs == ["outer", "inner"]


def test_an_error_in_one_keyed_fragment_does_not_stop_the_next() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("b", 0)

        @st.fragment(key="a")
        def a() -> None:
            if st.session_state.get("fail"):
                raise ValueError("boom")

        @st.fragment(key="b")
        def b() -> None:
            st.session_state.b += 1

        a()
        b()

        def go() -> None:
            st.session_state.fail = True
            st.rerun(["a", "b"])

        st.button("go", on_click=go)

    at = AppTest.from_function(app).run()
    at.button[0].click().run()
    assert at.session_state.b == 2
    assert [e.value for e in at.exception] == ["boom"]


# -- coalescing with the other callbacks of one interaction -------------------------------
def test_a_callback_keeping_the_default_makes_a_full_run() -> None:
    at = dashboard('import streamlit as st; st.rerun("charts")', "pass").run()
    at.selectbox(key="a").set_value("B")
    at.selectbox(key="b").set_value("B").run()
    assert counts(at) == (2, 2, 2)


@pytest.mark.parametrize("order", [0, 1])
def test_a_plain_rerun_and_a_keyed_one_make_a_full_run(order: int) -> None:
    calls = ['import streamlit as st; st.rerun("charts")', "import streamlit as st; st.rerun()"]
    first, second = calls if order == 0 else calls[::-1]
    at = dashboard(first, second).run()
    at.selectbox(key="a").set_value("B")
    at.selectbox(key="b").set_value("B").run()
    assert at.session_state.body == 2


def test_two_keyed_callbacks_run_both_fragments() -> None:
    at = (
        dashboard(
            'import streamlit as st; st.rerun("charts")',
            'import streamlit as st; st.rerun("table")',
        )
    ).run()
    at.selectbox(key="a").set_value("B")
    at.selectbox(key="b").set_value("B").run()
    assert counts(at) == (1, 2, 2)


def test_a_plain_rerun_in_a_keyed_fragment_reruns_the_app() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("body", 0)
        st.session_state.body += 1

        @st.fragment(key="k")
        def k() -> None:
            if st.session_state.pop("again", False):
                st.rerun()

        k()

        def go() -> None:
            st.session_state.again = True
            st.rerun("k")

        st.button("go", on_click=go)

    at = AppTest.from_function(app).run()
    at.button[0].click().run()
    assert at.session_state.body == 2 and not at.exception


# -- errors ---------------------------------------------------------------------------------
def test_keyed_reruns_only_from_callbacks() -> None:
    def body() -> None:
        import streamlit as st

        @st.fragment(key="charts")
        def charts() -> None:
            st.write("charts")

        charts()
        st.rerun("charts")

    def in_fragment() -> None:
        import streamlit as st

        @st.fragment(key="charts")
        def charts() -> None:
            if st.button("again"):
                st.rerun("charts")

        charts()

    at = AppTest.from_function(body).run()
    assert [e.value for e in at.exception] == [RERUN_CALLBACK_ONLY_ERROR]
    at = AppTest.from_function(in_fragment).run()
    at.button[0].click().run()  # a fragment run: still not a callback
    assert [e.value for e in at.exception] == [RERUN_CALLBACK_ONLY_ERROR]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.rerun("nope")', RERUN_UNKNOWN_KEY_ERROR.format(key="nope")),
        ('st.rerun(["charts", "nope"])', RERUN_UNKNOWN_KEY_ERROR.format(key="nope")),
        ('st.rerun("")', RERUN_EMPTY_SCOPE_ERROR),
        ("st.rerun([])", RERUN_EMPTY_SCOPE_ERROR),
        ('st.rerun(["charts", "app"])', RESERVED_KEY_ERROR.format(key="app")),
        ('st.rerun(["fragment"])', RESERVED_KEY_ERROR.format(key="fragment")),
    ],
)
def test_bad_scopes_fail_the_whole_request(call: str, message: str) -> None:
    at = dashboard(f"import streamlit as st; {call}").run()
    at.selectbox(key="a").set_value("B").run()
    assert [e.value for e in at.exception] == [message]
    assert counts(at) == (1, 1, 1)  # nothing reran, not even "charts"


@pytest.mark.parametrize("scope", [1.5, {"charts": 1}, True, [None], b"charts"])
def test_scope_types(scope: Any) -> None:
    from wasmlit.runtime.fragments import rerun

    with pytest.raises(StreamlitAPIException, match="`scope` must be"):
        rerun(scope)


@pytest.mark.parametrize("key", ["app", "fragment"])
def test_reserved_fragment_keys(key: str) -> None:
    with pytest.raises(StreamlitAPIException) as info:
        fragment(key=key)
    assert str(info.value) == RESERVED_KEY_ERROR.format(key=key)
    with pytest.raises(StreamlitAPIException, match="must be a str or an int"):
        fragment(key=1.5)


def test_one_key_on_two_functions_is_a_duplicate() -> None:
    def app() -> None:
        import streamlit as st

        @st.fragment(key="dup")
        def a() -> None:
            st.write("a")

        @st.fragment(key="dup")
        def b() -> None:
            st.write("b")

        a()
        b()

    at = AppTest.from_function(app).run()
    assert at.exception[0].value == str(StreamlitDuplicateElementKey("dup"))


def test_a_key_may_move_to_another_function_between_runs() -> None:
    def app() -> None:
        import streamlit as st

        @st.fragment(key="shared")
        def first() -> None:
            st.write("first")

        @st.fragment(key="shared")
        def second() -> None:
            st.write("second")

        (second if st.toggle("swap") else first)()
        st.button("go", on_click=lambda: st.rerun("shared"))

    at = AppTest.from_function(app).run()
    at.toggle[0].set_value(True).run()
    at.button[0].click().run()
    assert not at.exception
    assert [m.value for m in at.markdown] == ["second"]


def test_the_key_does_not_change_the_fragment_id() -> None:
    def app() -> None:
        import streamlit as st

        @st.fragment(key=st.session_state.get("k", "one"))
        def part() -> None:
            st.write("part")

        part()

    at = AppTest.from_function(app).run()
    ids = {
        d["node"]["props"]["fragment_id"]
        for d in at.messages
        if d["type"] == "delta" and d["node"].get("type") == "fragment"
    }
    at.session_state.k = "two"
    at.run()
    ids |= {
        d["node"]["props"]["fragment_id"]
        for d in at.messages
        if d["type"] == "delta" and d["node"].get("type") == "fragment"
    }
    assert len(ids) == 1  # identity is the call site, as in Streamlit
