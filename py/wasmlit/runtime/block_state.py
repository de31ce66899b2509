"""Open/selected state of expanders, popovers and tabs, tracked only on request.

With ``on_change="ignore"`` (Streamlit's default) the state lives in the UI
alone and the container's ``open`` is None. With ``"rerun"`` or a callable the
container is also a widget: the UI reports changes, the script reruns, and
``open`` tells the script the current state.

Example::

    state = block_state("expander", key=None, identity={"label": "More"},
                        default=False, on_change="rerun", args=None, kwargs=None)
    state.widget_id, state.value
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import current
from wasmlit.runtime.delta_generator import DeltaGenerator
from wasmlit.runtime.widgets import Callback, WidgetMeta, compute_id, to_key


@dataclass(frozen=True)
class BlockState:
    key: str | None
    widget_id: str | None  # None: state is UI-only
    wire: Any  # the current wire value (None when UI-only)
    value: Any  # the current Python value (None when UI-only)


def block_state(
    block_type: str,
    *,
    key: Any,
    identity: Mapping[str, Any],
    default: Any,
    on_change: Any,
    args: Any,
    kwargs: Any,
    serialize: Callable[[Any], Any] = bool,
    deserialize: Callable[[Any], Any] = bool,
    command: str | None = None,
    bind: Any = None,
    info: Mapping[str, Any] | None = None,
) -> BlockState:
    """Register the block (and its widget, unless on_change is "ignore").

    ``bind="query-params"`` tracks the state whatever on_change says: the UI
    must report each change so the URL parameter named by the key follows it.
    """
    from wasmlit.runtime.binding import check_binding, register_url_bound

    ctx = current()
    user_key = to_key(key)
    binding = check_binding(command or block_type, key, bind, None)
    if on_change == "ignore" and binding is None:
        ctx.register_element(block_type, None, user_key)
        return BlockState(user_key, None, None, None)
    if on_change not in ("ignore", "rerun") and not callable(on_change):
        raise StreamlitAPIException(
            f'The on_change argument to st.{command or block_type} must be "ignore", '
            f'"rerun", or a callable. The argument passed was {on_change!r}.'
        )
    callback = Callback.of(on_change if callable(on_change) else None, args, kwargs)
    widget_id = compute_id(block_type, user_key, identity)
    ctx.register_element(block_type, widget_id, user_key)
    meta = WidgetMeta(
        id=widget_id,
        type=block_type,
        key=user_key,
        serialize=serialize,
        deserialize=deserialize,
        callback=callback,
        info=dict(info or {}),
    )
    if binding is None or binding.query_param is None:
        value, wire = ctx.state.register_widget(meta, default)
    else:
        meta.persist = "session"  # like bound widgets: the URL keeps it while hidden
        value, wire = register_url_bound(meta, default)
    return BlockState(user_key, widget_id, wire, value)


class StatefulContainer(DeltaGenerator):
    """A container cursor with an ``open`` property (expander, popover, tab)."""

    __slots__ = ("_open",)

    def __init__(self, cursor: DeltaGenerator, open: bool | None) -> None:
        super().__init__(cursor._path, block_type=cursor._type)
        self._open = open

    @property
    def open(self) -> bool | None:
        """Whether it is open (tab: selected); None when its state is not tracked."""
        return self._open
