"""st.fragment rules of Streamlit 1.67: outside containers, errors, parallel, rerun scope.

See docs/execution-flow.md ("st.fragment") for the rules and their sources.
"""

from __future__ import annotations

from typing import Any

from wasmlit.runtime.fragments import (
    OUTSIDE_FIRST_WRITE_ERROR,
    PARALLEL_OUTSIDE_ERROR,
    RERUN_SCOPE_ERROR,
    parallel_api_error,
)
from wasmlit.testing.v1 import AppTest


def deltas(at: AppTest, start: int = 0) -> list[dict[str, Any]]:
    return [m for m in at.messages[start:] if m["type"] == "delta"]


def fragment_paths(at: AppTest) -> list[list[int]]:
    """Paths of the fragment blocks (bodies and portals) the app has put so far."""
    return [d["path"] for d in deltas(at) if d["node"].get("type") == "fragment"]


def exception_paths(at: AppTest, start: int = 0) -> list[list[int]]:
    return [d["path"] for d in deltas(at, start) if d["node"].get("type") == "exception"]


# -- writing to containers outside the fragment ---------------------------------------
def test_a_widget_written_to_an_outside_container_reruns_its_fragment() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("full", 0)
        st.session_state.setdefault("frag", 0)
        st.session_state.full += 1
        box = st.container()

        @st.fragment
        def part() -> None:
            st.session_state.frag += 1
            box.text_input("name", key="name")
            st.sidebar.button("side")

        part()
        st.write("end")

    at = AppTest.from_function(app).run()
    at.text_input(key="name").input("Ada").run()
    assert (at.session_state.full, at.session_state.frag) == (1, 2)
    assert at.text_input(key="name").value == "Ada"
    at.sidebar.button[0].click().run()
    assert (at.session_state.full, at.session_state.frag) == (1, 3)
    assert at.text_input(key="name").value == "Ada"  # redrawn in place, value kept
    assert len(at.text_input) == 1 and len(at.button) == 1  # nothing accumulates
    assert [m.value for m in at.main.markdown] == ["end"]


def test_a_first_outside_write_in_a_fragment_run_raises() -> None:
    def app() -> None:
        import streamlit as st

        box = st.container()

        @st.fragment
        def part() -> None:
            if st.button("go"):
                box.write("late")

        part()

    at = AppTest.from_function(app).run()
    assert len(at.exception) == 0
    start = len(at.messages)
    at.button[0].click().run()
    assert at.exception[0].value == OUTSIDE_FIRST_WRITE_ERROR
    assert at.exception[0].type_name == "StreamlitAPIException"
    # The error shows inside the fragment's block, which the next fragment run redraws.
    body = fragment_paths(at)[0]
    [path] = exception_paths(at, start)
    assert path[: len(body)] == body
    at.run()
    assert len(at.exception) == 0


def test_a_slot_claimed_in_the_full_run_is_filled_by_fragment_runs() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("n", 0)
        box = st.container()

        @st.fragment
        def part() -> None:
            st.session_state.n += 1
            slot = box.empty()  # the claim Streamlit's message suggests
            if st.button("go"):
                slot.write(f"filled {st.session_state.n}")

        part()
        box.write("after")

    at = AppTest.from_function(app).run()
    at.button[0].click().run()
    assert len(at.exception) == 0
    assert [m.value for m in at.main.markdown] == ["filled 2", "after"]


def test_a_nested_fragment_may_open_a_portal_in_its_parents_container() -> None:
    def app() -> None:
        import streamlit as st

        @st.fragment
        def inner(box) -> None:  # type: ignore[no-untyped-def]
            if st.session_state.get("show"):
                box.write("from inner")

        @st.fragment
        def outer() -> None:
            box = st.container()
            if st.button("show"):
                st.session_state.show = True
            inner(box)

        outer()

    at = AppTest.from_function(app).run()
    at.button[0].click().run()  # an outer run: the container is made by this run
    assert len(at.exception) == 0
    assert [m.value for m in at.markdown] == ["from inner"]


# -- errors ---------------------------------------------------------------------------
def test_an_error_in_a_full_run_shows_inside_the_fragment_and_ends_the_run() -> None:
    def app() -> None:
        import streamlit as st

        st.write("top")

        @st.fragment
        def part() -> None:
            st.write("inside")
            raise ValueError("bad")

        part()
        st.write("never")

    at = AppTest.from_function(app).run()
    assert [e.value for e in at.exception] == ["bad"]
    assert [m.value for m in at.markdown] == ["top", "inside"]
    body = fragment_paths(at)[0]
    [path] = exception_paths(at)
    assert path[: len(body)] == body
    finished = [m for m in at.messages if m["type"] == "run_finished"]
    assert finished[-1]["status"] == "error"


# -- parallel=True ----------------------------------------------------------------------
def test_parallel_fragments_run_in_call_order_and_return_none_in_full_runs() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("log", [])

        @st.fragment(parallel=True, run_every="5s")
        def first() -> str:
            st.session_state.log.append("first")
            st.button("first")
            return "value"

        @st.fragment(parallel=True)
        def second() -> None:
            st.session_state.log.append("second")

        st.session_state.result = first()
        second()
        st.session_state.log.append("main")

    at = AppTest.from_function(app).run()
    assert at.session_state.log == ["first", "second", "main"]
    assert at.session_state.result is None  # Streamlit's call returns before the thread ends
    nodes = [d["node"] for d in deltas(at) if d["node"].get("type") == "fragment"]
    assert nodes[0]["props"]["run_every"] == 5.0
    at.session_state.log = []
    at.button[0].click().run()  # a fragment run: sequential, as in Streamlit
    assert at.session_state.log == ["first"]


