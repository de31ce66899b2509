"""st.button."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.icon_position import ICON_POSITION, check_icon_position
from wasmlit.elements.shortcuts import claim_shortcut
from wasmlit.elements.spec import element
from wasmlit.elements.width import button_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Bool, Enum, Optional, Str
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "button",
    {
        "type": Enum("primary", "secondary", "tertiary"),
        "icon": Optional(Str()),
        "icon_position": ICON_POSITION,
        # Set on st.form_submit_button: the form whose pending values it submits.
        "form_id": Optional(Str()),
        # `shortcut`, normalized ("ctrl+shift+k"): the key that clicks the button
        "shortcut": Optional(Str()),
    },
    optional=("form_id", "shortcut"),
    chrome=True,
    widget_value=Bool(),
    trigger=True,
    doc="A button; its value is True for the one run its click triggers.",
)


def button(
    dg: DeltaGenerator,
    label: str,
    key: Any = None,
    help: str | None = None,
    on_click: Any = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """st.button: True only in the run triggered by its click."""
    return button_widget(
        dg,
        label,
        key=key,
        help=help,
        callback=Callback.of(on_click, args, kwargs),
        type=type,
        icon=icon,
        icon_position=icon_position,
        disabled=disabled,
        use_container_width=use_container_width,
        width=width,
        wrap=wrap,
        command="st.button",
        shortcut=shortcut,
    )


def button_widget(
    dg: DeltaGenerator,
    label: Any,
    *,
    key: Any,
    help: Any,
    callback: Callback,
    type: str,
    icon: str | None,
    disabled: bool,
    use_container_width: bool | None,
    command: str,
    icon_position: str = "left",
    width: Any = "content",
    wrap: bool | None = None,
    form_id: str | None = None,
    shortcut: Any = None,
) -> bool:
    """The button element behind st.button and st.form_submit_button."""
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitAPIException(
            f'The type argument to {command} must be "primary", "secondary", or "tertiary".'
            f'\nThe argument passed was "{type}".'
        )
    props: dict[str, Any] = {
        **chrome(
            label,
            help,
            disabled,
            "visible",
            width=button_width(width, use_container_width),
            wrap=wrap,
        ),
        "type": type,
        "icon": None if icon is None else str(icon),
        "icon_position": check_icon_position(icon_position, command),
    }
    keys = claim_shortcut(shortcut, command)
    if keys is not None:
        props["shortcut"] = keys
    identity: dict[str, Any] = {"label": label, "help": help, "type": type, "icon": icon}
    if form_id is not None:
        props["form_id"] = form_id
        identity["form_id"] = form_id
    return bool(
        widget(
            dg,
            "button",
            key=key,
            identity=identity,
            default=False,
            serialize=bool,
            deserialize=bool,
            props=lambda wire: props,
            callback=callback,
            trigger=True,
            settable=False,
            form_submitter=form_id is not None,
        )
    )
