"""NumPy waveforms to WAV bytes for st.audio, with the stdlib ``wave`` module.

A 1-D array is one channel; a 2-D array is ``(channels, samples)``. Samples are
scaled so the largest magnitude becomes 32767 and written as 16-bit PCM with
the channels interleaved, as Streamlit does. NumPy is imported only here, when
a script passes an array.

Example::

    wav = numpy_to_wav(np.sin(np.linspace(0, 440 * 2 * np.pi, 44100)), 44100)
    assert wav[:4] == b"RIFF" and wav[8:12] == b"WAVE"
"""

from __future__ import annotations

import io
from typing import Any

from wasmlit.errors import StreamlitAPIException


def is_ndarray(value: Any) -> bool:
    """True for a NumPy array, checked without importing NumPy."""
    cls = type(value)
    return cls.__module__ == "numpy" and cls.__name__ == "ndarray"


def _pcm16(array: Any) -> tuple[bytes, int]:
    """Interleaved 16-bit samples and the channel count."""
    import numpy as np

    samples = np.array(array, dtype=float)
    if samples.ndim == 1:
        channels = 1
    elif samples.ndim == 2:
        channels = samples.shape[0]
        samples = samples.T.ravel()  # frame by frame: L1 R1 L2 R2 ...
    else:
        raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
    if samples.size == 0:
        return b"", channels
    peak = np.max(np.abs(samples))
    # An all-zero signal stays silent instead of dividing by zero.
    scaled = samples / peak * 32767 if peak else samples
    return scaled.astype("<i2").tobytes(), channels


def numpy_to_wav(array: Any, sample_rate: int) -> bytes:
    """A complete WAV file (RIFF header included) for ``array`` at ``sample_rate`` Hz."""
    import wave

    frames, channels = _pcm16(array)
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(2)
        wav.setframerate(sample_rate)
        wav.writeframes(frames)
    return out.getvalue()
