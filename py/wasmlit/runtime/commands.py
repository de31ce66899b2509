"""The one dispatch table: command name -> the builder that implements it.

``st.slider(...)``, ``st.sidebar.slider(...)`` and ``col.slider(...)`` all
resolve here to ``wasmlit.elements.slider.slider(dg, ...)``. Builder modules
are imported on first use, keeping ``import streamlit`` cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

# name -> (module, function). Every builder takes the DeltaGenerator first.
DG_COMMANDS: dict[str, tuple[str, str]] = {
    "title": ("wasmlit.elements.heading", "title"),
    "header": ("wasmlit.elements.heading", "header"),
    "subheader": ("wasmlit.elements.heading", "subheader"),
    "markdown": ("wasmlit.elements.markdown", "markdown"),
    "caption": ("wasmlit.elements.markdown", "caption"),
    "text": ("wasmlit.elements.text", "text"),
    "code": ("wasmlit.elements.code", "code"),
    "divider": ("wasmlit.elements.divider", "divider"),
    "json": ("wasmlit.elements.json", "json"),
    "write": ("wasmlit.runtime.write", "write"),
    "success": ("wasmlit.elements.alert", "success"),
    "info": ("wasmlit.elements.alert", "info"),
    "warning": ("wasmlit.elements.alert", "warning"),
    "error": ("wasmlit.elements.alert", "error"),
    "exception": ("wasmlit.elements.exception", "exception"),
    "progress": ("wasmlit.elements.progress", "progress"),
    "spinner": ("wasmlit.elements.spinner", "spinner"),
    "empty": ("wasmlit.elements.empty", "empty"),
    "container": ("wasmlit.elements.container", "container"),
    "columns": ("wasmlit.elements.columns", "columns"),
    "button": ("wasmlit.elements.button", "button"),
    "checkbox": ("wasmlit.elements.checkbox", "checkbox"),
    "toggle": ("wasmlit.elements.toggle", "toggle"),
    "radio": ("wasmlit.elements.radio", "radio"),
    "selectbox": ("wasmlit.elements.selectbox", "selectbox"),
    "multiselect": ("wasmlit.elements.multiselect", "multiselect"),
    "slider": ("wasmlit.elements.slider", "slider"),
    "number_input": ("wasmlit.elements.number_input", "number_input"),
    "text_input": ("wasmlit.elements.text_input", "text_input"),
    "text_area": ("wasmlit.elements.text_area", "text_area"),
}

# Every top-level name of Streamlit's API (API-CHECKLIST.md). Names here that
# nothing implements raise StreamlitNotSupportedError instead of AttributeError.
STREAMLIT_NAMES: frozenset[str] = frozenset(
    {
        "App",
        "Page",
        "altair_chart",
        "area_chart",
        "audio",
        "audio_input",
        "badge",
        "balloons",
        "bar_chart",
        "bottom",
        "button",
        "cache_data",
        "cache_resource",
        "camera_input",
        "caption",
        "chat_input",
        "chat_message",
        "checkbox",
        "code",
        "color_picker",
        "column_config",
        "columns",
        "components",
        "connection",
        "connections",
        "container",
        "context",
        "data_editor",
        "dataframe",
        "date_input",
        "datetime_input",
        "dialog",
        "divider",
        "download_button",
        "echarts_chart",
        "echo",
        "empty",
        "error",
        "errors",
        "exception",
        "expander",
        "feedback",
        "file_uploader",
        "form",
        "form_submit_button",
        "fragment",
        "get_option",
        "graphviz_chart",
        "grid",
        "header",
        "help",
        "html",
        "iframe",
        "image",
        "info",
        "json",
        "latex",
        "line_chart",
        "link_button",
        "login",
        "logo",
        "logout",
        "map",
        "markdown",
        "menu_button",
        "mermaid_chart",
        "metric",
        "multiselect",
        "navigation",
        "number_input",
        "page_link",
        "pagination",
        "pdf",
        "pills",
        "plotly_chart",
        "popover",
        "progress",
        "pydeck_chart",
        "pyplot",
        "query_params",
        "radio",
        "rerun",
        "scatter_chart",
        "secrets",
        "segmented_control",
        "select_slider",
        "selectbox",
        "session_state",
        "set_option",
        "set_page_config",
        "sidebar",
        "skeleton",
        "slider",
        "snow",
        "space",
        "spinner",
        "status",
        "stop",
        "subheader",
        "success",
        "switch_page",
        "table",
        "tabs",
        "testing",
        "text",
        "text_area",
        "text_input",
        "time_input",
        "title",
        "toast",
        "toggle",
        "typing",
        "user",
        "vega_lite_chart",
        "video",
        "warning",
        "write",
        "write_stream",
    }
)

_cache: dict[str, Callable[..., Any]] = {}


def resolve(name: str) -> Callable[..., Any] | None:
    """The builder for DeltaGenerator command ``name``, or None."""
    builder = _cache.get(name)
    if builder is None:
        target = DG_COMMANDS.get(name)
        if target is None:
            return None
        builder = getattr(import_module(target[0]), target[1])
        _cache[name] = builder
    return builder
