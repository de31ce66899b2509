"""Exceptions that steer a script run (st.rerun, st.stop, stop requests), and host hooks.

They derive from ``BaseException`` so a script's ``except Exception:`` does
not swallow them, as in Streamlit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


class ScriptControl(BaseException):
    """Base of the run-steering exceptions."""


class RerunRequested(ScriptControl):
    """``st.rerun()``: end this run and start a new one."""


class StopRequested(ScriptControl):
    """``st.stop()``: end this run as complete."""


class RunInterrupted(ScriptControl):
    """The host or a test timeout asked the running script to stop."""


class RerunPending(ScriptControl):
    """A newer rerun request waits in the host: end this run quietly, at once.

    The session does not start another run itself: the host hands it the
    merged request next (see docs/execution-flow.md, "Interrupting runs").
    """


def _never() -> bool:
    return False


def _ignore(allowed: bool) -> None:
    del allowed


@dataclass
class HostHooks:
    """What a host adds to a session's runs; the defaults (CPython, AppTest) do nothing.

    ``rerun_pending`` is asked at every Streamlit call, so it must be cheap.
    ``allow_interrupts(True)`` opens the window in which a Stop may raise
    ``KeyboardInterrupt`` (the script itself), ``allow_interrupts(False)`` closes it.
    ``take_stop`` answers whether a Stop is waiting, and consumes it: blocking
    calls that the interpreter cannot interrupt (``time.sleep``) poll it.
    ``reload_pending``: a live-reload save is on its way; ``time.sleep`` polls it
    too and ends the run (``RerunPending``), so the new code starts at once.
    """

    rerun_pending: Callable[[], bool] = _never
    allow_interrupts: Callable[[bool], None] = _ignore
    take_stop: Callable[[], bool] = _never
    reload_pending: Callable[[], bool] = _never
