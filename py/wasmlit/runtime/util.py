"""Small helpers shared by element builders."""

from __future__ import annotations

import textwrap
from typing import Any

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidHeightError

GAPS = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")


def clean_text(text: Any) -> str:
    """Dedent and strip, as Streamlit does for Markdown-like bodies."""
    return textwrap.dedent(str(text)).strip()


def check_gap(gap: Any) -> str | None:
    if gap is None or gap in GAPS:
        return gap
    raise StreamlitAPIException(
        f"The gap argument must be one of {', '.join(repr(g) for g in GAPS)} or None. "
        f"The argument passed was {gap!r}."
    )


def check_height(height: Any) -> int | None:
    """``"content"``/``"stretch"`` size to content (None); a positive int is pixels."""
    if height in ("content", "stretch", None):
        return None
    if isinstance(height, int) and not isinstance(height, bool) and height > 0:
        return height
    raise StreamlitInvalidHeightError(
        f"Invalid height value: {height!r}. Height must be either an integer (pixels), "
        "'stretch', or 'content'."
    )


def check_choice(name: str, value: Any, choices: tuple[str, ...]) -> str:
    if value not in choices:
        allowed = ", ".join(f'"{c}"' for c in choices)
        raise StreamlitAPIException(
            f"Invalid `{name}` value: {value!r}. Please choose one of {allowed}."
        )
    return value
