"""The errors of the built-in charts, worded as Streamlit words them."""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidColorError

__all__ = [
    "StreamlitColorLengthError",
    "StreamlitColumnNotFoundError",
    "StreamlitInvalidColorError",
]


class StreamlitColumnNotFoundError(StreamlitAPIException):
    def __init__(self, columns: Any, name: Any) -> None:
        available = ", ".join(str(c) for c in list(columns))
        super().__init__(
            f'Data does not have a column named `"{name}"`. Available columns are `{available}`'
        )


class StreamlitColorLengthError(StreamlitAPIException):
    def __init__(self, colors: Any, columns: list[str]) -> None:
        super().__init__(
            f"The list of colors `{colors}` must have the same length as the list of "
            f"columns to be colored `{columns}`."
        )
