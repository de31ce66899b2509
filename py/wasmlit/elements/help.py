"""st.help: an object's name, type, value, docstring and public members.

The introspection lives in :mod:`wasmlit.runtime.help_info`; this module only
declares the element and builds its props.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.protocol.schema import Arr, Obj, Optional, Str
from wasmlit.runtime.help_info import caller_expression, describe

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

MEMBER = Obj(
    {
        "name": Str(),
        "type": Str(),
        "value": Optional(Str()),  # a readable value; otherwise doc_string is shown
        "doc_string": Optional(Str()),  # the member's first docstring line
    }
)

SPEC = element(
    "help",
    {
        "name": Optional(Str()),  # the expression the script wrote, when known
        "type": Str(),
        "value": Optional(Str()),
        "doc_string": Optional(Str()),
        "members": Arr(MEMBER),
        "width": WIDTH,
    },
    doc="st.help: documentation of a Python object.",
)

_STREAMLIT = object()  # st.help() with no argument documents Streamlit itself


def help(dg: DeltaGenerator, obj: Any = _STREAMLIT, *, width: Any = "stretch") -> DeltaGenerator:  # noqa: A001 - Streamlit's name
    """st.help: show documentation and members of ``obj`` (Streamlit itself by default)."""
    if obj is _STREAMLIT:
        import wasmlit.st as streamlit

        obj, name = streamlit, None
    else:
        name = caller_expression()
    props = {**describe(obj, name), "width": check_width(width, allow_content=False)}
    return dg._put_element("help", props)
