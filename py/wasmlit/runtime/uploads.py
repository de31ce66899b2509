"""Files from the browser: the session's upload store and ``UploadedFile``.

The UI sends each file once, as an ``upload_file`` message whose bytes travel
as a transferred ArrayBuffer, *before* the widget update that refers to it.
Widget wire values carry only references (:data:`FILE_REF`): the file's id,
name, MIME type and size. A builder turns references into ``UploadedFile``
objects with :func:`uploaded_files`. After each completed run the session
drops stored files that a widget referred to and no widget refers to any
more. A file no widget has referred to yet stays: a widget in a form holds
its new value in the browser until the form is submitted.

Example::

    store = UploadStore()
    store.put(FileRecord("f1", "a.csv", "text/csv", b"x,y\\n1,2\\n"))
    [f] = uploaded_files(store, [{"file_id": "f1", "name": "a.csv", "type": "text/csv", "size": 8}])
    assert f.read() == b"x,y\\n1,2\\n"
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from wasmlit.protocol.schema import Int, Obj, Str

# A file as a widget's wire value refers to it (the bytes are in the store).
FILE_REF = Obj({"file_id": Str(), "name": Str(), "type": Str(), "size": Int()})


@dataclass(frozen=True)
class FileRecord:
    """One uploaded file as stored by the session."""

    file_id: str
    name: str
    type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


class UploadedFile(io.BytesIO):
    """A file from the browser: a ``BytesIO`` with ``name``, ``type``, ``size`` and ``file_id``.

    It works anywhere a binary file object does (``PIL.Image.open``,
    ``pandas.read_csv``, ``wave.open`` ...). Two objects for the same upload
    compare equal.
    """

    def __init__(self, record: FileRecord) -> None:
        # BytesIO shares an initial bytes object until written to: no copy here.
        super().__init__(record.data)
        self.file_id = record.file_id
        self.name = record.name
        self.type = record.type
        self.size = record.size
        self._file_urls: Any = None  # Streamlit's upload/delete URLs; none in the browser

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        return (
            f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, "
            f"type={self.type!r}, size={self.size})"
        )


class UploadStore:
    """The files one session has received, by file id."""

    def __init__(self) -> None:
        self._files: dict[str, FileRecord] = {}
        self._claimed: set[str] = set()  # ids a widget value has referred to

    def put(self, record: FileRecord) -> None:
        self._files[record.file_id] = record

    def get(self, file_id: str) -> FileRecord | None:
        return self._files.get(file_id)

    def retain(self, file_ids: Iterable[str]) -> None:
        """Forget files once referred to that are not in ``file_ids`` any more."""
        keep = set(file_ids) & self._files.keys()
        for file_id in self._claimed - keep:
            self._files.pop(file_id, None)
        self._claimed = keep

    def __len__(self) -> int:
        return len(self._files)

    def __contains__(self, file_id: object) -> bool:
        return file_id in self._files


def ref_of(file: FileRecord | UploadedFile) -> dict[str, Any]:
    """The wire reference to a stored file (as a widget value holds it)."""
    return {"file_id": file.file_id, "name": file.name, "type": file.type, "size": file.size}


def uploaded_files(store: UploadStore, refs: Iterable[Any]) -> list[UploadedFile]:
    """``UploadedFile`` objects for wire references; unknown ids are skipped.

    An id can be unknown when the UI refers to a file of an earlier session
    (a reloaded worker) or sent malformed data: the file is then absent, as a
    file Streamlit's server no longer has.
    """
    files = []
    for ref in refs:
        if not isinstance(ref, dict) or not isinstance(ref.get("file_id"), str):
            raise TypeError(f"not a file reference: {ref!r}")
        record = store.get(ref["file_id"])
        if record is not None:
            files.append(UploadedFile(record))
    return files


def referenced_ids(wire: Any) -> Iterator[str]:
    """Every file id inside a wire value (lists and dicts are searched)."""
    if isinstance(wire, dict):
        file_id = wire.get("file_id")
        if isinstance(file_id, str):
            yield file_id
        for value in wire.values():
            if isinstance(value, dict | list):
                yield from referenced_ids(value)
    elif isinstance(wire, list):
        for item in wire:
            yield from referenced_ids(item)
