"""AppTest's widget classes: read values, set new ones, then ``.run()``.

Setting a value only records it on the AppTest; the next ``run()`` sends it
to the session as the UI would (converted to its wire form by the widget's
own serializer), so callbacks and Session State behave as in the browser.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from wasmlit.testing.v1.element_tree import Element

if TYPE_CHECKING:
    from wasmlit.testing.v1.app_test import AppTest
    from wasmlit.testing.v1.tree import TreeNode


class Widget(Element):
    """Base of widgets: ``id``, ``key``, ``label``, ``value`` and ``set_value``."""

    def __init__(self, tree_node: TreeNode, root: AppTest) -> None:
        super().__init__(tree_node, root)
        self.type = tree_node.node["type"]
        self.label: str = self.props.get("label", "")
        self.help: str | None = self.props.get("help")
        self.disabled: bool = bool(self.props.get("disabled"))
        self.label_visibility: str = self.props.get("label_visibility", "visible")

    @property
    def value(self) -> Any:
        assert self.id is not None
        return self.root._widget_value(self.id)

    def set_value(self, v: Any) -> Any:
        """Set the value the widget will have in the next run; returns the widget."""
        assert self.id is not None
        self.root._set_pending(self.id, v)
        return self


class Button(Widget):
    @property
    def form_id(self) -> str:
        """The id (key) of the form a submit button belongs to; "" for st.button."""
        return str(self.props.get("form_id") or "")

    def click(self) -> Button:
        """Click: the button is True for the next run only."""
        assert self.id is not None
        self.root._set_pending(self.id, True, trigger=True)
        return self


class Checkbox(Widget):
    def check(self) -> Checkbox:
        return self.set_value(True)

    def uncheck(self) -> Checkbox:
        return self.set_value(False)


class Toggle(Widget):
    pass


class _OptionWidget(Widget):
    @property
    def options(self) -> list[str]:
        """The options as displayed (``format_func`` applied)."""
        return list(self.props.get("options", []))

    def _index_of(self, value: Any) -> int | None:
        if value is None:
            return None
        meta = self.root.session.state.metas.get(self.id or "")
        if meta is None:
            return None
        index = meta.serialize(value)
        return index if isinstance(index, int) else None  # a new (typed) value has no index


class Radio(_OptionWidget):
    @property
    def index(self) -> int | None:
        return self._index_of(self.value)

    @property
    def horizontal(self) -> bool:
        return bool(self.props.get("horizontal"))


class Selectbox(_OptionWidget):
    @property
    def index(self) -> int | None:
        return self._index_of(self.value)

    @property
    def placeholder(self) -> str:
        return str(self.props.get("placeholder", ""))

    def select(self, v: Any) -> Selectbox:
        return self.set_value(v)

    def select_index(self, index: int | None) -> Selectbox:
        if index is None:
            return self.set_value(None)
        return self.set_value(self.root._option_values(self.id or "")[index])


class Multiselect(_OptionWidget):
    @property
    def value(self) -> list[Any]:
        return list(super().value or [])

    @property
    def indices(self) -> Sequence[int]:
        meta = self.root.session.state.metas.get(self.id or "")
        return list(meta.serialize(self.value)) if meta else []

    @property
    def values(self) -> Sequence[str]:
        """The selected options as displayed."""
        return [self.options[i] for i in self.indices]

    @property
    def max_selections(self) -> int | None:
        return self.props.get("max_selections")

    def select(self, v: Any) -> Multiselect:
        current = self.value
        if v not in current:
            self.set_value([*current, v])
        return self

    def unselect(self, v: Any) -> Multiselect:
        self.set_value([x for x in self.value if x != v])
        return self


class Slider(Widget):
    # Python values (dates stay dates), falling back to the props.
    @property
    def min(self) -> Any:
        return self.root._widget_info(self.id or "").get("min", self.props.get("min"))

    @property
    def max(self) -> Any:
        return self.root._widget_info(self.id or "").get("max", self.props.get("max"))

    @property
    def step(self) -> Any:
        return self.root._widget_info(self.id or "").get("step", self.props.get("step"))

    def set_range(self, lower: Any, upper: Any) -> Slider:
        return self.set_value((lower, upper))


class NumberInput(Widget):
    @property
    def min(self) -> Any:
        return self.props.get("min")

    @property
    def max(self) -> Any:
        return self.props.get("max")

    @property
    def step(self) -> Any:
        return self.props.get("step")

    def increment(self) -> NumberInput:
        """As if the user clicked "+" (stopping at ``max``)."""
        if self.value is None:
            return self
        hi = self.max if self.max is not None else float("inf")
        return self.set_value(min(self.value + self.step, hi))

    def decrement(self) -> NumberInput:
        """As if the user clicked "-" (stopping at ``min``)."""
        if self.value is None:
            return self
        lo = self.min if self.min is not None else float("-inf")
        return self.set_value(max(self.value - self.step, lo))


class _TextWidget(Widget):
    @property
    def max_chars(self) -> int | None:
        return self.props.get("max_chars")

    @property
    def placeholder(self) -> str | None:
        return self.props.get("placeholder")

    def input(self, v: str) -> Any:
        """Type ``v``; ignored when longer than ``max_chars`` (the UI would refuse it)."""
        if self.max_chars and len(v) > self.max_chars:
            return self
        return self.set_value(v)


class TextInput(_TextWidget):
    pass


class TextArea(_TextWidget):
    pass


class DateInput(Widget):
    @property
    def min(self) -> Any:
        return self.root._widget_info(self.id or "").get("min")

    @property
    def max(self) -> Any:
        return self.root._widget_info(self.id or "").get("max")

    @property
    def is_range(self) -> bool:
        return bool(self.props.get("is_range"))


class TimeInput(Widget):
    @property
    def step(self) -> int:
        return int(self.props.get("step", 900))

    def _shift(self, seconds: int) -> TimeInput:
        from datetime import date, datetime, timedelta

        if self.value is None:
            return self
        moved = datetime.combine(date(2000, 1, 1), self.value) + timedelta(seconds=seconds)
        return self.set_value(moved.time())

    def increment(self) -> TimeInput:
        """One ``step`` later (wrapping past midnight, as the time list does)."""
        return self._shift(self.step)

    def decrement(self) -> TimeInput:
        return self._shift(-self.step)


class DateTimeInput(Widget):
    @property
    def step(self) -> int:
        return int(self.props.get("step", 900))


class ChatInput(Widget):
    @property
    def placeholder(self) -> str:
        return str(self.props.get("placeholder", ""))

    @property
    def max_chars(self) -> int | None:
        return self.props.get("max_chars")

    def set_value(self, v: Any, files: Sequence[Any] | None = None, audio: Any = None) -> ChatInput:
        """Submit ``v`` (and ``files`` / an ``audio`` recording) for the next run only.

        ``files`` and ``audio`` are ``UploadedFile`` objects or ``(name, data,
        mime_type)`` tuples, uploaded as the browser would before sending.
        """
        assert self.id is not None
        if files is not None or audio is not None:
            uploaded = [
                f if not isinstance(f, tuple) else self.root._upload(*f) for f in files or []
            ]
            v = {"text": "" if v is None else str(v), "files": uploaded}
            if audio is not None:
                v["audio"] = audio if not isinstance(audio, tuple) else self.root._upload(*audio)
        self.root._set_pending(self.id, v, trigger=True)
        return self


class FileUploader(Widget):
    """st.file_uploader: ``upload`` files, ``remove`` one or ``clear`` them, then ``run()``."""

    @property
    def allowed_types(self) -> list[str]:
        """``type=`` normalized (".csv", "image/*"); ``.type`` is the element type."""
        return list(self.props.get("type", []))

    @property
    def accept_multiple_files(self) -> bool | str:
        mode = self.props.get("mode", "single")
        return "directory" if mode == "directory" else mode == "multiple"

    @property
    def max_upload_size(self) -> int:
        return int(self.props.get("max_upload_size", 200))

    def _files(self) -> list[Any]:
        value = self.value
        if value is None:
            return []
        return list(value) if isinstance(value, list) else [value]

    def upload(
        self, name: str, data: bytes | str, mime_type: str = "application/octet-stream"
    ) -> FileUploader:
        """Add a file (a single-file uploader replaces its file), as a browser pick does."""
        raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        uploaded = self.root._upload(name, raw, mime_type)
        if self.props.get("mode", "single") == "single":
            return self.set_value(uploaded)
        return self.set_value([*self._files(), uploaded])

    def remove(self, name: str) -> FileUploader:
        """Remove the file(s) called ``name`` (the X button)."""
        kept = [f for f in self._files() if f.name != name]
        if self.props.get("mode", "single") == "single":
            return self.set_value(kept[0] if kept else None)
        return self.set_value(kept)

    def clear(self) -> FileUploader:
        return self.set_value(None)


class Pagination(Widget):
    @property
    def num_pages(self) -> int:
        return int(self.props.get("num_pages", 1))

    def select(self, page: int) -> Pagination:
        return self.set_value(page)


class CameraInput(Widget):
    """st.camera_input: ``take_photo(jpeg_bytes)`` (or ``set_value``/``upload``) and ``clear()``."""

    def set_value(self, v: Any) -> CameraInput:
        """The photo for the next run: JPEG bytes, an ``UploadedFile`` or None."""
        if isinstance(v, bytes | bytearray | memoryview):
            v = self.root._upload(_snapshot_name(), bytes(v), "image/jpeg")
        super().set_value(v)
        return self

    def upload(
        self, data: bytes, name: str | None = None, mime_type: str = "image/jpeg"
    ) -> CameraInput:
        """Take ``data`` as the photo, stored as the browser would send it."""
        return self.set_value(self.root._upload(name or _snapshot_name(), bytes(data), mime_type))

    def take_photo(self, jpeg: bytes) -> CameraInput:
        return self.set_value(jpeg)

    def clear(self) -> CameraInput:
        """Clear the photo (the "Clear photo" button): None from the next run."""
        return self.set_value(None)


def _snapshot_name() -> str:
    """The browser names snapshots as Streamlit's UI does: camera-input-<ISO time, _ for :>.jpg."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H_%M_%S.%f")[:-3]
    return f"camera-input-{stamp}Z.jpg"


WIDGET_CLASSES: dict[str, type[Widget]] = {
    "button": Button,
    "checkbox": Checkbox,
    "toggle": Toggle,
    "radio": Radio,
    "selectbox": Selectbox,
    "multiselect": Multiselect,
    "slider": Slider,
    "number_input": NumberInput,
    "text_input": TextInput,
    "text_area": TextArea,
    "date_input": DateInput,
    "time_input": TimeInput,
    "datetime_input": DateTimeInput,
    "chat_input": ChatInput,
    "file_uploader": FileUploader,
    "pagination": Pagination,
    "camera_input": CameraInput,
}
