"""Images for st.image and st.logo: one user value -> bytes (or a URL) and a MIME type.

Accepted, as Streamlit accepts them: a URL, a path (``str`` or ``Path``), an
SVG string, encoded bytes (PNG, JPEG, GIF, WebP ...), a file-like object
(``BytesIO``, ``UploadedFile``, an open file), a numpy array (grey ``HxW`` or
``HxWx1``, RGB ``HxWx3``, RGBA ``HxWx4``; ``uint8`` 0-255 or floats 0.0-1.0)
and a Pillow image.

Encoded bytes are shown as given: nothing crosses a network here, so they are
only re-encoded when ``output_format`` asks for another format. Arrays and
Pillow images are encoded following Streamlit's "auto" rule (GIF stays GIF,
images with alpha become PNG, others JPEG). numpy and Pillow are imported only
when the value is one of theirs; without Pillow (in the browser it loads only
when the app imports ``PIL``) arrays are encoded as PNG by :mod:`wasmlit.runtime.png`.

Example::

    src = image_source(np.zeros((2, 2, 4), dtype=np.uint8))
    assert src.mime_type == "image/png" and src.data.startswith(b"\\x89PNG")
"""

from __future__ import annotations

import importlib.util
import io
import os
import re
from typing import Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Binary, Obj, Optional, Str
from wasmlit.runtime.media import MediaSource, guess_mime, is_url, read_file_like

# How an image travels in element props and messages: bytes or a URL.
IMAGE_SOURCE = Obj(
    {
        "data": Optional(Binary()),  # shown through an object URL
        "url": Optional(Str()),  # loaded by the browser as is
        "mime_type": Str(),
    }
)

MIME_TYPES = {
    "PNG": "image/png",
    "JPEG": "image/jpeg",
    "GIF": "image/gif",
    "WEBP": "image/webp",
    "BMP": "image/bmp",
    "ICO": "image/x-icon",
    "AVIF": "image/avif",
    "SVG": "image/svg+xml",
}
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
# Optional XML prolog (declaration, comments, doctype), then the <svg> tag itself.
_SVG_START = re.compile(r"^\s*(?:<\?xml[\s\S]*?)?<svg[\s>]")
_ALPHA_MODES = ("RGBA", "LA", "P")


def pillow_available() -> bool:
    """Whether ``import PIL`` would work (it is never imported just to find out)."""
    return importlib.util.find_spec("PIL") is not None


def normalize_format(output_format: Any) -> str:
    """``"PNG"``, ``"JPEG"`` or ``"auto"``; any other text means "auto", as in Streamlit."""
    name = str(output_format).upper()
    if name == "JPG":
        return "JPEG"
    return name if name in ("PNG", "JPEG") else "auto"


