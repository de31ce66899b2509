"""AppTest classes for st.image and st.pdf.

img = at.image[0]
img.images[0].data        # the encoded bytes (None for a URL)
img.captions              # one caption (or None) per image
at.pdf[0].value           # the PDF's bytes, or its URL
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wasmlit.testing.v1.element_tree import Element


@dataclass(frozen=True)
class ImageItem:
    """One image of an st.image call."""

    data: bytes | None
    url: str | None
    mime_type: str
    caption: str | None
    alt: str | None


class Image(Element):
    """One st.image call: one image or a list of them."""

    type = "image"

    @property
    def images(self) -> list[ImageItem]:
        return [ImageItem(**item) for item in self.props["images"]]

    @property
    def value(self) -> list[ImageItem]:
        return self.images

    @property
    def captions(self) -> list[str | None]:
        return [item["caption"] for item in self.props["images"]]

    @property
    def width(self) -> str | int:
        return self.props["width"]

    @property
    def link(self) -> str | None:
        return self.props["link"]


class Pdf(Element):
    type = "pdf"

    @property
    def value(self) -> Any:
        """The PDF's bytes, or its URL."""
        return self.props["data"] if self.props["data"] is not None else self.props["url"]

    @property
    def height(self) -> int | str:
        return self.props["height"]


IMAGE_ELEMENTS: dict[str, type[Element]] = {"image": Image, "pdf": Pdf}
