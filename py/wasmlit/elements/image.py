"""st.image: one image or a row of images, each with an optional caption.

The bytes of each image travel as a binary prop and the UI shows them through
an object URL (revoked when the element goes away); URLs are left to the
browser. Conversion of numpy arrays, Pillow images, SVG strings, paths and
file-like objects is in :mod:`wasmlit.runtime.images`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Arr, Obj, Optional, Str
from wasmlit.runtime.images import IMAGE_SOURCE, image_source

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

IMAGE_ITEM = Obj(
    {
        **IMAGE_SOURCE.properties,
        "caption": Optional(Str()),  # Markdown, sanitized by the UI
        "alt": Optional(Str()),  # None: the UI uses the caption's text
    }
)

SPEC = element(
    "image",
    {
        "images": Arr(IMAGE_ITEM),
        "width": WIDTH,  # applied to the element container; "content" = natural size
        "link": Optional(Str()),  # every image opens this URL in a new tab
    },
    doc="One or more images (bytes or URLs) with captions.",
)

COLUMN_WIDTH_WARNING = (
    "The `use_column_width` parameter has been deprecated and will be removed "
    "in a future release. Please utilize the `use_container_width` parameter instead."
)


def image_width(width: Any, use_container_width: Any, use_column_width: Any) -> str | int:
    """The width mode after Streamlit's mapping of the two deprecated parameters."""
    if use_column_width is not None:
        if use_container_width is not None:
            raise StreamlitAPIException(
                "`use_container_width` and `use_column_width` cannot be set at the same time. "
                "Please utilize `use_container_width` since `use_column_width` is deprecated."
            )
        if use_column_width in ("auto", "never") or use_column_width is False:
            width = "content"
        elif use_column_width == "always" or use_column_width is True:
            width = "stretch"
    if use_container_width is True:
        width = "stretch"
    elif use_container_width is False and not isinstance(width, int):
        width = "content"
    return check_width(width, allow_content=True)


def _image_list(image: Any) -> list[Any]:
    if isinstance(image, list | tuple | set):
        return list(image)
    if type(image).__module__.startswith("numpy") and len(getattr(image, "shape", ())) == 4:
        return [image[i] for i in range(image.shape[0])]  # a batch of HxWxC images
    return [image]


def _captions(caption: Any, count: int) -> list[str | None]:
    if caption is None:
        return [None] * count
    if isinstance(caption, list):
        captions = caption
    elif isinstance(caption, str):
        captions = [caption]
    elif type(caption).__module__.startswith("numpy") and len(getattr(caption, "shape", ())) == 1:
        captions = caption.tolist()
    else:
        captions = [str(caption)]
    if len(captions) != count:
        raise StreamlitAPIException(f"Cannot pair {len(captions)} captions with {count} images.")
    return [None if c is None else str(c) for c in captions]


def _alts(alt: Any, count: int) -> list[str | None]:
    """One alt text for every image, or one per image."""
    if alt is None or isinstance(alt, str):
        return [alt] * count
    if not isinstance(alt, Sequence):
        return [str(alt)] * count
    if len(alt) != count:
        raise StreamlitAPIException(f"Cannot pair {len(alt)} alt texts with {count} images.")
    return [None if a is None else str(a) for a in alt]


def image(
    dg: DeltaGenerator,
    image: Any,
    caption: Any = None,
    width: Any = "content",
    clamp: bool = False,
    channels: str = "RGB",
    output_format: str = "auto",
    *,
    use_container_width: bool | None = None,
    link: str | None = None,
    use_column_width: Any = None,
    alt: Any = None,
) -> DeltaGenerator:
    """st.image: show an image or a list of images."""
    mode = image_width(width, use_container_width, use_column_width)
    if use_column_width is not None:
        from wasmlit.elements.alert import warning

        warning(dg, COLUMN_WIDTH_WARNING)  # Streamlit shows this one in the app
    images = _image_list(image)
    captions = _captions(caption, len(images))
    alts = _alts(alt, len(images))
    items = []
    for one, one_caption, one_alt in zip(images, captions, alts, strict=True):
        src = image_source(
            one, clamp=clamp, channels=channels, output_format=output_format, command="st.image"
        )
        items.append(
            {
                "data": src.data,
                "url": src.url,
                "mime_type": src.mime_type,
                "caption": one_caption,
                "alt": one_alt,
            }
        )
    props = {"images": items, "width": mode, "link": None if link is None else str(link)}
    return dg._put_element("image", props)
