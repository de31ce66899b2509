"""st.pydeck_chart: not available in the browser; shows a message saying why.

pydeck is not part of the Pyodide distribution and wasmlit does not bundle
deck.gl, the JavaScript library that draws the maps. Rather than stopping the
script with an exception, the command shows an error box in the chart's place
and the rest of the app keeps running. With ``on_select`` it returns an empty
``PydeckState`` so code reading the selection still works.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.alert import error
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.attribute_dict import AttributeDict

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

MESSAGE = (
    "`st.pydeck_chart` is not available in wasmlit: it needs **pydeck**, which is not part "
    "of the Pyodide distribution, and **deck.gl**, the map renderer, which wasmlit does not "
    "bundle. Use `st.map` for maps of points."
)


def pydeck_chart(
    dg: DeltaGenerator,
    pydeck_obj: Any = None,
    *,
    width: Any = "stretch",
    use_container_width: bool | None = None,
    height: Any = 500,
    selection_mode: Any = "single-object",
    on_select: Any = "ignore",
    key: Any = None,
    alt: Any = None,
) -> Any:
    """st.pydeck_chart: an error box naming what is missing; the script continues."""
    if on_select not in ("ignore", "rerun") and not callable(on_select):
        raise StreamlitAPIException(
            f"You have passed {on_select} to `on_select`. But only 'ignore', 'rerun', "
            "or a callable is supported."
        )
    element = error(dg, MESSAGE)
    if on_select == "ignore":
        return element
    return AttributeDict(selection=AttributeDict(indices={}, objects={}))
