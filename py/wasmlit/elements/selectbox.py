"""st.selectbox: options are sent formatted; the UI answers with an index."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitNotSupportedError
from wasmlit.protocol.schema import Arr, Int, Optional, Str
from wasmlit.runtime.options import check_index, deserialize_index, formatted, index_of, to_list
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "selectbox",
    {
        "options": Arr(Str()),
        "index": Optional(Int()),
        "placeholder": Str(),
    },
    chrome=True,
    widget_value=Optional(Int()),
)


def selectbox(
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
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    accept_new_options: bool = False,
    filter_mode: str = "fuzzy",
    width: Any = "stretch",
) -> Any:
    """st.selectbox: returns the selected option (or None)."""
    if accept_new_options:
        raise StreamlitNotSupportedError("selectbox(accept_new_options=True)")
    opts = to_list(options)
    index = check_index("Selectbox", index, len(opts))
    labels = formatted(opts, format_func)
    if placeholder is None:
        placeholder = "Choose an option" if opts else "No options to select."
    base = chrome(label, help, disabled, label_visibility)
    return widget(
        dg,
        "selectbox",
        key=key,
        identity={
            "label": label,
            "options": labels,
            "index": index,
            "help": help,
            "placeholder": placeholder,
        },
        key_identity=("options",),
        default=None if index is None else opts[index],
        serialize=lambda v: None if v is None else index_of(opts, v),
        deserialize=partial(deserialize_index, opts),
        props=lambda wire: {
            **base,
            "options": labels,
            "index": wire,
            "placeholder": str(placeholder),
        },
        callback=Callback.of(on_change, args, kwargs),
        info={"options": opts, "labels": labels},
    )
