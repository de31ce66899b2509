"""st.graphviz_chart: a Graphviz graph, laid out and drawn as SVG in the browser.

Python sends the DOT source and the layout engine; the UI renders it with
Graphviz compiled to WebAssembly (@viz-js/viz, a lazily loaded chunk), so no
Graphviz binary is needed in Pyodide. ``figure_or_dot`` is a DOT string or a
``graphviz`` object (Graph, Digraph, Source): its ``.source`` and ``.engine``.

Example::

    st.graphviz_chart("digraph { run -> stop }")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.chart_props import HEIGHT, chart_height
from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Optional, Str

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "graphviz_chart",
    {
        "spec": Str(),  # DOT source
        "engine": Str(),  # layout engine (dot, neato, circo, ...); the UI falls back to dot
        "width": WIDTH,  # applied by the element container
        "height": HEIGHT,
        "alt": Optional(Str()),  # accessible name of the drawing
    },
    doc="A Graphviz (DOT) graph drawn as SVG.",
)


def check_alt(alt: Any) -> str | None:
    """None, or the stripped text; an empty string counts as None (no name given)."""
    if alt is None:
        return None
    text = str(alt).strip()
    return text or None


def container_width(width: Any, use_container_width: Any) -> str | int:
    """``width`` after the deprecated ``use_container_width`` (True: stretch, False: content)."""
    if use_container_width is True:
        return "stretch"
    if use_container_width is False:
        return "content"
    return check_width(width, allow_content=True)


def dot_source(figure_or_dot: Any) -> tuple[str, str]:
    """(DOT source, engine) of a DOT string or a ``graphviz`` object."""
    if isinstance(figure_or_dot, str):
        return figure_or_dot, "dot"
    module = type(figure_or_dot).__module__
    source = getattr(figure_or_dot, "source", None)
    if module.split(".")[0] == "graphviz" and isinstance(source, str):
        return source, str(getattr(figure_or_dot, "engine", "dot") or "dot")
    raise StreamlitAPIException(f"Unhandled type for graphviz chart: {type(figure_or_dot)}")


def graphviz_chart(
    dg: DeltaGenerator,
    figure_or_dot: Any,
    use_container_width: bool | None = None,
    *,
    width: Any = "content",
    height: Any = "content",
    alt: Any = None,
) -> DeltaGenerator:
    """st.graphviz_chart: draw a DOT graph."""
    spec, engine = dot_source(figure_or_dot)
    props = {
        "spec": spec,
        "engine": engine,
        "width": container_width(width, use_container_width),
        "height": chart_height(height),
        "alt": check_alt(alt),
    }
    return dg._put_element("graphviz_chart", props)
