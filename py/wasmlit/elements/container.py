"""st.container (and the block behind st.empty-free layout): a vertical or horizontal group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import block
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.protocol.schema import Bool, Enum, Int, Optional
from wasmlit.runtime.context import current
from wasmlit.runtime.util import check_choice, check_gap, check_height
from wasmlit.runtime.widgets import to_key

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = block(
    "container",
    {
        "border": Optional(Bool()),  # None: Streamlit's default (border only with a fixed height)
        "height": Optional(Int()),  # pixels, scrolling; None sizes to content
        "horizontal": Bool(),
        "wrap": Bool(),  # horizontal only: children that do not fit go onto a new line
        "gap": Optional(Enum("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")),
        "horizontal_alignment": Enum("left", "center", "right", "distribute"),
        "vertical_alignment": Enum("top", "center", "bottom", "distribute"),
        "width": WIDTH,
        # with a fixed height: keep the view at the bottom as content arrives;
        # None: only when it holds chat messages
        "autoscroll": Optional(Bool()),
    },
    doc="A group of elements; key= adds the st-key-<key> class.",
)


def container(
    dg: DeltaGenerator,
    *,
    border: bool | None = None,
    key: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    horizontal: bool = False,
    wrap: bool = True,
    horizontal_alignment: str = "left",
    vertical_alignment: str = "top",
    gap: str | None = "small",
    autoscroll: bool | None = None,
) -> DeltaGenerator:
    """st.container: a block to write into, with ``with`` or method calls."""
    user_key = to_key(key)
    current().register_element("container", None, user_key)
    props = {
        "border": None if border is None else bool(border),
        "height": check_height(height),
        "horizontal": bool(horizontal),
        "wrap": bool(wrap),
        "gap": check_gap(gap),
        "horizontal_alignment": check_choice(
            "horizontal_alignment", horizontal_alignment, ("left", "center", "right", "distribute")
        ),
        "vertical_alignment": check_choice(
            "vertical_alignment", vertical_alignment, ("top", "center", "bottom", "distribute")
        ),
        "width": check_width(width),
        "autoscroll": None if autoscroll is None else bool(autoscroll),
    }
    return dg._put_block("container", props, key=user_key)
