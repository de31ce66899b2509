"""Helpers shared by tests that write multi-file apps or read a session's messages."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from wasmlit.testing.v1 import AppTest


def write_app(folder: Path, files: dict[str, str]) -> AppTest:
    """Write `files` (dedented) under `folder`; an AppTest of its app.py."""
    for name, source in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    return AppTest.from_file(str(folder / "app.py"))


def run_statuses(messages: list[dict[str, Any]]) -> list[str]:
    """How each run in `messages` ended."""
    return [m["status"] for m in messages if m["type"] == "run_finished"]


def markdown_bodies(messages: list[dict[str, Any]]) -> list[str]:
    """The text of every markdown delta (st.write of a string), in order."""
    return [
        m["node"]["props"]["body"]
        for m in messages
        if m["type"] == "delta" and m["node"]["type"] == "markdown"
    ]
