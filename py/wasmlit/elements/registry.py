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
    "button",
    "checkbox",
    "code",
    "divider",
    "empty",
    "exception",
    "heading",
    "json",
    "markdown",
    "multiselect",
    "number_input",
    "progress",
    "radio",
    "selectbox",
    "slider",
    "spinner",
    "text",
    "text_area",
    "text_input",
    "toggle",
)

BLOCK_MODULES: tuple[str, ...] = ("column", "columns", "container")


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
