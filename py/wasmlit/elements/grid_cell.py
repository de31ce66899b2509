"""One cell of st.grid made with ``GridContainer.cell``: spans tracks, groups elements."""

from wasmlit.elements.spec import block
from wasmlit.protocol.schema import Int

SPEC = block(
    "grid_cell",
    {"column_span": Int(), "row_span": Int()},
    doc="A grid cell spanning column_span columns and row_span rows.",
)
