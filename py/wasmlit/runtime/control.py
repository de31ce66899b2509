"""Exceptions that steer a script run (st.rerun, st.stop, stop requests).

They derive from ``BaseException`` so a script's ``except Exception:`` does
not swallow them, as in Streamlit.
"""

from __future__ import annotations


class ScriptControl(BaseException):
    """Base of the run-steering exceptions."""


class RerunRequested(ScriptControl):
    """``st.rerun()``: end this run and start a new one."""


class StopRequested(ScriptControl):
    """``st.stop()``: end this run as complete."""


class RunInterrupted(ScriptControl):
    """The host or a test timeout asked the running script to stop."""
