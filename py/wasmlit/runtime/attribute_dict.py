"""Dicts whose keys also read as attributes: Streamlit's chart selection states.

``event.selection.point_indices`` and ``event["selection"]["point_indices"]``
both work, as with Streamlit's ``PlotlyState``, ``VegaLiteState``...

Example::

    state = attribute_tree({"selection": {"points": [{"x": 1}]}})
    assert state.selection.points[0].x == 1
"""

from __future__ import annotations

from typing import Any


class AttributeDict(dict[str, Any]):
    """A dict whose keys read (and write) as attributes too."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            kind = type(self).__name__
            raise AttributeError(f"{kind} has no attribute or key {name!r}") from None

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value

    def __delattr__(self, name: str) -> None:
        try:
            del self[name]
        except KeyError:
            raise AttributeError(name) from None


def attribute_tree(value: Any) -> Any:
    """``value`` with every nested dict turned into an :class:`AttributeDict`."""
    if isinstance(value, dict):
        return AttributeDict({str(k): attribute_tree(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return [attribute_tree(v) for v in value]
    return value
