"""st.markdown, st.caption, st.latex and st.badge: one ``markdown`` element.

As in Streamlit, a badge is the Markdown directive ``:color-badge[label]`` and
LaTeX is a ``$$`` block; ``variant`` tells captions and LaTeX apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.icons import check_icon
from wasmlit.elements.spec import element
from wasmlit.elements.text_alignment import TEXT_ALIGNMENT, check_text_alignment
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.protocol.schema import Bool, Enum, Optional, Str
from wasmlit.runtime.util import clean_text

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "markdown",
    {
        "body": Str(),
        "unsafe_allow_html": Bool(),
        "variant": Enum("default", "caption", "latex"),
        "help": Optional(Str()),
        "width": WIDTH,
        "wrap": Bool(),  # False: lines do not wrap; the block scrolls sideways
        "text_alignment": TEXT_ALIGNMENT,
        "anchors": Bool(),  # False: headings inside the Markdown get no link icon
    },
    doc="GitHub-flavoured Markdown, sanitized unless unsafe_allow_html.",
)


def _props(
    body: Any,
    unsafe_allow_html: bool,
    variant: str,
    help: Any,
    width: Any,
    wrap: Any = True,
    text_alignment: Any = "left",
    anchors: Any = True,
) -> dict[str, Any]:
    # "auto" (st.markdown's default) fills the container like "stretch".
    return {
        "width": check_width("stretch" if width == "auto" else width),
        "wrap": bool(wrap),
        "body": body if variant == "latex" else clean_text(body),
        "unsafe_allow_html": bool(unsafe_allow_html),
        "variant": variant,
        "help": None if help is None else str(help),
        "text_alignment": check_text_alignment(text_alignment),
        "anchors": bool(anchors),
    }


def markdown(
    dg: DeltaGenerator,
    body: Any,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: Any = "auto",
    text_alignment: str = "left",
    anchors: bool = True,
    wrap: bool = True,
) -> DeltaGenerator:
    """st.markdown: GitHub-flavoured Markdown (non-strings are converted with ``str``)."""
    props = _props(body, unsafe_allow_html, "default", help, width, wrap, text_alignment, anchors)
    return dg._put_element("markdown", props)


def caption(
    dg: DeltaGenerator,
    body: Any,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: Any = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> DeltaGenerator:
    """st.caption: small, muted Markdown text."""
    props = _props(body, unsafe_allow_html, "caption", help, width, wrap, text_alignment)
    return dg._put_element("markdown", props)


def _is_sympy(obj: Any) -> bool:
    return type(obj).__module__.startswith("sympy.")


def latex(
    dg: DeltaGenerator, body: Any, *, help: str | None = None, width: Any = "stretch"
) -> DeltaGenerator:
    """st.latex: a display-math block (SymPy expressions are converted with sympy.latex)."""
    if _is_sympy(body):
        import sympy  # only when the script already uses it

        body = sympy.latex(body)
    props = _props(f"$$\n{clean_text(body)}\n$$", False, "latex", help, width)
    return dg._put_element("markdown", props)


BADGE_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")


def badge(
    dg: DeltaGenerator,
    label: str,
    *,
    icon: str | None = None,
    color: str = "blue",
    width: Any = "content",
    help: str | None = None,
) -> DeltaGenerator:
    """st.badge: the ``:color-badge[icon label]`` directive as its own element."""
    checked_icon = check_icon(icon)
    prefix = f"{checked_icon} " if checked_icon else ""
    # Brackets would end the directive early; a backslash keeps them literal.
    escaped = str(label).replace("[", "\\[").replace("]", "\\]")
    props = _props(f":{color}-badge[{prefix}{escaped}]", False, "default", help, width)
    return dg._put_element("markdown", props)
