"""wasmlit.runtime.media: bytes, paths, URLs and file-like objects."""

from __future__ import annotations

import io

import pytest

from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.media import MediaSource, media_source
from wasmlit.runtime.uploads import FileRecord, UploadedFile


def test_bytes_and_urls():
    assert media_source(b"abc", default_mime="audio/wav") == MediaSource(b"abc", None, "audio/wav")
    src = media_source("https://example.com/clip.mp4?x=1", default_mime="video/mp4")
    assert src == MediaSource(None, "https://example.com/clip.mp4?x=1", "video/mp4")


def test_paths_are_read_with_a_guessed_type(tmp_path):
    path = tmp_path / "tone.ogg"
    path.write_bytes(b"OggS")
    assert media_source(str(path), default_mime="audio/wav") == MediaSource(
        b"OggS", None, "audio/ogg"
    )
    with pytest.raises(StreamlitAPIException, match="could not find the file"):
        media_source(str(tmp_path / "missing.wav"), default_mime="audio/wav", command="st.audio")


def test_file_like_objects_are_read_whole_and_keep_their_position():
    buf = io.BytesIO(b"0123456789")
    buf.seek(4)
    assert media_source(buf, default_mime="video/mp4").data == b"0123456789"
    upload = UploadedFile(FileRecord("f", "a.png", "image/png", b"PNG"))
    assert media_source(upload, default_mime="image/jpeg") == MediaSource(b"PNG", None, "image/png")
    reader = io.BufferedReader(io.BytesIO(b"xyz"))
    reader.read(1)
    assert media_source(reader, default_mime="application/pdf").data == b"xyz"
    assert reader.tell() == 1


def test_other_types_are_refused():
    with pytest.raises(StreamlitAPIException, match="cannot show data of type int"):
        media_source(3, default_mime="audio/wav")
