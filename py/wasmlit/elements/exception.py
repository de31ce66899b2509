"""st.exception, and uncaught script errors."""

from __future__ import annotations

import os
import traceback
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Arr, Bool, Int, Obj, Optional, Str

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

FRAME = Obj(
    {
        "filename": Str(),
        "lineno": Int(),
        "name": Str(),
        "line": Optional(Str()),
        "is_user_code": Bool(),  # frames of the app itself, emphasised by the UI
    }
)

SPEC = element(
    "exception",
    {
        "type_name": Str(),  # e.g. "ZeroDivisionError"
        "message": Str(),
        "frames": Arr(FRAME),
        "traceback": Str(),  # the formatted traceback text, as Python prints it
        "is_warning": Bool(),  # deprecation-style warnings use a yellow box
        "width": WIDTH,
    },
    doc="An exception with its traceback.",
)

# Frames from here are runtime plumbing, hidden from the user's traceback.
_CORE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _is_core(filename: str) -> bool:
    return os.path.abspath(filename).startswith(_CORE_DIR + os.sep)


def _user_frames(exc: BaseException) -> list[traceback.FrameSummary]:
    """The traceback without wasmlit's own frames around the user's code."""
    frames = list(traceback.extract_tb(exc.__traceback__))
    while frames and _is_core(frames[0].filename):
        frames.pop(0)  # the runner's exec() call
    if isinstance(exc, StreamlitAPIException):
        # Misuse of an st command: the user's call is what matters.
        while frames and _is_core(frames[-1].filename):
            frames.pop()
    return frames


def exception_props(exc: BaseException, script_dir: str = "") -> dict[str, Any]:
    """The ``exception`` element's props for ``exc``."""
    frames = _user_frames(exc)
    if isinstance(exc, SyntaxError) and exc.filename and exc.lineno:
        frames.append(
            traceback.FrameSummary(exc.filename, exc.lineno, "<module>", line=exc.text or "")
        )
    user_dir = os.path.abspath(script_dir) + os.sep if script_dir else None
    wire_frames = [
        {
            "filename": f.filename,
            "lineno": f.lineno or 0,
            "name": f.name,
            "line": f.line or None,
            "is_user_code": bool(user_dir and os.path.abspath(f.filename).startswith(user_dir)),
        }
        for f in frames
    ]
    text = "".join(traceback.format_exception_only(type(exc), exc))
    if frames and not isinstance(exc, SyntaxError):
        body = "".join(traceback.format_list(frames))
        text = "Traceback (most recent call last):\n" + body + text
    return {
        "type_name": type(exc).__name__,
        "message": str(exc),
        "frames": wire_frames,
        "traceback": text,
        "is_warning": isinstance(exc, Warning),
        "width": "stretch",
    }


def exception(dg: DeltaGenerator, exception: BaseException, width: Any = "stretch") -> Any:
    """st.exception: show an exception with its traceback."""
    from wasmlit.runtime.context import current

    if not isinstance(exception, BaseException):
        raise StreamlitAPIException(
            f"st.exception expects an exception object, got `{type(exception).__name__}`."
        )
    props = exception_props(exception, current().script_dir)
    props["width"] = check_width(width, allow_content=False)
    return dg._put_element("exception", props)
