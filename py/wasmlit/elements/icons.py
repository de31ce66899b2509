"""Validation of the ``icon`` parameter: one emoji or a ``:material/name:`` shortcode.

The messages follow Streamlit's. Streamlit checks emoji against a catalogue and
Material names against the font's list; wasmlit ships neither in the core, so
an emoji is "one grapheme made of pictographic code points" and a Material
name is any snake_case name (the UI shows an unknown name as its text).

Example::

    icon = check_icon(":material/thumb_up:")   # ":material/thumb_up:"
    check_icon(":smile:")                      # StreamlitAPIException
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

_SHORTCODE = re.compile(r":[a-zA-Z0-9_+-]+:")
_MATERIAL = re.compile(r"^\s*:(.+)/(.+):\s*$")
_MATERIAL_NAME = re.compile(r"[a-z0-9_]+")
# The zero-width space keeps Markdown from turning the example into an icon.
_HINT = "Please use a single emoji or a Material icon shortcode like `:material\u200b/thumb_up:`."
# Code points that glue or modify an emoji sequence (ZWJ, variation selectors,
# keycap, tags) rather than start a new symbol.
_JOINERS = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}


def _is_pictograph(ch: str) -> bool:
    cp = ord(ch)
    return (
        unicodedata.category(ch) == "So"
        or 0x1F1E6 <= cp <= 0x1F1FF  # regional indicators (flags)
        or 0x1F300 <= cp <= 0x1FAFF
        or 0x2600 <= cp <= 0x27BF
        or cp in (0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D, 0x3297, 0x3299)
    )


def is_emoji(text: str) -> bool:
    """True for one emoji (a ZWJ sequence, a flag or a modified emoji counts as one)."""
    if not text or text.isascii():
        return False
    starts = 0
    previous_joiner = True
    for ch in text:
        cp = ord(ch)
        if cp in _JOINERS or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F:
            previous_joiner = cp == 0x200D
            continue
        if not _is_pictograph(ch) and not (ch.isdigit() or ch in "#*"):
            return False
        is_flag_pair = 0x1F1E6 <= cp <= 0x1F1FF and starts == 1 and len(text) == 2
        if not previous_joiner and not is_flag_pair:
            starts += 1
        elif starts == 0:
            starts = 1
        previous_joiner = False
    return starts == 1


def _material(icon: str) -> str:
    shown = icon.replace("/", "\u200b/")
    match = _MATERIAL.match(icon)
    if not match:
        raise StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon '
            "shortcode like **`:material\u200b/thumb_up:`**"
        )
    pack, name = match.groups()
    if pack != "material" or not _MATERIAL_NAME.fullmatch(name):
        raise StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon '
            "shortcode like **`:material\u200b/thumb_up:`**."
        )
    return f":{pack}/{name}:"


def check_icon(icon: Any, *, allow_spinner: bool = False) -> str | None:
    """The normalised icon, None for no icon; raises Streamlit's error for a bad one."""
    if icon is None:
        return None
    if not isinstance(icon, str):
        raise StreamlitInvalidParameterTypeError(
            "Invalid `icon` type. Expected one of: str, None. "
            f"Provided type: {type(icon).__name__}."
        )
    icon = icon.strip()
    if not icon:
        return None
    if allow_spinner and icon == "spinner":
        return icon
    if icon.startswith(":"):
        if icon.lower().startswith(":material"):
            return _material(icon)
        if _SHORTCODE.fullmatch(icon):
            raise StreamlitAPIException(
                f'The value "{icon}" is not a valid icon. Emoji shortcodes are not supported. '
                + _HINT
            )
    if "://" in icon or icon[:5].lower() == "data:" or icon.startswith("//"):
        shown = icon if len(icon) <= 60 else f"{icon[:60]}…"
        raise StreamlitAPIException(
            f'The value "{shown}" looks like a URL. Images are not supported for `icon`. {_HINT}'
        )
    if icon.isascii():
        raise StreamlitAPIException(f'The value "{icon}" is not a valid icon. {_HINT}')
    if not is_emoji(icon):
        raise StreamlitAPIException(
            f'The value "{icon}" is not a valid emoji. Please use a single emoji.'
        )
    return icon
