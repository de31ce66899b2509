"""st.chat_input: a message box; returns the submitted text for one run, then None.

Called on the main area (``st.chat_input``) it is pinned to the bottom of the
app, as in Streamlit; inside a container it renders inline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.text_input import check_max_chars
from wasmlit.errors import StreamlitAPIException, StreamlitNotSupportedError
from wasmlit.protocol.schema import Bool, Int, Optional, Str
from wasmlit.runtime.widgets import Callback, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "chat_input",
    {
        "placeholder": Str(),
        "max_chars": Optional(Int()),
        "disabled": Bool(),
    },
    widget_value=Optional(Str()),
    trigger=True,
    doc="A chat message box; the submitted text is the value for one run.",
)


def chat_input(
    dg: DeltaGenerator,
    placeholder: str = "Your message",
    *,
    key: Any = None,
    max_chars: int | None = None,
    max_upload_size: Any = None,
    accept_file: Any = False,
    file_type: Any = None,
    accept_audio: bool = False,
    audio_sample_rate: int = 16000,
    disabled: bool = False,
    submit_mode: str = "submit",
    on_submit: Any = None,
    args: Any = None,
    kwargs: Any = None,
    width: Any = "stretch",
    height: Any = "content",
) -> str | None:
    """st.chat_input: the text the user just sent, or None."""
    from wasmlit.runtime.delta_generator import BOTTOM, MAIN

    if accept_file or accept_audio:
        raise StreamlitNotSupportedError("chat_input with accept_file or accept_audio")
    if submit_mode != "submit":
        raise StreamlitAPIException(
            f'st.chat_input\'s submit_mode must be "submit", got "{submit_mode}".'
        )
    max_chars = check_max_chars(max_chars)
    target = BOTTOM if dg == MAIN else dg

    def serialize(value: Any) -> str | None:
        return None if value is None else str(value)

    def deserialize(wire: Any) -> str | None:
        if wire is not None and not isinstance(wire, str):
            raise TypeError(f"expected a string, got {wire!r}")
        return wire

    return widget(
        target,
        "chat_input",
        key=key,
        identity={"placeholder": placeholder, "max_chars": max_chars},
        default=None,
        serialize=serialize,
        deserialize=deserialize,
        props=lambda wire: {
            "placeholder": str(placeholder),
            "max_chars": max_chars,
            "disabled": bool(disabled),
        },
        callback=Callback.of(on_submit, args, kwargs),
        trigger=True,
        reset=None,
    )
