"""The public Streamlit API: what ``import streamlit as st`` gives a script.

Element commands (``st.title``, ``st.slider`` ...) are created on first access
from the dispatch table in :mod:`wasmlit.runtime.commands` and write into the
innermost ``with`` container. Names of Streamlit's API that wasmlit does not
implement yet raise :class:`~wasmlit.errors.StreamlitNotSupportedError`, which
the app shows like any other Streamlit error.

Example::

    import streamlit as st
    n = st.slider("n", 1, 10, 5)
    st.write("n is", n)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NoReturn

from wasmlit import errors
from wasmlit.runtime.commands import STREAMLIT_NAMES, resolve
from wasmlit.runtime.context import current
from wasmlit.runtime.control import StopRequested
from wasmlit.runtime.delta_generator import BOTTOM, SIDEBAR, DeltaGenerator, active
from wasmlit.runtime.state_proxy import SessionStateProxy

# A package path lets `import streamlit.errors` resolve through the alias finder.
__path__: list[str] = []
# The Streamlit API level wasmlit follows (API-CHECKLIST.md).
__version__ = "1.67.0"

sidebar: DeltaGenerator = SIDEBAR
bottom: DeltaGenerator = BOTTOM
session_state = SessionStateProxy()

__all__ = ["errors", "sidebar", "bottom", "session_state", "rerun", "stop", "set_page_config"]


def rerun(scope: Any = "app") -> NoReturn:
    """st.rerun: stop this run and start a new one: the app, this fragment, or (from a
    widget callback) the fragments with a key or list of keys (runtime.fragments)."""
    from wasmlit.runtime.fragments import rerun as rerun_scope

    rerun_scope(scope)


def fragment(
    func: Any = None, *, run_every: Any = None, parallel: bool = False, key: Any = None
) -> Any:
    """st.fragment: a function whose widgets rerun only it (see runtime.fragments)."""
    from wasmlit.runtime.fragments import fragment as make_fragment

    return make_fragment(func, run_every=run_every, parallel=parallel, key=key)


def dialog(
    title: Any = "",
    *,
    width: Any = "small",
    position: str = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: Any = "ignore",
) -> Any:
    """st.dialog: a decorator whose function opens a modal (see runtime.dialogs)."""
    from wasmlit.runtime.dialogs import dialog as make_dialog

    return make_dialog(
        title,
        width=width,
        position=position,
        dismissible=dismissible,
        icon=icon,
        on_dismiss=on_dismiss,
    )


def stop() -> NoReturn:
    """st.stop: end this run here; what was written so far stays."""
    raise StopRequested()


def set_page_config(
    page_title: str | None = None,
    page_icon: Any = None,
    layout: str | None = None,
    initial_sidebar_state: str | None = None,
    menu_items: Any = None,
) -> None:
    """st.set_page_config: tab title, icon, layout and initial sidebar state."""
    if layout is not None and layout not in ("centered", "wide"):
        raise errors.StreamlitAPIException(
            f'`layout` must be "centered" or "wide" (got "{layout}")'
        )
    if initial_sidebar_state is not None and initial_sidebar_state not in (
        "auto",
        "expanded",
        "collapsed",
    ):
        raise errors.StreamlitAPIException(
            '`initial_sidebar_state` must be "auto" or "expanded" or "collapsed" '
            f'(got "{initial_sidebar_state}")'
        )
    if page_icon is not None and not isinstance(page_icon, str):
        raise errors.StreamlitNotSupportedError("set_page_config(page_icon=<image>)")
    ctx = current()
    config = ctx.page_config
    for name, value in (
        ("title", page_title),
        ("icon", page_icon),
        ("layout", layout),
        ("initial_sidebar_state", initial_sidebar_state),
    ):
        if value is not None:
            config[name] = str(value)
    ctx.emit(
        {
            "type": "page_config",
            "title": config.get("title"),
            "icon": config.get("icon"),
            "layout": config.get("layout", "centered"),
            "initial_sidebar_state": config.get("initial_sidebar_state", "auto"),
        }
    )


def logo(
    image: Any,
    *,
    size: str = "medium",
    link: str | None = None,
    icon_image: Any = None,
) -> None:
    """st.logo: the app's logo at the top of the sidebar and in the top-left corner."""
    from wasmlit.runtime.logo import logo as show_logo

    show_logo(image, size=size, link=link, icon_image=icon_image)


