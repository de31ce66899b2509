"""st.video's ``subtitles``: every source becomes WebVTT bytes with a label.

Browsers read only WebVTT in ``<track>``, so SubRip (.srt) text is converted
here, in Python: a ``WEBVTT`` header is added and the comma before the
milliseconds of each timestamp becomes a dot. Sources, as in Streamlit: a path
to a .vtt/.srt file, VTT or SRT text, bytes, a BytesIO (or any file-like
object), or a dict ``{label: source}`` for several tracks. One source gets the
label "default".

Example::

    tracks = subtitle_tracks({"English": "1\\n00:00:01,000 --> 00:00:02,000\\nHi"})
    assert tracks[0]["data"] == b"WEBVTT\\n\\n1\\n00:00:01.000 --> 00:00:02.000\\nHi"
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.media import read_file_like

_SRT_TIMING = re.compile(r"\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}")
_SRT_STAMP = re.compile(r"(\d{2}:\d{2}:\d{2}),(\d{3})")
_FILE_TYPES = (".srt", ".vtt")


def is_srt(content: str | bytes) -> bool:
    """True when ``content`` starts like SubRip: a cue number, then a timing line."""
    if isinstance(content, bytes):
        # Only the start matters; a character cut at the edge is dropped.
        content = content[:64].decode("utf-8", errors="ignore")
    lines = content.lstrip("\ufeff").strip().splitlines()
    return len(lines) >= 2 and lines[0].strip().isdigit() and bool(_SRT_TIMING.search(lines[1]))


def srt_to_vtt(content: str | bytes) -> bytes:
    """WebVTT bytes for SubRip ``content``."""
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8")
        except UnicodeDecodeError as err:
            raise ValueError("Could not decode the input stream as UTF-8.") from err
    body = _SRT_STAMP.sub(r"\1.\2", content.lstrip("\ufeff"))
    return ("WEBVTT\n\n" + body).strip().encode("utf-8")


def _from_text(text: str) -> bytes:
    content = text.strip()
    if content == "" or content.startswith("WEBVTT"):
        return content.encode("utf-8")
    if is_srt(content):
        return srt_to_vtt(content)
    raise ValueError("The provided string neither matches valid VTT nor SRT format.")


def _from_path(path: str | Path) -> bytes:
    suffix = Path(path).suffix.lower()
    if suffix not in _FILE_TYPES:
        raise ValueError(
            f"Incorrect subtitle format {suffix}. Subtitles must be in one of the "
            f"following formats: {', '.join(_FILE_TYPES)}"
        )
    with open(path, "rb") as f:
        content = f.read()
    return srt_to_vtt(content) if suffix == ".srt" else content


def _from_bytes(content: bytes) -> bytes:
    # Streamlit passes bytes through as VTT; SRT bytes would show nothing in a
    # browser, so they are converted too.
    return srt_to_vtt(content) if is_srt(content) else content


def vtt_bytes(source: Any) -> bytes:
    """WebVTT bytes for one subtitle source; ValueError when it is unreadable."""
    if isinstance(source, str | Path):
        if os.path.isfile(source):
            return _from_path(source)
        if isinstance(source, Path):
            raise ValueError(f"File {source} does not exist.")
        return _from_text(source)
    if isinstance(source, bytes | bytearray | memoryview):
        return _from_bytes(bytes(source))
    if hasattr(source, "read"):
        return _from_bytes(read_file_like(source))
    raise RuntimeError(f"Invalid binary data format for subtitle: {type(source)}.")


def subtitle_tracks(subtitles: Any) -> list[dict[str, Any]]:
    """``[{label, data}]`` in order, for the video's ``<track>`` elements."""
    if not subtitles:
        return []
    if isinstance(subtitles, dict):
        items = list(subtitles.items())
    elif isinstance(subtitles, str | bytes | Path) or hasattr(subtitles, "read"):
        items = [("default", subtitles)]
    else:
        raise StreamlitAPIException(
            f"Unsupported data type for subtitles: {type(subtitles)}. "
            "Only str (file paths) and dict are supported."
        )
    tracks = []
    for label, source in items:
        try:
            data = vtt_bytes(source)
        except (TypeError, ValueError) as err:
            raise StreamlitAPIException(
                f"Failed to process the provided subtitle: {label}"
            ) from err
        tracks.append({"label": str(label or ""), "data": data})
    return tracks
