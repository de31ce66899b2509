"""Clicks on ``st.column_config.ButtonColumn`` cells: one trigger widget per keyed column.

A ButtonColumn with a ``key`` registers a widget (type ``button_column``, no
element of its own). The grid learns its id through the ``button_columns``
prop ({field: widget id}); a click on a button cell sends, for that id, the
trigger value ``{"row": <position in the original data>, "label": <button
text>}``. Python runs ``on_click`` (with ``args``/``kwargs``) before the script,
and ``st.session_state[key]`` holds a :class:`ButtonColumnClickState` for that
one run, then ``None`` again, as Streamlit documents.

Example::

    def show():
        click = st.session_state.act          # ButtonColumnClickState
        st.toast(f"{click.label} on row {click.row}")

    st.dataframe(df, column_config={
        "action": st.column_config.ButtonColumn(on_click=show, key="act"),
    })
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from wasmlit.protocol.schema import Int, Obj, Optional, Str
from wasmlit.runtime.attribute_dict import AttributeDict
from wasmlit.runtime.widgets import Callback, register

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

# A click on the wire (a trigger value); None when there was no click this run.
CLICK_WIRE = Optional(Obj({"row": Int(), "label": Str()}))


class ButtonColumnClickState(AttributeDict):
    """The click of the run: ``click.row`` (position in the original data) and ``click.label``."""


def _click(wire: Any, rows: int | None) -> ButtonColumnClickState | None:
    if wire is None:
        return None
    if not isinstance(wire, Mapping):
        raise TypeError(wire)
    row, label = wire.get("row"), wire.get("label")
    if isinstance(row, bool) or not isinstance(row, int) or row < 0:
        raise ValueError(wire)
    if rows is not None and row >= rows:
        raise IndexError(wire)  # a stale click on a row the data no longer has
    return ButtonColumnClickState({"row": row, "label": "" if label is None else str(label)})


def _wire(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"row": int(value["row"]), "label": str(value["label"])}


def register_button_columns(
    dg: DeltaGenerator, user_config: Any, columns: list[dict[str, Any]], *, rows: int | None
) -> dict[str, str]:
    """Register every keyed ButtonColumn of ``user_config``; returns {field: widget id}.

    ``rows`` bounds the clicked row (None: no bound, for st.data_editor's added rows).
    """
    from wasmlit.data.column_config import ButtonColumnResult
    from wasmlit.data.column_wire import fields_of

    if not isinstance(user_config, Mapping):
        return {}
    ids: dict[str, str] = {}
    for name, value in user_config.items():
        if not isinstance(value, ButtonColumnResult) or value.key is None:
            continue
        fields = [f for f in fields_of(name, columns) if f not in ids]
        if not fields:
            continue  # a column the data does not have: no widget, as for its config
        widget_id, _, _ = register(
            dg,
            "button_column",
            key=value.key,
            identity={"column": str(name)},
            default=None,
            serialize=_wire,
            deserialize=lambda wire: _click(wire, rows),
            callback=Callback.of(value.on_click, value.args, value.kwargs),
            trigger=True,
            reset=None,  # not False: the no-click state is None
            settable=False,  # Streamlit: a click cannot be set through Session State
            info={"column": str(name), "fields": fields},
        )
        ids.update(dict.fromkeys(fields, widget_id))
    return ids
