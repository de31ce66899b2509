"""Which page a multipage app shows: st.navigation, st.switch_page and the pages/ folder.

One :class:`PageRouter` per session. The UI (or ``st.switch_page``) asks for a
page with a :class:`PageRequest`; the next run resolves it against the app's
pages: those of ``st.navigation`` in the entrypoint (MPA v2), else the
entrypoint plus the ``pages/`` folder (MPA v1), where the chosen page's script
runs instead of the entrypoint. Each run that knows its pages sends one
``navigation`` message when what the UI shows changed.

Example::

    router = PageRouter("/app/app.py", compile_file)
    router.request = PageRequest(url_path="Data")
    # next run: st.navigation(...) returns the "Data" page
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from types import CodeType
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import urlencode

from wasmlit.errors import StreamlitAPIException, StreamlitPageNotFoundError
from wasmlit.runtime.control import RerunRequested
from wasmlit.runtime.pages import StreamlitPage, as_page, pages_folder_scripts

if TYPE_CHECKING:
    from wasmlit.runtime.context import RunContext

POSITIONS = ("sidebar", "top", "hidden")


@dataclass(frozen=True)
class PageRequest:
    """A page to show next: by URL path (the UI) or by script path (AppTest)."""

    url_path: str | None = None
    script_path: str | None = None
    # The new page's query string; None keeps the current st.query_params (boot).
    query_string: str | None = None
    # Back/forward: widgets bound to query params take the URL's values this run.
    history: bool = False


class PageRouter:
    """The session's pages, the current one and the next one asked for."""

    def __init__(self, main_script: str, compile_file: Callable[[str], CodeType]) -> None:
        self.main_script = main_script
        self.main_dir = os.path.dirname(main_script)
        self.compile = compile_file
        self.uses_navigation = False  # st.navigation seen: the pages/ folder is ignored
        self.current = ""  # URL path of the page shown ("" = default)
        self.request: PageRequest | None = None  # consumed by the next run
        self.pages: list[StreamlitPage] = []
        self._target: PageRequest | None = None
        self._sent: dict[str, Any] | None = None

    # -- a run --------------------------------------------------------------------------
    def begin_run(self, ctx: RunContext) -> None:
        """Take the pending request for this run; apply its query string."""
        self._target, self.request = self.request, None
        if self._target is not None and self._target.query_string is not None:
            replace_query(ctx, self._target.query_string)
            ctx.query_params.set_restoring(self._target.history)

    def pages_folder_page(self, ctx: RunContext) -> StreamlitPage | None:
        """MPA v1: the page to run instead of the entrypoint, or None (no pages/ folder)."""
        if self.uses_navigation:
            return None
        scripts = pages_folder_scripts(self.main_script)
        if not scripts:
            return None
        main = StreamlitPage(self.main_script, default=True, main_dir=self.main_dir)
        pages = [main, *(StreamlitPage(s, main_dir=self.main_dir) for s in scripts)]
        position = "sidebar" if ctx.options.get("client.showSidebarNavigation", True) else "hidden"
        chosen = self._choose(pages, main)
        _follow_page(ctx, chosen)
        self._publish(ctx, {"": pages}, chosen, position, expanded=False, visible_items=None)
        return chosen

    def navigate(
        self,
        ctx: RunContext,
        sections: dict[str, list[StreamlitPage]],
        position: str,
        expanded: bool | int,
    ) -> StreamlitPage:
        """st.navigation inside a run: record the pages, send them, return the current one."""
        self.uses_navigation = True
        page_list = [p for pages in sections.values() for p in pages]
        default = _default_page(page_list)
        seen: set[str] = set()
        for page in page_list:
            if page._url_path in seen:
                raise StreamlitAPIException(
                    f"Multiple Pages specified with URL pathname {page.url_path}. "
                    "URL pathnames must be unique. The url pathname may be "
                    "inferred from the filename, callable name, or title."
                )
            seen.add(page._url_path)
        if position == "sidebar" and ctx.options.get("client.showSidebarNavigation") is False:
            position = "hidden"
        visible_items = expanded if not isinstance(expanded, bool) and expanded > 0 else None
        chosen = self._choose(page_list, default)
        _follow_page(ctx, chosen)
        self._publish(ctx, sections, chosen, position, expanded is True, visible_items)
        chosen._can_run = True
        return chosen

    @contextmanager
    def running_page(self, ctx: RunContext, page: StreamlitPage) -> Iterator[None]:
        """While a page runs, its widgets get ids of their own (as in Streamlit)."""
        saved = ctx.active_page
        ctx.active_page = page.identity
        try:
            yield
        finally:
            ctx.active_page = saved

    # -- resolving pages ----------------------------------------------------------------
    def _choose(self, pages: Sequence[StreamlitPage], default: StreamlitPage) -> StreamlitPage:
        self.pages = list(pages)
        internal = [p for p in pages if not p.is_external]
        target = self._target
        found: StreamlitPage | None = None
        if target is not None:
            found = next((p for p in internal if _matches(p, target)), None)
        else:
            found = next((p for p in internal if p.url_path == self.current), None)
        chosen = found or default
        self.current = chosen.url_path
        return chosen

    def find(self, page: Any) -> StreamlitPage | None:
        """The known page for st.switch_page / st.page_link: a page, a path or None."""
        pages = self.pages or [
            StreamlitPage(self.main_script, default=True, main_dir=self.main_dir)
        ]
        if isinstance(page, StreamlitPage):
            if page.is_external:
                return page
            return next(
                (p for p in pages if p is page or _same_source(p, page)),
                None,
            )
        path = os.path.normpath(os.path.join(self.main_dir, os.fspath(page)))
        return next((p for p in pages if p.script_path == path), None)

    def not_found(self, page: Any) -> StreamlitPageNotFoundError:
        shown = page.title if isinstance(page, StreamlitPage) else os.fspath(page)
        if self.uses_navigation:
            return StreamlitPageNotFoundError(
                f"Could not find page: `{shown}`. You must provide a `StreamlitPage` object "
                "or file path relative to the entrypoint file. Only pages previously defined "
                "by `st.Page` and passed to `st.navigation` are allowed."
            )
        return StreamlitPageNotFoundError(
            f"Could not find page: `{shown}`. You must provide a file path relative to the "
            f"entrypoint file (from the directory `{os.path.basename(self.main_dir)}`). "
            "Only the entrypoint file and files in the `pages/` directory are supported."
        )

    # -- the navigation message ---------------------------------------------------------
    def _publish(
        self,
        ctx: RunContext,
        sections: Mapping[str, Sequence[StreamlitPage]],
        current: StreamlitPage,
        position: str,
        expanded: bool,
        visible_items: int | None,
    ) -> None:
        message = {
            "type": "navigation",
            "pages": [
                {
                    "title": page.title,
                    "icon": page.icon or None,
                    "url_path": page.url_path,
                    "section": section,
                    "visibility": page.visibility,
                    "external_url": page.external_url,
                    "help": page.help,
                }
                for section, pages in sections.items()
                for page in pages
            ],
            "current": current.url_path,
            "position": position,
            "expanded": expanded,
            "visible_items": visible_items,
        }
        if message != self._sent:
            self._sent = message
            ctx.emit(message)


