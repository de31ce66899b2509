"""``time.sleep`` that a Stop or a live-reload save can cut short.

In Pyodide a Stop raises ``KeyboardInterrupt`` between bytecodes, so a script
inside one long ``time.sleep(60)`` would only stop a minute later. While a
host with run control is attached, ``time.sleep`` sleeps in short slices and
asks the host between them: a Stop raises ``KeyboardInterrupt``, a saved file
(``wasmlit run``) raises ``RerunPending`` so the new code runs at once. A
widget change does not cut a sleep: as in Streamlit it waits for the next
Streamlit call.

    install(stop_waiting, reload_waiting)   # once, in the host adapter
    time.sleep(60)                          # raises soon after a Stop or a save
"""

from __future__ import annotations

import time
from collections.abc import Callable

from wasmlit.runtime.control import RerunPending

SLICE_SECONDS = 0.05  # the longest a Stop waits during a sleep
_original_sleep = time.sleep


def original_sleep(seconds: float) -> None:
    """The blocking ``time.sleep`` this module replaces."""
    _original_sleep(seconds)


def _never() -> bool:
    return False


def sliced_sleep(
    seconds: float,
    take_stop: Callable[[], bool],
    *,
    reload_pending: Callable[[], bool] = _never,
    sleep: Callable[[float], None] = _original_sleep,
    clock: Callable[[], float] = time.monotonic,
) -> None:
    """Sleep ``seconds`` in slices; raise when ``take_stop()`` or ``reload_pending()`` says so."""
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    deadline = clock() + seconds
    while True:
        if take_stop():
            raise KeyboardInterrupt
        if reload_pending():
            raise RerunPending()
        remaining = deadline - clock()
        if remaining <= 0:
            return
        sleep(min(remaining, SLICE_SECONDS))


def install(
    take_stop: Callable[[], bool],
    reload_pending: Callable[[], bool] = _never,
    wait: Callable[[float], None] = _original_sleep,
) -> None:
    """Make ``time.sleep`` (and every later ``from time import sleep``) interruptible.

    ``wait`` sleeps one slice: the blocking original, or (JSPI hosts) one that
    suspends Python and lets the worker receive messages meanwhile.
    """

    def sleep(seconds: float) -> None:
        sliced_sleep(seconds, take_stop, reload_pending=reload_pending, sleep=wait)

    sleep.__doc__ = _original_sleep.__doc__
    time.sleep = sleep  # type: ignore[assignment]  # a sleep with the same signature
