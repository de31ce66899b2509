"""``st.secrets``: read-only values from ``.streamlit/secrets.toml``.

Files are read (with :mod:`tomllib`) from ``~/.streamlit/secrets.toml``, the
working folder's and the app folder's ``.streamlit/secrets.toml``; later files
override earlier ones key by key. A file that changes on disk is read again on
the next access (``wasmlit run`` rewrites files on save). Top-level str, int
and float values are also put in ``os.environ``, as Streamlit does.

A published site never contains ``secrets.toml`` (see ``wasmlit.cli.manifest``):
whatever a browser is given, its user can read.

Example::

    st.secrets["db_password"]          # or st.secrets.db_password
    st.secrets.connections.sql.url     # nested tables read as attributes too
"""

from __future__ import annotations

import copy
import os
import threading
import tomllib
import weakref
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, NoReturn

from wasmlit.errors import StreamlitAPIException, StreamlitSecretNotFoundError

_DOCS = (
    "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"
)


def _missing_attr(name: str) -> str:
    return (
        f'st.secrets has no attribute "{name}". Did you forget to add it to secrets.toml, '
        "mount it to secret directory, or the app settings on Streamlit Cloud? "
        f"More info: {_DOCS}"
    )


def _missing_key(key: str) -> str:
    return _missing_attr(key).replace("attribute", "key")


def _no_item_assignment(*_: Any) -> NoReturn:
    raise TypeError("Secrets does not support item assignment.")


def _no_attr_assignment(*_: Any) -> NoReturn:
    raise TypeError("Secrets does not support attribute assignment.")


def _wrap(value: Any) -> Any:
    return AttrDict(value) if isinstance(value, Mapping) else value


class AttrDict(Mapping[str, Any]):
    """A read-only secrets table: ``table["key"]`` and ``table.key``."""

    def __init__(self, value: Mapping[str, Any]) -> None:
        object.__setattr__(self, "_values", dict(value))

    def __getitem__(self, key: str) -> Any:
        try:
            return _wrap(self._values[key])
        except KeyError:
            raise KeyError(_missing_key(key)) from None

    def __getattr__(self, name: str) -> Any:
        try:
            return _wrap(self._values[name])
        except KeyError:
            raise AttributeError(_missing_attr(name)) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return repr(self._values)

    def to_dict(self) -> dict[str, Any]:
        """A deep, plain-dict copy."""
        return copy.deepcopy(self._values)

    __setitem__ = _no_item_assignment
    __delitem__ = _no_item_assignment
    __setattr__ = _no_attr_assignment
    __delattr__ = _no_attr_assignment


def _merge(into: dict[str, Any], extra: Mapping[str, Any]) -> None:
    """Merge ``extra`` into ``into``; tables merge key by key, other values replace."""
    for key, value in extra.items():
        old = into.get(key)
        if isinstance(old, dict) and isinstance(value, Mapping):
            _merge(old, value)
        else:
            into[key] = copy.deepcopy(dict(value) if isinstance(value, Mapping) else value)


Stamp = tuple[tuple[str, int, int], ...]


class SecretsStore:
    """The secrets of one app folder: its files, read again when they change."""

    def __init__(self, paths: list[str]) -> None:
        self.paths = paths
        self._lock = threading.RLock()
        self._stamp: Stamp | None = None
        self._values: dict[str, Any] | None = None
        self._programmatic: dict[str, Any] = {}
        self._environ: dict[str, str] = {}  # what we put in os.environ

    def _current_stamp(self) -> Stamp:
        stamp = []
        for path in self.paths:
            try:
                st = os.stat(path)
            except OSError:
                continue
            stamp.append((path, st.st_mtime_ns, st.st_size))
        return tuple(stamp)

    def _read(self, stamp: Stamp) -> dict[str, Any] | None:
        if not stamp and not self._programmatic:
            return None
        values: dict[str, Any] = {}
        for path, _, _ in stamp:
            with open(path, "rb") as f:
                try:
                    _merge(values, tomllib.load(f))
                except tomllib.TOMLDecodeError as exc:
                    raise StreamlitAPIException(
                        f"Error parsing secrets file at {path}: {exc}"
                    ) from None
        _merge(values, self._programmatic)
        return values

    def _export(self, values: dict[str, Any]) -> None:
        for key, value in self._environ.items():
            if os.environ.get(key) == value:
                del os.environ[key]
        self._environ = {}
        for key, value in values.items():
            if type(value) in (str, int, float):
                os.environ[key] = self._environ[key] = str(value)

    def load_if_toml_exists(self) -> bool:
        """Read the files if any exists (or changed); True when secrets are there."""
        with self._lock:
            stamp = self._current_stamp()
            if stamp != self._stamp or self._values is None:
                values = self._read(stamp)
                self._stamp = stamp
                self._values = values
                self._export(values or {})
            return self._values is not None

    def values(self) -> dict[str, Any]:
        """Every secret; raises Streamlit's "No secrets found" when there is none."""
        if not self.load_if_toml_exists():
            raise StreamlitSecretNotFoundError(
                "No secrets found. Valid paths for a secrets.toml file or secret directories "
                f"are: {', '.join(self.paths)}"
            )
        assert self._values is not None
        return self._values

    def merge_programmatic(self, secrets: Mapping[str, Any]) -> None:
        with self._lock:
            _merge(self._programmatic, secrets)
            self._values = None  # read again with them

    def stamp(self) -> Any:
        """Changes whenever the secrets may have (for connections' reset)."""
        self.load_if_toml_exists()
        return (self._stamp, id(self._values))


