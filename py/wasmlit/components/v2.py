"""``streamlit.components.v2``: components mounted in the page, without an iframe.

``component(name, html=..., css=..., js=...)`` returns a :class:`ComponentRenderer`;
calling it in the script mounts one instance (``wasmlit.elements.component_v2``).
The JS is the app author's own code and runs in the page with its full
privileges, like ``st.html(..., unsafe_allow_javascript=True)``
(``docs/components-v2.md``).

Streamlit reads ``html``/``css``/``js`` path strings from an installed
package's ``asset_dir``. wasmlit has no such packages: a path-like string
(one line ending in ``.html``/``.css``/``.js``/``.mjs``, or a glob) is read
relative to the folder of the file that calls ``component``.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path, PurePosixPath
from typing import Any

from wasmlit.elements.component_v2 import ComponentResult
from wasmlit.errors import StreamlitAPIException

_PATH_LIKE = re.compile(r"^[^\n<>{};]+\.(html?|css|m?js)$|^[^\n<>{};]*[*?\[][^\n<>{};]*$")


def _looks_like_path(value: str) -> bool:
    return bool(_PATH_LIKE.match(value.strip()))


def _resolve(value: str | None, kind: str, folder: Path) -> str | None:
    """Inline content as is; a path or glob (relative, inside ``folder``) as its file's text."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise StreamlitAPIException(
            f"{kind} parameter must be a string or None. Pass a string path or glob."
        )
    if not _looks_like_path(value):
        return value
    text = value.strip()
    pure = PurePosixPath(text.replace("\\", "/"))
    if pure.is_absolute() or ".." in pure.parts:
        raise StreamlitAPIException(
            f"Invalid {kind} path '{text}': absolute paths and '..' are not allowed."
        )
    matches = sorted(p for p in folder.glob(text) if p.is_file())
    if len(matches) != 1:
        found = "no file" if not matches else f"{len(matches)} files"
        raise StreamlitAPIException(
            f"The {kind} path '{text}' must match exactly one file in {folder}; it matches {found}."
        )
    return matches[0].read_text(encoding="utf-8")


def _caller_folder() -> Path:
    frame = inspect.currentframe()
    caller = frame.f_back.f_back if frame is not None and frame.f_back is not None else None
    file = caller.f_globals.get("__file__") if caller is not None else None
    return Path(file).resolve().parent if isinstance(file, str) else Path.cwd()


class ComponentRenderer:
    """The mounting command of a registered component: call it to show an instance."""

    def __init__(
        self,
        name: str,
        html: str | None,
        css: str | None,
        js: str | None,
        isolate_styles: bool,
    ) -> None:
        self.name = name
        self.html = html
        self.css = css
        self.js = js
        self.isolate_styles = isolate_styles

    def __repr__(self) -> str:
        return f"ComponentRenderer(name={self.name!r})"

    def __call__(
        self,
        *,
        key: str | int | None = None,
        data: Any = None,
        default: dict[str, Any] | None = None,
        width: Any = "stretch",
        height: Any = "content",
        **on_callbacks: Any,
    ) -> ComponentResult:
        from wasmlit.elements.component_v2 import component_v2
        from wasmlit.runtime.delta_generator import active

        return component_v2(
            active(),
            name=self.name,
            html=self.html,
            css=self.css,
            js=self.js,
            isolate_styles=self.isolate_styles,
            key=key,
            data=data,
            default=default,
            width=width,
            height=height,
            callbacks_kwargs=on_callbacks,
        )


def component(
    name: str,
    *,
    html: str | None = None,
    css: str | None = None,
    js: str | None = None,
    isolate_styles: bool = True,
) -> ComponentRenderer:
    """Register a component from HTML, CSS and JS; returns its mounting command."""
    if not isinstance(name, str) or not name:
        raise StreamlitAPIException("A component needs a non-empty string name.")
    if html is None and js is None:
        raise StreamlitAPIException(
            f"Component '{name}' needs html, js or both (for CSS alone use st.html)."
        )
    folder = _caller_folder()
    return ComponentRenderer(
        name,
        _resolve(html, "html", folder),
        _resolve(css, "css", folder),
        _resolve(js, "js", folder),
        bool(isolate_styles),
    )


__all__ = ["ComponentRenderer", "ComponentResult", "component"]
