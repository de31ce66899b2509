"""AppTest classes of the selection widgets, with Streamlit's AppTest names.

``ButtonGroup`` covers ``st.pills`` and ``st.segmented_control`` (``at.pills``
and ``at.segmented_control`` filter ``at.button_group`` by style).

Example::

    at.pills[0].select("b").run()
    at.select_slider[0].set_range("S", "L").run()
    at.menu_button[0].click("Save").run()
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from wasmlit.runtime.options import index_of
from wasmlit.testing.v1.widgets import Widget


class _Options(Widget):
    """A widget whose options the script gave as objects; labels are shown."""

    @property
    def options(self) -> list[str]:
        return list(self.props.get("options", []))

    def _info(self) -> dict[str, Any]:
        return self.root._widget_info(self.id or "")

    @property
    def format_func(self) -> Callable[[Any], str]:
        """Maps an option to its label, as the script's ``format_func`` did."""
        info = self._info()
        opts, labels = info.get("options", []), info.get("labels", [])
        return lambda v: str(labels[index_of(opts, v)])


class ColorPicker(Widget):
    def pick(self, v: str) -> ColorPicker:
        """Choose color ``v`` (a hex string)."""
        self.set_value(v)
        return self


class Feedback(Widget):
    @property
    def options(self) -> str:
        return str(self.props.get("sentiment"))


class ButtonGroup(_Options):
    @property
    def selection_mode(self) -> str:
        return str(self.props.get("selection_mode"))

    def _selected(self) -> list[Any]:
        value = self.value
        if self.selection_mode == "multi":
            return list(value or [])
        return [] if value is None else [value]

    @property
    def indices(self) -> Sequence[int]:
        opts = self._info().get("options", [])
        return [index_of(opts, v) for v in self._selected()]

    @property
    def formatted_values(self) -> Sequence[str]:
        return [self.options[i] for i in self.indices]

    def select(self, v: Any) -> ButtonGroup:
        """Select ``v``: added in multi mode, replacing the choice in single mode."""
        if self.selection_mode != "multi":
            return self._set(v)
        current = self._selected()
        return self._set(current if v in current else [*current, v])

    def unselect(self, v: Any) -> ButtonGroup:
        if self.selection_mode != "multi":
            return self._set(None if self.value == v else self.value)
        return self._set([x for x in self._selected() if x != v])

    def _set(self, v: Any) -> ButtonGroup:
        self.set_value(v)
        return self


class SelectSlider(_Options):
    def set_range(self, lower: Any, upper: Any) -> SelectSlider:
        self.set_value((lower, upper))
        return self


class MenuButton(_Options):
    def click(self, v: Any) -> MenuButton:
        """Choose option ``v``: the command returns it for the next run only."""
        assert self.id is not None
        self.root._set_pending(self.id, v, trigger=True)
        return self

    def click_index(self, index: int) -> MenuButton:
        return self.click(self._info().get("options", [])[index])


SELECTION_WIDGETS: dict[str, type[Widget]] = {
    "color_picker": ColorPicker,
    "feedback": Feedback,
    "button_group": ButtonGroup,
    "select_slider": SelectSlider,
    "menu_button": MenuButton,
}
