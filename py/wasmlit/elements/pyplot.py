"""st.pyplot: a Matplotlib figure rendered to PNG in Python, shown as an ``image`` element.

The figure is saved with ``savefig`` at 200 dpi (twice Matplotlib's default,
sharp on high-density screens) with ``bbox_inches="tight"``; any ``**kwargs``
go to ``savefig`` and override those defaults. Without a figure (an older
form Streamlit deprecated) the current global figure is drawn and, unless
``clear_figure=False``, cleared afterwards, as Jupyter does.

Example::

    fig, ax = plt.subplots()
    ax.plot([1, 2, 3])
    st.pyplot(fig)
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from wasmlit.elements.image import image_width
from wasmlit.errors import StreamlitAPIException

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SAVEFIG_DEFAULTS: dict[str, Any] = {"dpi": 200, "bbox_inches": "tight", "format": "png"}
_MIME_TYPES = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
}


def _pyplot_module() -> Any:
    try:
        import matplotlib.pyplot as plt
    except ImportError as exc:  # pragma: no cover - matplotlib is in every test environment
        raise StreamlitAPIException(
            "st.pyplot needs matplotlib: add `matplotlib` to the app's imports."
        ) from exc
    return plt


def render_figure(fig: Any, **kwargs: Any) -> tuple[bytes, str]:
    """``fig.savefig`` into memory with Streamlit's defaults; returns (bytes, MIME type)."""
    options = {**SAVEFIG_DEFAULTS, **kwargs}
    buffer = io.BytesIO()
    fig.savefig(buffer, **options)
    kind = str(options.get("format") or "png").lower()
    mime = _MIME_TYPES.get(kind)
    if mime is None:
        raise StreamlitAPIException(
            f"st.pyplot cannot show format={kind!r}: use 'png', 'svg' or 'jpg'."
        )
    return buffer.getvalue(), mime


def pyplot(
    dg: DeltaGenerator,
    fig: Any = None,
    clear_figure: bool | None = None,
    *,
    width: Any = "stretch",
    use_container_width: bool | None = None,
    alt: str | None = None,
    **kwargs: Any,
) -> DeltaGenerator:
    """st.pyplot: show a Matplotlib figure as an image."""
    mode = image_width(width, use_container_width, None)
    if fig is None:
        fig = _pyplot_module().gcf()  # the deprecated global figure
        if clear_figure is None:
            clear_figure = True
    elif not callable(getattr(fig, "savefig", None)):
        raise StreamlitAPIException(
            f"st.pyplot expects a Matplotlib Figure, got {type(fig).__name__}."
        )
    data, mime = render_figure(fig, **kwargs)
    if clear_figure:
        fig.clf()
    item = {"data": data, "url": None, "mime_type": mime, "caption": None, "alt": alt}
    return dg._put_element("image", {"images": [item], "width": mode, "link": None})
