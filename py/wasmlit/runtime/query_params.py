"""st.query_params: the page's query string as a mutable mapping of strings.

Values read back as the last value given for a key; ``get_all`` returns them
all. After each run the session sends the query string to the UI, which shows
it in the page URL (``query_params`` message). Parameters bound to a widget
(``bind="query-params"``) are written by the widget only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from wasmlit.errors import StreamlitAPIException


class QueryParams(MutableMapping[str, str]):
    """Query parameters: ``key -> list of values``; item access gives the last one."""

    def __init__(self, query_string: str = "") -> None:
        self._params: dict[str, list[str]] = {}
        self._bound: set[str] = set()  # keys owned by widgets with bind="query-params"
        for key, value in parse_qsl(query_string.lstrip("?"), keep_blank_values=True):
            self._params.setdefault(key, []).append(value)

    def __getitem__(self, key: str) -> str:
        values = self._params[key]
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
            raise StreamlitAPIException("You cannot set a query params key to a dictionary.")
        if isinstance(value, Iterable) and not isinstance(value, str):
            self._params[key] = [str(v) for v in value]
        else:
            self._params[key] = [str(value)]

    def __delitem__(self, key: str) -> None:
        self._check_unbound(key)
        del self._params[key]

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._params))

    def __len__(self) -> int:
        return len(self._params)

    def __getattr__(self, key: str) -> str:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no attribute "{key}".') from None

    def get_all(self, key: str) -> list[str]:
        return list(self._params.get(key, []))

    def to_dict(self) -> dict[str, str]:
        return {k: self[k] for k in self._params}

    def from_dict(self, params: Any) -> None:
        new = dict(params)
        for key in new:
            self._check_unbound(key)
        for key in [k for k in self._params if k not in self._bound]:
            del self._params[key]
        for key, value in new.items():
            self[key] = value

    def clear(self) -> None:
        """Remove every parameter except those bound to widgets."""
        for key in [k for k in self._params if k not in self._bound]:
            del self._params[key]

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


def current_query_params() -> QueryParams:
    """The running session's query params (``st.query_params``)."""
    from wasmlit.runtime.context import current

    return current().query_params