class FixedStore(SecretsStore):
    """Secrets given as a dict (AppTest.secrets): no files at all."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        super().__init__([])
        self._fixed = copy.deepcopy(dict(values))

    def load_if_toml_exists(self) -> bool:
        with self._lock:
            if self._values is None:
                self._values = copy.deepcopy(self._fixed)
                _merge(self._values, self._programmatic)
            return True


def secrets_paths(app_dir: str) -> list[str]:
    """Where secrets.toml is looked for, lowest precedence first."""
    paths: list[str] = []
    for folder in (os.path.expanduser("~"), os.getcwd(), app_dir):
        path = os.path.join(os.path.abspath(folder), ".streamlit", "secrets.toml")
        if folder and path not in paths:
            paths.append(path)
    return paths


_stores: dict[str, SecretsStore] = {}
_tests: weakref.WeakKeyDictionary[Any, FixedStore] = weakref.WeakKeyDictionary()
_stores_lock = threading.Lock()


def use_test_secrets(session_state: Any, values: Mapping[str, Any]) -> None:
    """AppTest: the session's script sees exactly ``values`` as st.secrets."""
    _tests[session_state] = FixedStore(values)


def current_store() -> SecretsStore:
    """The secrets of the running app (the AppTest's dict, else the files)."""
    from wasmlit.runtime.context import current

    ctx = current()
    fixed = _tests.get(ctx.state)
    if fixed is not None:
        return fixed
    app_dir = ctx.script_dir or os.getcwd()
    with _stores_lock:
        store = _stores.get(app_dir)
        if store is None:
            store = _stores[app_dir] = SecretsStore(secrets_paths(app_dir))
        return store


class Secrets(Mapping[str, Any]):
    """``st.secrets``: a read-only mapping of the app's secrets."""

    def _values(self) -> dict[str, Any]:
        return current_store().values()

    def __getitem__(self, key: str) -> Any:
        try:
            return _wrap(self._values()[key])
        except KeyError:
            raise KeyError(_missing_key(key)) from None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            return _wrap(self._values()[name])
        except KeyError:
            raise AttributeError(_missing_attr(name)) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())

    def __len__(self) -> int:
        return len(self._values())

    def __contains__(self, key: object) -> bool:
        return key in self._values()

    def __repr__(self) -> str:
        return repr(self._values())

    def has_key(self, k: str) -> bool:
        return k in self

    def keys(self) -> KeysView[str]:
        return self._values().keys()

    def values(self) -> ValuesView[Any]:
        return AttrDict(self._values()).values()

    def items(self) -> ItemsView[str, Any]:
        return AttrDict(self._values()).items()

    def to_dict(self) -> dict[str, Any]:
        """A deep, plain-dict copy of every secret."""
        return copy.deepcopy(self._values())

    def load_if_toml_exists(self) -> bool:
        """Read secrets.toml if there is one; never raises for a missing file."""
        try:
            return current_store().load_if_toml_exists()
        except StreamlitSecretNotFoundError:
            return False

    def merge_programmatic_secrets(self, programmatic_secrets: Mapping[str, Any]) -> None:
        """Add secrets from code; they override the files' values key by key."""
        current_store().merge_programmatic(programmatic_secrets)

    __setitem__ = _no_item_assignment
    __delitem__ = _no_item_assignment
    __setattr__ = _no_attr_assignment
    __delattr__ = _no_attr_assignment


secrets = Secrets()
