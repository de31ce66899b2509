"""``st.cache_data`` and ``st.cache_resource``: decorator objects with a ``clear()``.

Both work bare (``@st.cache_data``) or with options
(``@st.cache_data(ttl="1h", max_entries=10)``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from wasmlit.caching import storage
from wasmlit.caching.cached_func import CachedFunc, Settings, app_key
from wasmlit.caching.durations import size_bytes, ttl_seconds
from wasmlit.caching.hashing import HashFuncs
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import current


def _check_common(max_entries: Any, scope: str, refresh_mode: str) -> None:
    bad_type = isinstance(max_entries, bool) or not isinstance(max_entries, int)
    if max_entries is not None and bad_type:
        raise StreamlitAPIException("`max_entries` must be an integer or None.")
    if scope not in ("global", "session"):
        raise StreamlitAPIException(
            f"Invalid scope '{scope}'. Valid values are 'global' and 'session'."
        )
    if refresh_mode not in ("foreground", "background"):
        raise StreamlitAPIException(
            f"Invalid refresh_mode '{refresh_mode}'. "
            "Valid values are 'foreground' and 'background'."
        )


def _decorate(func: Callable[..., Any] | None, settings: Settings) -> Any:
    if func is None:
        return lambda f: CachedFunc(f, settings)
    if not callable(func):
        raise StreamlitAPIException(
            f"`st.{settings.decorator}` must decorate a function, not {type(func).__name__}."
        )
    return CachedFunc(func, settings)


def _clear(kind: str) -> None:
    ctx = current()
    storage.clear_kind(app_key(ctx), kind, ctx.state)


class CacheDataAPI:
    """st.cache_data: cache what a function returns; every caller gets its own copy."""

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: float | timedelta | str | None = None,
        max_entries: int | None = None,
        max_size: int | str | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        persist: str | bool | None = None,
        hash_funcs: HashFuncs | None = None,
        scope: str = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        _check_common(max_entries, scope, refresh_mode)
        if persist in (None, False):
            persisted = False
        elif persist is True or persist == "disk":
            persisted = True
        else:
            raise StreamlitAPIException(
                f"Unsupported persist option '{persist}'. Valid values are 'disk' or None."
            )
        # As in Streamlit, persisted entries never expire (ttl is ignored with persist).
        seconds = float("inf") if persisted else ttl_seconds(ttl)
        limits = storage.Limits(seconds, max_entries, size_bytes(max_size))
        settings = Settings(
            kind="data",
            decorator="cache_data",
            limits=limits,
            show_spinner=show_spinner,
            show_time=bool(show_time),
            persist=persisted,
            hash_funcs=hash_funcs,
            scope=scope,
            refresh_mode=refresh_mode,
        )
        return _decorate(func, settings)

    def clear(self) -> None:
        """Clear every st.cache_data cache of this app (persisted entries too)."""
        ctx = current()
        _clear("data")
        storage.persist_store().delete_prefix(app_key(ctx), "")


class CacheResourceAPI:
    """st.cache_resource: cache a shared object (a model, a connection); no copies."""

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: float | timedelta | str | None = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        validate: Callable[[Any], bool] | None = None,
        hash_funcs: HashFuncs | None = None,
        on_release: Callable[[Any], None] | None = None,
        scope: str = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        _check_common(max_entries, scope, refresh_mode)
        if validate is not None and not callable(validate):
            raise StreamlitAPIException("`validate` must be a function or None.")
        if on_release is not None and not callable(on_release):
            raise StreamlitAPIException("`on_release` must be a function or None.")
        settings = Settings(
            kind="resource",
            decorator="cache_resource",
            limits=storage.Limits(ttl_seconds(ttl), max_entries),
            show_spinner=show_spinner,
            show_time=bool(show_time),
            hash_funcs=hash_funcs,
            validate=validate,
            on_release=on_release,
            scope=scope,
            refresh_mode=refresh_mode,
        )
        return _decorate(func, settings)

    def clear(self) -> None:
        """Clear every st.cache_resource cache of this app (``on_release`` runs for each)."""
        _clear("resource")


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()
