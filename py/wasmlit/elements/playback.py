"""What st.audio and st.video share: the media source and the playback props.

The media is bytes (a transferred ArrayBuffer shown through an object URL) or a
URL the browser loads itself. ``content_id`` names the bytes: a rerun that
sends the same bytes again keeps the player's object URL, so playback goes on
undisturbed, as with Streamlit's content-addressed media URLs.

Example::

    props = {**source_props(b"RIFF...", "audio/wav", "audio/wav", "st.audio"), **timing}
"""

from __future__ import annotations

import hashlib
from typing import Any

from wasmlit.elements.width import WIDTH
from wasmlit.protocol.schema import Binary, Bool, Int, Optional, Schema, Str
from wasmlit.runtime.media import media_source

PLAYBACK_PROPS: dict[str, Schema] = {
    "data": Optional(Binary()),  # the media's bytes, or None for a URL or no media
    "url": Optional(Str()),  # a URL the browser loads (None with bytes or no media)
    "mime_type": Str(),
    "content_id": Optional(Str()),  # digest of ``data``: same bytes, same object URL
    "start_time": Int(),  # seconds; playback starts here
    "end_time": Optional(Int()),  # seconds; playback pauses (or loops) here; None or 0: the end
    "loop": Bool(),
    "autoplay": Bool(),
    "alt": Optional(Str()),  # accessible description of the media
    "width": WIDTH,
}


def content_id(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=12).hexdigest()


def source_props(data: Any, format: str, default_format: str, command: str) -> dict[str, Any]:
    """``data``/``url``/``mime_type``/``content_id`` props for ``data``.

    An explicit ``format`` is the MIME type; with the default one, a file's
    name or an upload's type is used when it says more.
    """
    if data is None:  # an empty player, as Streamlit allows
        return {"data": None, "url": None, "mime_type": format, "content_id": None}
    src = media_source(data, default_mime=format, command=command)
    mime = src.mime_type if format == default_format else format
    digest = None if src.data is None else content_id(src.data)
    return {"data": src.data, "url": src.url, "mime_type": mime, "content_id": digest}
