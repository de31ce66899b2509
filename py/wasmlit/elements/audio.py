"""st.audio: an audio player for bytes, a file, a URL or a NumPy waveform.

A NumPy array (with ``sample_rate``) is encoded to WAV here, in Python; see
``wasmlit.runtime.wav``. The UI plays from ``start_time``, pauses at
``end_time`` (or jumps back to ``start_time`` with ``loop``), see
ui/src/media/playback.ts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.playback import PLAYBACK_PROPS, source_props
from wasmlit.elements.spec import element
from wasmlit.elements.width import check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.media_time import media_times
from wasmlit.runtime.wav import is_ndarray, numpy_to_wav

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

DEFAULT_FORMAT = "audio/wav"

SPEC = element("audio", PLAYBACK_PROPS, doc="An audio player.")


def audio(
    dg: DeltaGenerator,
    data: Any,
    format: str = DEFAULT_FORMAT,
    start_time: Any = 0,
    *,
    sample_rate: int | None = None,
    end_time: Any = None,
    loop: bool = False,
    autoplay: bool = False,
    alt: str | None = None,
    width: Any = "stretch",
) -> DeltaGenerator:
    """st.audio: an audio player; NumPy arrays need ``sample_rate``."""
    start, end = media_times(start_time, end_time)
    checked_width = check_width(width, allow_content=False)
    array = is_ndarray(data)
    if array and sample_rate is None:
        raise StreamlitAPIException("`sample_rate` must be specified when `data` is a numpy array.")
    if not array and sample_rate is not None:
        dg.warning("Warning: `sample_rate` will be ignored since data is not a numpy array.")
    if array:
        data = numpy_to_wav(data, int(sample_rate))  # type: ignore[arg-type]
    props = {
        **source_props(data, format, DEFAULT_FORMAT, "st.audio"),
        "start_time": start,
        "end_time": end,
        "loop": bool(loop),
        "autoplay": bool(autoplay),
        "alt": None if alt is None else str(alt),
        "width": checked_width,
    }
    return dg._put_element("audio", props)
