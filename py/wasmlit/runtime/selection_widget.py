"""The ``on_select`` parameter shared by st.dataframe and the charts.

``on_select`` is ``"ignore"`` (a plain element, the command returns a
DeltaGenerator), ``"rerun"`` or a callable (a widget whose value is the
selection state, kept read-only in Session State under ``key``). Each element
keeps its own state shape and ``selection_mode`` values; this module holds the
parts that are the same for all of them.

Example::

    selectable = selections_on(on_select)
    props = {..., "selectable": selectable}
    return selection_chart(dg, "plotly_chart", props, key=key, on_select=on_select,
                           identity={...}, deserialize=plotly_state)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.widgets import Callback, to_key, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator


def selections_on(on_select: Any) -> bool:
    """True when selections are on; Streamlit's error for anything unknown."""
    if on_select == "ignore":
        return False
    if on_select == "rerun" or callable(on_select):
        return True
    raise StreamlitAPIException(
        f"You have passed {on_select!r} to `on_select`. But only 'ignore', 'rerun', "
        "or a callable is supported."
    )


def selection_callback(on_select: Any) -> Callback:
    """The widget callback: ``on_select`` when it is a callable, else none."""
    return Callback.of(on_select if callable(on_select) else None)


def mode_list(selection_mode: Any) -> list[Any]:
    """One mode or an iterable of modes as a list; Streamlit's error when empty."""
    modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    if not modes:
        raise StreamlitAPIException("Selection mode cannot be empty.")
    return modes


def selection_json(state: Any) -> Any:
    """A chart's selection state as plain JSON (None: nothing selected yet)."""
    if state is None:
        return None
    return json.loads(json.dumps(state, default=str))


def selection_chart(
    dg: DeltaGenerator,
    kind: str,
    props: dict[str, Any],
    *,
    key: Any,
    on_select: Any,
    identity: Mapping[str, Any],
    deserialize: Callable[[Any], Any],
    key_identity: tuple[str, ...] = (),
) -> Any:
    """A chart element, or with ``props["selectable"]`` a widget returning its selection.

    The state starts as None (``deserialize`` turns it into the empty state) and
    cannot be set through Session State, as in Streamlit.
    """
    if not props["selectable"]:
        return dg._put_element(kind, props, key=to_key(key))
    return widget(
        dg,
        kind,
        key=key,
        identity=identity,
        key_identity=key_identity,
        default=None,
        serialize=selection_json,
        deserialize=deserialize,
        # A "value" prop, where the element has one, carries the current selection.
        props=lambda wire: {**props, "value": wire} if "value" in props else props,
        callback=selection_callback(on_select),
        settable=False,  # Streamlit: a chart's selection cannot be set through Session State
    )
