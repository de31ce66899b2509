"""st.audio_input: sample_rate validation, value semantics, callbacks and AppTest."""

from __future__ import annotations

import io
import wave

import pytest

from wasmlit.elements.audio_input import ALLOWED_SAMPLE_RATES
from wasmlit.errors import StreamlitValueAssignmentNotAllowedError
from wasmlit.runtime.uploads import UploadedFile


def _wav(rate: int = 16000, seconds: float = 0.5) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x01\x00" * int(rate * seconds))
    return buf.getvalue()


APP = """
import streamlit as st
import wave
audio = st.audio_input("Voice", key="voice")
if audio is None:
    st.write("audio: None")
else:
    with wave.open(audio) as w:
        st.write(f"audio: {audio.name} {audio.type} {w.getframerate()} {w.getnframes()}")
"""


def _texts(at) -> list[str]:
    return [m.value for m in at.markdown]


def test_allowed_rates_are_streamlits():
    assert ALLOWED_SAMPLE_RATES == (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)


@pytest.mark.parametrize("rate", [*ALLOWED_SAMPLE_RATES, None])
def test_every_allowed_sample_rate_is_accepted_and_sent_to_the_ui(make_app, rate):
    at = make_app(f"import streamlit as st\nst.audio_input('A', sample_rate={rate!r})").run()
    assert not at.exception
    assert at.audio_input[0].sample_rate == rate
    assert at.audio_input[0].props["sample_rate"] == rate


def test_default_sample_rate_is_16000(make_app):
    at = make_app("import streamlit as st\nst.audio_input('A')").run()
    assert at.audio_input[0].sample_rate == 16000


@pytest.mark.parametrize("rate", [0, 12345, 96000, 16000.5, "16000", True])
def test_invalid_sample_rate_raises_streamlits_error(make_app, rate):
    at = make_app(f"import streamlit as st\nst.audio_input('A', sample_rate={rate!r})").run()
    [exc] = at.exception
    assert exc.message == (
        f"Invalid sample_rate: {rate}. Must be one of "
        "[8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000] Hz, "
        "or None for browser default."
    )


def test_value_is_none_until_a_recording_then_an_uploaded_wav(make_app):
    at = make_app(APP).run()
    assert _texts(at) == ["audio: None"]
    assert at.audio_input[0].value is None
    at.audio_input[0].set_value(_wav(16000, 0.5)).run()
    assert _texts(at) == ["audio: audio.wav audio/wav 16000 8000"]
    value = at.audio_input[0].value
    assert isinstance(value, UploadedFile) and value.name == "audio.wav"
    assert at.audio_input[0].props["value"]["name"] == "audio.wav"
    # The value stays across reruns that do not touch the widget.
    at.run()
    assert _texts(at) == ["audio: audio.wav audio/wav 16000 8000"]
    assert at.session_state["voice"] == value


def test_clear_returns_none_and_drops_the_file(make_app):
    at = make_app(APP).run()
    at.audio_input[0].set_value(_wav()).run()
    file_id = at.audio_input[0].value.file_id
    assert file_id in at.session.uploads
    at.audio_input[0].clear().run()
    assert _texts(at) == ["audio: None"]
    assert at.audio_input[0].props["value"] is None
    assert file_id not in at.session.uploads


def test_a_new_recording_replaces_the_old_one(make_app):
    at = make_app(APP).run()
    at.audio_input[0].set_value(_wav(16000, 0.5)).run()
    at.audio_input[0].set_value(_wav(16000, 0.25)).run()
    assert _texts(at) == ["audio: audio.wav audio/wav 16000 4000"]


def test_on_change_runs_with_args_and_kwargs(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.setdefault("calls", [])
        def changed(tag, *, kind):
            value = st.session_state.rec
            st.session_state.calls.append((tag, kind, None if value is None else value.name))
        st.audio_input("Rec", key="rec", on_change=changed, args=("t",), kwargs={"kind": "k"})
        """
    ).run()
    at.run()
    assert at.session_state["calls"] == []
    at.audio_input[0].set_value(_wav()).run()
    assert at.session_state["calls"] == [("t", "k", "audio.wav")]
    at.run()  # no change: no callback
    at.audio_input[0].clear().run()
    assert at.session_state["calls"] == [("t", "k", "audio.wav"), ("t", "k", None)]


def test_session_state_cannot_set_the_value(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.rec = None
        st.audio_input("Rec", key="rec")
        """
    ).run()
    [exc] = at.exception
    assert exc.message == str(StreamlitValueAssignmentNotAllowedError("rec"))


def test_chrome_props_and_key(make_app):
    at = make_app(
        """
        import streamlit as st
        st.audio_input("**Rec**", key="k1", help="Say hi", disabled=True,
                       label_visibility="collapsed", width=300)
        st.audio_input("", help="ignored without a label", key="k2")
        """
    ).run()
    first, second = at.audio_input
    assert (first.label, first.help, first.disabled, first.label_visibility) == (
        "**Rec**",
        "Say hi",
        True,
        "collapsed",
    )
    assert first.props["width"] == 300 and first.key == "k1"
    assert second.help is None
    assert at.get_by_key("k2") is not None


def test_width_content_is_refused(make_app):
    at = make_app("import streamlit as st\nst.audio_input('A', width='content')").run()
    assert at.exception


def test_with_a_key_the_id_survives_parameter_changes(make_app):
    at = make_app(
        """
        import streamlit as st
        rate = st.session_state.get("rate", 16000)
        audio = st.audio_input("Rec", key="rec", sample_rate=rate)
        st.write(f"audio: {audio is not None}")
        """
    ).run()
    widget_id = at.audio_input[0].id
    at.audio_input[0].set_value(_wav()).run()
    at.session_state["rate"] = 44100
    at.run()
    assert at.audio_input[0].id == widget_id
    assert _texts(at) == ["audio: True"]


def test_without_a_key_duplicates_raise(make_app):
    at = make_app("import streamlit as st\nst.audio_input('A')\nst.audio_input('A')").run()
    assert at.exception


def test_a_non_wav_name_is_refused(make_app):
    at = make_app(APP).run()
    bogus = at._upload("sound.mp3", b"ID3", "audio/mpeg")
    at.audio_input[0].set_value(bogus).run()
    [exc] = at.exception
    assert exc.message == "Invalid file extension: `.mp3`. Allowed: ['.wav']"


def test_apptest_set_value_rejects_other_types(make_app):
    at = make_app(APP).run()
    with pytest.raises(TypeError):
        at.audio_input[0].set_value("audio.wav")


def test_inside_a_form_the_recording_waits_for_submit(make_app):
    at = make_app(
        """
        import streamlit as st
        with st.form("f"):
            audio = st.audio_input("Rec")
            st.form_submit_button("Send")
        st.write(f"audio: {audio is not None}")
        """
    ).run()
    at.audio_input[0].set_value(_wav()).run()
    assert _texts(at) == ["audio: False"]
    at.button[0].click().run()
    assert _texts(at) == ["audio: True"]
