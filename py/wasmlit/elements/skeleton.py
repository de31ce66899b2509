"""st.skeleton: an animated loading placeholder.

Standalone it is a slot like ``st.empty()``: the next write to the returned
cursor replaces it. As a context manager it shows while the ``with`` block
runs and clears on exit; writes inside the block go to the parent container,
as with ``st.spinner``.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitInvalidHeightError
from wasmlit.protocol.schema import Enum, Int, Optional, Union
from wasmlit.runtime.control import RunInterrupted
from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "skeleton",
    {
        # None: the height of a typical input widget; "stretch": the parent's height
        "height": Optional(Union(Enum("stretch"), Int())),
        "width": WIDTH,
    },
    doc="An animated placeholder for content that is loading.",
)


class SkeletonPlaceholder(DeltaGenerator):
    """The slot cursor st.skeleton returns; ``with`` clears it on exit."""

    __slots__ = ()

    def __enter__(self) -> SkeletonPlaceholder:
        # Writes inside the block go to the parent container, not into the skeleton.
        return self

    def __exit__(self, *exc: object) -> None:
        with suppress(RunInterrupted):
            self._put_element("empty", {})


def _height(height: Any) -> int | str | None:
    if height is None or height == "stretch":
        return height
    if isinstance(height, int) and not isinstance(height, bool) and height > 0:
        return height
    raise StreamlitInvalidHeightError(
        f"Invalid height value: {height!r}. Height must be either a positive integer "
        "(pixels) or 'stretch'."
    )


def skeleton(dg: DeltaGenerator, height: Any = None, *, width: Any = "stretch") -> Any:
    """st.skeleton: a placeholder replaced by the next write to it."""
    props = {"height": _height(height), "width": check_width(width, allow_content=False)}
    slot = dg._put_element("skeleton", props)
    return SkeletonPlaceholder(slot._path, slot=True)
