"""st.audio_input: records from the microphone; the value is a WAV ``UploadedFile`` or None.

The browser does all the audio work (capture, mono mix, resampling to
``sample_rate``, 16-bit PCM WAV encoding; see ``ui/src/media/``) and sends the
file through the upload plumbing when recording stops. The wire value is the
file's reference (:data:`~wasmlit.runtime.uploads.FILE_REF`) or None after
the user cleared the recording.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Int, Optional
from wasmlit.runtime.context import current
from wasmlit.runtime.uploads import FILE_REF, UploadedFile, ref_of, uploaded_files
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

# The rates Streamlit offers; None records at the browser's own rate.
ALLOWED_SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)

SPEC = element(
    "audio_input",
    {
        "value": Optional(FILE_REF),  # the recording the script sees, None when there is none
        "sample_rate": Optional(Int()),  # None: keep the AudioContext's rate
    },
    chrome=True,
    widget_value=Optional(FILE_REF),
    doc="A microphone recorder; the value is the recording as a mono 16-bit WAV file.",
)


def check_sample_rate(sample_rate: Any) -> int | None:
    """``sample_rate`` if Streamlit allows it; Streamlit's error otherwise."""
    if sample_rate is not None and (
        isinstance(sample_rate, bool) or sample_rate not in ALLOWED_SAMPLE_RATES
    ):
        raise StreamlitAPIException(
            f"Invalid sample_rate: {sample_rate}. "
            f"Must be one of {sorted(ALLOWED_SAMPLE_RATES)} Hz, or None for browser default."
        )
    return None if sample_rate is None else int(sample_rate)


def _check_wav_name(name: str) -> None:
    """Streamlit refuses a recording whose file name is not a .wav (a bypassed UI)."""
    if "\0" in name:
        raise StreamlitAPIException("Filename cannot contain null bytes.")
    base = name.lower().rsplit("/", 1)[-1]
    if not base.endswith(".wav"):
        dot = base.find(".")
        shown = base[dot:] if dot != -1 else ""
        raise StreamlitAPIException(f"Invalid file extension: `{shown}`. Allowed: ['.wav']")


def _serialize(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, UploadedFile):
        return ref_of(value)
    raise StreamlitAPIException(
        f"st.audio_input's value must be an UploadedFile or None, got {type(value).__name__}."
    )


def _deserialize(wire: Any) -> UploadedFile | None:
    if wire is None:
        return None
    files = uploaded_files(current().uploads, [wire])
    if not files:
        return None  # the file is gone (an earlier worker's id): as a deleted file
    _check_wav_name(files[0].name)
    return files[0]


def audio_input(
    dg: DeltaGenerator,
    label: str,
    *,
    sample_rate: int | None = 16000,
    key: Any = None,
    help: str | None = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> UploadedFile | None:
    """st.audio_input: returns the latest recording, or None."""
    rate = check_sample_rate(sample_rate)
    shown_help = help if label else None  # Streamlit drops help without a label
    base = chrome(label, shown_help, disabled, label_visibility, width=width, allow_content=False)
    value: UploadedFile | None = widget(
        dg,
        "audio_input",
        key=key,
        # With a key the key alone is the identity (Streamlit's key_as_main_identity).
        identity={"label": label, "help": shown_help, "width": width, "sample_rate": rate},
        default=None,
        serialize=_serialize,
        deserialize=_deserialize,
        props=lambda wire: {**base, "value": wire, "sample_rate": rate},
        callback=Callback.of(on_change, args, kwargs),
        settable=False,  # Streamlit: writes_allowed=False
    )
    return value
