"""The shared ``text_alignment`` parameter of text elements.

props = {"text_alignment": check_text_alignment(text_alignment)}
"""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitInvalidTextAlignmentError
from wasmlit.protocol.schema import Enum

ALIGNMENTS = ("left", "center", "right", "justify")
TEXT_ALIGNMENT = Enum(*ALIGNMENTS)


def check_text_alignment(text_alignment: Any) -> str:
    """Validate ``text_alignment`` as Streamlit does; returns it unchanged."""
    if isinstance(text_alignment, str) and text_alignment in ALIGNMENTS:
        return text_alignment
    raise StreamlitInvalidTextAlignmentError(
        f'Invalid text_alignment value: "{text_alignment}". '
        'Valid values are: "left", "center", "right", "justify".'
    )
