"""st.markdown and st.caption: Markdown text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
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
        "variant": Enum("default", "caption"),
        "help": Optional(Str()),
        "width": WIDTH,
        "wrap": Bool(),  # False: lines do not wrap; the block scrolls sideways
    },
    doc="GitHub-flavoured Markdown, sanitized unless unsafe_allow_html.",
)


def _props(
    body: Any, unsafe_allow_html: bool, variant: str, help: Any, width: Any, wrap: Any = True
) -> dict[str, Any]:
    # "auto" (st.markdown's default) fills the container like "stretch".
    return {
        "width": check_width("stretch" if width == "auto" else width),
        "wrap": bool(wrap),
        "body": clean_text(body),
        "unsafe_allow_html": bool(unsafe_allow_html),
        "variant": variant,
        "help": None if help is None else str(help),
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
    return dg._put_element(
        "markdown", _props(body, unsafe_allow_html, "default", help, width, wrap)
    )


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
    return dg._put_element(
        "markdown", _props(body, unsafe_allow_html, "caption", help, width, wrap)
    )