def sniff_format(data: bytes) -> str | None:
    """The image format of encoded ``data`` from its first bytes, or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[4:12] in (b"ftypavif", b"ftypavis"):
        return "AVIF"
    if data.startswith(b"BM"):
        return "BMP"
    if data.startswith(b"\x00\x00\x01\x00"):
        return "ICO"
    head = data[:2048].decode("utf-8", errors="ignore")
    if is_svg(head.lstrip("\ufeff")):
        return "SVG"
    return None


def is_svg(text: str) -> bool:
    """Whether ``text`` is SVG markup (optionally after an XML prolog)."""
    return _SVG_START.match(text) is not None


def svg_source(markup: str) -> MediaSource:
    """SVG markup as bytes; an ``<img>`` shows SVG only with its namespace declared."""
    if "xmlns" not in markup:
        markup = markup.replace("<svg", f'<svg xmlns="{SVG_NAMESPACE}"', 1)
    return MediaSource(markup.encode("utf-8"), None, MIME_TYPES["SVG"])


def image_source(
    image: Any,
    *,
    clamp: bool = False,
    channels: str = "RGB",
    output_format: str = "auto",
    command: str = "st.image",
) -> MediaSource:
    """One image (never a list) as bytes or a URL, with its MIME type."""
    fmt = normalize_format(output_format)
    if isinstance(image, os.PathLike):
        image = os.fspath(image)
    if isinstance(image, str):
        return _string_image(image, fmt, command)
    if isinstance(image, bytes | bytearray | memoryview):
        return _encoded_image(bytes(image), fmt, command)
    module = type(image).__module__
    if module.startswith("numpy") and hasattr(image, "shape"):
        return _array_image(image, clamp, str(channels).upper(), fmt)
    if module.startswith("PIL."):
        return _pillow_image(image, fmt)
    if hasattr(image, "read"):
        return _encoded_image(read_file_like(image), fmt, command)
    raise StreamlitAPIException(
        f"{command} cannot show an image of type {type(image).__name__}: give a URL, a path, "
        "an SVG string, bytes, a file-like object, a numpy array or a PIL image."
    )


def _string_image(text: str, fmt: str, command: str) -> MediaSource:
    is_file = os.path.isfile(text)
    if not is_file and is_url(text):
        return MediaSource(None, text, guess_mime(text.split("?")[0], "image/*"))
    if is_file and text.lower().endswith(".svg"):
        with open(text, encoding="utf-8") as f:
            return svg_source(f.read())
    if not is_file and is_svg(text):
        return svg_source(text)
    if not is_file:
        raise StreamlitAPIException(
            f"{command} could not find the image file {text!r}: give a path relative to the "
            "app's folder, a URL, an SVG string, bytes or a file-like object."
        )
    with open(text, "rb") as f:
        return _encoded_image(f.read(), fmt, command)


def _encoded_image(data: bytes, fmt: str, command: str) -> MediaSource:
    kind = sniff_format(data)
    if kind == "SVG":
        return svg_source(data.decode("utf-8", errors="replace").lstrip("\ufeff"))
    wants_other = fmt != "auto" and kind != fmt
    if (wants_other or kind is None) and pillow_available():
        from PIL import Image, UnidentifiedImageError

        try:
            return _pillow_image(Image.open(io.BytesIO(data)), fmt if fmt != "auto" else "PNG")
        except UnidentifiedImageError:
            pass
    if kind is None:
        raise StreamlitAPIException(
            f"{command} could not recognise the image data: give PNG, JPEG, GIF, WebP, BMP, "
            "ICO, AVIF or SVG bytes."
        )
    return MediaSource(data, None, MIME_TYPES[kind])


def _pillow_image(image: Any, fmt: str) -> MediaSource:
    """Encode a Pillow image; "auto" follows Streamlit's rule (GIF, alpha -> PNG, else JPEG)."""
    if fmt == "auto":
        if image.format == "GIF":
            fmt = "GIF"
        elif image.mode in _ALPHA_MODES:
            fmt = "PNG"
        else:
            fmt = "JPEG"
    if fmt == "JPEG" and image.mode not in ("L", "RGB", "CMYK"):
        image = image.convert("RGB")  # JPEG has no alpha channel
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, quality=100)
    return MediaSource(buffer.getvalue(), None, MIME_TYPES[fmt])


def _array_image(array: Any, clamp: bool, channels: str, fmt: str) -> MediaSource:
    """Validate, clip and encode a numpy image array (see the module docstring)."""
    import numpy as np

    shape = tuple(array.shape)
    if len(shape) not in (2, 3):
        raise StreamlitAPIException("Numpy shape has to be of length 2 or 3.")
    if len(shape) == 3 and shape[-1] not in (1, 3, 4):
        raise StreamlitAPIException(
            f"Channel can only be 1, 3, or 4 got {shape[-1]}. Shape is {shape}"
        )
    if len(shape) == 3 and shape[-1] == 1:
        array = array[:, :, 0]
    array = _clip(np.asarray(array), clamp)
    if channels == "BGR":
        if array.ndim != 3:
            raise StreamlitAPIException(
                'When using `channels="BGR"`, the input image should have exactly 3 color channels'
            )
        order = [2, 1, 0, 3] if array.shape[-1] == 4 else [2, 1, 0]  # alpha stays last
        array = array[:, :, order]
    pixels = np.ascontiguousarray(array.astype(np.uint8))
    count = 1 if pixels.ndim == 2 else pixels.shape[-1]
    if fmt == "auto":
        fmt = "PNG" if count == 4 else "JPEG"
    if fmt == "JPEG" and pillow_available():
        from PIL import Image

        return _pillow_image(Image.fromarray(pixels), "JPEG")
    from wasmlit.runtime.png import encode_png

    height, width = pixels.shape[:2]
    png = encode_png(pixels.tobytes(), width=width, height=height, channels=count)
    return MediaSource(png, None, MIME_TYPES["PNG"])


def _clip(array: Any, clamp: bool) -> Any:
    """Streamlit's range rule: floats are 0.0-1.0 (scaled to 0-255), integers 0-255."""
    import numpy as np

    if array.size == 0:
        return array
    if np.issubdtype(array.dtype, np.floating):
        if clamp:
            array = np.clip(array, 0.0, 1.0)
        elif array.min() < 0.0 or array.max() > 1.0:
            raise RuntimeError("Data is outside [0.0, 1.0] and clamp is not set.")
        return array * 255
    if clamp:
        return np.clip(array, 0, 255)
    if array.min() < 0 or array.max() > 255:
        raise RuntimeError("Data is outside [0, 255] and clamp is not set.")
    return array
