"""st.tabs: a ``tabs`` block whose children are one ``tab`` block per label.

Switching tabs is UI-only unless on_change is "rerun" or a callable, or bind
is set (the URL parameter named by the key holds the label); then the
selected index is a widget value and each tab's ``open`` says if it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import block
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Arr, Int, Optional, Str
from wasmlit.runtime.block_state import StatefulContainer, block_state
from wasmlit.runtime.util import check_height

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = block(
    "tabs",
    {
        "labels": Arr(Str()),  # inline Markdown
        "index": Int(),  # the selected tab: the default, or the tracked state
        "widget_id": Optional(Str()),  # set when on_change is "rerun" or a callable
        "width": WIDTH,
        "height": Optional(Int()),  # pixels: the panels scroll below a fixed tab bar; None: content
    },
    doc="A tab bar; its children are tab blocks, one per label.",
)


def _labels(tabs: Any) -> list[str]:
    try:
        labels = list(tabs)
    except TypeError:
        labels = []
    if not labels:
        raise StreamlitAPIException("The input argument to st.tabs must contain at least one tab.")
    if not all(isinstance(label, str) for label in labels):
        raise StreamlitAPIException(
            "The tabs input list to st.tabs is only allowed to contain strings."
        )
    return labels


def tabs(
    dg: DeltaGenerator,
    tabs: Any,
    *,
    width: Any = "stretch",
    height: Any = "content",
    default: str | None = None,
    key: Any = None,
    on_change: Any = "ignore",
    args: Any = None,
    kwargs: Any = None,
    bind: Any = None,
) -> list[StatefulContainer]:
    """st.tabs: one container per label."""
    labels = _labels(tabs)
    width_value = check_width(width, allow_content=False)
    height_value = check_height(height)
    index = 0
    if default is not None:
        if default not in labels:
            raise StreamlitAPIException(
                f"The default tab {default!r} is not one of the tab labels: {labels}."
            )
        index = labels.index(default)

    def deserialize(wire: Any) -> str:
        return labels[int(wire)]

    state = block_state(
        "tabs",
        key=key,
        identity={"labels": labels, "default": default},
        default=labels[index],
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        serialize=labels.index,
        deserialize=deserialize,
        bind=bind,
        info={"labels": labels},  # the URL shows the selected tab's label
    )
    selected = index if state.widget_id is None else int(state.wire)
    row = dg._put_block(
        "tabs",
        {
            "labels": labels,
            "index": selected,
            "widget_id": state.widget_id,
            "height": height_value,
            "width": width_value,
        },
        key=state.key,
    )
    return [
        StatefulContainer(
            row._put_block("tab", {"label": label}),
            None if state.widget_id is None else i == selected,
        )
        for i, label in enumerate(labels)
    ]
