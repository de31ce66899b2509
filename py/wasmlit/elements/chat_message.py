"""st.chat_message: a container for one message of a chat, with an avatar.

The avatar follows Streamlit's rules. Without ``avatar``, the names "user" /
"human" and "assistant" / "ai" (any case) get the preset user and bot icons,
a name that is an emoji shows that emoji, and any other name shows its first
letter. ``avatar`` may be a preset name, an emoji, ``":material/name:"``,
``"spinner"`` or anything ``st.image`` takes (sent as bytes or a URL).

Example::

    with st.chat_message("assistant"):
        st.write("Hello")
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import block
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Enum, Optional, Str
from wasmlit.runtime.images import IMAGE_SOURCE, image_source

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

AVATAR_KINDS = ("user", "assistant", "emoji", "icon", "spinner", "image", "initial")

SPEC = block(
    "chat_message",
    {
        "name": Str(),  # the author; the accessible label
        # user / assistant: preset icons; emoji / icon (":material/x:") / spinner;
        # image: avatar_image; initial: the first letter of the name
        "avatar_kind": Enum(*AVATAR_KINDS),
        "avatar": Optional(Str()),  # the emoji, the icon, or the preset name
        "avatar_image": Optional(IMAGE_SOURCE),
        "width": WIDTH,
    },
    doc="A chat message: an avatar and a container for the message's content.",
)

_PRESETS = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}
# Code points that join or modify emoji without being emoji themselves.
_EMOJI_JOINERS = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}


def is_emoji(text: str) -> bool:
    """Whether ``text`` is one emoji (possibly a ZWJ sequence, flag or keycap)."""
    if not text or len(text) > 16:
        return False
    has_symbol = False
    for ch in text:
        code = ord(ch)
        if code in _EMOJI_JOINERS or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
            continue
        if unicodedata.category(ch) == "So" or 0x1F000 <= code <= 0x1FAFF:
            has_symbol = True
            continue
        if ch in "#*0123456789" and "\u20e3" in text:  # keycaps like 1️⃣
            has_symbol = True
            continue
        return False
    return has_symbol


def _avatar(name: str, avatar: Any) -> dict[str, Any]:
    """The avatar props for ``avatar`` (already defaulted from the name)."""
    none = {"avatar": None, "avatar_image": None}
    if avatar is None:
        return {**none, "avatar_kind": "initial"}
    if isinstance(avatar, str):
        if avatar in _PRESETS:
            preset = _PRESETS[avatar]
            return {**none, "avatar_kind": preset, "avatar": preset}
        if is_emoji(avatar):
            return {**none, "avatar_kind": "emoji", "avatar": avatar}
        if avatar.startswith(":material"):
            if not (avatar.startswith(":material/") and avatar.endswith(":") and len(avatar) > 11):
                raise StreamlitAPIException(f'The value "{avatar}" is not a valid Material icon.')
            return {**none, "avatar_kind": "icon", "avatar": avatar}
        if avatar == "spinner":
            return {**none, "avatar_kind": "spinner", "avatar": avatar}
    try:
        src = image_source(avatar, command="st.chat_message")
    except Exception as ex:
        raise StreamlitAPIException("Failed to load the provided avatar value as an image.") from ex
    image = {"data": src.data, "url": src.url, "mime_type": src.mime_type}
    return {"avatar_kind": "image", "avatar": None, "avatar_image": image}


def chat_message(
    dg: DeltaGenerator, name: str, *, avatar: Any = None, width: Any = "stretch"
) -> DeltaGenerator:
    """st.chat_message: a container to write the message into."""
    if name is None:
        raise StreamlitAPIException(
            "The author name is required for a chat message, "
            "please set it via the parameter `name`."
        )
    name = str(name)
    if avatar is None and (name.lower() in _PRESETS or is_emoji(name)):
        avatar = name.lower()
    width_value = check_width(width)
    props = {"name": name, **_avatar(name, avatar), "width": width_value}
    return dg._put_block("chat_message", props)
