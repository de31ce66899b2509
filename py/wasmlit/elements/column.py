"""One column of st.columns; its ``weight`` is its share of the row's width."""

from wasmlit.elements.columns import ALIGN, GAP
from wasmlit.elements.spec import block
from wasmlit.protocol.schema import Bool, Num

SPEC = block(
    "column",
    {"weight": Num(), "gap": GAP, "vertical_alignment": ALIGN, "border": Bool()},
    doc="One column; weights of a row's columns are relative.",
)