def _default_page(pages: Sequence[StreamlitPage]) -> StreamlitPage:
    defaults = [p for p in pages if p._default]
    if len(defaults) > 1:
        raise StreamlitAPIException(
            "Multiple Pages specified with `default=True`. At most one Page can be set to default."
        )
    if defaults:
        return defaults[0]
    first = next((p for p in pages if not p.is_external), pages[0])
    first._default = True
    return first


def _matches(page: StreamlitPage, target: PageRequest) -> bool:
    if target.script_path is not None:
        return page.script_path == os.path.normpath(target.script_path)
    return page.url_path == target.url_path or (page._default and page._url_path == target.url_path)


def _same_source(a: StreamlitPage, b: StreamlitPage) -> bool:
    return a._page == b._page and a._url_path == b._url_path


def replace_query(ctx: RunContext, query_string: str) -> None:
    """The URL's query string becomes st.query_params, bound keys included."""
    ctx.query_params.replace_all(query_string)


def query_string_of(query_params: Any) -> str:
    """``query_params=`` of st.switch_page / st.page_link as a query string."""
    if query_params is None:
        return ""
    items = query_params.items() if isinstance(query_params, Mapping) else query_params
    pairs: list[tuple[str, str]] = []
    for key, value in items:
        values = value if isinstance(value, list | tuple) else [value]
        pairs.extend((str(key), str(v)) for v in values)
    return urlencode(pairs)


# -- the st commands --------------------------------------------------------------------


def navigation(
    pages: Any,
    *,
    position: str = "sidebar",
    expanded: bool | int = False,
) -> StreamlitPage:
    """st.navigation: declare the app's pages; returns the page to run."""
    from wasmlit.runtime.context import running

    if not isinstance(position, str) or position not in POSITIONS:
        raise StreamlitAPIException(
            f'Invalid position "{position}". '
            'The position parameter must be one of "sidebar", "hidden", or "top".'
        )
    if not isinstance(expanded, bool | int):
        raise StreamlitAPIException(
            f"Invalid type for expanded: {type(expanded).__name__!s}. "
            "expanded must be a bool or a non-negative integer."
        )
    if not isinstance(expanded, bool) and expanded < 0:
        raise StreamlitAPIException(
            f"Invalid value for expanded: {expanded!r}. "
            "When using an int, expanded must be a non-negative integer."
        )
    if isinstance(pages, Mapping):
        sections = {str(name): [as_page(p) for p in group] for name, group in pages.items()}
    else:
        sections = {"": [as_page(p) for p in pages]}
    page_list = [p for group in sections.values() for p in group]
    if not page_list:
        raise StreamlitAPIException("`st.navigation` must be called with at least one `st.Page`.")
    ctx = running()
    if ctx is None or ctx.pages is None:
        default = _default_page(page_list)
        default._can_run = True
        return default
    return ctx.pages.navigate(ctx, sections, position, expanded)


def _follow_page(ctx: RunContext, page: StreamlitPage) -> None:
    """st.context.url is the URL of the page this run shows (the UI moves the address bar there)."""
    if ctx.browser is not None:
        ctx.browser = ctx.browser.for_page(page.url_path)


def switch_page(page: Any, *, query_params: Any = None) -> NoReturn:
    """st.switch_page: stop this run and rerun on another page, like st.rerun."""
    from wasmlit.runtime.context import current
    from wasmlit.runtime.fragments import check_not_parallel

    check_not_parallel("st.switch_page")
    ctx = current()
    router = ctx.pages
    if router is None:
        raise RerunRequested()
    found = router.find(page)
    if found is None or found.is_external:
        raise router.not_found(page)
    router.request = PageRequest(
        url_path=found.url_path, query_string=query_string_of(query_params)
    )
    raise RerunRequested()
