"""st.logo: the app's logo, a page-level message like ``page_config``.

It is not an element: the UI shows it at the top of the sidebar and, when the
sidebar is collapsed or absent, in the app's top-left corner (``icon_image``
there if given). Each call sends a ``logo`` message carrying the run id; the
last call of a run wins, and a completed run that did not call ``st.logo``
removes it, as it removes elements the run did not write.
"""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Enum, Int, Obj, Optional, Str
from wasmlit.runtime.context import current
from wasmlit.runtime.images import IMAGE_SOURCE, image_source

SIZES = ("small", "medium", "large")

LOGO_MESSAGE = Obj(
    {
        "type": Enum("logo"),
        "run_id": Int(),  # the run that sent it; a later completed run without a logo drops it
        "image": IMAGE_SOURCE,
        "icon_image": Optional(IMAGE_SOURCE),
        "link": Optional(Str()),  # an external http(s) URL opened in a new tab
        "size": Enum(*SIZES),  # max height: small 20px, medium 24px, large 32px
    }
)

DOCS_URL = "https://docs.streamlit.io/develop/api-reference/media/st.logo"


def _invalid(field: str) -> str:
    return (
        f"The {field} passed to st.logo is invalid - See [documentation]({DOCS_URL}) "
        "for more information on valid types"
    )


def _source(image: Any, field: str) -> dict[str, Any]:
    try:
        src = image_source(image, command="st.logo")
    except Exception as ex:
        raise StreamlitAPIException(_invalid(field)) from ex
    return {"data": src.data, "url": src.url, "mime_type": src.mime_type}


def _size(size: Any) -> str:
    if isinstance(size, str) and size.lower() in SIZES:
        return size.lower()
    raise StreamlitAPIException(
        'The size argument to st.logo must be "small", "medium", or "large". \n'
        f"The argument passed was {size}."
    )


def logo(
    image: Any,
    *,
    size: str = "medium",
    link: str | None = None,
    icon_image: Any = None,
) -> None:
    """st.logo: show ``image`` in the sidebar and the app's top-left corner."""
    ctx = current()
    message: dict[str, Any] = {
        "type": "logo",
        "run_id": ctx.run_id,
        "image": _source(image, "image"),
        "icon_image": None,
        "link": None,
        "size": "medium",
    }
    if link:
        if not str(link).startswith(("http://", "https://")):
            raise StreamlitAPIException(
                f"Invalid link: {link} - the link param supports external links only and must "
                "start with either http:// or https://."
            )
        message["link"] = str(link)
    if icon_image is not None:
        message["icon_image"] = _source(icon_image, "icon_image")
    message["size"] = _size(size)
    ctx.emit(message)
