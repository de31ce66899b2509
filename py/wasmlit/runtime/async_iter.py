"""Iterate an async generator from synchronous code, in CPython and in Pyodide.

The script runs synchronously. In Pyodide the browser's event loop counts as
"running", so ``asyncio.run`` and ``loop.run_until_complete`` refuse to start.
We drive the generator with a private loop that is marked running only while
it takes one step, and that waits for timers with ``time.sleep`` instead of a
selector (Pyodide has no sockets to select on).

Example::

    for chunk in iterate_async(agen):
        ...
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


class _SleepSelector:
    """The one selector method BaseEventLoop calls: wait for the next timer."""

    def select(self, timeout: float | None) -> list[Any]:
        if timeout:
            time.sleep(timeout)
        return []


class _PrivateLoop(asyncio.BaseEventLoop):
    """A minimal event loop with timers and callbacks but no I/O."""

    def __init__(self) -> None:
        super().__init__()
        self._selector = _SleepSelector()

    def _process_events(self, event_list: list[Any]) -> None:
        pass


def _run(loop: _PrivateLoop, awaitable: Awaitable[T]) -> T:
    """One ``run_until_complete`` with the host's running loop set aside meanwhile."""
    outer = asyncio._get_running_loop()
    asyncio._set_running_loop(None)
    try:
        return loop.run_until_complete(awaitable)
    finally:
        asyncio._set_running_loop(outer)


def iterate_async(agen: AsyncIterator[T]) -> Iterator[T]:
    """Yield the items of ``agen`` one by one, each produced as soon as it is ready."""
    loop = _PrivateLoop()
    try:
        while True:
            try:
                item = _run(loop, agen.__anext__())
            except StopAsyncIteration:
                return
            yield item
    finally:
        aclose = getattr(agen, "aclose", None)
        if aclose is not None:
            _run(loop, aclose())
        loop.close()
