"""A minimal PNG encoder for 8-bit pixel arrays, with only the standard library.

In the browser Pillow is loaded only when the app imports ``PIL``, so an app
that draws a numpy array and never imports Pillow still gets its image: the
rows (each prefixed by filter byte 0) are zlib-compressed into one IDAT chunk.

Example::

    png = encode_png(b"\\xff\\x00\\x00", width=1, height=1, channels=3)
    assert png.startswith(b"\\x89PNG")
"""

from __future__ import annotations

import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"
# PNG colour types by channel count: grey, grey+alpha, RGB, RGBA.
_COLOUR_TYPES = {1: 0, 2: 4, 3: 2, 4: 6}


def _chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(body, zlib.crc32(kind)) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def encode_png(pixels: bytes, *, width: int, height: int, channels: int) -> bytes:
    """PNG bytes for ``height`` rows of ``width * channels`` bytes each (row-major)."""
    if channels not in _COLOUR_TYPES:
        raise ValueError(f"PNG needs 1 to 4 channels, got {channels}")
    stride = width * channels
    if len(pixels) != stride * height:
        raise ValueError(f"expected {stride * height} bytes of pixels, got {len(pixels)}")
    rows = b"".join(b"\x00" + pixels[y * stride : (y + 1) * stride] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, _COLOUR_TYPES[channels], 0, 0, 0)
    return (
        SIGNATURE
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows, 6))
        + _chunk(b"IEND", b"")
    )
