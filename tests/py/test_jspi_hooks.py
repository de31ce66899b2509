"""The JSPI run-control hooks (host/jspi.py) against a fake worker control."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from wasmlit.host.jspi import STATUS_RERUN, STATUS_STOP, jspi_hooks


class FakePromise:
    """Stands for the JS Promise ``poll()`` returns when a yield is due."""


class FakeControl:
    def __init__(self) -> None:
        self.due = False
        self.state = 0
        self.stop = False
        self.slept: list[float] = []

    def poll(self) -> Any:
        return FakePromise() if self.due else self.state

    def status(self) -> int:
        return self.state

    def takeStop(self) -> bool:  # noqa: N802 - the JS name
        taken, self.stop = self.stop, False
        return taken

    def reloadPending(self) -> bool:  # noqa: N802
        return False

    def allowInterrupts(self, allowed: bool) -> None:  # noqa: N802
        del allowed

    def sleep(self, ms: float) -> FakePromise:
        self.slept.append(ms)
        return FakePromise()


def make(can: bool = True) -> tuple[FakeControl, Any, Any, list[Any], list[float]]:
    control = FakeControl()
    awaited: list[Any] = []
    blocked: list[float] = []

    def run_sync(promise: Any) -> None:
        awaited.append(promise)
        control.due = False  # the yield happened

    hooks, wait = jspi_hooks(control, run_sync, lambda: can, blocked.append)
    return control, hooks, wait, awaited, blocked


def test_no_yield_until_due_then_one_yield_and_a_fresh_status() -> None:
    control, hooks, _, awaited, _ = make()
    assert hooks.rerun_pending() is False
    assert awaited == []
    control.due = True
    control.state = STATUS_RERUN  # a rerun arrived during the yield
    assert hooks.rerun_pending() is True
    assert len(awaited) == 1 and isinstance(awaited[0], FakePromise)


def test_a_stop_received_during_a_yield_raises_keyboard_interrupt() -> None:
    control, hooks, _, _, _ = make()
    control.due, control.state = True, STATUS_STOP
    with pytest.raises(KeyboardInterrupt):
        hooks.rerun_pending()


def test_without_a_promising_stack_nothing_suspends() -> None:
    control, hooks, wait, awaited, blocked = make(can=False)
    control.due = True
    assert hooks.rerun_pending() is False
    wait(0.05)
    assert awaited == []
    assert blocked == [0.05]


def test_sleep_slices_go_through_the_worker_timer() -> None:
    control, _, wait, awaited, blocked = make()
    wait(0.05)
    assert control.slept == [50.0]
    assert len(awaited) == 1
    assert blocked == []


def test_inside_a_private_asyncio_loop_nothing_suspends() -> None:
    # run_sync never returns there in Pyodide (write_stream of an async generator).
    control, hooks, wait, awaited, blocked = make()
    control.due = True

    async def step() -> bool:
        wait(0.02)
        return bool(hooks.rerun_pending())

    assert asyncio.run(step()) is False
    assert awaited == []
    assert blocked == [0.02]
    control.due = True
    hooks.rerun_pending()  # outside the loop again: yields
    assert len(awaited) == 1
