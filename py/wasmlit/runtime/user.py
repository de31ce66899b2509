"""``st.user``, ``st.login`` and ``st.logout`` in an app with no server.

Streamlit's login is an OpenID Connect flow run by its server: the server keeps
the client secret, talks to the identity provider and sets an identity cookie.
A wasmlit app is static files, so there is nobody to keep a secret or set that
cookie, and nobody is ever logged in. What an app can rely on:

* ``st.user`` is the read-only mapping Streamlit gives a logged-out user:
  ``{"is_logged_in": False}``, an empty ``st.user.tokens``, and
  ``StreamlitAPIException("st.user cannot be modified")`` on assignment.
  (Streamlit has ``is_logged_in`` only when ``[auth]`` is configured; wasmlit
  always has it, so ``if not st.user.is_logged_in`` works as written.)
* ``st.login()`` raises :class:`StreamlitAuthError` saying why and what to do.
* ``st.logout()`` raises the same, except in an ``AppTest`` whose ``at.user``
  mocks a user: there it clears ``st.user`` for the rest of the run, and
  ``at.user`` keeps the dict the test assigned (as in Streamlit's AppTest).

Example::

    import streamlit as st
    if not st.user.is_logged_in:
        st.write("Hello, guest")
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

from wasmlit.errors import StreamlitAPIException, StreamlitAuthError
from wasmlit.runtime.context import current

_NO_SERVER = (
    "`st.{command}()` needs a server, and a wasmlit app runs entirely in the browser. "
    "Streamlit's login is an OpenID Connect flow: its server keeps the provider's "
    "client secret and sets an identity cookie, which static files cannot do safely. "
    "Here nobody is logged in (`st.user.is_logged_in` is False). To require a login, "
    "serve the app behind something that authenticates visitors (your host's access "
    "control or a reverse proxy), or run it with Streamlit. In tests, set `AppTest.user`."
)


def user_info() -> dict[str, Any]:
    """What ``st.user`` shows this run: the test's mocked user, or a logged-out user."""
    info = dict(current().user_info or {})
    info.setdefault("is_logged_in", False)
    return info


class TokensProxy(Mapping[str, str]):
    """``st.user.tokens``: the identity provider's tokens, read-only (empty when logged out)."""

    _tokens: dict[str, str]

    def __init__(self, tokens: Mapping[str, str]) -> None:
        object.__setattr__(self, "_tokens", dict(tokens))

    def __getitem__(self, key: str) -> str:
        return self._tokens[key]

    def __getattr__(self, key: str) -> str:
        try:
            return self._tokens[key]
        except KeyError:
            raise AttributeError(f'Token "{key}" is not exposed or does not exist.') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user.tokens cannot be modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user.tokens cannot be modified")

    def __iter__(self) -> Iterator[str]:
        return iter(self._tokens)

    def __len__(self) -> int:
        return len(self._tokens)

    def __repr__(self) -> str:
        return repr(self._tokens)

    def to_dict(self) -> dict[str, str]:
        """The tokens as a plain dict."""
        return dict(self._tokens)


class UserInfoProxy(Mapping[str, Any]):
    """``st.user``: the current user's identity claims, by key or attribute; read-only."""

    def __getitem__(self, key: str) -> Any:
        if key == "tokens":
            return self.tokens
        try:
            return user_info()[key]
        except KeyError:
            raise KeyError(f'st.user has no key "{key}".') from None

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):  # copy, pickle and friends probe dunders
            raise AttributeError(key)
        try:
            return user_info()[key]
        except KeyError:
            raise AttributeError(f'st.user has no attribute "{key}".') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified")

    def __delattr__(self, name: str) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified")

    def __delitem__(self, name: str) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified")

    def __iter__(self) -> Iterator[str]:
        return iter(user_info())

    def __len__(self) -> int:
        return len(user_info())

    def __repr__(self) -> str:
        return repr(user_info())

    def to_dict(self) -> dict[str, Any]:
        """The user's information as a plain dict."""
        return user_info()

    @property
    def tokens(self) -> TokensProxy:
        """The tokens the provider exposed (``expose_tokens``); empty for a logged-out user."""
        return TokensProxy(user_info().get("tokens") or {})


USER = UserInfoProxy()


def login(provider: str | None = None) -> NoReturn:
    """st.login: always a clear error, as no server can complete the OIDC flow."""
    raise StreamlitAuthError(_NO_SERVER.format(command="login"))


def logout() -> None:
    """st.logout: clears a test's mocked user for this run; otherwise a clear error."""
    ctx = current()
    if ctx.user_info is None:
        raise StreamlitAuthError(_NO_SERVER.format(command="logout"))
    ctx.user_info = {}
