"""st.audio and st.video: sources, NumPy to WAV, times, subtitles and errors."""

from __future__ import annotations

import io
import subprocess
import sys
import wave
from datetime import timedelta

import numpy as np
import pytest

from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.media_time import media_times, parse_duration
from wasmlit.runtime.subtitles import is_srt, srt_to_vtt, subtitle_tracks
from wasmlit.runtime.wav import numpy_to_wav

SRT = "1\n00:00:01,000 --> 00:00:02,500\nHello\n\n2\n00:00:03,000 --> 00:00:04,000\nWorld\n"
VTT_OF_SRT = (
    b"WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\nHello\n\n2\n00:00:03.000 --> 00:00:04.000\nWorld"
)
VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nBonjour"


def props_of(at, kind):
    return [el.props for el in at.get(kind)]


# --- sources -----------------------------------------------------------------


def test_audio_from_bytes_file_like_path_url_and_none(make_app, tmp_path):
    (tmp_path / "purr.mp3").write_bytes(b"ID3-mp3-bytes")
    at = make_app(
        f"""
        import io
        import streamlit as st
        st.audio(b"RIFFxxxxWAVE")
        st.audio(io.BytesIO(b"OggS-bytes"), format="audio/ogg")
        st.audio({str(tmp_path / "purr.mp3")!r})
        st.audio({str(tmp_path / "purr.mp3")!r}, format="audio/x-custom")
        st.audio("https://example.com/a/song.ogg?x=1")
        st.audio(None)
        """
    ).run()
    assert not at.exception
    p = props_of(at, "audio")
    assert (p[0]["data"], p[0]["url"], p[0]["mime_type"]) == (b"RIFFxxxxWAVE", None, "audio/wav")
    assert (p[1]["data"], p[1]["mime_type"]) == (b"OggS-bytes", "audio/ogg")
    # A file's name gives its type unless a format is given explicitly.
    assert (p[2]["data"], p[2]["mime_type"]) == (b"ID3-mp3-bytes", "audio/mpeg")
    assert p[3]["mime_type"] == "audio/x-custom"
    assert (p[4]["data"], p[4]["url"]) == (None, "https://example.com/a/song.ogg?x=1")
    assert (p[5]["data"], p[5]["url"], p[5]["content_id"]) == (None, None, None)
    # Defaults, as Streamlit's proto has them.
    assert {k: p[0][k] for k in ("start_time", "end_time", "loop", "autoplay", "alt", "width")} == {
        "start_time": 0,
        "end_time": None,
        "loop": False,
        "autoplay": False,
        "alt": None,
        "width": "stretch",
    }


def test_the_same_bytes_keep_the_same_content_id_across_runs(make_app):
    at = make_app(
        """
        import streamlit as st
        st.audio(b"same")
        st.audio(b"other")
        """
    ).run()
    first = [p["content_id"] for p in props_of(at, "audio")]
    at.run()
    assert [p["content_id"] for p in props_of(at, "audio")] == first
    assert first[0] != first[1] and all(isinstance(c, str) and c for c in first)


