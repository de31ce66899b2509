"""``st.session_state``: dict and attribute access onto the current session's state."""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

from wasmlit.runtime.session_state import SessionState

_MORE_INFO = (
    "Did you forget to initialize it? More info: "
    "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
)


def _key(key: Any) -> str:
    return key if isinstance(key, str) else str(key)


class SessionStateProxy(MutableMapping[str, Any]):
    """Forwards to a :class:`SessionState`: the running session's by default."""

    __slots__ = ("_get_state",)

    def __init__(self, get_state: Callable[[], SessionState] | None = None) -> None:
        object.__setattr__(self, "_get_state", get_state or _current_state)

    @property
    def _state(self) -> SessionState:
        return self._get_state()

    def __getitem__(self, key: Any) -> Any:
        try:
            return self._state[_key(key)]
        except KeyError:
            raise KeyError(f'st.session_state has no key "{key}". {_MORE_INFO}') from None

    def __setitem__(self, key: Any, value: Any) -> None:
        self._state[_key(key)] = value

    def __delitem__(self, key: Any) -> None:
        try:
            del self._state[_key(key)]
        except KeyError:
            raise KeyError(f'st.session_state has no key "{key}". {_MORE_INFO}') from None

    def __contains__(self, key: object) -> bool:
        return _key(key) in self._state

    def __iter__(self) -> Iterator[str]:
        return iter(self._state)

    def __len__(self) -> int:
        return len(self._state)

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self._state[key]
        except KeyError:
            raise AttributeError(
                f'st.session_state has no attribute "{key}". {_MORE_INFO}'
            ) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(
                f'st.session_state has no attribute "{key}". {_MORE_INFO}'
            ) from None

    def to_dict(self) -> dict[str, Any]:
        return self._state.to_dict()

    def clear(self) -> None:
        self._state.clear()

    def __repr__(self) -> str:
        return repr(self.to_dict())

    def __str__(self) -> str:
        return str(self.to_dict())


def _current_state() -> SessionState:
    from wasmlit.runtime.context import current

    return current().state
