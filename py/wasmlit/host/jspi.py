"""Run control through JSPI: the session's hooks when the page cannot share memory.

The worker enters every run through a promising call, so ``run_sync`` may
suspend Python on a JS Promise while the worker's event loop turns and
receives ``rerun`` and ``stop`` (``worker/src/jspiControl.ts``). Here, at
every Streamlit call, ``rerun_pending`` asks the worker's ``poll()``: a number
(the status) most of the time, a Promise about every 100 ms, which is awaited
before asking again. ``time.sleep`` sleeps its slices through the worker's
timers the same way, so a Stop cuts it short and the worker stays responsive.

Pure Python code between Streamlit calls (``while True: pass``) never yields:
only shared memory (Pyodide's interrupt buffer) can stop it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from wasmlit.runtime.control import HostHooks

# worker/src/jspiControl.ts: STATUS_*.
STATUS_RERUN = 1
STATUS_STOP = 2


def in_foreign_loop() -> bool:
    """Inside an asyncio loop other than the browser's (``runtime/async_iter``'s private one).

    ``run_sync`` there never returns (Pyodide 0.27.7, Chromium 156: the run
    hangs), so such code neither yields nor sleeps through the worker: its
    sleeps block, as without run control. The ``st`` calls around it still yield.
    """
    running = asyncio._get_running_loop()
    return running is not None and type(running).__name__ != "WebLoop"


def jspi_hooks(
    control: Any,
    run_sync: Callable[[Any], Any],
    can_run_sync: Callable[[], bool],
    blocking_sleep: Callable[[float], None] = time.sleep,
) -> tuple[HostHooks, Callable[[float], None]]:
    """The session's hooks and the ``time.sleep`` slice for the worker's JSPI control.

    ``run_sync`` / ``can_run_sync`` are ``pyodide.ffi``'s (passed in so this
    runs in CPython tests). Where the stack cannot suspend (not entered through
    a promising call), nothing yields and sleeps block, as without control.
    """

    def can_suspend() -> bool:
        return bool(can_run_sync()) and not in_foreign_loop()

    poll = control.poll
    status = control.status
    take_stop = control.takeStop
    reload_pending = control.reloadPending
    allow_interrupts = control.allowInterrupts
    js_sleep = control.sleep

    def rerun_pending() -> bool:
        state = poll()
        if type(state) is not int:  # a Promise (a JsProxy): time to let the worker read
            if can_suspend():
                run_sync(state)
            state = status()
        if state == STATUS_STOP:
            # As the interrupt buffer does: the run ends as "stopped".
            raise KeyboardInterrupt
        return bool(state == STATUS_RERUN)

    def wait(seconds: float) -> None:
        if can_suspend():
            run_sync(js_sleep(seconds * 1000))
        else:
            blocking_sleep(seconds)

    hooks = HostHooks(
        rerun_pending=rerun_pending,
        allow_interrupts=lambda allowed: allow_interrupts(allowed),
        take_stop=lambda: bool(take_stop()),
        reload_pending=lambda: bool(reload_pending()),
    )
    return hooks, wait
