"""st.echo: show the code of a ``with`` block next to what it writes.

The block is read from the script's source: the lines after the ``with``
statement that are indented deeper than it, dedented. With
``code_location="above"`` an empty slot is reserved on entry and filled with
the code on exit, so the code appears above the block's output.

Example::

    with st.echo():
        st.write("shown with its code")
"""

from __future__ import annotations

import linecache
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager

from wasmlit.runtime.caller import user_frame
from wasmlit.runtime.delta_generator import active


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _code_part(line: str) -> str:
    """The line without a trailing comment (good enough to find the header's ``:``)."""
    return line.split("#", 1)[0].rstrip()


def block_source(lines: list[str], with_line: int) -> str:
    """The dedented body of the ``with`` statement starting at 1-based ``with_line``."""
    start = with_line - 1
    base = _indent(lines[start])
    body_start = start
    while body_start < len(lines) and not _code_part(lines[body_start]).endswith(":"):
        body_start += 1  # a header spread over several lines
    body: list[str] = []
    for line in lines[body_start + 1 :]:
        if line.strip() and _indent(line) <= base:
            break
        body.append(line)
    return textwrap.dedent("".join(body)).strip("\n")


@contextmanager
def echo(code_location: str = "above") -> Iterator[None]:
    """st.echo: a context manager that also shows its block's source code."""
    frame = user_frame()
    # Read now: after the block the frame's current line is the block's end.
    filename, with_line = (frame.f_code.co_filename, frame.f_lineno) if frame else ("", 0)
    dg = active()
    placeholder = dg.empty() if code_location != "below" else None
    yield
    target = placeholder or dg
    linecache.checkcache(filename)
    lines = linecache.getlines(filename) if filename else []
    if not lines:
        target.warning("Unable to display code: the script's source could not be read.")
        return
    target.code(block_source(lines, with_line), "python")
