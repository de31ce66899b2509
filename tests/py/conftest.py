"""Shared helpers: write an app into tmp_path and drive it with AppTest."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from wasmlit.protocol.messages import check_message
from wasmlit.runtime.session import AppSession
from wasmlit.testing.v1 import AppTest


@pytest.fixture
def make_app(tmp_path: Path) -> Callable[[str], AppTest]:
    """``make_app(source)``: an AppTest (not yet run) for ``source`` in tmp_path/app.py."""

    def make(source: str, name: str = "app.py") -> AppTest:
        path = tmp_path / name
        path.write_text(textwrap.dedent(source), encoding="utf-8")
        return AppTest.from_file(str(path))

    return make


class Recorder:
    """A sink that validates every message against the protocol schema."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []

    def __call__(self, message: dict[str, Any]) -> None:
        check_message(message)
        self.messages.append(message)

    def types(self) -> list[str]:
        return [m["type"] for m in self.messages]

    def deltas(self) -> list[dict[str, Any]]:
        return [m for m in self.messages if m["type"] == "delta"]

    def clear(self) -> None:
        self.messages.clear()


@pytest.fixture
def session_for(tmp_path: Path) -> Callable[..., tuple[AppSession, Recorder]]:
    """``session_for(source, **options)``: an AppSession with a validating recorder."""

    def make(source: str, **kwargs: Any) -> tuple[AppSession, Recorder]:
        path = tmp_path / "app.py"
        path.write_text(textwrap.dedent(source), encoding="utf-8")
        recorder = Recorder()
        return AppSession(str(path), recorder, **kwargs), recorder

    return make


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """The caches' clock, settable for ttl: ``clock[0] = 100`` moves time to 100 s."""
    from wasmlit.caching import storage

    now = [0.0]
    monkeypatch.setattr(storage, "now", lambda: now[0])
    yield now
