"""Message conversion between Python and JS, with fake JS factories (no browser)."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from wasmlit.host.convert import from_js_value, split_message, to_js_message
from wasmlit.host.pyodide_host import make_sink


class FakeBuffer:
    """Stands in for an ArrayBuffer: identity matters for the transfer list."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FakeBuffer) and other.data == self.data

    def __repr__(self) -> str:
        return f"FakeBuffer({self.data!r})"


class FakeJs:
    """JS Objects and Arrays as dicts and lists; records every factory call."""

    def __init__(self) -> None:
        self.parsed: list[str] = []

    def parse_json(self, text: str) -> Any:
        self.parsed.append(text)
        return json.loads(text)

    def new_buffer(self, data: bytes) -> Any:
        return FakeBuffer(data)

    def get(self, container: Any, key: str | int) -> Any:
        return container[key]

    def set(self, container: Any, key: str | int, value: Any) -> None:
        container[key] = value

    def new_array(self, items: list[Any]) -> Any:
        return list(items)


def test_plain_message_is_one_json_text_without_patches() -> None:
    text, patches = split_message({"type": "run_started", "run_id": 1, "x": None})
    assert text == '{"type":"run_started","run_id":1,"x":null}'
    assert patches == []


def test_bytes_become_buffers_in_the_transfer_list() -> None:
    msg = {
        "type": "delta",
        "node": {"props": {"data": b"\x00\x01", "items": [1, bytearray(b"ab")]}},
    }
    js = FakeJs()
    obj, transfer = to_js_message(msg, js)
    assert obj == {
        "type": "delta",
        "node": {"props": {"data": FakeBuffer(b"\x00\x01"), "items": [1, FakeBuffer(b"ab")]}},
    }
    assert transfer == [FakeBuffer(b"\x00\x01"), FakeBuffer(b"ab")]
    # The transferred objects are the very ones placed in the message.
    assert transfer[0] is obj["node"]["props"]["data"]
    assert transfer[1] is obj["node"]["props"]["items"][1]


def test_non_finite_floats_survive_as_numbers() -> None:
    obj, transfer = to_js_message({"v": [1.5, math.inf, -math.inf]}, FakeJs())
    assert obj == {"v": [1.5, math.inf, -math.inf]}
    assert transfer == []
    obj, _ = to_js_message({"v": math.nan}, FakeJs())
    assert math.isnan(obj["v"])


def test_unicode_is_kept_verbatim_and_tuples_become_arrays() -> None:
    text, _ = split_message({"s": "héllo ✓", "t": (1, 2)})
    assert text == '{"s":"héllo ✓","t":[1,2]}'


@pytest.mark.parametrize(
    "bad, what",
    [({1: "x"}, "not a string"), ({"x": object()}, "cannot send object at ['x']")],
)
def test_unsendable_values_fail_loudly(bad: dict[Any, Any], what: str) -> None:
    with pytest.raises(TypeError, match=what.replace("[", r"\[").replace("]", r"\]")):
        split_message(bad)


def test_incoming_buffers_become_bytes() -> None:
    class Proxy:
        def to_bytes(self) -> bytes:
            return b"zz"

    value = {
        "type": "rerun",
        "updates": [
            {"id": "a", "value": memoryview(b"xy")},
            {"id": "b", "value": Proxy(), "trigger": True},
            {"id": "c", "value": (1, 2)},
        ],
    }
    out = from_js_value(
        value, is_buffer=lambda v: isinstance(v, Proxy), buffer_bytes=lambda v: v.to_bytes()
    )
    assert out == {
        "type": "rerun",
        "updates": [
            {"id": "a", "value": b"xy"},
            {"id": "b", "value": b"zz", "trigger": True},
            {"id": "c", "value": [1, 2]},
        ],
    }


def test_sink_posts_object_and_transfer_list() -> None:
    posted: list[tuple[Any, Any]] = []
    sink = make_sink(lambda obj, transfer: posted.append((obj, transfer)), FakeJs())
    sink({"type": "delta", "run_id": 1, "path": [0, 0], "node": {"b": b"1"}})
    sink({"type": "run_finished", "run_id": 1, "status": "complete"})
    assert posted == [
        (
            {"type": "delta", "run_id": 1, "path": [0, 0], "node": {"b": FakeBuffer(b"1")}},
            [FakeBuffer(b"1")],
        ),
        ({"type": "run_finished", "run_id": 1, "status": "complete"}, []),
    ]


class FakeSession:
    def __init__(self, script_path: str) -> None:
        self.script_path = script_path
        self.calls: list[Any] = []

    def rerun(self, updates: list[Any], page: Any = None, **extra: Any) -> None:
        # extra: fragment_id, context (None unless the message had them)
        self.calls.append(("rerun", updates) if page is None else ("rerun", updates, page))
        if extra.get("context") is not None:
            self.calls.append(("context", extra["context"]))

    def reload_files(self, updates: Any = (), page: Any = None, context: Any = None) -> None:
        # updates, page, context: the reruns the worker merged into the save
        merged = (list(updates), page, context) if updates or page or context else ()
        self.calls.append(("reload_files", *merged))

    def stop(self) -> None:
        self.calls.append(("stop",))


def test_handle_dispatches_ui_messages_and_resets_only_app_finders(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from wasmlit.host import pyodide_host

    class Finder:
        reset = 0

        def invalidate_caches(self) -> None:
            self.reset += 1

    app, sub, lib = Finder(), Finder(), Finder()
    monkeypatch.setattr(
        sys,
        "path_importer_cache",
        {"/home/pyodide/app": app, "/home/pyodide/app/helpers": sub, "/lib/python": lib},
    )
    session = FakeSession("/home/pyodide/app/app.py")
    monkeypatch.setattr(pyodide_host, "_session", session)
    pyodide_host.handle({"type": "rerun", "updates": [{"id": "a", "value": memoryview(b"x")}]})
    pyodide_host.handle({"type": "reload_files"})
    merged = {"type": "rerun", "updates": [{"id": "b", "value": 2}], "page": None}
    pyodide_host.handle({"type": "reload_files", "rerun": merged})
    pyodide_host.handle({"type": "stop"})
    pyodide_host.handle(
        {"type": "rerun", "updates": [], "page": {"url_path": "Data", "query_string": None}}
    )
    back = {"url_path": "", "query_string": "a=1", "history": True}
    pyodide_host.handle({"type": "rerun", "updates": [], "page": back, "context": {"url": "u"}})
    from wasmlit.runtime.navigation import PageRequest

    assert session.calls == [
        ("rerun", [{"id": "a", "value": b"x"}]),
        ("reload_files",),
        ("reload_files", [{"id": "b", "value": 2}], None, None),
        ("stop",),
        ("rerun", [], PageRequest(url_path="Data", query_string=None)),
        ("rerun", [], PageRequest(url_path="", query_string="a=1", history=True)),
        ("context", {"url": "u"}),
    ]
    assert (app.reset, sub.reset, lib.reset) == (2, 2, 0)
    with pytest.raises(ValueError, match="unknown message type 'nope'"):
        pyodide_host.handle({"type": "nope"})
