"""Pages of a multipage app: ``st.Page`` and the ``pages/`` folder (MPA v1).

A page is a Python file, a callable or an external URL. File pages get their
title, icon and URL path from the file name as Streamlit does: a leading
number and separators are dropped (``2_📊_Data.py`` -> icon ``📊``, URL path
``Data``, title ``Data``), underscores become spaces in the title. The
``pages/`` folder is ordered by that numeric prefix, then by name.

Example::

    page = StreamlitPage("pages/2_Data.py", main_dir="/app")
    page.title, page.url_path    # ("Data", "Data")
"""

from __future__ import annotations

import math
import os
import re
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wasmlit.errors import StreamlitAPIException

_PAGE_FILE = re.compile(r"([0-9]*)[_ -]*(.*)\.py")
_EXTERNAL = ("http://", "https://")


def _leading_emoji(text: str) -> tuple[str, str]:
    """Split a leading emoji (one or more code points) off ``text``."""
    from wasmlit.elements.icons import is_emoji

    for end in range(min(len(text), 12), 0, -1):
        if is_emoji(text[:end]):
            return text[:end], text[end:].lstrip("_- ")
    return "", text


def icon_and_name(path: str) -> tuple[str, str]:
    """A page file's icon and URL name (underscores kept, spaces turned into ``_``)."""
    match = _PAGE_FILE.search(os.path.basename(path))
    if match is None:
        return "", ""
    number, rest = match.groups()
    name = re.sub(r"[_ ]+", "_", rest).strip() or number
    return _leading_emoji(name)


def sort_key(path: str) -> tuple[float, str]:
    """Numeric prefix first (files without one last), then the name, case-insensitive."""
    match = _PAGE_FILE.search(os.path.basename(path))
    number, label = match.groups() if match else ("", os.path.basename(path))
    return (float(number) if number else math.inf, label.lower())


def pages_folder_scripts(main_script: str) -> list[str]:
    """The ``pages/`` scripts beside the entrypoint, in Streamlit's order."""
    folder = os.path.join(os.path.dirname(main_script), "pages")
    if not os.path.isdir(folder):
        return []
    names = [
        n
        for n in os.listdir(folder)
        if n.endswith(".py") and not n.startswith(".") and n != "__init__.py"
    ]
    paths = [os.path.join(folder, n) for n in names if os.path.isfile(os.path.join(folder, n))]
    return sorted(paths, key=sort_key)