def test_uploaded_file_keeps_its_type(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.setdefault("f", None)
        if st.session_state.f is not None:
            st.audio(st.session_state.f)
        """
    )
    at.session_state["f"] = at._upload("voice.webm", b"webm-bytes", "audio/webm")
    at.run()
    [p] = props_of(at, "audio")
    assert (p["data"], p["mime_type"]) == (b"webm-bytes", "audio/webm")


def test_missing_file_and_unknown_type_raise(make_app):
    at = make_app(
        """
        import streamlit as st
        st.audio("not/a/real/file.wav")
        """
    ).run()
    assert "could not find the file" in at.exception[0].value
    at = make_app("import streamlit as st\nst.video(42)\n").run()
    assert "cannot show data of type int" in at.exception[0].value


def test_options_and_alt_reach_the_props(make_app):
    at = make_app(
        """
        import streamlit as st
        st.audio(b"a", "audio/mp3", 10, end_time=21, loop=True, autoplay=True,
                 alt="A cat purring", width=300)
        st.video(b"v", start_time=10, end_time=18, loop=True, autoplay=True, muted=True,
                 alt="A short film")
        """
    ).run()
    [a] = props_of(at, "audio")
    [v] = props_of(at, "video")
    assert (a["mime_type"], a["start_time"], a["end_time"], a["loop"], a["autoplay"]) == (
        "audio/mp3",
        10,
        21,
        True,
        True,
    )
    assert (a["alt"], a["width"]) == ("A cat purring", 300)
    assert (v["start_time"], v["end_time"], v["loop"], v["autoplay"], v["muted"]) == (
        10,
        18,
        True,
        True,
        True,
    )
    assert (v["alt"], v["kind"], v["mime_type"], v["subtitles"]) == (
        "A short film",
        "native",
        "video/mp4",
        [],
    )


@pytest.mark.parametrize("width", ["invalid", -100, 0, 100.5, None, "content"])
@pytest.mark.parametrize("command", ["audio", "video"])
def test_invalid_width_raises(make_app, command, width):
    at = make_app(f"import streamlit as st\nst.{command}(b'x', width={width!r})\n").run()
    assert at.exception[0].type_name == "StreamlitInvalidWidthError"


# --- NumPy arrays --------------------------------------------------------------


def read_wav(data: bytes) -> tuple[wave._wave_params, np.ndarray]:
    with wave.open(io.BytesIO(data), "rb") as w:
        params = w.getparams()
        frames = np.frombuffer(w.readframes(params.nframes), dtype="<i2")
    return params, frames


def test_numpy_mono_becomes_a_16_bit_wav_scaled_to_its_peak(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        t = np.linspace(0, 1, 8000, False)
        st.audio(0.25 * np.sin(2 * np.pi * 440 * t), sample_rate=8000)
        """
    ).run()
    [p] = props_of(at, "audio")
    assert p["mime_type"] == "audio/wav" and p["data"][:4] == b"RIFF"
    params, frames = read_wav(p["data"])
    assert (params.nchannels, params.sampwidth, params.framerate, params.nframes) == (
        1,
        2,
        8000,
        8000,
    )
    t = np.linspace(0, 1, 8000, False)
    signal = 0.25 * np.sin(2 * np.pi * 440 * t)
    expected = (signal / np.max(np.abs(signal)) * 32767).astype(np.int16)
    assert np.array_equal(frames, expected)
    assert frames.max() == 32767  # the peak is full scale whatever the input's level


def test_numpy_stereo_rows_are_channels_interleaved_frame_by_frame():
    wav = numpy_to_wav(np.array([[1, 9], [6, 1]]), 44100)
    params, frames = read_wav(wav)
    assert (params.nchannels, params.framerate, params.nframes) == (2, 44100, 2)
    # L1 R1 L2 R2, each sample / 9 * 32767 truncated
    assert frames.tolist() == [3640, 21844, 32767, 3640]


def test_numpy_wav_bytes_match_streamlits_exactly():
    assert numpy_to_wav(np.array([1, 9]), 7) == (
        b"RIFF(\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x07\x00\x00\x00\x0e\x00\x00\x00"
        b"\x02\x00\x10\x00data\x04\x00\x00\x008\x0e\xff\x7f"
    )
    assert numpy_to_wav(np.array([]), 44100) == (
        b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00D\xac\x00\x00\x88X\x01\x00"
        b"\x02\x00\x10\x00data\x00\x00\x00\x00"
    )


def test_silence_stays_silent():
    _, frames = read_wav(numpy_to_wav(np.zeros(10), 100))
    assert frames.tolist() == [0] * 10


def test_numpy_errors_and_the_sample_rate_warning(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        st.audio(np.array([1, 2, 3]))
        """
    ).run()
    assert at.exception[0].value == "`sample_rate` must be specified when `data` is a numpy array."
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        st.audio(np.zeros((2, 2, 2)), sample_rate=100)
        """
    ).run()
    assert at.exception[0].value == "Numpy array audio input must be a 1D or 2D array."
    at = make_app("import streamlit as st\nst.audio(b'RIFF', sample_rate=44100)\n").run()
    assert not at.exception
    assert at.warning[0].value == (
        "Warning: `sample_rate` will be ignored since data is not a numpy array."
    )
    assert [el.type for el in at.main][1:] == ["warning", "audio"]  # the block comes first


