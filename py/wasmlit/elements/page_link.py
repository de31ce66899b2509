"""st.page_link: a link to a page. External URLs only until multipage apps land."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.icon_position import ICON_POSITION, check_icon_position
from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, button_width
from wasmlit.errors import StreamlitAPIException, StreamlitPageNotFoundError
from wasmlit.protocol.schema import Bool, Optional, Str

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "page_link",
    {
        "label": Str(),
        "url": Str(),
        "icon": Optional(Str()),
        "icon_position": ICON_POSITION,
        "help": Optional(Str()),
        "disabled": Bool(),
        "width": WIDTH,
    },
    doc="A link to an external URL (opens in a new tab).",
)

_SCHEMES = ("http://", "https://", "mailto:")


def page_link(
    dg: DeltaGenerator,
    page: Any,
    *,
    label: str | None = None,
    icon: str | None = None,
    icon_position: str = "left",
    help: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    query_params: Any = None,
) -> DeltaGenerator:
    """st.page_link: external URLs only for now (app pages come with st.navigation)."""
    if not isinstance(page, str) or not page.startswith(_SCHEMES):
        raise StreamlitPageNotFoundError(
            f"Could not find page: `{page}`. wasmlit's st.page_link supports external "
            "URLs (http:// or https://) only; links to app pages come with multipage apps."
        )
    if not label:
        raise StreamlitAPIException(
            "The label param is required for external links used with st.page_link - "
            "please provide a label."
        )
    props = {
        "label": str(label),
        "url": page,
        "icon": icon,
        "icon_position": check_icon_position(icon_position, "st.page_link"),
        "help": None if help is None else str(help),
        "disabled": bool(disabled),
        "width": button_width(width, use_container_width),
    }
    return dg._put_element("page_link", props)
