"""st.link_button: a button-styled link that opens ``url`` in a new tab.

With ``on_click="ignore"`` (the default) it is a plain element; with
``"rerun"`` or a callable it is also a widget whose click triggers a run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.icon_position import ICON_POSITION, check_icon_position
from wasmlit.elements.shortcuts import claim_shortcut
from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, button_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Bool, Enum, Optional, Str
from wasmlit.runtime.context import current
from wasmlit.runtime.widgets import Callback, chrome, to_key, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "link_button",
    {
        "url": Str(),
        "type": Enum("primary", "secondary", "tertiary"),
        "icon": Optional(Str()),
        "icon_position": ICON_POSITION,
        "width": WIDTH,  # use_container_width=True arrives as "stretch"
        "on_click": Enum("rerun", "ignore"),  # "ignore": opening the link does not rerun
        "shortcut": Optional(Str()),  # normalized key combination that opens it
    },
    optional=("shortcut",),
    chrome=True,
    widget_value=Bool(),
    trigger=True,
    doc="A link styled as a button; opens url in a new tab.",
)


def link_button(
    dg: DeltaGenerator,
    label: str,
    url: str,
    *,
    key: Any = None,
    on_click: Any = "ignore",
    args: Any = None,
    kwargs: Any = None,
    help: str | None = None,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> Any:
    """st.link_button: a DeltaGenerator, or a click bool when on_click reruns."""
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitAPIException(
            'The type argument to st.link_button must be "primary", "secondary", or '
            f'"tertiary".\nThe argument passed was "{type}".'
        )
    mode = on_click if on_click in ("rerun", "ignore") else "rerun"
    props = {
        **chrome(
            label,
            help,
            disabled,
            "visible",
            width=button_width(width, use_container_width),
            wrap=wrap,
        ),
        "url": str(url),
        "type": type,
        "icon": icon,
        "icon_position": check_icon_position(icon_position, "st.link_button"),
        "on_click": mode,
    }
    keys = claim_shortcut(shortcut, "st.link_button")
    if keys is not None:
        props["shortcut"] = keys
    if mode == "ignore":
        user_key = to_key(key)
        current().register_element("link_button", None, user_key)
        return dg._put_element("link_button", props, key=user_key)
    clicked = widget(
        dg,
        "link_button",
        key=key,
        identity={"label": label, "url": url, "help": help, "type": type, "icon": icon},
        default=False,
        serialize=bool,
        deserialize=bool,
        props=lambda wire: props,
        callback=Callback.of(None if on_click == "rerun" else on_click, args, kwargs),
        trigger=True,
        settable=False,
    )
    return bool(clicked)
