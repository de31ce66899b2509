"""The one registry of element and block kinds.

Adding an element: write ``wasmlit/elements/<type>.py`` with ``SPEC`` and its
builder, add its name below, run ``python -m wasmlit.protocol.codegen`` and add
``ui/src/elements/<type>.tsx`` to the UI registry. A test fails until the
TypeScript registry names the same kinds.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module

from wasmlit.elements.spec import BlockSpec, ElementSpec

ELEMENT_MODULES: tuple[str, ...] = (
    "alert",
    "audio",
    "audio_input",
    "balloons",
    "button",
    "button_group",
    "camera_input",
    "chat_input",
    "checkbox",
    "code",
    "color_picker",
    "component_instance",
    "component_v2",
    "data_editor",
    "dataframe",
    "date_input",
    "datetime_input",
    "divider",
    "download_button",
    "echarts_chart",
    "empty",
    "exception",
    "feedback",
    "file_uploader",
    "graphviz_chart",
    "heading",
    "help",
    "html",
    "iframe",
    "image",
    "json",
    "link_button",
    "markdown",
    "menu_button",
    "mermaid_chart",
    "metric",
    "multiselect",
    "number_input",
    "page_link",
    "pdf",
    "pagination",
    "plotly_chart",
    "progress",
    "pydeck_chart",
    "radio",
    "select_slider",
    "selectbox",
    "skeleton",
    "slider",
    "snow",
    "space",
    "spinner",
    "table",
    "text",
    "text_area",
    "text_input",
    "time_input",
    "toast",
    "toggle",
    "vega_lite_chart",
    "video",
)

BLOCK_MODULES: tuple[str, ...] = (
    "chat_message",
    "column",
    "columns",
    "container",
    "dialog",
    "expander",
    "form",
    "fragment",
    "grid",
    "grid_cell",
    "popover",
    "status",
    "tab",
    "tabs",
)


@cache
def element_specs() -> tuple[ElementSpec, ...]:
    specs = tuple(import_module(f"wasmlit.elements.{name}").SPEC for name in ELEMENT_MODULES)
    for name, spec in zip(ELEMENT_MODULES, specs, strict=True):
        assert spec.type == name, f"module {name} declares type {spec.type}"
    return specs


@cache
def block_specs() -> tuple[BlockSpec, ...]:
    specs = tuple(import_module(f"wasmlit.elements.{name}").SPEC for name in BLOCK_MODULES)
    for name, spec in zip(BLOCK_MODULES, specs, strict=True):
        assert spec.type == name, f"module {name} declares type {spec.type}"
    return specs


def element_spec(type: str) -> ElementSpec:
    for spec in element_specs():
        if spec.type == type:
            return spec
    raise KeyError(type)
