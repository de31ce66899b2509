"""``st.connections.BaseConnection``: the base class of every st.connection type.

A subclass implements ``_connect(**kwargs)`` returning the underlying client;
``_instance`` creates it on first use and again after ``reset()`` or when the
``[connections.<name>]`` section of secrets.toml changed.

Example::

    class KV(BaseConnection[dict]):
        def _connect(self, **kwargs):
            return dict(self._secrets.to_dict(), **kwargs)

    kv = st.connection("kv", type=KV)
"""

from __future__ import annotations

import hashlib
import json
from abc import ABC, abstractmethod
from typing import Any, Generic, Literal, TypeVar

from wasmlit.runtime.secrets import AttrDict, current_store

RawConnectionT = TypeVar("RawConnectionT")


def _section(name: str) -> dict[str, Any]:
    store = current_store()
    if not store.load_if_toml_exists():
        return {}
    section = store.values().get("connections", {})
    value = section.get(name, {}) if isinstance(section, dict) else {}
    return value if isinstance(value, dict) else {}


def _digest(section: dict[str, Any]) -> str:
    text = json.dumps(section, sort_keys=True, default=str)
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


class BaseConnection(ABC, Generic[RawConnectionT]):
    """A named connection whose settings come from kwargs and ``[connections.<name>]``."""

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self._connection_name = connection_name
        self._kwargs = kwargs
        self._config_section_hash = _digest(_section(connection_name))
        self._raw_instance: RawConnectionT | None = self._connect(**kwargs)

    # -- what subclasses implement -------------------------------------------------------
    @abstractmethod
    def _connect(self, **kwargs: Any) -> RawConnectionT:
        """Create the underlying connection object."""

    # -- shared behaviour ----------------------------------------------------------------
    @property
    def _secrets(self) -> AttrDict:
        """This connection's ``[connections.<name>]`` table of secrets.toml (maybe empty)."""
        return AttrDict(_section(self._connection_name))

    @property
    def _instance(self) -> RawConnectionT:
        """The underlying connection, (re)created when needed."""
        section_hash = _digest(_section(self._connection_name))
        if section_hash != self._config_section_hash:  # secrets changed: reconnect
            self._config_section_hash = section_hash
            self.reset()
        if self._raw_instance is None:
            self._raw_instance = self._connect(**self._kwargs)
        return self._raw_instance

    def reset(self) -> None:
        """Drop the underlying connection; the next use creates a new one."""
        self._raw_instance = None

    def close(self) -> None:
        """Close the underlying connection (the base class only forgets it)."""
        self._raw_instance = None

    @classmethod
    def scope(cls) -> Literal["global", "session"]:
        """Whether one instance is shared by every session ("global") or not."""
        return "global"

    def __getattr__(self, name: str) -> Any:
        # Only reached for missing attributes: point at the raw client when it has one.
        if not name.startswith("_"):
            raw = self.__dict__.get("_raw_instance")
            if raw is not None and hasattr(raw, name):
                raise AttributeError(
                    f"`{name}` doesn't exist here, but you can call `._instance.{name}` instead"
                )
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _repr_html_(self) -> str:
        kind = f"{type(self).__module__}.{type(self).__qualname__}"
        configured = f"Configured from `[connections.{self._connection_name}]`"
        section = configured if _section(self._connection_name) else "No secrets section"
        doc = (type(self).__doc__ or "").strip().splitlines()
        summary = f"<li>{doc[0]}</li>" if doc else ""
        return (
            f"<h4>st.connection {self._connection_name} built from `{kind}`</h4>"
            f"<p><ul><li>{section}</li>{summary}</ul></p>"
        )


class ExperimentalBaseConnection(BaseConnection[RawConnectionT]):
    """The former name of :class:`BaseConnection` (Streamlit keeps it as an alias)."""
