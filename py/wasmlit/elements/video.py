"""st.video: a video player for bytes, a file or a URL; YouTube links embed.

A YouTube watch, short or embed link becomes ``https://www.youtube.com/embed/<id>``
shown in an iframe (``kind="youtube"``), as Streamlit does. Subtitles arrive
as WebVTT bytes per track (``wasmlit.runtime.subtitles``); the first track is
shown by default.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote, urlsplit

from wasmlit.elements.playback import PLAYBACK_PROPS, source_props
from wasmlit.elements.spec import element
from wasmlit.elements.width import check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Arr, Binary, Bool, Enum, Obj, Str
from wasmlit.runtime.media_time import media_times
from wasmlit.runtime.subtitles import subtitle_tracks
from wasmlit.runtime.wav import is_ndarray

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

DEFAULT_FORMAT = "video/mp4"

SPEC = element(
    "video",
    {
        **PLAYBACK_PROPS,
        "kind": Enum("native", "youtube"),  # youtube: ``url`` is an embed link for an iframe
        "muted": Bool(),
        # WebVTT bytes per track, in order; the first is shown by default.
        "subtitles": Arr(Obj({"label": Str(), "data": Binary()})),
    },
    doc="A video player, or an embedded YouTube video.",
)

_VIDEO_ID = re.compile(r"[\w-]{10,20}")
_YOUTUBE_HOSTS = ("youtube.com", "youtube-nocookie.com")


def _video_id(text: str) -> str | None:
    match = _VIDEO_ID.match(text)
    return match.group(0) if match else None


def youtube_embed_url(url: str) -> str | None:
    """The embed link for a YouTube video link, or None for any other URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower()
    for prefix in ("www.", "m."):
        host = host.removeprefix(prefix)
    path = parts.path
    if host == "youtu.be":
        code = _video_id(path.lstrip("/"))
    elif host in _YOUTUBE_HOSTS:
        query = parse_qs(parts.query)
        segments = path.strip("/").split("/")
        if segments[0] in ("embed", "v", "e") and len(segments) > 1:
            code = _video_id(segments[1])
        elif segments[0] in ("watch", "") and query.get("v"):
            code = _video_id(query["v"][0])
        elif segments[0] == "oembed" and query.get("url"):
            return youtube_embed_url(query["url"][0])
        elif segments[0] == "attribution_link" and query.get("u"):
            return youtube_embed_url("https://www.youtube.com" + unquote(query["u"][0]))
        else:
            code = None
    else:
        return None
    return None if code is None else f"https://www.youtube.com/embed/{code}"


def video(
    dg: DeltaGenerator,
    data: Any,
    format: str = DEFAULT_FORMAT,
    start_time: Any = 0,
    *,
    subtitles: Any = None,
    end_time: Any = None,
    loop: bool = False,
    autoplay: bool = False,
    muted: bool = False,
    alt: str | None = None,
    width: Any = "stretch",
) -> DeltaGenerator:
    """st.video: a video player; browsers autoplay only muted videos."""
    start, end = media_times(start_time, end_time)
    checked_width = check_width(width, allow_content=False)
    if start < 0 or (end is not None and end <= start):
        raise StreamlitAPIException("Invalid start_time and end_time combination.")
    kind = "native"
    embed = youtube_embed_url(data) if isinstance(data, str) else None
    if embed is not None:
        if subtitles:
            raise StreamlitAPIException("Subtitles are not supported for YouTube videos.")
        kind, data = "youtube", embed
    elif is_ndarray(data):
        data = data.tobytes()  # raw bytes of a file the array holds, as in Streamlit
    props = {
        **source_props(data, format, DEFAULT_FORMAT, "st.video"),
        "start_time": start,
        "end_time": end,
        "loop": bool(loop),
        "autoplay": bool(autoplay),
        "alt": None if alt is None else str(alt),
        "width": checked_width,
        "kind": kind,
        "muted": bool(muted),
        "subtitles": subtitle_tracks(subtitles),
    }
    return dg._put_element("video", props)