class StreamlitPage:
    """One page of a multipage app, as ``st.Page`` returns it."""

    def __init__(
        self,
        page: str | Path | Callable[[], None],
        *,
        title: str | None = None,
        icon: str | None = None,
        url_path: str | None = None,
        default: bool = False,
        visibility: str = "visible",
        help: str | None = None,
        main_dir: str | None = None,
    ) -> None:
        from wasmlit.elements.icons import check_icon

        if visibility not in ("visible", "hidden"):
            raise StreamlitAPIException(
                f"Invalid `visibility` value: {visibility!r}. "
                "Valid values are: 'visible', 'hidden'."
            )
        self._default = bool(default)
        self._visibility = visibility
        self._help = None if help is None else str(help)
        self._external_url: str | None = None
        self._can_run = False
        self._section = ""
        inferred_name, inferred_icon = "", ""
        source: str | Callable[[], None]
        if isinstance(page, str) and page.startswith(_EXTERNAL):
            if not title:
                raise StreamlitAPIException(
                    "An external page must have a title. Set the `title=` keyword argument."
                )
            self._external_url = page
            source = page
            inferred_name = re.sub(r"\W+", "_", title).strip("_")
        elif isinstance(page, str | Path):
            base = main_dir if main_dir is not None else _main_dir()
            full = os.path.normpath(os.path.join(base, os.fspath(page)))
            if not os.path.isfile(full):
                raise StreamlitAPIException(
                    f"Unable to create Page. The file `{os.path.basename(full)}` "
                    "could not be found."
                )
            source = full
            inferred_icon, inferred_name = icon_and_name(full)
        elif callable(page):
            source = page
            name = getattr(page, "__name__", None)
            if name is None and title is None:
                raise StreamlitAPIException(
                    "Cannot infer page title for Callable. Set the `title=` keyword argument."
                )
            inferred_name = str(name or "")
        else:
            raise StreamlitAPIException(
                f"Invalid page type: {type(page)}. Must be either a string path, "
                "a pathlib.Path, a callable function, or a st.Page object."
            )
        self._page = source
        self._title = title or inferred_name.replace("_", " ")
        if self._title.strip() == "":
            raise StreamlitAPIException(
                "The title of the page cannot be empty or consist of underscores/spaces only"
            )
        self._icon = check_icon(icon) if icon is not None else inferred_icon
        self._url_path = inferred_name
        if url_path is not None:
            self._url_path = url_path.strip("/")
            if self._url_path.strip() == "" and not default:
                raise StreamlitAPIException(
                    "The URL path cannot be an empty string unless the page is the default page."
                )
            if "/" in self._url_path:
                raise StreamlitAPIException(
                    "The URL path cannot contain a nested path (e.g. foo/bar)."
                )

    # -- Streamlit's public properties ------------------------------------------------------
    @property
    def title(self) -> str:
        return self._title

    @property
    def icon(self) -> str:
        return self._icon or ""

    @property
    def url_path(self) -> str:
        """The page's URL path; ``""`` for the default page (the app's root URL)."""
        return "" if self._default else self._url_path

    @property
    def visibility(self) -> str:
        return self._visibility

    @property
    def help(self) -> str | None:
        return self._help

    @property
    def is_external(self) -> bool:
        return self._external_url is not None

    @property
    def external_url(self) -> str | None:
        return self._external_url

    # -- wasmlit internals ------------------------------------------------------------------
    @property
    def script_path(self) -> str | None:
        """The absolute path of a file page, else None."""
        return self._page if isinstance(self._page, str) and not self.is_external else None

    @property
    def identity(self) -> str:
        """Stable per page (the inferred URL name), mixed into the ids of its widgets."""
        return self._url_path or "\0default"

    def run(self) -> None:
        """Run the page: only the page st.navigation returned, once per run."""
        if not self._can_run:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from "
                "st.navigation can be called once."
            )
        self._can_run = False
        from wasmlit.runtime.context import running

        ctx = running()
        if ctx is None or ctx.pages is None:
            return
        with ctx.pages.running_page(ctx, self):
            if callable(self._page):
                self._page()
            elif self.script_path is not None:
                run_page_file(self.script_path, ctx.pages.compile)

    def __repr__(self) -> str:
        return f"StreamlitPage(title={self._title!r}, url_path={self.url_path!r})"


def run_page_file(path: str, compile_file: Callable[[str], types.CodeType]) -> None:
    """Execute a page script in its own module, compiled like the entrypoint (magic)."""
    from wasmlit.runtime.magic import MAGIC_NAME
    from wasmlit.runtime.session import magic_write

    module = types.ModuleType("__main__")
    module.__file__ = path
    module.__dict__[MAGIC_NAME] = magic_write
    exec(compile_file(path), module.__dict__)


def _main_dir() -> str:
    from wasmlit.runtime.context import running

    ctx = running()
    return ctx.script_dir if ctx is not None and ctx.script_dir else os.getcwd()


def Page(  # noqa: N802 - Streamlit's name
    page: str | Path | Callable[[], None],
    *,
    title: str | None = None,
    icon: str | None = None,
    url_path: str | None = None,
    default: bool = False,
    visibility: str = "visible",
    help: str | None = None,
) -> StreamlitPage:
    """st.Page: declare one page for st.navigation."""
    return StreamlitPage(
        page,
        title=title,
        icon=icon,
        url_path=url_path,
        default=default,
        visibility=visibility,
        help=help,
    )


def as_page(value: Any) -> StreamlitPage:
    """A page-like value (path, callable, URL or page) as a StreamlitPage."""
    return value if isinstance(value, StreamlitPage) else StreamlitPage(value)
