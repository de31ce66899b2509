"""A minimal FlatBuffers writer: just enough for Arrow IPC message metadata.

Objects are described as plain data (:class:`Table`, :class:`String`,
:class:`Vector`, :class:`Structs`) and :func:`serialize` lays them out front to
back. A parent is written first with placeholder offsets; its children are
appended after it (FlatBuffers offsets must point forward) and the
placeholders patched. Every scalar is aligned to its size in the buffer, as
the FlatBuffers verifier in Arrow C++ requires.

Example::

    buf = serialize(Table([Scalar("<h", 4), None, Ref(String("name"))]))
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Scalar:
    """An inline scalar field, ``fmt`` a struct format such as ``"<q"`` or ``"<B"``."""

    fmt: str
    value: int | bool


@dataclass(frozen=True)
class Ref:
    """An offset field pointing at a child object."""

    target: Obj


@dataclass(frozen=True)
class Table:
    """A table; ``fields[i]`` is field id ``i`` (None = absent, the schema default)."""

    fields: list[Scalar | Ref | None] = field(default_factory=list)


@dataclass(frozen=True)
class String:
    value: str


@dataclass(frozen=True)
class Vector:
    """A vector of tables or strings (offsets)."""

    items: list[Obj]


@dataclass(frozen=True)
class Structs:
    """A vector of inline structs: ``data`` holds ``count`` packed structs."""

    data: bytes
    count: int
    align: int = 8


Obj = Union[Table, String, Vector, Structs]  # noqa: UP007 - used at run time


class _Writer:
    def __init__(self) -> None:
        self.buf = bytearray(4)  # the root offset, patched at the end
        self.pending: list[tuple[int, Obj]] = []

    def pad_to(self, align: int, extra: int = 0) -> None:
        """Pad so that ``len(buf) + extra`` is a multiple of ``align``."""
        self.buf += bytes(-(len(self.buf) + extra) % align)

    def emit(self, obj: Obj) -> int:
        if isinstance(obj, Table):
            return self._table(obj)
        if isinstance(obj, String):
            data = obj.value.encode("utf-8")
            self.pad_to(4)
            pos = len(self.buf)
            self.buf += struct.pack("<I", len(data)) + data + b"\x00"
            return pos
        if isinstance(obj, Vector):
            self.pad_to(4)
            pos = len(self.buf)
            self.buf += struct.pack("<I", len(obj.items))
            for item in obj.items:
                self.pending.append((len(self.buf), item))
                self.buf += bytes(4)
            return pos
        self.pad_to(max(4, obj.align), extra=4)  # the elements follow the length
        pos = len(self.buf)
        self.buf += struct.pack("<I", obj.count) + obj.data
        return pos

    def _table(self, table: Table) -> int:
        # Layout relative to the table start (8-aligned): soffset, then each field aligned.
        offsets: list[int] = []
        size = 4
        for item in table.fields:
            if item is None:
                offsets.append(0)
                continue
            width = 4 if isinstance(item, Ref) else struct.calcsize(item.fmt)
            size += -size % width
            offsets.append(size)
            size += width
        vtable = struct.pack(f"<HH{len(offsets)}H", 4 + 2 * len(offsets), size, *offsets)
        self.pad_to(2)
        vt_pos = len(self.buf)
        self.buf += vtable
        self.pad_to(8)
        pos = len(self.buf)
        body = bytearray(size)
        struct.pack_into("<i", body, 0, pos - vt_pos)
        for item, offset in zip(table.fields, offsets, strict=True):
            if isinstance(item, Scalar):
                struct.pack_into(item.fmt, body, offset, item.value)
            elif isinstance(item, Ref):
                self.pending.append((pos + offset, item.target))
        self.buf += body
        return pos

    def run(self, root: Table) -> bytes:
        struct.pack_into("<I", self.buf, 0, self.emit(root))
        while self.pending:
            slot, child = self.pending.pop(0)
            struct.pack_into("<I", self.buf, slot, self.emit(child) - slot)
        self.pad_to(8)
        return bytes(self.buf)


def serialize(root: Table) -> bytes:
    """The FlatBuffers bytes of ``root`` (length a multiple of 8)."""
    return _Writer().run(root)
