"""st.page_link: a link to a page of the app (switches page in place) or to an external URL."""

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
        # An app page: its URL path ("" = default page); the link switches page in place.
        "page": Optional(Str()),
        "query_string": Optional(Str()),  # the page link's query_params
    },
    doc="A link to an app page (switches page without reloading) or an external URL.",
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
    """st.page_link: a page of the app (path, st.Page) or an external URL."""
    app_page: str | None = None
    query: str | None = None
    url = page
    if not (isinstance(page, str) and page.startswith(_SCHEMES)):
        found = _app_page(page)
        if found.is_external:
            url = found.external_url
        else:
            from wasmlit.runtime.navigation import query_string_of

            app_page, query = found.url_path, query_string_of(query_params)
            url = "./" + found.url_path + (f"?{query}" if query else "")
        label = label or found.title
        icon = icon if icon is not None else (found.icon or None)
    if not label:
        raise StreamlitAPIException(
            "The label param is required for external links used with st.page_link - "
            "please provide a label."
        )
    props = {
        "label": str(label),
        "url": url,
        "icon": icon,
        "icon_position": check_icon_position(icon_position, "st.page_link"),
        "help": None if help is None else str(help),
        "disabled": bool(disabled),
        "width": button_width(width, use_container_width),
        "page": app_page,
        "query_string": query,
    }
    return dg._put_element("page_link", props)


def _app_page(page: Any) -> Any:
    """The app page ``page`` names (a path or st.Page); Streamlit's error when unknown."""
    from wasmlit.runtime.context import current

    router = current().pages
    if router is None:
        raise StreamlitPageNotFoundError(f"Could not find page: `{page}`.")
    found = router.find(page)
    if found is None:
        raise router.not_found(page)
    return found