def test_numpy_video_sends_the_array_bytes(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        st.video(np.array([1, 2], dtype=np.uint8))
        """
    ).run()
    assert props_of(at, "video")[0]["data"] == b"\x01\x02"


def test_the_core_does_not_import_numpy_for_media():
    code = (
        "import sys, wasmlit.elements.audio, wasmlit.elements.video, wasmlit.runtime.wav;"
        "assert 'numpy' not in sys.modules and 'pandas' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- start_time / end_time ----------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("1s", None, (1, None)),
        ("1m", None, (60, None)),
        ("1m2s", None, (62, None)),
        (0, "1m", (0, 60)),
        ("1h2m3s", None, (3723, None)),
        ("1m2s", "1m10s", (62, 70)),
        ("10 seconds", "15 seconds", (10, 15)),
        ("3 minutes 10 seconds", "3 minutes 20 seconds", (190, 200)),
        ("2 minute", "1m 14s", (120, 74)),
        ("00:01:10", "1 days 00:00:10", (70, 86410)),
        ("P1DT2H", "1d2h", (93600, 93600)),
        ("0.5 minutes", "1.9s", (30, 1)),
        (2.9, timedelta(seconds=70.5), (2, 70)),
        ("10", None, (0, None)),  # pandas reads a bare number as nanoseconds
    ],
)
def test_times_read_like_pandas_timedelta(start, end, expected):
    assert media_times(start, end) == expected


@pytest.mark.parametrize("text", ["abc", "", "1:10", "1.5", "5 parsecs", "nan", "1s x"])
def test_unreadable_durations(text):
    with pytest.raises(ValueError):
        parse_duration(text)


def test_time_errors_name_the_parameter():
    with pytest.raises(StreamlitAPIException) as err:
        media_times("INVALID_VALUE", None)
    assert str(err.value) == (
        "Failed to convert 'start_time' to a timedelta. Please use a string in a format "
        "supported by [Pandas Timedelta constructor]"
        "(https://pandas.pydata.org/docs/reference/api/pandas.Timedelta.html), "
        'e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: INVALID_VALUE'
    )
    with pytest.raises(StreamlitAPIException, match="Failed to convert 'end_time'.*Got: nope"):
        media_times(5, "nope")
    with pytest.raises(StreamlitAPIException, match="'start_time'.*Got: None"):
        media_times(None, None)


@pytest.mark.parametrize(("start", "end"), [(-1, None), (0, 0), (10, 5)])
def test_video_rejects_a_bad_range(make_app, start, end):
    at = make_app(f"import streamlit as st\nst.video(b'v', start_time={start}, end_time={end})\n")
    at.run()
    assert at.exception[0].value == "Invalid start_time and end_time combination."


def test_audio_times_in_the_app(make_app):
    at = make_app(
        """
        import streamlit as st
        from datetime import timedelta
        st.audio(b"a", start_time="1m14s", end_time=timedelta(minutes=2))
        """
    ).run()
    [p] = props_of(at, "audio")
    assert (p["start_time"], p["end_time"]) == (74, 120)


# --- YouTube -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        ("https://youtu.be/_T8LGqJtuGc", "https://www.youtube.com/embed/_T8LGqJtuGc"),
        (
            "https://www.youtube.com/watch?v=kmfC-i9WgH0",
            "https://www.youtube.com/embed/kmfC-i9WgH0",
        ),
        ("https://www.youtube.com/embed/sSn4e1lLVpA", "https://www.youtube.com/embed/sSn4e1lLVpA"),
        ("https://youtube.com/e/0TSXM-BGqHU", "https://www.youtube.com/embed/0TSXM-BGqHU"),
        ("https://youtube.com/v/OIQskkX_DK0", "https://www.youtube.com/embed/OIQskkX_DK0"),
        ("http://youtu.be/4sPnOqeUDmk", "https://www.youtube.com/embed/4sPnOqeUDmk"),
        ("http://www.youtube.com/embed/92jUAXBmZyU", "https://www.youtube.com/embed/92jUAXBmZyU"),
        (
            "https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
            "https://www.youtube.com/embed/dQw4w9WgXcQ",
        ),
    ],
)
def test_youtube_links_become_embeds(make_app, url, embed):
    at = make_app(f"import streamlit as st\nst.video({url!r}, start_time=3)\n").run()
    [p] = props_of(at, "video")
    assert (p["kind"], p["url"], p["data"], p["start_time"]) == ("youtube", embed, None, 3)


def test_other_urls_play_natively_and_youtube_refuses_subtitles(make_app):
    at = make_app(
        "import streamlit as st\nst.video('http://www.marmosetcare.com/video/intro.webm')\n"
    ).run()
    [p] = props_of(at, "video")
    assert (p["kind"], p["url"], p["mime_type"]) == (
        "native",
        "http://www.marmosetcare.com/video/intro.webm",
        "video/webm",
    )
    at = make_app(
        "import streamlit as st\nst.video('https://youtu.be/dQw4w9WgXcQ', subtitles='WEBVTT')\n"
    ).run()
    assert at.exception[0].value == "Subtitles are not supported for YouTube videos."


# --- subtitles -------------------------------------------------------------------


def test_srt_detection_and_conversion():
    assert is_srt(SRT) and is_srt(SRT.encode()) and is_srt(SRT.replace("\n", "\r\n"))
    assert not is_srt(VTT) and not is_srt("hello\nworld") and not is_srt(b"\xff\xfe\x00")
    assert srt_to_vtt(SRT) == VTT_OF_SRT
    assert srt_to_vtt(SRT.encode()) == VTT_OF_SRT
    with pytest.raises(ValueError, match="Could not decode the input stream as UTF-8."):
        srt_to_vtt(b"1\n\xff")


def test_every_subtitle_source(tmp_path):
    (tmp_path / "en.srt").write_text(SRT)
    (tmp_path / "fr.vtt").write_text(VTT)
    tracks = subtitle_tracks(
        {
            "English": str(tmp_path / "en.srt"),
            "French": tmp_path / "fr.vtt",
            "Text SRT": SRT,
            "Text VTT": "  " + VTT + "\n",
            "Bytes": VTT.encode(),
            "Bytes SRT": SRT.encode(),
            "Stream": io.BytesIO(SRT.encode()),
            "": "",
        }
    )
    assert [t["label"] for t in tracks] == [
        "English",
        "French",
        "Text SRT",
        "Text VTT",
        "Bytes",
        "Bytes SRT",
        "Stream",
        "",
    ]
    assert [t["data"] for t in tracks] == [
        VTT_OF_SRT,
        VTT.encode(),
        VTT_OF_SRT,
        VTT.encode(),
        VTT.encode(),
        VTT_OF_SRT,
        VTT_OF_SRT,
        b"",
    ]
    assert subtitle_tracks(VTT) == [{"label": "default", "data": VTT.encode()}]
    assert subtitle_tracks(None) == [] and subtitle_tracks({}) == []


def test_subtitle_errors(tmp_path):
    (tmp_path / "notes.txt").write_text(SRT)
    with pytest.raises(StreamlitAPIException) as err:
        subtitle_tracks("invalid_subtitles")
    assert str(err.value) == "Failed to process the provided subtitle: default"
    assert "neither matches valid VTT nor SRT" in str(err.value.__cause__)
    with pytest.raises(StreamlitAPIException, match="provided subtitle: Martian$") as err:
        subtitle_tracks({"English": VTT, "Martian": "invalid_subtitles"})
    with pytest.raises(StreamlitAPIException, match="subtitle: default") as err:
        subtitle_tracks(str(tmp_path / "notes.txt"))
    assert "Incorrect subtitle format .txt" in str(err.value.__cause__)
    with pytest.raises(StreamlitAPIException) as err:
        subtitle_tracks(tmp_path / "missing.vtt")
    assert "does not exist" in str(err.value.__cause__)
    for bad in (["x"], 123):
        with pytest.raises(StreamlitAPIException, match="Unsupported data type for subtitles"):
            subtitle_tracks(bad)


def test_video_subtitles_in_the_app(make_app):
    at = make_app(
        f"""
        import streamlit as st
        st.video(b"v", subtitles={{"English": {SRT!r}, "French": {VTT!r}}})
        st.video(b"w", subtitles={VTT!r})
        """
    ).run()
    first, second = props_of(at, "video")
    assert first["subtitles"] == [
        {"label": "English", "data": VTT_OF_SRT},
        {"label": "French", "data": VTT.encode()},
    ]
    assert second["subtitles"] == [{"label": "default", "data": VTT.encode()}]
