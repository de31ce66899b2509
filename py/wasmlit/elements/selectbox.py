"""st.selectbox: options are sent formatted; the UI answers with an index.

With ``accept_new_options=True`` the UI may answer with the typed text instead
(a str on the wire), which the script receives as a str.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Arr, Bool, Enum, Int, Null, Optional, Str, Union
from wasmlit.runtime.choices import FILTER_MODES, check_filter_mode, choice_value, choice_wire
from wasmlit.runtime.options import check_index, formatted, to_list
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "selectbox",
    {
        "options": Arr(Str()),
        "index": Optional(Int()),
        "new_value": Optional(Str()),  # a typed value that is not an option
        "placeholder": Str(),
        "accept_new_options": Bool(),
        "filter_mode": Optional(Enum(*FILTER_MODES)),
        "required": Bool(),  # "(required)" marker; an empty value cannot be committed
        "icon": Optional(Str()),  # an emoji or ":material/name:" inside the box
    },
    chrome=True,
    widget_value=Union(Int(), Str(), Null()),  # an option index, or new text
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
    mode = check_filter_mode(
        filter_mode, accept_new_options=bool(accept_new_options), command="st.selectbox"
    )
    accept_new = bool(accept_new_options)
    opts = to_list(options)
    index = check_index("Selectbox", index, len(opts))
    labels = formatted(opts, format_func)
    if placeholder is None:
        if accept_new:
            placeholder = "Choose or add an option" if opts else "Add an option"
        else:
            placeholder = "Choose an option" if opts else "No options to select."
    base = chrome(label, help, disabled, label_visibility, width=width, allow_content=False)
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
            "accept_new_options": accept_new,
        },
        key_identity=("options",),
        default=None if index is None else opts[index],
        user_default=None if index == 0 else index,
        serialize=lambda v: None if v is None else choice_wire(opts, v, accept_new),
        deserialize=lambda w: None if w is None else choice_value(opts, w, accept_new),
        props=lambda wire: {
            **base,
            "required": bool(required),
            "options": labels,
            "index": wire if isinstance(wire, int) else None,
            "new_value": wire if isinstance(wire, str) else None,
            "placeholder": str(placeholder),
            "accept_new_options": accept_new,
            "filter_mode": mode,
            "icon": None if icon is None else str(icon),
        },
        callback=Callback.of(on_change, args, kwargs),
        info={"options": opts, "labels": labels},
    )
