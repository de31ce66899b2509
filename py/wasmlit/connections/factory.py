"""``st.connection``: create (or reuse) a named connection object.

Connection objects are cached like ``st.cache_resource``, keyed by name, class
and kwargs, for ``ttl`` seconds (default: the ``runner.connectionDefaultTTL``
option, unset = no expiry) and at most ``max_entries`` of them.

Example::

    conn = st.connection("sql", url="sqlite:///data.db")
    st.dataframe(conn.query("select * from pets"))
"""

from __future__ import annotations

import builtins
import importlib
import re
from typing import Any

from wasmlit.connections.base import BaseConnection, _section
from wasmlit.errors import StreamlitAPIException

FIRST_PARTY = {
    "sql": ("wasmlit.connections.sql", "SQLConnection"),
    "snowflake": ("wasmlit.connections.snowflake", "SnowflakeConnection"),
    "snowflake-callers-rights": (
        "wasmlit.connections.snowflake",
        "SnowflakeCallersRightsConnection",
    ),
    "snowpark": ("wasmlit.connections.snowflake", "SnowflakeConnection"),
}
# Modules whose absence means "install this package" (a ModuleNotFoundError's name).
_PYPI_NAMES = {"sqlalchemy": "sqlalchemy", "snowflake": "snowflake-connector-python"}
_UNSET: Any = object()


def _resolve_type(name: str, kind: Any) -> builtins.type[BaseConnection[Any]]:
    if kind is None:
        kind = _section(name).get("type")
        if kind is None and name in FIRST_PARTY:
            kind = name
        if kind is None:
            raise StreamlitAPIException(
                f'No connection type given for `st.connection("{name}")`: pass `type=` '
                f'(a class, its import path or a built-in name such as "sql") or set '
                f"`type` in the [connections.{name}] section of secrets.toml."
            )
    if isinstance(kind, str):
        module_name, class_name = FIRST_PARTY.get(kind, ("", ""))
        if not module_name:
            module_name, _, class_name = kind.rpartition(".")
        if not module_name:
            raise StreamlitAPIException(
                f'Unknown connection type "{kind}": use "sql", "snowflake" or a class\'s '
                "full import path (`package.module.ClassName`)."
            )
        try:
            kind = getattr(importlib.import_module(module_name), class_name)
        except ModuleNotFoundError as exc:
            missing = re.match(r"No module named '([^'.]+)", str(exc))
            package = _PYPI_NAMES.get(missing.group(1) if missing else "")
            hint = (
                f"You need to install the '{package}' package to use this connection."
                if package
                else "You may be missing a dependency required by this connection."
            )
            raise ModuleNotFoundError(f"{exc}. {hint}") from None
    if not (isinstance(kind, builtins.type) and issubclass(kind, BaseConnection)):
        raise StreamlitAPIException(f"{kind} is not a subclass of BaseConnection!")
    return kind


def _create(name: str, _connection_class: Any, class_id: str, kwargs: dict[str, Any]) -> Any:
    """The cached constructor (``_connection_class`` is identified by ``class_id``)."""
    return _connection_class(connection_name=name, **kwargs)


_creators: dict[tuple[Any, Any], Any] = {}


def _creator(max_entries: int | None, ttl: Any) -> Any:
    from wasmlit.caching import cache_resource

    key = (max_entries, ttl)
    if key not in _creators:
        _creators[key] = cache_resource(
            max_entries=max_entries, ttl=ttl, show_spinner="Running `st.connection(...)`."
        )(_create)
    return _creators[key]


def connection(
    name: str,
    type: Any = None,
    max_entries: int | None = None,
    ttl: Any = _UNSET,
    **kwargs: Any,
) -> Any:
    """st.connection: the connection named ``name``, created once and then reused."""
    if ttl is _UNSET:
        from wasmlit.runtime.context import current

        options = current().options
        ttl = options.get("runner.connectionDefaultTTL") if options else None
    cls = _resolve_type(name, type)
    class_id = f"{cls.__module__}.{cls.__qualname__}@{id(cls)}"
    return _creator(max_entries, ttl)(name, cls, class_id, kwargs)
