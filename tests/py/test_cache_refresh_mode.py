"""refresh_mode of st.cache_data / st.cache_resource: "background" serves stale, refreshes after."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cache_helpers import LOG, MakeApp, calls, texts

from wasmlit.runtime.session import AppSession
from wasmlit.testing.v1 import AppTest

# Each real execution returns how many executions there have been so far (1, 2, ...)
# and writes that number inside the function, so the replayed element shows it too.
COUNTING = (
    LOG
    + """
FAIL = Path(__file__).with_name("fail")

@st.DECORATOR(ttl=10, refresh_mode="MODE")
def f():
    note("ran")
    if FAIL.exists():
        raise ValueError("refresh failed")
    n = len(LOG.read_text().splitlines())
    st.markdown(f"inside {n}")
    return n

st.markdown(f"value {f()}")
"""
)


def counting_app(decorator: str = "cache_data", mode: str = "background") -> str:
    return COUNTING.replace("DECORATOR", decorator).replace("MODE", mode)


def counting(make_app: MakeApp, decorator: str = "cache_data", mode: str = "background") -> AppTest:
    return make_app(counting_app(decorator, mode))


def run_messages(at: AppTest) -> list[dict[str, Any]]:
    """The messages of the last run: from its run_started to the end."""
    starts = [i for i, m in enumerate(at.messages) if m["type"] == "run_started"]
    return at.messages[starts[-1] :]


def spinners(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [m for m in messages if m["type"] == "delta" and m["node"]["type"] == "spinner"]


@pytest.mark.parametrize("decorator", ["cache_data", "cache_resource"])
def test_background_serves_stale_then_refreshes_after_the_run(
    make_app: MakeApp, clock: list[float], decorator: str
) -> None:
    at = counting(make_app, decorator)
    at.run()
    assert texts(at) == ["inside 1", "value 1"]
    assert spinners(run_messages(at))  # no stale entry yet: computed in the run, with spinner

    clock[0] = 20.0  # expired
    at.run()
    messages = run_messages(at)
    assert texts(at) == ["inside 1", "value 1"]  # the stale value and its replayed element
    assert not spinners(messages)
    assert calls(at) == ["ran", "ran"]  # recomputed once, after the run
    # Nothing the refresh wrote was sent: the run's last message is still run_finished.
    assert messages[-1]["type"] == "run_finished"
    assert [m["type"] for m in messages].count("run_finished") == 1

    at.run()
    assert texts(at) == ["inside 2", "value 2"]  # the refreshed entry, elements recorded
    assert calls(at) == ["ran", "ran"]  # fresh again: a plain hit


def test_foreground_recomputes_in_the_run(make_app: MakeApp, clock: list[float]) -> None:
    at = counting(make_app, mode="foreground")
    at.run()
    clock[0] = 20.0
    at.run()
    assert texts(at) == ["inside 2", "value 2"]
    assert spinners(run_messages(at))
    assert calls(at) == ["ran", "ran"]
    at.run()
    assert calls(at) == ["ran", "ran"]


def test_failed_refresh_keeps_the_stale_value(make_app: MakeApp, clock: list[float]) -> None:
    at = counting(make_app)
    at.run()
    fail = Path(at.session.script_dir) / "fail"
    fail.touch()
    clock[0] = 20.0
    at.run()
    at.run()
    assert not at.exception  # the refresh's error is swallowed
    assert texts(at) == ["inside 1", "value 1"]
    assert calls(at) == ["ran", "ran", "ran"]  # every expired hit tries again

    fail.unlink()
    at.run()
    assert texts(at) == ["inside 1", "value 1"]
    at.run()
    assert texts(at) == ["inside 4", "value 4"]


def test_refresh_is_queued_once_per_entry(make_app: MakeApp, clock: list[float]) -> None:
    at = make_app(
        LOG
        + """
@st.cache_data(ttl=10, refresh_mode="background")
def f(x):
    note(f"ran {x}")
    return x

f(1); f(1); f(2)
"""
    )
    at.run()
    clock[0] = 20.0
    at.run()
    assert calls(at) == ["ran 1", "ran 2", "ran 1", "ran 2"]


def test_cleared_entry_is_not_refreshed(make_app: MakeApp, clock: list[float]) -> None:
    at = make_app(
        LOG
        + """
@st.cache_data(ttl=10, refresh_mode="background")
def f():
    note("ran")
    return 1

f()
if st.session_state.get("clear"):
    f.clear()
st.session_state.clear = True
"""
    )
    at.run()
    clock[0] = 20.0
    at.run()  # stale hit, then f.clear() before the refresh gets to run
    assert calls(at) == ["ran"]
    at.run()  # no entry: computed in the foreground
    assert calls(at) == ["ran", "ran"]


def test_a_waiting_rerun_skips_the_refresh(
    session_for: Callable[..., tuple[AppSession, Any]], clock: list[float]
) -> None:
    session, recorder = session_for(counting_app())
    waiting = [False]

    def sink(message: dict[str, Any]) -> None:
        recorder(message)
        if message["type"] == "run_finished":
            waiting[0] = True  # the UI sent a rerun while this one finished

    session._sink = sink
    session.hooks.rerun_pending = lambda: waiting[0]
    session.rerun()
    waiting[0] = False
    clock[0] = 20.0
    session.rerun()
    log = Path(session.script_dir) / "calls.txt"
    assert log.read_text().splitlines() == ["ran"]  # dropped: the next run asks again
    waiting[0] = False
    session.hooks.rerun_pending = lambda: False
    session.rerun()
    assert log.read_text().splitlines() == ["ran", "ran"]


@pytest.mark.parametrize("decorator", ["cache_data", "cache_resource"])
def test_invalid_refresh_mode(make_app: MakeApp, decorator: str) -> None:
    at = make_app(
        f"""
import streamlit as st

@st.{decorator}(refresh_mode="later")
def f():
    return 1
"""
    )
    at.run()
    assert at.exception[0].props["type_name"] == "StreamlitAPIException"
    assert at.exception[0].message == (
        "Invalid refresh_mode 'later'. Valid values are 'foreground' and 'background'."
    )
