"""st.expander: a collapsible container with a Markdown label."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import block
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Bool, Enum, Optional, Str
from wasmlit.runtime.block_state import StatefulContainer, block_state

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = block(
    "expander",
    {
        "label": Str(),  # inline Markdown
        "expanded": Bool(),  # initial state; the tracked state when widget_id is set
        "icon": Optional(Str()),
        "widget_id": Optional(Str()),  # set when on_change is "rerun" or a callable
        "width": WIDTH,
        # "compact": no border or background, the toggle is plain inline text
        "type": Enum("default", "compact"),
    },
    doc="A container the user can expand and collapse.",
)


EXPANDER_TYPES = ("default", "compact")


def expander(
    dg: DeltaGenerator,
    label: str,
    expanded: bool = False,
    *,
    key: Any = None,
    icon: str | None = None,
    type: str = "default",
    width: Any = "stretch",
    on_change: Any = "ignore",
    args: Any = None,
    kwargs: Any = None,
    bind: Any = None,
) -> StatefulContainer:
    """st.expander: ``open`` is tracked when on_change is not "ignore" or ``bind`` is set."""
    if label is None:
        raise StreamlitAPIException("A label is required for an expander")
    width_value = check_width(width, allow_content=False)
    if type not in EXPANDER_TYPES:
        raise StreamlitAPIException(
            'The `type` argument to st.expander must be "default" or "compact".'
            f" The argument passed was {type!r}."
        )
    state = block_state(
        "expander",
        key=key,
        identity={"label": str(label), "icon": icon},
        default=bool(expanded),
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        bind=bind,
    )
    props = {
        "label": str(label),
        "expanded": bool(expanded) if state.widget_id is None else bool(state.wire),
        "icon": icon,
        "widget_id": state.widget_id,
        "width": width_value,
        "type": type,
    }
    cursor = dg._put_block("expander", props, key=state.key)
    return StatefulContainer(cursor, state.value)
