"""AppTest's element classes for non-widget elements, and the element lists.

Each class wraps one node of the rebuilt tree. ``type`` uses Streamlit's
AppTest names: a ``heading`` node is a ``title``, ``header`` or ``subheader``,
a caption is a ``caption``, an ``alert`` is ``success``/``info``/``warning``/
``error``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:
    from wasmlit.testing.v1.app_test import AppTest
    from wasmlit.testing.v1.tree import TreeNode


class Element:
    """One element; ``value`` is what a test usually asserts on."""

    type: str = "unknown"

    def __init__(self, tree_node: TreeNode, root: AppTest) -> None:
        node = tree_node.node
        self.root = root
        self.props: dict[str, Any] = node["props"]
        self.key: str | None = node.get("key")
        self.id: str | None = node.get("id")
        self.run_id = tree_node.run_id

    @property
    def value(self) -> Any:
        return self.props.get("body")

    def __iter__(self) -> Iterator[Any]:
        yield self

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the app again (with any widget values set since the last run)."""
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, value={self.value!r})"


class UnknownElement(Element):
    """An element AppTest has no dedicated class for (e.g. ``empty``, ``spinner``)."""

    def __init__(self, tree_node: TreeNode, root: AppTest) -> None:
        super().__init__(tree_node, root)
        self.type = tree_node.node["type"]

    @property
    def value(self) -> Any:
        # As Streamlit's AppTest: a widget's value from Session State (custom components).
        if self.id is not None:
            return self.root._widget_value(self.id)
        return self.props


class Markdown(Element):
    type = "markdown"

    @property
    def is_caption(self) -> bool:
        return bool(self.props.get("variant") == "caption")

    @property
    def allow_html(self) -> bool:
        return bool(self.props.get("unsafe_allow_html"))

    @property
    def help(self) -> str | None:
        return self.props.get("help")


class Caption(Markdown):
    type = "caption"


class Latex(Element):
    """``st.latex``: ``value`` is the body inside its ``$$`` block, as in Streamlit."""

    type = "latex"

    @property
    def help(self) -> str | None:
        return self.props.get("help")


class Divider(Element):
    type = "divider"

    @property
    def value(self) -> str:
        return "---"  # Streamlit's divider is the Markdown rule "---"


class HeadingBase(Element):
    @property
    def anchor(self) -> Any:
        return self.props.get("anchor")

    @property
    def help(self) -> str | None:
        return self.props.get("help")

    @property
    def divider(self) -> Any:
        return self.props.get("divider")


class Title(HeadingBase):
    type = "title"


class Header(HeadingBase):
    type = "header"


class Subheader(HeadingBase):
    type = "subheader"


class Code(Element):
    type = "code"

    @property
    def language(self) -> str | None:
        return self.props.get("language")


class Text(Element):
    type = "text"


class Json(Element):
    type = "json"

    @property
    def expanded(self) -> Any:
        return self.props.get("expanded")


class Help(Element):
    """``st.help``: ``value`` is the object's value line, as Streamlit's AppTest gives it."""

    type = "help"

    @property
    def value(self) -> Any:
        return self.props.get("value")

    @property
    def name(self) -> str | None:
        return self.props.get("name")

    @property
    def doc_string(self) -> str | None:
        return self.props.get("doc_string")

    @property
    def members(self) -> list[dict[str, Any]]:
        return list(self.props.get("members", []))


class AlertBase(Element):
    @property
    def icon(self) -> str | None:
        return self.props.get("icon")


class Success(AlertBase):
    type = "success"


class Info(AlertBase):
    type = "info"


class Warning(AlertBase):  # noqa: A001 - Streamlit's AppTest name
    type = "warning"


class Error(AlertBase):
    type = "error"


class Exception(Element):  # noqa: A001 - Streamlit's AppTest name
    """An exception box: ``value`` and ``message`` are the exception's message."""

    type = "exception"

    @property
    def value(self) -> str:
        return str(self.props["message"])

    @property
    def message(self) -> str:
        return str(self.props["message"])

    @property
    def type_name(self) -> str:
        return str(self.props["type_name"])

    @property
    def stack_trace(self) -> list[str]:
        return str(self.props["traceback"]).splitlines()

    @property
    def is_warning(self) -> bool:
        return bool(self.props.get("is_warning"))


class Progress(Element):
    """A progress bar; ``value`` is the percentage 0..100."""

    type = "progress"

    @property
    def value(self) -> int:
        return int(self.props["value"])

    @property
    def text(self) -> str | None:
        return self.props.get("text")


class Toast(Element):
    """st.toast: ``value`` is the Markdown body."""

    type = "toast"

    @property
    def icon(self) -> str | None:
        return self.props.get("icon")

    @property
    def duration(self) -> float | None:
        return self.props.get("duration")


E = TypeVar("E")


class ElementList(Generic[E]):
    """A list of elements; ``values`` gives their values."""

    def __init__(self, elements: Sequence[E]) -> None:
        self._list = list(elements)

    def __len__(self) -> int:
        return len(self._list)

    def __bool__(self) -> bool:
        return bool(self._list)

    @overload
    def __getitem__(self, idx: int) -> E: ...

    @overload
    def __getitem__(self, idx: slice) -> ElementList[E]: ...

    def __getitem__(self, idx: int | slice) -> E | ElementList[E]:
        if isinstance(idx, slice):
            return ElementList(self._list[idx])
        return self._list[idx]

    def __iter__(self) -> Iterator[E]:
        return iter(self._list)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ElementList):
            return self._list == other._list
        return self._list == other

    __hash__ = None  # type: ignore[assignment]

    @property
    def len(self) -> int:
        return len(self._list)

    @property
    def values(self) -> list[Any]:
        return [getattr(e, "value", None) for e in self._list]

    def __repr__(self) -> str:
        return f"ElementList({self._list!r})"


class WidgetList(ElementList[E]):
    """A list of widgets; calling it with a key returns that widget."""

    def __call__(self, key: str) -> E:
        for widget in self._list:
            if getattr(widget, "key", None) == key:
                return widget
        raise KeyError(key)
