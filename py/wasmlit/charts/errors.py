"""The errors of the built-in charts, worded as Streamlit words them."""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitAPIException


class StreamlitColumnNotFoundError(StreamlitAPIException):
    def __init__(self, columns: Any, name: Any) -> None:
        available = ", ".join(str(c) for c in list(columns))
        super().__init__(
            f'Data does not have a column named `"{name}"`. Available columns are `{available}`'
        )


class StreamlitInvalidColorError(StreamlitAPIException):
    def __init__(self, color: Any) -> None:
        super().__init__(
            f"\nThis does not look like a valid color argument: `{color}`.\n\n"
            "The color argument can be:\n\n"
            '* A hex string like "#ffaa00" or "#ffaa0088".\n'
            "* An RGB or RGBA tuple with the red, green, blue, and alpha\n"
            "  components specified as ints from 0 to 255 or floats from 0.0 to\n"
            "  1.0.\n"
            "* The name of a column.\n"
            "* Or a list of colors, matching the number of y columns to draw.\n"
        )


class StreamlitColorLengthError(StreamlitAPIException):
    def __init__(self, colors: Any, columns: list[str]) -> None:
        super().__init__(
            f"The list of colors `{colors}` must have the same length as the list of "
            f"columns to be colored `{columns}`."
        )
