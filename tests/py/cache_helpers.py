"""Shared by the caching tests: an app prelude that logs real executions, and readers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from wasmlit.testing.v1 import AppTest

# Every app logs each real execution of its cached function into calls.txt beside it.
LOG = """
import streamlit as st
from pathlib import Path

LOG = Path(__file__).with_name("calls.txt")

def note(what):
    with LOG.open("a") as f:
        f.write(f"{what}\\n")
"""

MakeApp = Callable[..., AppTest]


def calls(at: AppTest) -> list[str]:
    path = Path(at.session.script_path).with_name("calls.txt")
    return path.read_text().splitlines() if path.exists() else []


def texts(at: AppTest) -> list[str]:
    return [str(m.value) for m in at.markdown]
