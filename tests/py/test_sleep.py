"""The interruptible time.sleep installed under run control (runtime/sleep.py)."""

from __future__ import annotations

import time

import pytest

from wasmlit.runtime import sleep as sleep_module
from wasmlit.runtime.sleep import SLICE_SECONDS, sliced_sleep


class FakeTime:
    """A clock that advances only when slept on."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


def test_sleeps_the_whole_time_in_short_slices() -> None:
    fake = FakeTime()
    sliced_sleep(1.0, lambda: False, sleep=fake.sleep, clock=fake.clock)
    assert fake.now == pytest.approx(1.0)
    assert max(fake.slept) <= SLICE_SECONDS
    assert len(fake.slept) == pytest.approx(1.0 / SLICE_SECONDS, abs=1)


def test_a_stop_raises_keyboard_interrupt_at_the_next_slice() -> None:
    fake = FakeTime()
    polls = iter([False, False, True])
    with pytest.raises(KeyboardInterrupt):
        sliced_sleep(60.0, lambda: next(polls), sleep=fake.sleep, clock=fake.clock)
    assert fake.now == pytest.approx(2 * SLICE_SECONDS)


def test_zero_and_negative_lengths() -> None:
    fake = FakeTime()
    sliced_sleep(0, lambda: False, sleep=fake.sleep, clock=fake.clock)
    assert fake.slept == []
    with pytest.raises(ValueError):
        sliced_sleep(-1, lambda: False, sleep=fake.sleep, clock=fake.clock)


def test_install_replaces_time_sleep_for_later_imports(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "sleep", time.sleep)  # restored after the test
    stops = iter([True])
    sleep_module.install(lambda: next(stops, False))
    from time import sleep  # a script's own import, after the host installed it

    with pytest.raises(KeyboardInterrupt):
        sleep(30)
    sleep(0.001)  # the Stop was consumed: later sleeps just sleep
