"""``time.sleep`` that a Stop can cut short.

In Pyodide a Stop raises ``KeyboardInterrupt`` between bytecodes, so a script
inside one long ``time.sleep(60)`` would only stop a minute later. While a
host with run control is attached, ``time.sleep`` sleeps in short slices and
asks the host between them.

    install(lambda: stop_waiting())   # once, in the host adapter
    time.sleep(60)                    # raises KeyboardInterrupt soon after a Stop
"""

from __future__ import annotations

import time
from collections.abc import Callable

SLICE_SECONDS = 0.05  # the longest a Stop waits during a sleep
_original_sleep = time.sleep


def sliced_sleep(
    seconds: float,
    take_stop: Callable[[], bool],
    *,
    sleep: Callable[[float], None] = _original_sleep,
    clock: Callable[[], float] = time.monotonic,
) -> None:
    """Sleep ``seconds`` in slices; raise KeyboardInterrupt when ``take_stop()`` says so."""
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    deadline = clock() + seconds
    while True:
        if take_stop():
            raise KeyboardInterrupt
        remaining = deadline - clock()
        if remaining <= 0:
            return
        sleep(min(remaining, SLICE_SECONDS))


def install(take_stop: Callable[[], bool]) -> None:
    """Make ``time.sleep`` (and every later ``from time import sleep``) interruptible."""

    def sleep(seconds: float) -> None:
        sliced_sleep(seconds, take_stop)

    sleep.__doc__ = _original_sleep.__doc__
    time.sleep = sleep  # type: ignore[assignment]  # a sleep with the same signature
