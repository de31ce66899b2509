"""The upload store, UploadedFile, and the host's upload_file path."""

from __future__ import annotations

import io
import wave

import pytest

from wasmlit.host import pyodide_host
from wasmlit.runtime.session import AppSession
from wasmlit.runtime.uploads import (
    FileRecord,
    UploadedFile,
    UploadStore,
    ref_of,
    referenced_ids,
    uploaded_files,
)


def _record(file_id: str = "f1", data: bytes = b"a,b\n1,2\n") -> FileRecord:
    return FileRecord(file_id, "data.csv", "text/csv", data)


def test_uploaded_file_is_a_bytes_io_with_metadata():
    f = UploadedFile(_record())
    assert isinstance(f, io.BytesIO)
    assert (f.name, f.type, f.size, f.file_id) == ("data.csv", "text/csv", 8, "f1")
    assert f.read() == b"a,b\n1,2\n" and f.getvalue() == b"a,b\n1,2\n"
    assert f == UploadedFile(_record()) and f != UploadedFile(_record("f2"))
    assert "data.csv" in repr(f)


def test_uploaded_file_works_with_readers_that_expect_files():
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(UploadedFile(_record()))
    assert frame.to_dict("list") == {"a": [1], "b": [2]}
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x00" * 800)
    with wave.open(UploadedFile(FileRecord("w", "a.wav", "audio/wav", buf.getvalue()))) as r:
        assert (r.getframerate(), r.getnframes()) == (8000, 800)


def test_store_resolves_refs_and_skips_unknown_ids():
    store = UploadStore()
    store.put(_record())
    files = uploaded_files(store, [ref_of(_record()), {"file_id": "gone"}])
    assert [f.file_id for f in files] == ["f1"]
    with pytest.raises(TypeError):
        uploaded_files(store, ["f1"])


def test_store_forgets_files_once_no_longer_referred_to():
    store = UploadStore()
    store.put(_record("a"))
    store.put(_record("b"))
    store.retain(["a"])  # b was never referred to (e.g. held by a form): it stays
    assert "a" in store and "b" in store
    store.retain(["b"])  # a was referred to and is not any more
    assert "a" not in store and "b" in store


def test_referenced_ids_walks_lists_and_dicts():
    wire = [
        None,
        {"file_id": "x", "name": "n"},
        [{"file_id": "y"}],
        {"text": "hi", "files": [{"file_id": "z"}]},
    ]
    assert sorted(referenced_ids(wire)) == ["x", "y", "z"]


class _FakeBuffer:
    """What Pyodide hands Python for an ArrayBuffer: a proxy with to_bytes()."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.copies = 0

    def to_bytes(self) -> bytes:
        self.copies += 1
        return self.data


class _FakeMessage:
    def __init__(self, **fields: object) -> None:
        self.__dict__.update(fields)

    def to_py(self) -> object:  # the host must not convert the whole message
        raise AssertionError("upload_file must be read field by field")


def test_host_stores_an_upload_with_one_copy(tmp_path, monkeypatch):
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\n")
    session = AppSession(str(script), lambda m: None)
    monkeypatch.setattr(pyodide_host, "_session", session)
    buffer = _FakeBuffer(b"\x89PNG....")
    message = _FakeMessage(
        type="upload_file", file_id="f9", name="x.png", mime_type="image/png", data=buffer
    )
    pyodide_host.handle(message)
    record = session.uploads.get("f9")
    assert record == FileRecord("f9", "x.png", "image/png", b"\x89PNG....")
    assert buffer.copies == 1
