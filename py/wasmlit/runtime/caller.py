"""The script's own frame: the innermost frame outside wasmlit and contextlib.

st.help reads the expression the user wrote there, st.echo the ``with`` block.
"""

from __future__ import annotations

import os
import sys
from types import FrameType

_WASMLIT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _is_internal(filename: str) -> bool:
    if filename.startswith("<"):
        return True  # exec'd strings and frozen modules have no source to show
    path = os.path.abspath(filename)
    return path.startswith(_WASMLIT_DIR + os.sep) or os.path.basename(path) == "contextlib.py"


def user_frame() -> FrameType | None:
    """The innermost frame of app code (the script or a module it imported)."""
    frame: FrameType | None = sys._getframe(1)
    while frame is not None and _is_internal(frame.f_code.co_filename):
        frame = frame.f_back
    return frame
