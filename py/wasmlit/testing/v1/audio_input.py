"""AppTest's ``AudioInput``: hand the app a recording as the browser would.

at.audio_input[0].set_value(wav_bytes).run()   # a new recording
at.audio_input[0].clear().run()                # the user discarded it
"""

from __future__ import annotations

from typing import Any

from wasmlit.runtime.uploads import UploadedFile
from wasmlit.testing.v1.widgets import Widget

# The name and type the browser gives every recording.
RECORDING_NAME = "audio.wav"
RECORDING_TYPE = "audio/wav"


class AudioInput(Widget):
    @property
    def sample_rate(self) -> int | None:
        """The rate the browser records at (None: the browser's own)."""
        return self.props.get("sample_rate")

    def set_value(self, v: Any) -> AudioInput:
        """A recording for the next run: WAV bytes, an ``UploadedFile`` or None."""
        if isinstance(v, bytes | bytearray | memoryview):
            v = self.root._upload(RECORDING_NAME, bytes(v), RECORDING_TYPE)
        elif v is not None and not isinstance(v, UploadedFile):
            raise TypeError(f"a recording is WAV bytes or an UploadedFile, not {type(v).__name__}")
        super().set_value(v)
        return self

    def clear(self) -> AudioInput:
        """Discard the recording, as the widget's clear button does."""
        return self.set_value(None)


AUDIO_WIDGETS: dict[str, type[Widget]] = {"audio_input": AudioInput}
