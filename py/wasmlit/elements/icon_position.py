"""The shared ``icon_position`` of button-like elements: "left" or "right" of the label."""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Enum

ICON_POSITION = Enum("left", "right")


def check_icon_position(icon_position: Any, command: str) -> str:
    """Validate ``icon_position``; returns it unchanged."""
    if icon_position in ("left", "right"):
        return str(icon_position)
    raise StreamlitAPIException(
        f'The icon_position argument to {command} must be "left" or "right".'
        f'\nThe argument passed was "{icon_position}".'
    )
