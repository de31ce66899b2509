"""Colour arguments of the built-in charts: hex strings, RGB(A) tuples, theme names.

Example::

    to_css_color("#ffaa0088")      # "#ffaa0088"
    to_css_color((255, 0, 0, 0.5)) # "rgba(255, 0, 0, 0.5)"
    is_color_like("adult")         # False: a category, not a colour
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")

# Streamlit's named chart colours; CSS knows each name, so they pass through.
BUILTIN_NAMES = frozenset({"red", "orange", "yellow", "green", "blue", "violet", "gray", "grey"})


def is_hex_color(value: Any) -> bool:
    return isinstance(value, str) and bool(_HEX.match(value))


def is_color_tuple(value: Any) -> bool:
    """3 or 4 numbers: ints 0-255 or floats 0.0-1.0 (alpha may be a float with int RGB)."""
    if isinstance(value, str) or not isinstance(value, Sequence) or len(value) not in (3, 4):
        return False
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        return False
    rgb = list(value[:3])
    ints = all(isinstance(v, int) for v in rgb)
    return all(0 <= v <= (255 if ints else 1) for v in rgb) and all(
        0 <= v <= 255 for v in value[3:]
    )


def is_color_like(value: Any) -> bool:
    named = isinstance(value, str) and value in BUILTIN_NAMES
    return named or is_hex_color(value) or is_color_tuple(value)


def _component(value: float, ints: bool) -> int:
    return round(value) if ints else round(value * 255)


def to_css_color(value: Any) -> str:
    """A CSS colour string for a hex string, a name or an RGB(A) tuple."""
    if isinstance(value, str):
        return value
    ints = all(isinstance(v, int) for v in value[:3])
    r, g, b = (_component(v, ints) for v in value[:3])
    if len(value) == 3:
        return f"rgb({r}, {g}, {b})"
    alpha = value[3]
    alpha = alpha / 255 if isinstance(alpha, int) and ints and alpha > 1 else alpha
    return f"rgba({r}, {g}, {b}, {round(float(alpha), 4):g})"
