"""st.chat_input: a message box; returns the submitted text for one run, then None.

Called on the main area (``st.chat_input``) it is pinned to the bottom of the
app, as in Streamlit; inside a container it renders inline.

Text set through ``st.session_state[key]`` is not a submission: it fills the
box (``fill``, tagged with the run that set it so the same text can be set
twice) and the key is cleared, as for Streamlit's trigger widgets.
``submit_mode="disable"`` keeps the box disabled from a submission until the
run it starts has finished.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.text_input import check_max_chars
from wasmlit.elements.width import check_width
from wasmlit.errors import StreamlitAPIException, StreamlitNotSupportedError
from wasmlit.protocol.schema import Bool, Enum, Int, Optional, Str, Union
from wasmlit.runtime.context import current
from wasmlit.runtime.util import check_height
from wasmlit.runtime.widgets import Callback, compute_id, to_key, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SUBMIT_MODES = ("submit", "disable")

SPEC = element(
    "chat_input",
    {
        "placeholder": Str(),
        "max_chars": Optional(Int()),
        "disabled": Bool(),
        "width": Union(Enum("stretch"), Int()),
        # "content": one line growing with the text; pixels: a minimum height that still grows
        "height": Union(Enum("content", "stretch"), Int()),
        "submit_mode": Enum(*SUBMIT_MODES),
        "fill": Optional(Str()),  # text set through Session State this run
        "fill_run": Int(),  # the run that set it
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
    if submit_mode not in SUBMIT_MODES:
        raise StreamlitAPIException(
            f'st.chat_input\'s submit_mode must be "submit" or "disable", got {submit_mode!r}.'
        )
    max_chars = check_max_chars(max_chars)
    width_value = check_width(width, allow_content=False)
    check_height(height)
    height_value: str | int = height
    target = BOTTOM if dg == MAIN else dg
    identity = {"placeholder": placeholder, "max_chars": max_chars}
    fill = _take_text_from_state(to_key(key), compute_id("chat_input", to_key(key), identity))

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
        identity=identity,
        default=None,
        serialize=serialize,
        deserialize=deserialize,
        props=lambda wire: {
            "placeholder": str(placeholder),
            "max_chars": max_chars,
            "disabled": bool(disabled),
            "width": width_value,
            "height": height_value,
            "submit_mode": submit_mode,
            "fill": fill,
            "fill_run": current().run_id,
        },
        callback=Callback.of(on_submit, args, kwargs),
        trigger=True,
        reset=None,
    )


def _take_text_from_state(key: str | None, widget_id: str) -> str | None:
    """Text the script set under the widget's key: it goes to the box, not the script."""
    state = current().state
    if key is None or not state.set_by_api(key, widget_id):
        return None
    text = state[key]
    del state[key]
    return None if text is None else str(text)
