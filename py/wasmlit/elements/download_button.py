"""st.download_button: a button whose click saves ``data`` as a file in the browser.

The bytes travel as a binary prop; the browser download (Blob + object URL)
happens on the main thread. A callable ``data`` is lazy: it is called only in
the run a click triggers, and the UI saves the file when those bytes arrive.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from wasmlit.elements.icon_position import ICON_POSITION, check_icon_position
from wasmlit.elements.shortcuts import claim_shortcut
from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, button_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Binary, Bool, Enum, Optional, Str
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "download_button",
    {
        "type": Enum("primary", "secondary", "tertiary"),
        "icon": Optional(Str()),
        "icon_position": ICON_POSITION,
        "width": WIDTH,  # use_container_width=True arrives as "stretch"
        "data": Optional(Binary()),  # None while a callable ``data`` waits for a click
        "file_name": Str(),
        "mime": Str(),
        "deferred": Bool(),  # True: the click must reach Python to produce the bytes
        "on_click": Enum("rerun", "ignore"),  # "ignore": the click does not rerun the script
        "shortcut": Optional(Str()),  # normalized key combination that clicks it
    },
    optional=("shortcut",),
    chrome=True,
    widget_value=Bool(),
    trigger=True,
    doc="A download button; its value is True for the one run its click triggers.",
)

_TYPES = ("primary", "secondary", "tertiary")


def to_bytes(data: Any) -> tuple[bytes, str]:
    """The file's bytes and the default MIME type for ``data``."""
    if isinstance(data, str):
        return data.encode("utf-8"), "text/plain"
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data), "application/octet-stream"
    if isinstance(data, io.TextIOBase):
        data.seek(0)
        return data.read().encode("utf-8"), "text/plain"
    if hasattr(data, "read"):
        if hasattr(data, "seek"):
            data.seek(0)
        content = data.read()
        if isinstance(content, str):
            return content.encode("utf-8"), "text/plain"
        return bytes(content), "application/octet-stream"
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")


def _file_name(file_name: Any, mime: str) -> str:
    if file_name:
        return str(file_name)
    import mimetypes

    return "download" + (mimetypes.guess_extension(mime) or "")


def download_button(
    dg: DeltaGenerator,
    label: str,
    data: Any,
    file_name: str | None = None,
    mime: str | None = None,
    key: Any = None,
    help: str | None = None,
    on_click: Any = "rerun",
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
    """st.download_button: True only in the run triggered by its click."""
    if type not in _TYPES:
        raise StreamlitAPIException(
            'The type argument to st.download_button must be "primary", "secondary", or '
            f'"tertiary".\nThe argument passed was "{type}".'
        )
    mode = on_click if on_click in ("rerun", "ignore") else "rerun"
    callback = Callback.of(None if mode == on_click else on_click, args, kwargs)
    deferred = callable(data) and not hasattr(data, "read")
    base = {
        **chrome(
            label,
            help,
            disabled,
            "visible",
            width=button_width(width, use_container_width),
            wrap=wrap,
        ),
        "type": type,
        "icon": icon,
        "icon_position": check_icon_position(icon_position, "st.download_button"),
        "deferred": deferred,
        "on_click": mode,
    }
    keys = claim_shortcut(shortcut, "st.download_button")
    if keys is not None:
        base["shortcut"] = keys

    def props(clicked: Any) -> dict[str, Any]:
        if deferred and not clicked:
            guess = mime or "application/octet-stream"
            return {**base, "data": None, "file_name": _file_name(file_name, guess), "mime": guess}
        content, default_mime = to_bytes(data() if deferred else data)
        final_mime = mime or default_mime
        return {
            **base,
            "data": content,
            "file_name": _file_name(file_name, final_mime),
            "mime": final_mime,
        }

    return bool(
        widget(
            dg,
            "download_button",
            key=key,
            identity={
                "label": label,
                "help": help,
                "type": type,
                "icon": icon,
                "file_name": file_name,
                "mime": mime,
            },
            default=False,
            serialize=bool,
            deserialize=bool,
            props=props,
            callback=callback,
            trigger=True,
            settable=False,
        )
    )
