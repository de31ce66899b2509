"""st.container (and the block behind st.empty-free layout): a vertical or horizontal group."""

from wasmlit.elements.spec import block
from wasmlit.protocol.schema import Bool, Enum, Int, Optional

SPEC = block(
    "container",
    {
        "border": Optional(Bool()),  # None: Streamlit's default (border only with a fixed height)
        "height": Optional(Int()),  # pixels, scrolling; None sizes to content
        "horizontal": Bool(),
        "gap": Optional(Enum("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")),
        "horizontal_alignment": Enum("left", "center", "right", "distribute"),
        "vertical_alignment": Enum("top", "center", "bottom", "distribute"),
    },
    doc="A group of elements; key= adds the st-key-<key> class.",
)
