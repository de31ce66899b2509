"""AppTest classes for chat messages, metrics, st.html and iframes.

As in Streamlit's ``element_tree``: ``ChatMessage`` is a block with ``name``
and ``avatar``; ``Metric`` has ``label``, ``value`` and ``delta``; ``Html``'s
``value`` is the HTML body.
"""

from __future__ import annotations

from typing import Any

from wasmlit.testing.v1.block import Block
from wasmlit.testing.v1.element_tree import Element


class ChatMessage(Block):
    @property
    def name(self) -> str:
        return str(self.props.get("name", ""))

    @property
    def avatar(self) -> Any:
        """The preset name, emoji or icon; the image source for image avatars."""
        if self.props.get("avatar_kind") == "image":
            return self.props.get("avatar_image")
        return self.props.get("avatar")


class Metric(Element):
    type = "metric"

    @property
    def label(self) -> str:
        return str(self.props.get("label", ""))

    @property
    def value(self) -> str:
        return str(self.props.get("value", ""))

    @property
    def delta(self) -> str:
        return str(self.props.get("delta", ""))

    @property
    def help(self) -> str | None:
        return self.props.get("help")


class Html(Element):
    type = "html"


class Iframe(Element):
    type = "iframe"

    @property
    def value(self) -> Any:
        return self.props.get("src") or self.props.get("srcdoc")


CHAT_BLOCKS: dict[str, type[Block]] = {"chat_message": ChatMessage}
CHAT_ELEMENTS: dict[str, type[Element]] = {"metric": Metric, "html": Html, "iframe": Iframe}
