"""st.query_params: the page's query string as a mutable mapping of strings.

Values read back as the last value given for a key; ``get_all`` returns them
all. After each run the session sends the query string to the UI, which shows
it in the page URL (``query_params`` message). Parameters bound to a widget
(``bind="query-params"``) are written by the widget only. As in Streamlit,
``embed`` and ``embed_options`` stay in the URL but are hidden from the
mapping and cannot be set (they decide ``st.context.is_embedded``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from wasmlit.errors import StreamlitAPIException, StreamlitQueryParamDictValueError

# Streamlit's embedding parameters (case-insensitive): in the URL, not in the mapping.
EMBED_KEYS = ("embed", "embed_options")


def _is_embed_key(key: object) -> bool:
    return isinstance(key, str) and key.lower() in EMBED_KEYS


class QueryParams(MutableMapping[str, str]):
    """Query parameters: ``key -> list of values``; item access gives the last one."""

    def __init__(self, query_string: str = "") -> None:
        object.__setattr__(self, "_params", {})
        object.__setattr__(self, "_bound", set())  # keys owned by widgets with bind=
        # True for the run a back/forward navigation asked for: bound widgets follow the URL.
        object.__setattr__(self, "restoring", False)
        self._params: dict[str, list[str]]
        self._bound: set[str]
        self.restoring: bool
        self._parse_into(query_string)

    def set_restoring(self, restoring: bool) -> None:
        object.__setattr__(self, "restoring", restoring)

    def _parse_into(self, query_string: str) -> None:
        for key, value in parse_qsl(query_string.lstrip("?"), keep_blank_values=True):
            self._params.setdefault(key, []).append(value)

    def __getitem__(self, key: str) -> str:
        if _is_embed_key(key):
            raise KeyError(_missing(key))
        try:
            values = self._params[key]
        except KeyError:
            raise KeyError(_missing(key)) from None
        return values[-1] if values else ""

    def _check_unbound(self, key: str) -> None:
        if key in self._bound:
            raise StreamlitAPIException(
                f"The query parameter '{key}' is bound to a widget (bind=\"query-params\"): "
                "change the widget's value through st.session_state instead."
            )

    def __setitem__(self, key: str, value: Any) -> None:
        self._check_unbound(key)
        if isinstance(value, dict):
            raise StreamlitQueryParamDictValueError(key)
        if _is_embed_key(key):
            raise StreamlitAPIException(
                "Query param embed and embed_options (case-insensitive) cannot be set "
                "programmatically."
            )
        if isinstance(value, Iterable) and not isinstance(value, str):
            self._params[key] = [str(v) for v in value]
        else:
            self._params[key] = [str(value)]

    def __delitem__(self, key: str) -> None:
        self._check_unbound(key)
        if _is_embed_key(key) or key not in self._params:
            raise KeyError(_missing(key))
        del self._params[key]

    def __iter__(self) -> Iterator[str]:
        return iter([k for k in self._params if not _is_embed_key(k)])

    def __len__(self) -> int:
        return sum(1 for k in self._params if not _is_embed_key(k))

    def __getattr__(self, key: str) -> str:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no attribute "{key}".') from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no attribute "{key}".') from None

    def get_all(self, key: str) -> list[str]:
        """Every value of ``key`` (``[]`` when absent), e.g. for ``?tag=a&tag=b``."""
        if _is_embed_key(key):
            return []
        return list(self._params.get(key, []))

    def to_dict(self) -> dict[str, str]:
        """``{key: last value}``; use :meth:`get_all` for repeated keys."""
        return {k: self[k] for k in self}

    def from_dict(self, params: Any) -> None:
        """Replace every parameter (except bound and embedding ones) in one update."""
        new = dict(params)
        for key, value in new.items():
            self._check_unbound(key)
            if _is_embed_key(key) or isinstance(value, dict):
                self[key] = value  # raises Streamlit's error before anything changes
        self.clear()
        for key, value in new.items():
            self[key] = value

    def clear(self) -> None:
        """Remove every parameter except those bound to widgets and embedding ones."""
        for key in [k for k in self._params if k not in self._bound and not _is_embed_key(k)]:
            del self._params[key]

    # -- the UI's URL (page requests, back/forward) ----------------------------------
    def replace_all(self, query_string: str) -> None:
        """Take the URL's query string as it is, bound and embedding keys included."""
        self._params.clear()
        self._parse_into(query_string)

    def is_embedded(self) -> bool:
        """Whether the URL asks for the embedded view (``?embed=true``, Streamlit's rule)."""
        return any(
            value.lower() == "true"
            for key, values in self._params.items()
            if key.lower() == "embed"
            for value in values
        )

    # -- for widgets with bind="query-params" (wasmlit.runtime.binding) --------------
    def set_bound(self, key: str, values: list[str]) -> None:
        self._bound.add(key)
        self._params[key] = list(values)

    def remove_bound(self, key: str) -> None:
        self._bound.add(key)
        self._params.pop(key, None)

    def query_string(self) -> str:
        return urlencode([(k, v) for k, vs in self._params.items() for v in vs])

    def __repr__(self) -> str:
        return repr(self.to_dict())


def _missing(key: object) -> str:
    return f'st.query_params has no key "{key}".'


def current_query_params() -> QueryParams:
    """The running session's query params (``st.query_params``)."""
    from wasmlit.runtime.context import current

    return current().query_params
