"""persist="disk" in the browser: the worker's IndexedDB, seen from Python.

The worker loads every stored entry before the first run and hands them over
(``pyodide_host.attach_cache_store``); reads are served from that copy. Each
change is sent back through ``write(op, key, data)``, which the worker applies
to IndexedDB in the background, so Python never waits for the browser.

    store = HostPersistStore([("id/key", b"...")], write)
    storage.set_persist_store(store)
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

Write = Callable[[str, str, "bytes | None"], None]

_log = logging.getLogger(__name__)


class HostPersistStore:
    """One app's persisted entries (a worker runs one app, so ``app`` is not needed)."""

    def __init__(self, entries: Iterable[tuple[str, bytes]], write: Write) -> None:
        self._entries = dict(entries)
        self._write = write

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, app: str, key: str) -> bytes | None:
        return self._entries.get(key)

    def put(self, app: str, key: str, data: bytes) -> None:
        self._entries[key] = data
        self._send("put", key, data)

    def delete_prefix(self, app: str, prefix: str) -> None:
        for key in [k for k in self._entries if k.startswith(prefix)]:
            del self._entries[key]
        self._send("delete_prefix", prefix, None)

    def _send(self, op: str, key: str, data: bytes | None) -> None:
        try:
            self._write(op, key, data)
        except Exception as exc:  # noqa: BLE001 - persistence is best effort; the app goes on
            _log.warning("wasmlit: could not persist a cache entry: %s", exc)
