"""Headless testing of apps (``streamlit.testing`` under the alias)."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # `st.testing.v1.AppTest` without an import statement, as in Streamlit; lazy
    # so importing streamlit does not load the test runner.
    if name == "v1":
        import wasmlit.testing.v1

        return wasmlit.testing.v1
    raise AttributeError(f"module 'streamlit.testing' has no attribute '{name}'")
