"""st.html: HTML inserted into the app (not in an iframe), sanitized by the UI.

The UI sanitizes the body with DOMPurify; scripts and event handlers are
dropped unless ``unsafe_allow_javascript=True``. Styles stay inside the app's
shadow root. As in Streamlit, a ``pathlib.Path`` is read (a ``.css`` file is
wrapped in ``<style>``), a string is always HTML, ``_repr_html_`` wins over
``str``, and a body holding only ``<style>`` tags goes to the event root so it
takes no room in the layout.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitMissingRequiredParameterError
from wasmlit.protocol.schema import Bool, Str
from wasmlit.runtime.util import clean_text

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "html",
    {
        "body": Str(),
        "unsafe_allow_javascript": Bool(),  # run <script> and handlers (the author's own HTML)
        "width": WIDTH,
    },
    doc="HTML in the app, sanitized unless JavaScript is allowed.",
)

_COMMENTS = re.compile(r"<!--.*?-->", re.DOTALL)
_STYLES = re.compile(r"<style[^>]*>.*?</style>", re.DOTALL | re.IGNORECASE)


def only_styles(html: str) -> bool:
    """Whether ``html`` holds nothing but ``<style>`` tags and comments."""
    return _STYLES.sub("", _COMMENTS.sub("", html)).strip() == ""


def html_text(body: Any) -> str:
    """The HTML for ``body``: ``_repr_html_()``, a Path's file, or ``str(body)``."""
    repr_html = getattr(body, "_repr_html_", None)
    if callable(repr_html):
        return str(repr_html())
    if isinstance(body, Path):
        text = body.read_text(encoding="utf-8")
        return f"<style>{text}</style>" if body.suffix.lower() == ".css" else text
    return clean_text(body)


def html(
    dg: DeltaGenerator,
    body: Any,
    *,
    width: Any = "stretch",
    unsafe_allow_javascript: bool = False,
) -> DeltaGenerator:
    """st.html: insert ``body``; a styles-only body goes to the event root."""
    from wasmlit.runtime.delta_generator import EVENT

    content = html_text(body)
    if content == "":
        raise StreamlitMissingRequiredParameterError("body")
    width_value = check_width(width)
    if only_styles(content):
        props = {"body": content, "unsafe_allow_javascript": False, "width": "stretch"}
        return EVENT._put_element("html", props)
    props = {
        "body": content,
        "unsafe_allow_javascript": bool(unsafe_allow_javascript),
        "width": width_value,
    }
    return dg._put_element("html", props)
