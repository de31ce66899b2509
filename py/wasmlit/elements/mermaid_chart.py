"""st.mermaid_chart: a Mermaid diagram, rendered to SVG in the browser.

The UI loads mermaid lazily, renders with ``securityLevel: "strict"`` and
sanitizes the SVG before showing it. ``alt`` is the diagram's accessible name;
without it the diagram keeps its own accTitle/accDescr, or the UI names it by
its type ("Mermaid flowchart").

Example::

    st.mermaid_chart("graph LR\\n  A[Start] --> B[Stop]")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.graphviz_chart import check_alt
from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Optional, Str
from wasmlit.runtime.util import clean_text

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "mermaid_chart",
    {
        "body": Str(),  # Mermaid definition, dedented
        "width": WIDTH,  # applied by the element container
        "alt": Optional(Str()),
    },
    doc="A Mermaid diagram drawn as SVG.",
)


def mermaid_chart(
    dg: DeltaGenerator, body: Any, *, width: Any = "stretch", alt: Any = None
) -> DeltaGenerator:
    """st.mermaid_chart: draw a Mermaid diagram."""
    if not isinstance(body, str):
        raise StreamlitAPIException(
            "`st.mermaid_chart` expects the diagram definition as a str, "
            f"got {type(body).__name__}."
        )
    props = {
        "body": clean_text(body),  # indented triple-quoted bodies are the norm
        "width": check_width(width, allow_content=True),
        "alt": check_alt(alt),
    }
    return dg._put_element("mermaid_chart", props)
