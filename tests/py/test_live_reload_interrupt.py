"""A live-reload save during a run: the run ends early (even in time.sleep), the new code runs."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from app_helpers import markdown_bodies, run_statuses

from wasmlit.host.pyodide_host import host_hooks
from wasmlit.runtime import sleep as sleep_module
from wasmlit.runtime.control import HostHooks, RerunPending
from wasmlit.runtime.sleep import SLICE_SECONDS, sliced_sleep


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    def clock(self) -> float:
        return self.now


def test_a_pending_reload_ends_a_sleep_at_the_next_slice() -> None:
    fake = FakeTime()
    polls = iter([False, False, True])
    with pytest.raises(RerunPending):
        sliced_sleep(
            30.0,
            lambda: False,
            reload_pending=lambda: next(polls),
            sleep=fake.sleep,
            clock=fake.clock,
        )
    assert fake.now == pytest.approx(2 * SLICE_SECONDS)


def test_install_passes_the_reload_hook_to_time_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "sleep", time.sleep)  # restored after the test
    sleep_module.install(lambda: False, lambda: True)
    with pytest.raises(RerunPending):
        time.sleep(30)


class FakeControl:
    """The worker's run control as Python sees it (JS method names)."""

    def __init__(self) -> None:
        self.reloads = 0

    def rerunPending(self) -> bool:  # noqa: N802 - JS name
        return self.reloads > 0

    def allowInterrupts(self, allowed: bool) -> None:  # noqa: N802 - JS name
        del allowed

    def takeStop(self) -> bool:  # noqa: N802 - JS name
        return False

    def reloadPending(self) -> bool:  # noqa: N802 - JS name
        return self.reloads > 0


def test_host_hooks_read_the_reload_slot() -> None:
    control = FakeControl()
    hooks = host_hooks(control)
    assert hooks.reload_pending() is False
    control.reloads = 1
    assert hooks.reload_pending() is True


def test_host_hooks_without_a_reload_hook_never_report_one() -> None:
    class Older:
        def rerunPending(self) -> bool:  # noqa: N802 - JS name
            return False

        def allowInterrupts(self, allowed: bool) -> None:  # noqa: N802 - JS name
            del allowed

        def takeStop(self) -> bool:  # noqa: N802 - JS name
            return False

    assert host_hooks(Older()).reload_pending() is False


LONG = """
import time
import streamlit as st
st.button("Go", key="go")
for i in range(30):
    st.write(f"old {i}")
    time.sleep(1)
"""

NEW = """
import streamlit as st
clicked = st.button("Go", key="go")
st.write(f"new code, clicked {clicked}")
"""


def test_a_save_during_a_sleep_ends_the_run_and_the_merged_click_runs_the_new_code(
    session_for: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, rec = session_for(LONG)
    app = Path(session.script_path)
    control = FakeControl()
    session.hooks = HostHooks(
        rerun_pending=control.rerunPending, reload_pending=control.reloadPending
    )
    ticks: list[float] = []

    def slept(seconds: float) -> None:
        # The page posts reload_files while the script sleeps for the 2nd time.
        ticks.append(seconds)
        if len(ticks) == 2:
            app.write_text(NEW, encoding="utf-8")
            control.reloads = 1

    # time.sleep as the browser host installs it, over a fake clock-free sleep.
    monkeypatch.setattr(
        time,
        "sleep",
        lambda s: sliced_sleep(
            s, lambda: False, reload_pending=session.hooks.reload_pending, sleep=slept
        ),
    )
    started = time.monotonic()
    session.rerun()
    assert time.monotonic() - started < 5
    assert run_statuses(rec.messages) == ["rerun"]  # ended quietly, nothing pruned
    assert markdown_bodies(rec.messages) == ["old 0"]
    button_id = next(d["node"]["id"] for d in rec.deltas() if d["node"]["type"] == "button")

    # The worker received the save (balanced) with a click that was queued next to it.
    control.reloads = 0
    rec.clear()
    session.reload_files([{"id": button_id, "value": True, "trigger": True}])
    assert run_statuses(rec.messages) == ["complete"]
    assert markdown_bodies(rec.messages) == ["new code, clicked True"]


FRAGMENT = """
import streamlit as st

@st.fragment
def part():
    st.text_input("inner", key="inner")

part()
st.write("version", VERSION, st.session_state.get("inner"))
"""


def test_reload_with_a_fragment_widget_runs_the_whole_app(session_for: Any) -> None:
    session, rec = session_for(FRAGMENT)
    session.script_globals["VERSION"] = 1
    session.rerun()
    inner_id = next(d["node"]["id"] for d in rec.deltas() if d["node"]["type"] == "text_input")
    rec.clear()
    session.script_globals["VERSION"] = 2
    session.reload_files([{"id": inner_id, "value": "typed"}])
    started = next(m for m in rec.messages if m["type"] == "run_started")
    assert "fragment_id" not in started
    assert markdown_bodies(rec.messages) == ["version `2` typed"]
