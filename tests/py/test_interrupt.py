"""Interrupting runs: a newer rerun waiting in the host, and Stop (KeyboardInterrupt)."""

from __future__ import annotations

from app_helpers import markdown_bodies, run_statuses

from wasmlit.host.pyodide_host import host_hooks
from wasmlit.runtime.control import HostHooks

LOOP = """
import streamlit as st
n = st.slider("n", 1, 10, 5)
st.write("first", n)
mark()
st.write("second", n)
"""


class Flag:
    """The host's "rerun pending" flag as the session sees it."""

    def __init__(self) -> None:
        self.value = False
        self.checks = 0

    def pending(self) -> bool:
        self.checks += 1
        return self.value


def test_pending_rerun_ends_the_run_at_the_next_call_then_the_host_reruns(session_for):
    session, rec = session_for(LOOP)
    flag = Flag()
    session.hooks = HostHooks(rerun_pending=flag.pending)
    session.script_globals["mark"] = lambda: None
    session.rerun()
    slider_id = rec.deltas()[0]["node"]["id"]
    assert run_statuses(rec.messages) == ["complete"]
    assert flag.checks >= 3  # every element asks

    rec.clear()
    session.script_globals["mark"] = lambda: setattr(flag, "value", True)
    session.rerun([{"id": slider_id, "value": 7}])
    # One run only, ended quietly at st.write("second"): no exception, no second run.
    assert rec.types() == ["run_started", "delta", "delta", "run_finished"]
    assert run_statuses(rec.messages) == ["rerun"]
    assert markdown_bodies(rec.messages) == ["first `7`"]

    # The worker takes the merged request (clearing the flag) and runs it.
    rec.clear()
    flag.value = False
    session.script_globals["mark"] = lambda: None
    session.rerun([{"id": slider_id, "value": 9}])
    assert run_statuses(rec.messages) == ["complete"]
    assert markdown_bodies(rec.messages) == ["first `9`", "second `9`"]


def test_pending_rerun_stops_before_a_widget_value_reaches_the_script(session_for):
    session, rec = session_for(
        """
        import streamlit as st
        st.write("before")
        mark()
        seen.append(st.text_input("name"))
        """
    )
    flag, seen = Flag(), []
    session.hooks = HostHooks(rerun_pending=flag.pending)
    session.script_globals.update(mark=lambda: setattr(flag, "value", True), seen=seen)
    session.rerun()
    assert seen == []
    assert run_statuses(rec.messages) == ["rerun"]
    assert [d["node"]["type"] for d in rec.deltas()] == ["markdown"]


def test_pending_rerun_keeps_the_previous_runs_widgets(session_for):
    session, rec = session_for(LOOP)
    flag = Flag()
    session.hooks = HostHooks(rerun_pending=flag.pending)
    session.script_globals["mark"] = lambda: None
    session.rerun()
    slider_id = rec.deltas()[0]["node"]["id"]
    # Interrupted before the slider: its state must survive (the run is not "finished").
    flag.value = True
    session.rerun([{"id": slider_id, "value": 3}])
    flag.value = False
    rec.clear()
    session.rerun()
    assert markdown_bodies(rec.messages) == ["first `3`", "second `3`"]


def test_keyboard_interrupt_ends_the_run_as_stopped_without_an_exception(session_for):
    session, rec = session_for(
        """
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        st.write("runs", st.session_state.runs)
        if st.session_state.runs == 1:
            while True:
                spin()
        """
    )

    def spin() -> None:
        raise KeyboardInterrupt  # what Pyodide raises when the interrupt buffer holds 2

    session.script_globals["spin"] = spin
    session.rerun()
    assert run_statuses(rec.messages) == ["stopped"]
    assert [d["node"]["type"] for d in rec.deltas()] == ["markdown"]
    # The app stays usable and keeps its state.
    rec.clear()
    session.rerun()
    assert run_statuses(rec.messages) == ["complete"]
    assert markdown_bodies(rec.messages) == ["runs `2`"]


def test_interrupt_window_is_open_only_while_the_script_runs(session_for):
    session, rec = session_for(
        """
        import streamlit as st
        st.write("x")
        raise ValueError("boom")
        """
    )
    calls: list[bool] = []
    session.hooks = HostHooks(allow_interrupts=calls.append)
    session.rerun()
    # Closed before the exception element is shown and before run_finished.
    assert calls == [True, False]
    assert run_statuses(rec.messages) == ["error"]
    assert [d["node"]["type"] for d in rec.deltas()] == ["markdown", "exception"]


def test_exception_raised_while_a_rerun_waits_does_not_escape(session_for):
    session, rec = session_for(
        """
        import streamlit as st
        mark()
        raise ValueError("boom")
        """
    )
    flag = Flag()
    session.hooks = HostHooks(rerun_pending=flag.pending)
    session.script_globals["mark"] = lambda: setattr(flag, "value", True)
    session.rerun()  # must not raise
    assert run_statuses(rec.messages) == ["error"]


def test_without_a_host_flag_runs_are_never_interrupted(session_for):
    session, rec = session_for(LOOP)
    session.script_globals["mark"] = lambda: None
    session.rerun()
    assert run_statuses(rec.messages) == ["complete"]


class FakeControl:
    """The worker's run control as Pyodide shows it to Python (camelCase methods)."""

    def __init__(self) -> None:
        self.pending = 0
        self.windows: list[bool] = []
        self.stops = 0

    def rerunPending(self) -> bool:  # noqa: N802 - JS name
        return self.pending > 0

    def allowInterrupts(self, allowed: bool) -> None:  # noqa: N802 - JS name
        self.windows.append(allowed)

    def takeStop(self) -> bool:  # noqa: N802 - JS name
        taken, self.stops = self.stops > 0, 0
        return taken


def test_host_hooks_call_the_workers_run_control():
    control = FakeControl()
    hooks = host_hooks(control)
    assert hooks.rerun_pending() is False
    control.pending = 2
    assert hooks.rerun_pending() is True
    hooks.allow_interrupts(True)
    hooks.allow_interrupts(False)
    assert control.windows == [True, False]
    assert hooks.take_stop() is False
    control.stops = 1
    assert hooks.take_stop() is True
    assert hooks.take_stop() is False


def test_after_an_interrupted_run_a_fragment_widget_runs_the_whole_app(session_for):
    session, rec = session_for(
        """
        import streamlit as st

        @st.fragment
        def inner():
            st.text_input("inner", key="inner")

        inner()
        mark()
        st.write("after", st.session_state.inner)
        """
    )
    flag = Flag()
    session.hooks = HostHooks(rerun_pending=flag.pending)
    session.script_globals["mark"] = lambda: None
    session.rerun()
    inner_id = next(d["node"]["id"] for d in rec.deltas() if d["node"]["type"] == "text_input")

    # A full run cut short before "after" ...
    session.script_globals["mark"] = lambda: setattr(flag, "value", True)
    session.rerun()
    flag.value = False
    session.script_globals["mark"] = lambda: None
    # ... then a change inside the fragment: the app is unfinished, so it all runs.
    rec.clear()
    session.rerun([{"id": inner_id, "value": "x"}])
    assert "fragment_id" not in rec.messages[0]
    assert markdown_bodies(rec.messages) == ["after x"]
    # Once finished, the fragment's widget runs only the fragment again.
    rec.clear()
    session.rerun([{"id": inner_id, "value": "y"}])
    assert "fragment_id" in rec.messages[0]
    assert markdown_bodies(rec.messages) == []
