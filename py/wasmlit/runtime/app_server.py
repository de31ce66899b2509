"""``st.App``: Streamlit's ASGI entry point, kept constructible for portability.

In Streamlit, ``st.App("streamlit_app.py")`` builds a Starlette application that
an ASGI server (uvicorn) serves, with extra routes, middleware and a lifespan.
A wasmlit app has no server: the script runs in the browser, in a web worker,
and ``wasmlit run <script>`` / ``wasmlit build <script>`` serve or package it
as static files. So a module that builds an ``st.App`` still imports and
constructs (``script_path`` and ``state`` read as in Streamlit), but starting
it — ``run()``, ``lifespan()`` or being called as an ASGI app — raises a
:class:`StreamlitAPIException` that names the wasmlit equivalent.

Example::

    import streamlit as st
    app = st.App("streamlit_app.py")   # fine; then: wasmlit run streamlit_app.py
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from os import PathLike
from typing import Any, NoReturn

from wasmlit.errors import StreamlitAPIException


def _no_server(what: str, script_path: str | PathLike[str]) -> StreamlitAPIException:
    script = str(script_path)
    return StreamlitAPIException(
        f"`st.App.{what}` starts a Streamlit server, and wasmlit has none: it runs the "
        "script in the browser. Run the script itself instead: "
        f"`wasmlit run {script}` to serve it while you work, or "
        f"`wasmlit build {script}` to make static files to deploy. Custom routes, "
        "middleware, a lifespan and exception handlers need a server and are not available."
    )


class AppState:
    """``App.state``: values shared across the app, by attribute or key.

    Streamlit fills it from the dict the lifespan yields; wasmlit runs no lifespan,
    so it holds only what the program puts in it.
    """

    _values: dict[str, Any]

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        object.__setattr__(self, "_values", dict(values or {}))

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"'State' object has no attribute '{name}'") from None

    def __setattr__(self, name: str, value: Any) -> None:
        self._values[name] = value

    def __delattr__(self, name: str) -> None:
        del self._values[name]

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __setitem__(self, name: str, value: Any) -> None:
        self._values[name] = value

    def __contains__(self, name: object) -> bool:
        return name in self._values

    def __repr__(self) -> str:
        return f"State({self._values!r})"


class App:
    """st.App: accepts Streamlit's arguments; serving it raises (see the module doc)."""

    def __init__(
        self,
        script_path: str | PathLike[str],
        *,
        secrets: Mapping[str, Any] | None = None,
        lifespan: Callable[[App], Any] | None = None,
        routes: Sequence[Any] | None = None,
        middleware: Sequence[Any] | None = None,
        on_script_error: Callable[..., Any] | None = None,
        exception_handlers: Mapping[Any, Callable[..., Any]] | None = None,
        debug: bool = False,
    ) -> None:
        if not isinstance(script_path, (str, PathLike)):
            raise StreamlitAPIException(
                f"`script_path` must be a str or a path, not {type(script_path).__name__}."
            )
        self._script_path = script_path
        self._secrets = dict(secrets) if secrets is not None else None
        self._lifespan = lifespan
        self._routes = list(routes or ())
        self._middleware = list(middleware or ())
        self._on_script_error = on_script_error
        self._exception_handlers = dict(exception_handlers or {})
        self._debug = bool(debug)
        self._state = AppState()

    @property
    def script_path(self) -> str | PathLike[str]:
        """The main script, as given (absolute or relative)."""
        return self._script_path

    @property
    def state(self) -> AppState:
        """Values shared across the app (Streamlit fills it from the lifespan)."""
        return self._state

    def lifespan(self) -> NoReturn:
        """Streamlit: a lifespan to mount on another ASGI framework. Raises here."""
        raise _no_server("lifespan()", self._script_path)

    def run(self, *, config: Mapping[str, Any] | None = None) -> NoReturn:
        """Streamlit: start a local server and block. Raises here."""
        raise _no_server("run()", self._script_path)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> NoReturn:
        raise _no_server("__call__ (served as an ASGI app)", self._script_path)

    def __repr__(self) -> str:
        return f"App({str(self._script_path)!r})"
