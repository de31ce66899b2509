"""st.columns: a ``columns`` row block whose children are ``column`` blocks."""

from wasmlit.elements.spec import block
from wasmlit.protocol.schema import Bool, Enum, Optional

GAP = Optional(Enum("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge"))
ALIGN = Enum("top", "center", "bottom")

SPEC = block(
    "columns",
    {"gap": GAP, "vertical_alignment": ALIGN, "border": Bool()},
    doc="A row of columns.",
)
