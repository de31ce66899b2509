"""The decorated function: key, lookup, spinner, recording and replay (both decorators).

cached = CachedFunc(load, Settings(kind="data", decorator="cache_data"))
cached("a.csv")          # miss: runs load, stores a pickled copy and its elements
cached("a.csv")          # hit: replays load's elements, returns a fresh copy
cached.clear("a.csv")    # forget that one entry
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import inspect
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wasmlit.caching import background, storage
from wasmlit.caching.errors import (
    UnhashableParamError,
    UnhashableTypeError,
    UnserializableReturnValueError,
)
from wasmlit.caching.hashing import ArgHasher, HashFuncs, function_fingerprint
from wasmlit.caching.replay import Recording, recording
from wasmlit.runtime.context import Path, RunContext, activate, current, deactivate


@dataclass(frozen=True)
class Settings:
    """What the decorator was given, checked."""

    kind: str  # "data": pickled copies; "resource": the same object
    decorator: str  # "cache_data" / "cache_resource", for messages
    limits: storage.Limits = storage.Limits()
    show_spinner: bool | str = True
    show_time: bool = False
    persist: bool = False
    hash_funcs: HashFuncs | None = None
    validate: Callable[[Any], bool] | None = None
    on_release: Callable[[Any], None] | None = None
    scope: str = "global"
    refresh_mode: str = "foreground"  # "background": serve stale, recompute after the run


def app_key(ctx: RunContext) -> str:
    """Caches are per app; the app is its folder (empty outside a session)."""
    return ctx.script_dir


class CachedFunc:
    """A function wrapped by st.cache_data / st.cache_resource."""

    def __init__(self, func: Callable[..., Any], settings: Settings) -> None:
        self._func = func
        self._settings = settings
        self._cache_id: str | None = None
        functools.update_wrapper(self, func)

    # -- the public surface ------------------------------------------------------
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._call(args, kwargs)

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        return BoundCachedFunc(self, instance)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Forget every entry, or with arguments only the entry for that call."""
        ctx = current()
        cache = self._cache(ctx)
        store = storage.persist_store() if self._settings.persist else None
        if not args and not kwargs:
            cache.clear()
            if store is not None:
                store.delete_prefix(app_key(ctx), f"{self._id()}/")
            return
        key = self._value_key(args, kwargs)
        if key is None:
            return
        cache.remove(key)
        if store is not None:
            store.delete_prefix(app_key(ctx), f"{self._id()}/{key}")

    def __repr__(self) -> str:
        return f"<st.{self._settings.decorator} {getattr(self._func, '__qualname__', self._func)}>"

    # -- keys ------------------------------------------------------------------------
    def _id(self) -> str:
        """The function's cache id: its name and source code plus the cache settings."""
        if self._cache_id is None:
            s = self._settings
            text = f"{s.kind}|{s.limits}|{s.persist}|{s.scope}|{function_fingerprint(self._func)}"
            self._cache_id = hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()
        return self._cache_id

    def _value_key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
        """The arguments' hash, or None when they do not fit the signature."""
        try:
            signature = inspect.signature(self._func)
            bound = signature.bind(*args, **kwargs)
        except (TypeError, ValueError):
            return None
        bound.apply_defaults()
        hasher = ArgHasher(self._settings.hash_funcs)
        for name, value in bound.arguments.items():
            kind = signature.parameters[name].kind
            if kind is inspect.Parameter.VAR_KEYWORD:
                for key in sorted(value):
                    self._hash_arg(hasher, key, value[key])
            elif kind is inspect.Parameter.VAR_POSITIONAL:
                for item in value:
                    self._hash_arg(hasher, name, item)
            else:
                self._hash_arg(hasher, name, value)
        return hasher.hexdigest()

    def _hash_arg(self, hasher: ArgHasher, name: str, value: Any) -> None:
        if name.startswith("_"):  # Streamlit's opt-out: not part of the key
            return
        hasher.update(name)
        try:
            hasher.update(value)
        except UnhashableTypeError:
            raise UnhashableParamError(self._settings.decorator, self._func, name, value) from None

    def _cache(self, ctx: RunContext) -> storage.FunctionCache:
        s = self._settings
        if s.scope == "session":
            return storage.session_function_cache(
                ctx.state, s.kind, self._id(), s.limits, s.on_release
            )
        return storage.function_cache(app_key(ctx), s.kind, self._id(), s.limits, s.on_release)

    # -- one call --------------------------------------------------------------------
    def _call(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        key = self._value_key(args, kwargs)
        if key is None:  # wrong arguments: let the function raise its own TypeError
            return self._func(*args, **kwargs)
        ctx = current()
        from wasmlit.runtime.delta_generator import active

        caller = active()
        cache = self._cache(ctx)
        if self._settings.refresh_mode == "background" and not background.refreshing():
            stale = cache.stale(key)
            if stale is not None and self._valid(cache, key, stale):
                self._schedule_refresh(ctx, caller._path, cache, key, stale, args, kwargs)
                return self._hit(ctx, caller._path, stale)
        entry = cache.get(key) or self._load_persisted(ctx, cache, key)
        if entry is not None and self._valid(cache, key, entry):
            return self._hit(ctx, caller._path, entry)
        with self._spinner(caller, args, kwargs), recording(ctx, caller._path) as recorder:
            value = self._func(*args, **kwargs)
        self._store(ctx, cache, key, value, recorder.recording)
        return value

    def _hit(self, ctx: RunContext, caller: Path, entry: storage.Entry) -> Any:
        """Replay the entry's elements and return its value (a copy for cache_data)."""
        entry.recording.replay(ctx, caller)
        if self._settings.kind == "data":
            return pickle.loads(entry.value)
        return entry.value

    def _schedule_refresh(
        self,
        ctx: RunContext,
        caller: Path,
        cache: storage.FunctionCache,
        key: str,
        stale: storage.Entry,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> None:
        """Recompute an expired entry after this run (see ``background``); output is dropped.

        The recomputation runs in a copy of the run's context as it is at the call,
        so its elements are recorded relative to the same container, but nothing
        it emits is sent. A newer rerun waiting ends it (``rerun_pending``).
        """
        quiet = dataclasses.replace(
            ctx,
            emit=_discard,
            counters=dict(ctx.counters),
            stack=list(ctx.stack),
            element_ids=set(ctx.element_ids),
            element_keys=set(ctx.element_keys),
            shortcuts=dict(ctx.shortcuts),
            forms=dict(ctx.forms),
            interrupt=lambda: False,
            fragment=None,
        )

        def refresh() -> None:
            if not cache.holds(key, stale):  # cleared or replaced since: nothing to refresh
                return
            token = activate(quiet)
            try:
                with recording(quiet, caller) as recorder:
                    value = self._func(*args, **kwargs)
                self._store(quiet, cache, key, value, recorder.recording)
            finally:
                deactivate(token)

        background.schedule((id(cache), key), refresh)

    def _valid(self, cache: storage.FunctionCache, key: str, entry: storage.Entry) -> bool:
        validate = self._settings.validate
        if validate is None or validate(entry.value):
            return True
        cache.remove(key)
        return False

    def _store(
        self,
        ctx: RunContext,
        cache: storage.FunctionCache,
        key: str,
        value: Any,
        recorded: Recording,
    ) -> None:
        if self._settings.kind != "data":
            cache.put(key, storage.Entry(value, recorded))
            return
        try:
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            raise UnserializableReturnValueError(self._func, value) from None
        cache.put(key, storage.Entry(data, recorded, size=len(data)))
        if self._settings.persist:
            blob = pickle.dumps((data, recorded), protocol=pickle.HIGHEST_PROTOCOL)
            storage.persist_store().put(app_key(ctx), f"{self._id()}/{key}", blob)

    def _load_persisted(
        self, ctx: RunContext, cache: storage.FunctionCache, key: str
    ) -> storage.Entry | None:
        """A persisted entry (from an earlier page load) moved into memory."""
        if not self._settings.persist:
            return None
        blob = storage.persist_store().get(app_key(ctx), f"{self._id()}/{key}")
        if blob is None:
            return None
        try:
            data, recorded = pickle.loads(blob)
        except Exception:  # noqa: BLE001 - a stale or foreign entry is a miss
            return None
        entry = storage.Entry(data, recorded, size=len(data))
        cache.put(key, entry)
        return entry

    def _spinner(self, caller: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        show = self._settings.show_spinner
        if show is False or show is None:
            return _nothing()
        if isinstance(show, str):
            text = show
        else:
            name = getattr(self._func, "__qualname__", "func")
            text = f"Running `{name}()`." if not args and not kwargs else f"Running `{name}(...)`."
        from wasmlit.elements.spinner import spinner

        return spinner(caller, text, show_time=self._settings.show_time)


class BoundCachedFunc:
    """A cached method looked up on an instance: ``self`` goes first, as for any method."""

    def __init__(self, cached: CachedFunc, instance: Any) -> None:
        self._cached = cached
        self._instance = instance
        functools.update_wrapper(self, cached._func)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._cached._call((self._instance, *args), kwargs)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        if not args and not kwargs:
            self._cached.clear()
        else:
            self._cached.clear(self._instance, *args, **kwargs)


def _discard(message: dict[str, Any]) -> None:
    """The emit of a background refresh: its elements are recorded, never sent."""


def _nothing() -> Any:
    return contextlib.nullcontext()
