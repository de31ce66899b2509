"""st.popover: a button that opens a floating panel holding the container."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import block
from wasmlit.elements.width import WIDTH, button_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Bool, Enum, Optional, Str
from wasmlit.runtime.block_state import StatefulContainer, block_state

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = block(
    "popover",
    {
        "label": Str(),  # inline Markdown
        "type": Enum("primary", "secondary", "tertiary"),
        "icon": Optional(Str()),
        "help": Optional(Str()),
        "disabled": Bool(),
        "width": WIDTH,
        "wrap": Optional(Bool()),  # the button label's wrapping; None: default
        "open": Bool(),  # the tracked state when widget_id is set
        "widget_id": Optional(Str()),  # set when on_change is "rerun" or a callable
    },
    doc="A button opening a floating panel with the container's content.",
)


def popover(
    dg: DeltaGenerator,
    label: str,
    *,
    type: str = "secondary",
    help: str | None = None,
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    wrap: bool | None = None,
    key: Any = None,
    on_change: Any = "ignore",
    args: Any = None,
    kwargs: Any = None,
) -> StatefulContainer:
    """st.popover: ``open`` is tracked only when on_change is not "ignore"."""
    if label is None:
        raise StreamlitAPIException("A label is required for a popover")
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitAPIException(
            'The type argument to st.popover must be "primary", "secondary", or "tertiary".'
            f'\nThe argument passed was "{type}".'
        )
    state = block_state(
        "popover",
        key=key,
        identity={"label": str(label), "icon": icon, "help": help, "type": type},
        default=False,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )
    props = {
        "label": str(label),
        "type": type,
        "icon": icon,
        "help": None if help is None else str(help),
        "disabled": bool(disabled),
        "width": button_width(width, use_container_width),
        "wrap": None if wrap is None else bool(wrap),
        "open": bool(state.wire),
        "widget_id": state.widget_id,
    }
    cursor = dg._put_block("popover", props, key=state.key)
    return StatefulContainer(cursor, state.value)
