"""AppTest classes for layout blocks and link/download buttons.

Names follow Streamlit's ``element_tree``: ``Expander`` and ``Tab`` are
blocks with a ``label``; ``at.tabs`` lists the ``Tab`` blocks.
"""

from __future__ import annotations

from typing import Any

from wasmlit.testing.v1.block import Block
from wasmlit.testing.v1.element_tree import Element
from wasmlit.testing.v1.widgets import Button


class Expander(Block):
    @property
    def label(self) -> str:
        return str(self.props.get("label", ""))

    @property
    def icon(self) -> str | None:
        return self.props.get("icon")

    @property
    def expanded(self) -> bool:
        return bool(self.props.get("expanded"))


class Status(Expander):
    """st.status: an expander whose ``state`` is "running", "complete" or "error"."""

    @property
    def state(self) -> str:
        return str(self.props.get("state", "running"))


class Popover(Block):
    @property
    def label(self) -> str:
        return str(self.props.get("label", ""))


class Grid(Block):
    pass


class Dialog(Block):
    """st.dialog: the open modal. ``dismiss()`` acts as Escape or the close button."""

    @property
    def title(self) -> str:
        return str(self.props.get("title", ""))

    @property
    def dismissible(self) -> bool:
        return bool(self.props.get("dismissible", True))

    def dismiss(self) -> Dialog:
        """With on_dismiss "rerun" or a callable, the next run() is the dismissal's rerun.

        With "ignore" dismissing stays in the browser: Python never hears of it.
        """
        widget_id = self.props.get("widget_id")
        if self.dismissible and widget_id:
            self.root._set_pending(widget_id, True, trigger=True)
        return self


class Tab(Block):
    @property
    def label(self) -> str:
        return str(self.props.get("label", ""))


class DownloadButton(Button):
    """A download button: ``click()`` triggers one run, as a person's click does."""

    @property
    def file_name(self) -> str:
        return str(self.props.get("file_name", ""))

    @property
    def mime(self) -> str:
        return str(self.props.get("mime", ""))

    @property
    def data(self) -> bytes | None:
        return self.props.get("data")


class _Link(Element):
    @property
    def label(self) -> str:
        return str(self.props.get("label", ""))

    @property
    def url(self) -> str:
        return str(self.props.get("url", ""))

    @property
    def value(self) -> Any:
        return self.url


class LinkButton(_Link):
    type = "link_button"

    def click(self) -> LinkButton:
        """With on_click "rerun" or a callable: True for the next run."""
        if self.id is not None:
            self.root._set_pending(self.id, True, trigger=True)
        return self


class PageLink(_Link):
    type = "page_link"


class Space(Element):
    type = "space"

    @property
    def value(self) -> Any:
        return self.props.get("size")


LAYOUT_BLOCKS: dict[str, type[Block]] = {
    "dialog": Dialog,
    "expander": Expander,
    "grid": Grid,
    "popover": Popover,
    "status": Status,
    "tab": Tab,
}
LAYOUT_ELEMENTS: dict[str, Any] = {
    "download_button": DownloadButton,
    "link_button": LinkButton,
    "page_link": PageLink,
    "space": Space,
}
