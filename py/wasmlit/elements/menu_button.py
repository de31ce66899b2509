"""st.menu_button: a button opening a menu; the chosen option lasts one run.

The UI answers with the chosen option's index as a trigger, like a button click.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Arr, Enum, Int, Optional, Str
from wasmlit.runtime.choices import labels_of
from wasmlit.runtime.options import index_of, to_list
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

TYPES = ("primary", "secondary", "tertiary")

SPEC = element(
    "menu_button",
    {
        "options": Arr(Str()),  # format_func applied
        "type": Enum(*TYPES),
        "icon": Optional(Str()),
    },
    chrome=True,
    widget_value=Optional(Int()),
    trigger=True,
    doc="A menu of options; the chosen option is returned for the one run it triggers.",
)


def menu_button(
    dg: DeltaGenerator,
    label: str,
    options: Any,
    *,
    key: Any = None,
    help: str | None = None,
    on_click: Any = None,
    args: Any = None,
    kwargs: Any = None,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    width: Any = "content",
    format_func: Callable[[Any], Any] = str,
    wrap: bool | None = None,
) -> Any:
    """st.menu_button: the option chosen in this run's click, else None."""
    if type not in TYPES:
        raise StreamlitAPIException(
            'The type argument to st.menu_button must be "primary", "secondary", or '
            f'"tertiary".\nThe argument passed was "{type}".'
        )
    opts = to_list(options)
    labels = labels_of(opts, format_func)

    def serialize(v: Any) -> int | None:
        return None if v is None else index_of(opts, v)

    def deserialize(wire: Any) -> Any:
        if wire is None:
            return None
        if isinstance(wire, bool) or not isinstance(wire, int):
            raise TypeError(wire)
        return opts[wire]

    props = {
        **chrome(label, help, disabled, "visible", width=width, wrap=wrap),
        "options": labels,
        "type": type,
        "icon": icon,
    }
    return widget(
        dg,
        "menu_button",
        key=key,
        identity={"label": label, "options": labels, "help": help, "type": type, "icon": icon},
        default=None,
        serialize=serialize,
        deserialize=deserialize,
        props=lambda wire: props,
        callback=Callback.of(on_click, args, kwargs),
        trigger=True,
        reset=None,  # not False: index 0 == False would never reset
        settable=False,
        info={"options": opts, "labels": labels},
    )