def test_a_parallel_fragments_error_stays_inside_it_and_the_script_goes_on() -> None:
    def app() -> None:
        import streamlit as st

        @st.fragment(parallel=True)
        def broken() -> None:
            raise ValueError("bad")

        @st.fragment(parallel=True)
        def fine() -> None:
            st.write("fine")

        broken()
        fine()
        st.write("main")

    at = AppTest.from_function(app).run()
    assert [e.value for e in at.exception] == ["bad"]
    assert [m.value for m in at.markdown] == ["fine", "main"]
    body = fragment_paths(at)[0]
    [path] = exception_paths(at)
    assert path[: len(body)] == body
    finished = [m for m in at.messages if m["type"] == "run_finished"]
    assert finished[-1]["status"] == "complete"


def test_a_parallel_fragment_may_not_write_outside_in_a_full_run() -> None:
    def app() -> None:
        import streamlit as st

        box = st.container()
        slot = st.empty()

        @st.fragment(parallel=True)
        def to_box() -> None:
            box.write("outside")

        @st.fragment(parallel=True)
        def to_slot() -> None:
            slot.write("outside slot")

        @st.fragment(parallel=True)
        def inside() -> None:
            inner = st.container()
            inner.write("own container")

        to_box()
        to_slot()
        inside()
        st.write("main")

    at = AppTest.from_function(app).run()
    assert [e.value for e in at.exception] == [PARALLEL_OUTSIDE_ERROR] * 2
    assert [m.value for m in at.markdown] == ["own container", "main"]


def test_st_dialog_and_switch_page_are_refused_in_a_parallel_full_run_only() -> None:
    def app() -> None:
        import streamlit as st

        @st.dialog("Hi")
        def hello() -> None:
            st.write("dialog body")

        @st.fragment(parallel=True)
        def opener() -> None:
            if st.button("open") or not st.session_state.get("tried"):
                st.session_state.tried = True
                hello()

        @st.fragment(parallel=True)
        def switcher() -> None:
            st.switch_page("elsewhere.py")

        opener()
        switcher()

    at = AppTest.from_function(app).run()
    assert [e.value for e in at.exception] == [
        str(parallel_api_error("st.dialog")),
        str(parallel_api_error("st.switch_page")),
    ]
    at.button[0].click().run()  # a sequential fragment run: the dialog opens
    assert [d.title for d in at.dialog] == ["Hi"]


def test_a_nested_parallel_fragment_keeps_the_rules_of_a_full_run() -> None:
    def app() -> None:
        import streamlit as st

        @st.fragment(parallel=True)
        def inner() -> str:
            return "inner"

        @st.fragment
        def outer() -> None:
            st.session_state.got = inner()
            st.button("outer")

        outer()

    at = AppTest.from_function(app).run()
    assert at.session_state.got is None
    at.button[0].click().run()  # the outer's fragment run calls it sequentially
    assert at.session_state.got == "inner"


def test_runner_parallel_max_workers_is_a_known_option() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.workers = st.get_option("runner.parallelMaxWorkers")
        st.set_option("runner.parallelMaxWorkers", 4)

    at = AppTest.from_function(app).run()
    assert at.session_state.workers is None
    assert at.exception[0].value.startswith("runner.parallelMaxWorkers cannot be set on the fly")


# -- st.rerun in widget callbacks ----------------------------------------------------------
def rerun_in_callback_app() -> None:
    import streamlit as st

    st.session_state.setdefault("full", 0)
    st.session_state.setdefault("frag", 0)
    st.session_state.full += 1

    def fragment_rerun() -> None:
        st.rerun(scope="fragment")

    def app_rerun() -> None:
        st.rerun()

    @st.fragment
    def part() -> None:
        st.session_state.frag += 1
        st.button("fragment scope", on_click=fragment_rerun)
        st.button("app scope", on_click=app_rerun)

    part()
    st.button("outside", on_click=fragment_rerun)


def test_rerun_scope_fragment_in_a_callback_of_the_fragments_widget() -> None:
    at = AppTest.from_function(rerun_in_callback_app).run()
    at.button[0].click().run()
    assert len(at.exception) == 0
    assert (at.session_state.full, at.session_state.frag) == (1, 2)  # the fragment ran once
    starts = [m for m in at.messages if m["type"] == "run_started"]
    assert [("fragment_id" in m) for m in starts] == [False, True]


def test_rerun_in_a_callback_of_a_fragment_widget_reruns_the_app() -> None:
    at = AppTest.from_function(rerun_in_callback_app).run()
    at.button[1].click().run()
    assert len(at.exception) == 0
    assert (at.session_state.full, at.session_state.frag) == (2, 2)


def test_rerun_scope_fragment_in_a_callback_of_a_full_run_raises() -> None:
    at = AppTest.from_function(rerun_in_callback_app).run()
    at.button[2].click().run()
    assert at.exception[0].value == RERUN_SCOPE_ERROR
    assert at.exception[0].type_name == "StreamlitAPIException"
