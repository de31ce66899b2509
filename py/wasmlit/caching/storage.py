"""Where cached values live: per-function memory caches, per app, and the persist store.

Caches are module-level, so they outlive sessions: every session of one app
in this worker (or process) shares them, as Streamlit's caches are shared by
every session of one server. They are keyed by the app's folder, so two
AppTests of different scripts never see each other's entries.

``now`` is the clock for ttl; tests replace it (``storage.now = lambda: t``).

    cache = function_cache(app_key, cache_id, limits)
    entry = cache.get(key)                 # None on a miss or an expired entry
    cache.put(key, Entry(value, recording, size))
"""

from __future__ import annotations

import math
import os
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from wasmlit.caching.replay import Recording

now: Callable[[], float] = time.monotonic


@dataclass(frozen=True)
class Limits:
    """How long and how many entries one function's cache keeps."""

    ttl: float = math.inf  # seconds
    max_entries: int | None = None
    max_size: int | None = None  # bytes of the stored values (cache_data only)


@dataclass
class Entry:
    """One cached call: the value (pickled bytes for cache_data) and its elements."""

    value: Any
    recording: Recording
    size: int = 0
    stored_at: float = field(default_factory=lambda: now())


class FunctionCache:
    """One decorated function's entries, oldest first; expired ones are dropped on access."""

    def __init__(self, limits: Limits, on_release: Callable[[Any], None] | None = None) -> None:
        self.limits = limits
        self._entries: OrderedDict[str, Entry] = OrderedDict()
        self._on_release = on_release

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: str) -> Entry | None:
        entry = self._entries.get(key)
        if entry is not None and now() - entry.stored_at >= self.limits.ttl:
            self.remove(key)
            return None
        return entry

    def stale(self, key: str) -> Entry | None:
        """The entry for ``key`` if it has expired, left in place (refresh_mode="background")."""
        entry = self._entries.get(key)
        if entry is not None and now() - entry.stored_at >= self.limits.ttl:
            return entry
        return None

    def holds(self, key: str, entry: Entry) -> bool:
        """Whether ``entry`` is still the one stored for ``key`` (not replaced or cleared)."""
        return self._entries.get(key) is entry

    def put(self, key: str, entry: Entry) -> None:
        self.remove(key)
        self._entries[key] = entry
        self._evict()

    def remove(self, key: str) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None and self._on_release is not None:
            self._on_release(entry.value)

    def clear(self) -> None:
        for key in list(self._entries):
            self.remove(key)

    def keys(self) -> Iterator[str]:
        return iter(list(self._entries))

    def _evict(self) -> None:
        """Drop the oldest entries past max_entries or max_size."""
        limit = self.limits.max_entries
        while limit is not None and len(self._entries) > max(limit, 0):
            self.remove(next(iter(self._entries)))
        cap = self.limits.max_size
        while cap is not None and len(self._entries) > 1 and self._total() > cap:
            self.remove(next(iter(self._entries)))

    def _total(self) -> int:
        return sum(e.size for e in self._entries.values())


# app key -> kind ("data" / "resource") -> cache id -> the cache.
_CACHES: dict[str, dict[str, dict[str, FunctionCache]]] = {}


def function_cache(
    app: str,
    kind: str,
    cache_id: str,
    limits: Limits,
    on_release: Callable[[Any], None] | None = None,
) -> FunctionCache:
    """The cache of one function of one app (made on first use)."""
    caches = _CACHES.setdefault(app, {}).setdefault(kind, {})
    cache = caches.get(cache_id)
    if cache is None:
        cache = caches[cache_id] = FunctionCache(limits, on_release)
    return cache


# scope="session": a session's own caches, dropped with its Session State.
_SESSION_CACHES: weakref.WeakKeyDictionary[Any, dict[str, dict[str, FunctionCache]]] = (
    weakref.WeakKeyDictionary()
)


def session_function_cache(
    owner: Any,
    kind: str,
    cache_id: str,
    limits: Limits,
    on_release: Callable[[Any], None] | None = None,
) -> FunctionCache:
    """The cache of one function for one session (``owner`` is its Session State)."""
    caches = _SESSION_CACHES.setdefault(owner, {}).setdefault(kind, {})
    cache = caches.get(cache_id)
    if cache is None:
        cache = caches[cache_id] = FunctionCache(limits, on_release)
    return cache


def clear_kind(app: str, kind: str, owner: Any = None) -> None:
    """``st.cache_data.clear()`` / ``st.cache_resource.clear()``: one app's caches.

    The session-scoped caches of ``owner`` (the calling session) go too.
    """
    caches = list(_CACHES.get(app, {}).get(kind, {}).values())
    if owner is not None and owner in _SESSION_CACHES:
        caches += list(_SESSION_CACHES[owner].get(kind, {}).values())
    for cache in caches:
        cache.clear()


# -- persist="disk" --------------------------------------------------------------------


class PersistStore(Protocol):
    """Keeps pickled cache_data entries across page loads (IndexedDB in the browser).

    Keys are ``<cache id>/<value key>``; every method is per app. Nothing here may
    block on the browser: reads come from what was handed over at start.
    """

    def get(self, app: str, key: str) -> bytes | None: ...

    def put(self, app: str, key: str, data: bytes) -> None: ...

    def delete_prefix(self, app: str, prefix: str) -> None: ...


class MemoryPersistStore:
    """Persisted entries in a dict: CPython's default, and the browser's read side."""

    def __init__(self) -> None:
        self.entries: dict[str, dict[str, bytes]] = {}

    def get(self, app: str, key: str) -> bytes | None:
        return self.entries.get(app, {}).get(key)

    def put(self, app: str, key: str, data: bytes) -> None:
        self.entries.setdefault(app, {})[key] = data

    def delete_prefix(self, app: str, prefix: str) -> None:
        stored = self.entries.get(app, {})
        for key in [k for k in stored if k.startswith(prefix)]:
            del stored[key]


class DirPersistStore:
    """Persisted entries as files under ``root`` (a temp dir in tests): one file per entry."""

    def __init__(self, root: str) -> None:
        self.root = root

    def _folder(self, app: str) -> str:
        import hashlib

        return os.path.join(self.root, hashlib.md5(app.encode(), usedforsecurity=False).hexdigest())

    def _file(self, app: str, key: str) -> str:
        return os.path.join(self._folder(app), key.replace("/", "__") + ".pickle")

    def get(self, app: str, key: str) -> bytes | None:
        try:
            with open(self._file(app, key), "rb") as f:
                return f.read()
        except OSError:
            return None

    def put(self, app: str, key: str, data: bytes) -> None:
        os.makedirs(self._folder(app), exist_ok=True)
        with open(self._file(app, key), "wb") as f:
            f.write(data)

    def delete_prefix(self, app: str, prefix: str) -> None:
        folder = self._folder(app)
        if not os.path.isdir(folder):
            return
        start = prefix.replace("/", "__")
        for name in os.listdir(folder):
            if name.startswith(start):
                os.remove(os.path.join(folder, name))


_persist: PersistStore = MemoryPersistStore()


def persist_store() -> PersistStore:
    return _persist


def set_persist_store(store: PersistStore) -> PersistStore:
    """Install the store for persist="disk" (the host's IndexedDB bridge, a test's dir)."""
    global _persist
    previous, _persist = _persist, store
    return previous
