"""st.success, st.info, st.warning and st.error: one ``alert`` element with a kind."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.icons import check_icon
from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.protocol.schema import Enum, Optional, Str
from wasmlit.runtime.util import clean_text

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "alert",
    {
        "kind": Enum("success", "info", "warning", "error"),
        "body": Str(),  # Markdown
        "title": Optional(Str()),  # inline Markdown, a bold line above the body
        "icon": Optional(Str()),  # emoji or ":material/name:", validated by check_icon
        "width": WIDTH,
    },
    doc="A coloured message box.",
)


def _alert(
    dg: DeltaGenerator, kind: str, body: Any, icon: Any, title: Any, width: Any = "stretch"
) -> DeltaGenerator:
    props = {
        "kind": kind,
        "body": clean_text(body),
        "title": None if title is None else clean_text(title),
        "icon": check_icon(icon),
        "width": check_width(width, allow_content=False),
    }
    return dg._put_element("alert", props)


def success(
    dg: DeltaGenerator, body: Any, *, icon: Any = None, width: Any = "stretch", title: Any = None
) -> DeltaGenerator:
    """st.success: a green message box."""
    return _alert(dg, "success", body, icon, title, width)


def info(
    dg: DeltaGenerator, body: Any, *, icon: Any = None, width: Any = "stretch", title: Any = None
) -> DeltaGenerator:
    """st.info: a blue message box."""
    return _alert(dg, "info", body, icon, title, width)


def warning(
    dg: DeltaGenerator, body: Any, *, icon: Any = None, width: Any = "stretch", title: Any = None
) -> DeltaGenerator:
    """st.warning: a yellow message box."""
    return _alert(dg, "warning", body, icon, title, width)


def error(
    dg: DeltaGenerator, body: Any, *, icon: Any = None, width: Any = "stretch", title: Any = None
) -> DeltaGenerator:
    """st.error: a red message box."""
    return _alert(dg, "error", body, icon, title, width)
