"""st.chat_input: a message box; returns the submitted text for one run, then None.

Called on the main area (``st.chat_input``) it is pinned to the bottom of the
app, as in Streamlit; inside a container it renders inline.

Text set through ``st.session_state[key]`` is not a submission: it fills the
box (``fill``, tagged with the run that set it so the same text can be set
twice) and the key is cleared, as for Streamlit's trigger widgets.
``submit_mode="disable"`` keeps the box disabled from a submission until the
run it starts has finished.

With ``accept_file`` (True, "multiple" or "directory") the user attaches
files (a button, or dropped on the box) that upload at once and show as
chips until sent; the value is then a :class:`ChatInputValue` with ``text``
and ``files`` (always a list). The wire value is the plain text, or
``{"text", "files"}`` when files or audio are accepted.

With ``accept_audio`` a microphone button records a WAV (resampled in the
browser to ``audio_sample_rate``, as for st.audio_input) that is uploaded and
sent as the submission's ``audio`` reference; the value is a
:class:`ChatInputValue` whose ``audio`` is an ``UploadedFile`` or None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.audio_input import check_sample_rate
from wasmlit.elements.chat_input_value import ChatInputValue
from wasmlit.elements.spec import element
from wasmlit.elements.text_input import check_max_chars
from wasmlit.elements.width import check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Arr, Bool, Enum, Int, Obj, Optional, Str, Union
from wasmlit.runtime.context import current
from wasmlit.runtime.file_types import (
    accepted_files,
    normalize_file_types,
    refs_of,
    upload_limit_mb,
)
from wasmlit.runtime.uploads import FILE_REF, UploadedFile, uploaded_files
from wasmlit.runtime.util import check_height
from wasmlit.runtime.widgets import Callback, compute_id, to_key, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SUBMIT_MODES = ("submit", "disable")
FILE_MODES = ("none", "single", "multiple", "directory")
WAV_TYPES = frozenset({"audio/wav", "audio/wave", "audio/x-wav"})

# A submission with files or audio: the text, the attached files' references
# and the recording's reference (absent or null when nothing was recorded).
SUBMISSION = Obj(
    {"text": Str(), "files": Arr(FILE_REF), "audio": Optional(FILE_REF)}, optional=("audio",)
)

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
        "accept_file": Enum(*FILE_MODES),  # accept_file False / True / "multiple" / "directory"
        "file_type": Arr(Str()),  # normalized, see wasmlit.runtime.file_types; empty: any
        "max_upload_size": Int(),  # megabytes per file
        "accept_audio": Bool(),  # a microphone button records a WAV
        "audio_sample_rate": Optional(Int()),  # None: keep the AudioContext's rate
    },
    # The text alone, or the text with files when accept_file is set.
    widget_value=Optional(Union(Str(), SUBMISSION)),
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
    audio_sample_rate: int | None = 16000,
    disabled: bool = False,
    submit_mode: str = "submit",
    on_submit: Any = None,
    args: Any = None,
    kwargs: Any = None,
    width: Any = "stretch",
    height: Any = "content",
) -> str | ChatInputValue | None:
    """st.chat_input: the text the user just sent, or None (a ChatInputValue with files)."""
    from wasmlit.runtime.delta_generator import BOTTOM, MAIN

    takes_audio = bool(accept_audio)
    sample_rate = check_sample_rate(audio_sample_rate) if takes_audio else None
    file_mode = _file_mode(accept_file)
    takes_files = file_mode != "none"
    structured = takes_files or takes_audio
    types = normalize_file_types(file_type)
    limit_mb = upload_limit_mb(max_upload_size, current().options)
    if submit_mode not in SUBMIT_MODES:
        raise StreamlitAPIException(
            f'st.chat_input\'s submit_mode must be "submit" or "disable", got {submit_mode!r}.'
        )
    max_chars = check_max_chars(max_chars)
    width_value = check_width(width, allow_content=False)
    check_height(height)
    height_value: str | int = height
    target = BOTTOM if dg == MAIN else dg
    identity: dict[str, Any] = {"placeholder": placeholder, "max_chars": max_chars}
    if takes_files:  # the file parameters reset a keyed widget, as in Streamlit
        identity.update(accept_file=file_mode, file_type=types, max_upload_size=limit_mb)
    if takes_audio:
        identity.update(accept_audio=True, audio_sample_rate=sample_rate)
    key_identity = ("accept_file", "file_type", "max_upload_size") if takes_files else ()
    widget_id = compute_id("chat_input", to_key(key), identity, key_identity)
    fill = _take_text_from_state(to_key(key), widget_id)

    def serialize(value: Any) -> str | dict[str, Any] | None:
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, ChatInputValue | dict):  # AppTest: a submission with files
            files = value.get("files") or []
            wire: dict[str, Any] = {
                "text": str(value.get("text") or ""),
                "files": refs_of(files),
            }
            audio = value.get("audio")
            if audio is not None:
                wire["audio"] = refs_of([audio])[0]
            return wire
        return str(value)

    def deserialize(wire: Any) -> str | ChatInputValue | None:
        if wire is None:
            return None
        audio_ref = None
        if isinstance(wire, str):
            text, refs = wire, []
        elif isinstance(wire, dict) and isinstance(wire.get("text"), str):
            text, refs, audio_ref = wire["text"], wire.get("files", []), wire.get("audio")
        else:
            raise TypeError(f"expected a chat submission, got {wire!r}")
        if not structured:
            return text
        files = accepted_files(current().uploads, refs, types, limit_mb) if takes_files else []
        audio = _recording(audio_ref) if takes_audio else None
        return ChatInputValue(
            text, files, audio, include_files=takes_files, include_audio=takes_audio
        )

    return widget(
        target,
        "chat_input",
        key=key,
        identity=identity,
        key_identity=key_identity,
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
            "accept_file": file_mode,
            "file_type": types,
            "max_upload_size": limit_mb,
            "accept_audio": takes_audio,
            "audio_sample_rate": sample_rate,
        },
        callback=Callback.of(on_submit, args, kwargs),
        trigger=True,
        reset=None,
    )


def _recording(ref: Any) -> UploadedFile | None:
    """The recorded WAV for a reference; Streamlit refuses anything but a .wav."""
    if ref is None:
        return None
    found = uploaded_files(current().uploads, [ref])
    if not found:
        return None
    audio = found[0]
    if not audio.name.lower().endswith(".wav"):
        raise StreamlitAPIException(
            f"Invalid file extension for audio input: `{audio.name}`. "
            "Only WAV files (.wav) are accepted."
        )
    if audio.type not in WAV_TYPES:
        raise StreamlitAPIException(
            f"Invalid MIME type for audio input: `{audio.type}`. "
            f"Expected one of {sorted(WAV_TYPES)}."
        )
    return audio


def _file_mode(accept_file: Any) -> str:
    if accept_file is True:
        return "single"
    if accept_file is False:
        return "none"
    if accept_file in ("multiple", "directory"):
        return str(accept_file)
    raise StreamlitAPIException(
        "The `accept_file` parameter must be a boolean or 'multiple' or 'directory'."
    )


def _take_text_from_state(key: str | None, widget_id: str) -> str | None:
    """Text the script set under the widget's key: it goes to the box, not the script."""
    state = current().state
    if key is None or not state.set_by_api(key, widget_id):
        return None
    text = state[key]
    del state[key]
    return None if text is None else str(text)
