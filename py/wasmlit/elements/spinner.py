"""st.spinner: shown while its ``with`` block runs, then replaced by an empty slot."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Bool, Str
from wasmlit.runtime.control import RunInterrupted

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "spinner",
    # The UI counts elapsed time itself, so it advances while Python is busy.
    {"text": Str(), "show_time": Bool(), "width": WIDTH},
    doc="A spinner with text.",
)


@contextmanager
def spinner(
    dg: DeltaGenerator,
    text: str = "In progress...",
    *,
    show_time: bool = False,
    width: Any = "content",
) -> Iterator[None]:
    """st.spinner: ``with st.spinner("Loading..."): ...`` or ``@st.spinner("Loading...")``."""
    if not isinstance(text, str):
        raise StreamlitAPIException("st.spinner `text` must be a string.")
    props = {"text": text, "show_time": bool(show_time), "width": check_width(width)}
    slot = dg._put_element("spinner", props)
    try:
        yield
    finally:
        # While the run is being torn down the original exception wins.
        with suppress(RunInterrupted):
            slot._put_element("empty", {})
