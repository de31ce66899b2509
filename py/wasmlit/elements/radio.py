"""st.radio: options are sent formatted; the UI answers with an index."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Arr, Bool, Int, Optional, Str
from wasmlit.runtime.options import check_index, deserialize_index, formatted, index_of, to_list
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "radio",
    {
        "options": Arr(Str()),  # format_func already applied
        "index": Optional(Int()),  # the selected option, None for no selection
        "horizontal": Bool(),
        "captions": Arr(Str()),
    },
    chrome=True,
    widget_value=Optional(Int()),
)


def radio(
    dg: DeltaGenerator,
    label: str,
    options: Any,
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: Any = None,
    help: str | None = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    horizontal: bool = False,
    captions: Any = None,
    label_visibility: str = "visible",
    width: Any = "content",
) -> Any:
    """st.radio: returns the selected option (or None)."""
    opts = to_list(options)
    index = check_index("Radio", index, len(opts))
    labels = formatted(opts, format_func)
    caption_list = [str(c) for c in (captions or [])]
    if captions is not None and len(caption_list) != len(opts):
        raise StreamlitAPIException("Number of captions must match number of options.")
    base = chrome(label, help, disabled, label_visibility, width=width)
    return widget(
        dg,
        "radio",
        key=key,
        identity={
            "label": label,
            "options": labels,
            "index": index,
            "help": help,
            "horizontal": horizontal,
            "captions": caption_list,
        },
        key_identity=("options",),
        default=None if index is None else opts[index],
        user_default=None if index == 0 else index,
        serialize=lambda v: None if v is None else index_of(opts, v),
        deserialize=partial(deserialize_index, opts),
        props=lambda wire: {
            **base,
            "options": labels,
            "index": wire,
            "horizontal": bool(horizontal),
            "captions": caption_list,
        },
        callback=Callback.of(on_change, args, kwargs),
        info={"options": opts, "labels": labels},
    )
