"""st.columns: a ``columns`` row block whose children are ``column`` blocks."""

from __future__ import annotations

from numbers import Real
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import block
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitInvalidColumnSpecError
from wasmlit.protocol.schema import Bool, Enum, Optional
from wasmlit.runtime.util import check_choice, check_gap

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

GAP = Optional(Enum("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge"))
ALIGN = Enum("top", "center", "bottom")

SPEC = block(
    "columns",
    {
        "gap": GAP,
        "vertical_alignment": ALIGN,
        "border": Bool(),
        "width": WIDTH,
        "wrap": Bool(),  # stack the columns on narrow screens; False keeps them side by side
    },
    doc="A row of columns.",
)

_SPEC_ERROR = (
    "The input argument to st.columns must be either a positive integer or a list of "
    "positive numeric weights. See [documentation](https://docs.streamlit.io/develop/"
    "api-reference/layout/st.columns) for more information."
)


def weights(spec: Any) -> list[float]:
    """Column weights from an int (equal columns) or a sequence of positive numbers."""
    if isinstance(spec, int) and not isinstance(spec, bool):
        if spec <= 0:
            raise StreamlitInvalidColumnSpecError(_SPEC_ERROR)
        return [1.0] * spec
    if isinstance(spec, list | tuple) and spec:
        out = []
        for w in spec:
            if isinstance(w, bool) or not isinstance(w, Real) or w <= 0:
                raise StreamlitInvalidColumnSpecError(_SPEC_ERROR)
            out.append(float(w))
        return out
    raise StreamlitInvalidColumnSpecError(_SPEC_ERROR)


def columns(
    dg: DeltaGenerator,
    spec: Any,
    *,
    gap: str | None = "small",
    vertical_alignment: str = "top",
    border: bool = False,
    width: Any = "stretch",
    wrap: bool = True,
) -> list[DeltaGenerator]:
    """st.columns: returns one cursor per column."""
    column_weights = weights(spec)
    gap = check_gap(gap)
    align = check_choice("vertical_alignment", vertical_alignment, ("top", "center", "bottom"))
    row_props = {
        "gap": gap,
        "vertical_alignment": align,
        "border": bool(border),
        "width": check_width(width, allow_content=False),
        "wrap": bool(wrap),
    }
    row = dg._put_block("columns", row_props)
    column_props = {"gap": gap, "vertical_alignment": align, "border": bool(border)}
    return [row._put_block("column", {"weight": w, **column_props}) for w in column_weights]
