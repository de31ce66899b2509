"""``shortcut`` on buttons: the key syntax Streamlit documents, normalized for the UI.

A shortcut is ``+``-separated tokens: modifiers (Ctrl/Control, Cmd/Command/Meta,
Alt/Option, Shift) and at most one key: a letter or digit, F1-F24, or a named
key (Enter, Space, Tab, Escape, arrows...). "C" and "R" are reserved (copy,
rerun). The UI receives e.g. ``"ctrl+shift+k"``; two elements of one run
cannot share a shortcut.
"""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitAPIException

MODIFIERS = {
    "ctrl": "ctrl",
    "control": "ctrl",
    "cmd": "cmd",
    "command": "cmd",
    "meta": "cmd",
    "alt": "alt",
    "option": "alt",
    "shift": "shift",
}
MODIFIER_ORDER = ("ctrl", "cmd", "alt", "shift")
NAMED_KEYS = {
    "enter": "enter",
    "return": "enter",
    "space": "space",
    "spacebar": "space",
    "tab": "tab",
    "escape": "escape",
    "esc": "escape",
    "backspace": "backspace",
    "delete": "delete",
    "del": "delete",
    "home": "home",
    "end": "end",
    "pageup": "pageup",
    "pagedown": "pagedown",
    "left": "left",
    "arrowleft": "left",
    "right": "right",
    "arrowright": "right",
    "up": "up",
    "arrowup": "up",
    "down": "down",
    "arrowdown": "down",
}
RESERVED = {"c", "r"}


def _key(token: str) -> str:
    if token in NAMED_KEYS:
        return NAMED_KEYS[token]
    if len(token) == 1 and token.isascii() and token.isalnum():
        return token
    if token[:1] == "f" and token[1:].isdigit() and 1 <= int(token[1:]) <= 24:
        return token
    raise StreamlitAPIException(
        f"The shortcut `{token}` is not supported: a shortcut must use a single letter or "
        "digit, F1-F24, or one of the supported keys (e.g. Enter, Space, Tab, Escape)."
    )


def normalize_shortcut(shortcut: Any) -> str | None:
    """``"Ctrl+Shift+K"`` -> ``"ctrl+shift+k"``; None stays None."""
    if shortcut is None:
        return None
    if not isinstance(shortcut, str):
        raise StreamlitAPIException("The shortcut must be a string value.")
    tokens = [t.strip().lower() for t in shortcut.split("+") if t.strip()]
    if not tokens:
        raise StreamlitAPIException("The shortcut must contain at least one key or modifier.")
    modifiers: set[str] = set()
    key: str | None = None
    for token in tokens:
        if token in MODIFIERS:
            modifiers.add(MODIFIERS[token])
            continue
        if key is not None:
            raise StreamlitAPIException("A shortcut may only specify a single non-modifier key.")
        key = _key(token)
        if key in RESERVED:
            raise StreamlitAPIException(
                "A shortcut cannot use the keys 'C' or 'R', with or without modifiers."
            )
    parts = [m for m in MODIFIER_ORDER if m in modifiers]
    return "+".join([*parts, key] if key is not None else parts)


def claim_shortcut(shortcut: Any, command: str) -> str | None:
    """Normalize ``shortcut`` and reserve it for this run (a second use raises)."""
    from wasmlit.runtime.context import current

    normalized = normalize_shortcut(shortcut)
    if normalized is None:
        return None
    used = current().shortcuts
    if normalized in used:
        raise StreamlitAPIException(
            f"The shortcut `{shortcut}` passed to `{command}` is already used by "
            f"`{used[normalized]}` in this app. Each shortcut can trigger only one element."
        )
    used[normalized] = command
    return normalized
