"""Blocks of the AppTest tree, and the per-type accessors shared with AppTest.

A :class:`Block` is a container (``main``, ``sidebar``, a ``container``, a
``column`` ...). Iterating a block yields the block itself and then every
node below it in order, so ``block.get("button")`` finds nested buttons too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from wasmlit.testing.v1 import element_tree as et
from wasmlit.testing.v1 import widgets as wt
from wasmlit.testing.v1.tree import TreeNode

if TYPE_CHECKING:
    from wasmlit.testing.v1.app_test import AppTest

Node = Any  # an Element, a Widget or a Block


class Accessors:
    """``at.title``, ``at.button`` ...: typed lists of the elements of one type."""

    def get(self, element_type: str) -> Sequence[Node]:
        raise NotImplementedError

    def get_by_key(self, key: str) -> Node:
        for node in self.get_all():
            if getattr(node, "key", None) == key and node is not self:
                return node
        raise KeyError(key)

    def get_all(self) -> Iterator[Node]:
        raise NotImplementedError

    def _list(self, element_type: str) -> et.ElementList[Any]:
        return et.ElementList(self.get(element_type))

    def _widgets(self, element_type: str) -> et.WidgetList[Any]:
        return et.WidgetList(self.get(element_type))

    title = property(lambda self: self._list("title"))
    header = property(lambda self: self._list("header"))
    subheader = property(lambda self: self._list("subheader"))
    markdown = property(lambda self: self._list("markdown"))
    caption = property(lambda self: self._list("caption"))
    latex = property(lambda self: self._list("latex"))
    code = property(lambda self: self._list("code"))
    text = property(lambda self: self._list("text"))
    divider = property(lambda self: self._list("divider"))
    json = property(lambda self: self._list("json"))
    help = property(lambda self: self._list("help"))
    success = property(lambda self: self._list("success"))
    info = property(lambda self: self._list("info"))
    warning = property(lambda self: self._list("warning"))
    error = property(lambda self: self._list("error"))
    exception = property(lambda self: self._list("exception"))
    progress = property(lambda self: self._list("progress"))
    toast = property(lambda self: self._list("toast"))
    button = property(lambda self: self._widgets("button"))
    checkbox = property(lambda self: self._widgets("checkbox"))
    toggle = property(lambda self: self._widgets("toggle"))
    radio = property(lambda self: self._widgets("radio"))
    selectbox = property(lambda self: self._widgets("selectbox"))
    multiselect = property(lambda self: self._widgets("multiselect"))
    slider = property(lambda self: self._widgets("slider"))
    number_input = property(lambda self: self._widgets("number_input"))
    text_input = property(lambda self: self._widgets("text_input"))
    text_area = property(lambda self: self._widgets("text_area"))
    date_input = property(lambda self: self._widgets("date_input"))
    time_input = property(lambda self: self._widgets("time_input"))
    datetime_input = property(lambda self: self._widgets("datetime_input"))
    chat_input = property(lambda self: self._widgets("chat_input"))
    file_uploader = property(lambda self: self._widgets("file_uploader"))
    camera_input = property(lambda self: self._widgets("camera_input"))
    pagination = property(lambda self: self._widgets("pagination"))
    color_picker = property(lambda self: self._widgets("color_picker"))
    feedback = property(lambda self: self._widgets("feedback"))
    button_group = property(lambda self: self._widgets("button_group"))
    pills = property(lambda self: self._button_groups("pills"))
    segmented_control = property(lambda self: self._button_groups("segmented_control"))
    select_slider = property(lambda self: self._widgets("select_slider"))
    menu_button = property(lambda self: self._widgets("menu_button"))
    image = property(lambda self: self._list("image"))
    pdf = property(lambda self: self._list("pdf"))
    audio_input = property(lambda self: self._widgets("audio_input"))

    def _button_groups(self, style: str) -> et.WidgetList[Any]:
        groups = self.get("button_group")
        return et.WidgetList([g for g in groups if g.props.get("style") == style])

    columns = property(lambda self: list(self.get("column")))
    container = property(lambda self: list(self.get("container")))
    form = property(lambda self: list(self.get("form")))
    # Submit buttons are buttons (as in Streamlit's AppTest) that carry their form's id.
    form_submit_button = property(
        lambda self: et.WidgetList([b for b in self.get("button") if b.props.get("form_id")])
    )
    expander = property(lambda self: list(self.get("expander")))
    chat_message = property(lambda self: list(self.get("chat_message")))
    metric = property(lambda self: self._list("metric"))
    html = property(lambda self: self._list("html"))
    status = property(lambda self: list(self.get("status")))
    grid = property(lambda self: list(self.get("grid")))
    popover = property(lambda self: list(self.get("popover")))
    dialog = property(lambda self: list(self.get("dialog")))
    tabs = property(lambda self: list(self.get("tab")))
    space = property(lambda self: self._list("space"))
    download_button = property(lambda self: self._widgets("download_button"))
    link_button = property(lambda self: self._list("link_button"))
    page_link = property(lambda self: self._list("page_link"))
    dataframe = property(lambda self: self._list("arrow_data_frame"))
    data_editor = property(lambda self: self._widgets("data_editor"))
    table = property(lambda self: self._list("arrow_table"))


class Block(Accessors):
    """A container of the app and the nodes inside it."""

    def __init__(
        self,
        block_type: str,
        children: Sequence[TreeNode | None],
        root: AppTest,
        tree_node: TreeNode | None = None,
    ) -> None:
        self.type = block_type
        self.root = root
        self.props: dict[str, Any] = tree_node.node["props"] if tree_node else {}
        self.key: str | None = tree_node.node.get("key") if tree_node else None
        self.children: dict[int, Node] = {
            i: wrap(child, root) for i, child in enumerate(children) if child is not None
        }

    def __len__(self) -> int:
        return len(self.children)

    def __getitem__(self, index: int) -> Node:
        return self.children[index]

    def __iter__(self) -> Iterator[Node]:
        yield self
        for child in self.children.values():
            yield from child

    def get_all(self) -> Iterator[Node]:
        return iter(self)

    def get(self, element_type: str) -> Sequence[Node]:
        return [node for node in self if node.type == element_type]

    def run(self, *, timeout: float | None = None) -> AppTest:
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"Block(type={self.type!r}, children={list(self.children.values())!r})"


class Column(Block):
    @property
    def weight(self) -> float:
        return float(self.props.get("weight", 1.0))


_SIMPLE: dict[str, type[et.Element]] = {
    "code": et.Code,
    "text": et.Text,
    "divider": et.Divider,
    "json": et.Json,
    "help": et.Help,
    "exception": et.Exception,
    "progress": et.Progress,
    "toast": et.Toast,
}
_HEADINGS = {"title": et.Title, "header": et.Header, "subheader": et.Subheader}
_ALERTS = {"success": et.Success, "info": et.Info, "warning": et.Warning, "error": et.Error}


def wrap(tree_node: TreeNode, root: AppTest) -> Node:
    """The AppTest object for one tree node."""
    node = tree_node.node
    kind, props = node["type"], node["props"]
    from wasmlit.testing.v1.chat import CHAT_BLOCKS, CHAT_ELEMENTS
    from wasmlit.testing.v1.layout import LAYOUT_BLOCKS, LAYOUT_ELEMENTS

    if node["kind"] == "block":
        cls = (
            Column if kind == "column" else LAYOUT_BLOCKS.get(kind) or CHAT_BLOCKS.get(kind, Block)
        )
        return cls(kind, tree_node.children, root, tree_node)
    if kind == "heading":
        return _HEADINGS[props["level"]](tree_node, root)
    if kind == "markdown":
        variants = {"caption": et.Caption, "latex": et.Latex}
        return variants.get(props.get("variant", ""), et.Markdown)(tree_node, root)
    if kind == "alert":
        return _ALERTS[props["kind"]](tree_node, root)
    if kind in LAYOUT_ELEMENTS:
        return LAYOUT_ELEMENTS[kind](tree_node, root)
    if kind in wt.WIDGET_CLASSES:
        return wt.WIDGET_CLASSES[kind](tree_node, root)
    from wasmlit.testing.v1.selection import SELECTION_WIDGETS

    if kind in SELECTION_WIDGETS:
        return SELECTION_WIDGETS[kind](tree_node, root)
    from wasmlit.testing.v1.audio_input import AUDIO_WIDGETS

    if kind in AUDIO_WIDGETS:
        return AUDIO_WIDGETS[kind](tree_node, root)
    from wasmlit.testing.v1.data_editor import DATA_EDITOR_WIDGETS

    if kind in DATA_EDITOR_WIDGETS:
        return DATA_EDITOR_WIDGETS[kind](tree_node, root)
    from wasmlit.testing.v1.data import DATA_ELEMENTS

    if kind in DATA_ELEMENTS:
        return DATA_ELEMENTS[kind](tree_node, root)
    from wasmlit.testing.v1.images import IMAGE_ELEMENTS

    if kind in IMAGE_ELEMENTS:
        return IMAGE_ELEMENTS[kind](tree_node, root)
    if kind in CHAT_ELEMENTS:
        return CHAT_ELEMENTS[kind](tree_node, root)
    if kind in _SIMPLE:
        return _SIMPLE[kind](tree_node, root)
    return et.UnknownElement(tree_node, root)
