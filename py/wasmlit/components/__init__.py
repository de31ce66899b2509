"""``streamlit.components``: ``v1`` (html, iframe, declare_component) and ``v2`` (component)."""

from wasmlit.components import v1, v2

__all__ = ["v1", "v2"]
