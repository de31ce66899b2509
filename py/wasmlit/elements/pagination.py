"""st.pagination: numbered page buttons with previous/next arrows; returns the page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Bool, Int, Optional
from wasmlit.runtime.widgets import Callback, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "pagination",
    {
        "num_pages": Int(),
        "value": Int(),  # 1-indexed
        "max_visible_pages": Optional(Int()),  # None: no cap; 0: arrows only
        "disabled": Bool(),
        "width": WIDTH,
    },
    widget_value=Int(),
)


def _positive_int(name: str, v: Any, minimum: int) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or v < minimum:
        raise StreamlitAPIException(
            f"`{name}` must be an integer of at least {minimum}, got {v!r}."
        )
    return v


def pagination(
    dg: DeltaGenerator,
    num_pages: int,
    *,
    default: int = 1,
    max_visible_pages: int | None = 7,
    width: Any = "content",
    key: Any = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
) -> int:
    """st.pagination: the selected page number (1-indexed)."""
    pages = _positive_int("num_pages", num_pages, 1)
    width_value = check_width(width)
    if isinstance(default, bool) or not isinstance(default, int) or not 1 <= default <= pages:
        raise StreamlitAPIException(
            f"`default` must be a page between 1 and {pages} (num_pages), got {default!r}."
        )
    visible = (
        None
        if max_visible_pages is None
        else _positive_int("max_visible_pages", max_visible_pages, 0)
    )

    def serialize(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= pages:
            raise StreamlitAPIException(f"Page {value!r} is not between 1 and {pages}.")
        return value

    def deserialize(wire: Any) -> int:
        if isinstance(wire, bool) or not isinstance(wire, int):
            raise TypeError(f"expected a page number, got {wire!r}")
        if not 1 <= wire <= pages:
            raise ValueError(f"page out of range: {wire!r}")
        return wire

    return widget(
        dg,
        "pagination",
        key=key,
        identity={"num_pages": pages, "default": default, "max_visible_pages": visible},
        key_identity=("num_pages",),
        default=default,
        serialize=serialize,
        deserialize=deserialize,
        props=lambda wire: {
            "num_pages": pages,
            "value": wire,
            "max_visible_pages": visible,
            "disabled": bool(disabled),
            "width": width_value,
        },
        callback=Callback.of(on_change, args, kwargs),
        info={"num_pages": pages},
    )
