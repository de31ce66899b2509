"""st.cache_data and st.cache_resource (see docs/caching.md).

Modules: ``api`` (the decorators), ``cached_func`` (one call: key, lookup,
spinner, replay), ``hashing`` (arguments by value), ``replay`` (elements written
inside a cached function), ``storage`` (per-app caches, the persist store),
``durations`` (ttl strings), ``errors`` (Streamlit's error classes),
``background`` (refresh_mode="background": refreshes run after the run).
"""

from __future__ import annotations

from wasmlit.caching.api import cache_data, cache_resource
from wasmlit.caching.errors import (
    CachedWidgetWarning,
    UnhashableParamError,
    UnserializableReturnValueError,
)

__all__ = [
    "CachedWidgetWarning",
    "UnhashableParamError",
    "UnserializableReturnValueError",
    "cache_data",
    "cache_resource",
]
