"""``streamlit.components``: only ``v1.html`` and ``v1.iframe`` (static frames) for now."""

from typing import Any

from wasmlit.components import v1
from wasmlit.errors import StreamlitNotSupportedError

__all__ = ["v1"]


def __getattr__(name: str) -> Any:
    if name == "v2":
        raise StreamlitNotSupportedError("components.v2")
    raise AttributeError(f"module 'streamlit.components' has no attribute '{name}'")