def navigation(pages: Any, *, position: str = "sidebar", expanded: bool | int = False) -> Any:
    """st.navigation: the app's pages; returns the current page (call its ``run()``)."""
    from wasmlit.runtime.navigation import navigation as navigate

    return navigate(pages, position=position, expanded=expanded)


def Page(  # noqa: N802 - Streamlit's name
    page: Any,
    *,
    title: str | None = None,
    icon: str | None = None,
    url_path: str | None = None,
    default: bool = False,
    visibility: str = "visible",
    help: str | None = None,
) -> Any:
    """st.Page: one page (a file, a callable or an external URL) for st.navigation."""
    from wasmlit.runtime.pages import Page as make_page

    return make_page(
        page,
        title=title,
        icon=icon,
        url_path=url_path,
        default=default,
        visibility=visibility,
        help=help,
    )


def switch_page(page: Any, *, query_params: Any = None) -> NoReturn:
    """st.switch_page: stop this run and rerun on another page of the app."""
    from wasmlit.runtime.navigation import switch_page as switch

    switch(page, query_params=query_params)


def echo(code_location: str = "above") -> Any:
    """st.echo: a context manager showing the code of its ``with`` block."""
    from wasmlit.runtime.echo import echo as echo_block

    return echo_block(code_location)


def get_option(key: str) -> Any:
    """st.get_option: the value of a config option."""
    from wasmlit.runtime.config import get_option as _get

    return _get(current().options, key)


def set_option(key: str, value: Any) -> None:
    """st.set_option: change a client option for this session."""
    from wasmlit.runtime.config import set_option as _set

    options = current().options
    if not isinstance(options, dict):
        raise errors.StreamlitAPIException("Options cannot be changed outside a session.")
    _set(options, key, value)


def _command(name: str, builder: Callable[..., Any]) -> Callable[..., Any]:
    def command(*args: Any, **kwargs: Any) -> Any:
        return builder(active(), *args, **kwargs)

    command.__name__ = command.__qualname__ = name
    command.__doc__ = builder.__doc__
    command.__wrapped__ = builder  # type: ignore[attr-defined]
    return command


def __getattr__(name: str) -> Any:
    builder = resolve(name)
    if builder is not None:
        command = _command(name, builder)
        globals()[name] = command
        return command
    if name in ("cache_data", "cache_resource"):
        import wasmlit.caching

        api = getattr(wasmlit.caching, name)
        globals()[name] = api
        return api
    if name == "query_params":
        from wasmlit.runtime.query_params import current_query_params

        return current_query_params()
    if name == "secrets":
        from wasmlit.runtime.secrets import secrets

        return secrets
    if name == "connection":
        from wasmlit.connections.factory import connection

        return connection
    if name == "connections":
        import wasmlit.connections

        return wasmlit.connections
    if name == "context":
        from wasmlit.runtime.browser_context import CONTEXT

        return CONTEXT
    if name == "testing":
        import wasmlit.testing

        return wasmlit.testing
    if name == "components":
        import wasmlit.components

        return wasmlit.components
    if name == "typing":
        import wasmlit.public_types

        return wasmlit.public_types
    if name == "column_config":
        import wasmlit.data.column_config

        return wasmlit.data.column_config
    if name in ("user", "login", "logout"):
        import wasmlit.runtime.user as auth  # no server: see that module's doc

        return {"user": auth.USER, "login": auth.login, "logout": auth.logout}[name]
    if name == "App":
        from wasmlit.runtime.app_server import App

        return App
    if name in STREAMLIT_NAMES:
        raise errors.StreamlitNotSupportedError(name)
    if name in REMOVED_COMMANDS:
        reason = REMOVED_COMMANDS[name]
        raise AttributeError(f"module 'streamlit' has no attribute '{name}': {reason}")
    raise AttributeError(f"module 'streamlit' has no attribute '{name}'")


# Commands older apps still call; Streamlit removed them, so say where they went.
REMOVED_COMMANDS = {
    "bokeh_chart": "st.bokeh_chart was removed in Streamlit 1.52 in favour of the"
    " streamlit-bokeh custom component, and wasmlit runs no custom components."
    " Bokeh figures can be exported to PNG/SVG and shown with st.image.",
}


def __dir__() -> list[str]:
    return sorted(set(globals()) | STREAMLIT_NAMES)
