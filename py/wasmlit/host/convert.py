"""Convert protocol messages between Python dicts and JS values, without ``js``.

Outgoing messages become one JSON text (parsed by JS into plain Objects, which
is far cheaper than building them key by key across the FFI) plus *patches*:
values JSON cannot carry, set afterwards at their path. ``bytes`` and
``bytearray`` (taken as they are, not copied) become ArrayBuffers that go in
the transfer list; non-finite floats stay numbers.
The JS side is reached only through an injected :class:`JsFactories`, so
this module runs and is tested in CPython.

Example::

    text, patches = split_message({"type": "x", "data": b"\\x00"})
    # text == '{"type":"x","data":null}', patches == [(("data",), b"\\x00")]
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from typing import Any, Protocol

Key = str | int
Patch = tuple[tuple[Key, ...], Any]


class JsFactories(Protocol):
    """What the conversion needs from the JS side (real ``js`` or a test fake)."""

    def parse_json(self, text: str) -> Any:
        """``JSON.parse(text)``: plain Objects and Arrays."""

    def new_buffer(self, data: bytes | bytearray) -> Any:
        """A fresh ``ArrayBuffer`` holding a copy of ``data``."""

    def get(self, container: Any, key: Key) -> Any:
        """``container[key]`` on a JS Object or Array."""

    def set(self, container: Any, key: Key, value: Any) -> None:
        """``container[key] = value`` on a JS Object or Array."""

    def new_array(self, items: list[Any]) -> Any:
        """A JS Array of ``items`` (used for the transfer list)."""


def _plain(value: Any, path: tuple[Key, ...], patches: list[Patch]) -> Any:
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        patches.append((path, value))
        return None
    if isinstance(value, (bytes, bytearray)):
        # Kept as is: bytes(bytearray) would copy a large Arrow table once more
        # before JS copies it again.
        patches.append((path, value))
        return None
    if isinstance(value, memoryview):
        patches.append((path, bytes(value)))
        return None
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"message key {key!r} at {list(path)} is not a string")
            out[key] = _plain(item, (*path, key), patches)
        return out
    if isinstance(value, (list, tuple)):
        return [_plain(item, (*path, i), patches) for i, item in enumerate(value)]
    raise TypeError(f"cannot send {type(value).__name__} at {list(path)} to the UI")


def split_message(message: Mapping[str, Any]) -> tuple[str, list[Patch]]:
    """JSON text of ``message`` with binary/non-finite values nulled, and their patches."""
    patches: list[Patch] = []
    plain = _plain(message, (), patches)
    text = json.dumps(plain, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text, patches


def to_js_message(message: Mapping[str, Any], js: JsFactories) -> tuple[Any, Any]:
    """Return ``(js_object, transfer_list)`` ready for ``postMessage``."""
    text, patches = split_message(message)
    root = js.parse_json(text)
    transfer: list[Any] = []
    for path, value in patches:
        if isinstance(value, (bytes, bytearray)):
            value = js.new_buffer(value)
            transfer.append(value)
        node = root
        for key in path[:-1]:
            node = js.get(node, key)
        js.set(node, path[-1], value)
    return root, js.new_array(transfer)


def from_js_value(
    value: Any,
    *,
    is_buffer: Callable[[Any], bool] = lambda v: False,
    buffer_bytes: Callable[[Any], bytes] = bytes,
) -> Any:
    """Normalise a converted JS value: buffers become ``bytes``, tuples lists.

    ``value`` is what ``JsProxy.to_py()`` produced; ``is_buffer``/``buffer_bytes``
    recognise JS buffers it left as proxies.
    """
    if isinstance(value, (memoryview, bytearray)):
        return bytes(value)
    if isinstance(value, dict):
        return {
            str(k): from_js_value(v, is_buffer=is_buffer, buffer_bytes=buffer_bytes)
            for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [from_js_value(v, is_buffer=is_buffer, buffer_bytes=buffer_bytes) for v in value]
    if is_buffer(value):
        return buffer_bytes(value)
    return value
