"""Session State: user values and widget values of one session.

Values live under *keys*. A widget with ``key=`` shares its value with
``st.session_state[key]`` both ways; widgets without keys are reachable only
by widget id. The rules follow Streamlit:

* a value set through the API before a widget is created this run becomes the
  widget's value (its default on first creation);
* setting it after the widget was created in the same run is an error;
* with ``runner.enforceSerializableSessionState`` every value stored through
  the API must pickle, else :class:`UnserializableSessionStateError`;
* a widget's state is dropped when a run completes without creating it,
  unless the script re-assigned the key itself in that run, or the widget
  keeps it (``persist_state`` or ``bind``, see ``wasmlit.runtime.binding``):
  then the key keeps the value and the widget takes it back when it returns.

Example::

    state = SessionState()
    state["count"] = 1
    assert state.to_dict() == {"count": 1}
"""

from __future__ import annotations

import pickle
from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from wasmlit.errors import (
    StreamlitValueAssignmentNotAllowedError,
    StreamlitWidgetAlreadyInstantiatedError,
    UnserializableSessionStateError,
)

_UNSERIALIZABLE = (
    "Cannot serialize the value (of type `{type}`) of '{key}' in st.session_state. "
    "Streamlit has been configured to use "
    "[pickle](https://docs.python.org/3/library/pickle.html) to serialize session_state "
    "values. Please convert the value to a pickle-serializable type. To learn more about "
    "this behavior, see [our docs](https://docs.streamlit.io/knowledge-base/using-streamlit/"
    "serializable-session-state)."
)

if TYPE_CHECKING:
    from wasmlit.runtime.widgets import WidgetMeta


class SessionState:
    """The store behind ``st.session_state``, shared by every run of a session."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}  # key -> value (plain state and keyed widgets)
        self._owner: dict[str, str] = {}  # key -> id of the widget whose value it holds
        self._wire: dict[str, Any] = {}  # widget id -> wire value (what the UI shows)
        self._widget_values: dict[str, Any] = {}  # widget id -> Python value
        self.metas: dict[str, WidgetMeta] = {}  # widget id -> how to convert/call back
        self._live: set[str] = set()  # widget ids created by the current run
        # Forms submitted this run with clear_on_submit, and the widgets to reset after it.
        self._clearing: set[str] = set()
        self._reset_after_run: dict[str, Any] = {}  # widget id -> default wire value
        self.warned_default_and_state = False  # Streamlit shows that warning once
        # Keys whose widget is not rendered but keeps its value (persist_state / bind).
        self._persisted: set[str] = set()
        # runner.enforceSerializableSessionState, set by the session from its options.
        self.enforce_serializable = False

    # -- the mapping seen by scripts -------------------------------------------------
    def __getitem__(self, key: str) -> Any:
        if key in self._values:
            return self._values[key]
        if key in self._widget_values:
            return self._widget_values[key]
        raise KeyError(key)

    def __setitem__(self, key: str, value: Any) -> None:
        owner = self._owner.get(key)
        if owner is not None and owner in self._live:
            raise StreamlitWidgetAlreadyInstantiatedError(key)
        if self.enforce_serializable:
            _check_picklable(key, value)
        self._values[key] = value
        # The key now holds a user value; the widget adopts it when created.
        self._owner.pop(key, None)
        self._persisted.discard(key)

    def __delitem__(self, key: str) -> None:
        if key not in self._values:
            raise KeyError(key)
        del self._values[key]
        self._owner.pop(key, None)
        self._persisted.discard(key)

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._values))

    def __len__(self) -> int:
        return len(self._values)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._values)

    def clear(self) -> None:
        self._values.clear()
        self._owner.clear()
        self._persisted.clear()

    # -- widgets -------------------------------------------------------------------
    def widget_value(self, widget_id: str) -> Any:
        return self._widget_values.get(widget_id)

    def wire_value(self, widget_id: str) -> Any:
        return self._wire.get(widget_id)

    def wire_values(self) -> list[Any]:
        """The wire value of every widget (e.g. to find the files still referred to)."""
        return list(self._wire.values())

    def set_by_api(self, key: str, widget_id: str) -> bool:
        """Whether ``key`` holds a value set through the API, not yet taken by this widget."""
        return (
            key in self._values
            and self._owner.get(key) != widget_id
            and key not in self._persisted  # a kept widget value, not the script's
        )

    def is_new(self, meta: WidgetMeta) -> bool:
        """Whether the widget has no value yet: neither stored nor under its key."""
        return meta.id not in self._wire and (meta.key is None or meta.key not in self._values)

    def seed(self, widget_id: str, wire: Any) -> None:
        """Give a new widget its first wire value (e.g. from the URL) before it registers."""
        self._wire[widget_id] = wire

    def restore(self, meta: WidgetMeta, wire: Any) -> None:
        """Set a widget's value from the URL on back/forward, over a value set this run."""
        self._wire[meta.id] = wire
        key = meta.key
        if key is not None and key in self._values and self._owner.get(key) != meta.id:
            # The script assigned the key before the widget: the restored URL wins.
            del self._values[key]
            self._persisted.discard(key)

    def register_widget(self, meta: WidgetMeta, default: Any) -> tuple[Any, Any]:
        """Create a widget in this run; returns its (Python value, wire value to show).

        In a form submitted with ``clear_on_submit`` the script still sees the
        submitted value, but the UI is shown the default and the widget holds
        it from the end of this run on.
        """
        key = meta.key
        self.metas[meta.id] = meta
        # A non-settable widget whose identity changed (e.g. a data editor given new data)
        # finds its key still owned by its old id: that is no Session State value, start afresh.
        stale_owner = not meta.settable and key is not None and key in self._owner
        if (
            key is not None
            and key in self._values
            and self._owner.get(key) != meta.id
            and not stale_owner
        ):
            if not meta.settable:
                raise StreamlitValueAssignmentNotAllowedError(key)
            wire = meta.serialize(self._values[key])
            value = meta.deserialize(wire)
        elif meta.id in self._wire:
            wire = self._wire[meta.id]
            try:
                value = meta.deserialize(wire)
            except (ValueError, TypeError, IndexError, KeyError):
                # The stored value no longer fits (e.g. options changed): reset.
                wire = meta.serialize(default)
                value = meta.deserialize(wire)
        else:
            wire = meta.serialize(default)
            value = meta.deserialize(wire)
        self._store(meta, wire, value)
        self._live.add(meta.id)
        if meta.form_id is not None and meta.form_id in self._clearing and not meta.trigger:
            wire = meta.serialize(default)
            self._reset_after_run[meta.id] = wire
        return value, wire

    def _store(self, meta: WidgetMeta, wire: Any, value: Any) -> None:
        self._wire[meta.id] = wire
        self._widget_values[meta.id] = value
        if meta.key is not None:
            self._values[meta.key] = value
            self._owner[meta.key] = meta.id
            self._persisted.discard(meta.key)

    def apply_updates(self, updates: Sequence[Mapping[str, Any]]) -> list[WidgetMeta]:
        """Take new widget values from the UI; returns widgets whose value changed."""
        for live in self.metas.values():
            if live.trigger and self._wire.get(live.id) != live.reset:
                # Triggers (button clicks, chat messages) last exactly one run.
                self._store(live, live.reset, live.reset)
        changed: list[WidgetMeta] = []
        for update in updates:
            widget_id, wire = update["id"], update["value"]
            meta = self.metas.get(widget_id)
            if meta is None:
                continue  # a widget the last run did not create: stale UI
            try:
                value = meta.deserialize(wire)
            except (ValueError, TypeError, IndexError, KeyError):
                continue  # malformed value from the UI: keep the old one
            old = self._wire.get(widget_id)
            self._store(meta, wire, value)
            if update.get("trigger") or wire != old:
                changed.append(meta)
        self._clearing = {
            m.form_id for m in changed if m.clear_on_submit and m.form_id and self._wire.get(m.id)
        }
        return changed

    def begin_run(self) -> None:
        self._live.clear()

    def end_run(self, *, completed: bool, keep: Collection[str] = ()) -> None:
        """Forget widgets the finished run did not create (only when it completed).

        ``keep``: widgets to treat as created anyway (outside a fragment that ran alone).
        """
        for widget_id, wire in self._reset_after_run.items():
            meta = self.metas.get(widget_id)
            if meta is not None:
                self._store(meta, wire, meta.deserialize(wire))
        self._reset_after_run.clear()
        self._clearing.clear()
        if completed:
            self._live |= set(keep)
            kept = {
                m.key for m in self.metas.values() if m.id not in self._live and m.persist and m.key
            }
            for widget_id in [w for w in self.metas if w not in self._live]:
                del self.metas[widget_id]
                self._wire.pop(widget_id, None)
                self._widget_values.pop(widget_id, None)
            for key, owner in list(self._owner.items()):
                if owner not in self._live:
                    del self._owner[key]
                    if key in kept:
                        self._persisted.add(key)
                    else:
                        self._values.pop(key, None)
        self._live.clear()


def _check_picklable(key: str, value: Any) -> None:
    try:
        pickle.dumps(value)
    except Exception as exc:  # noqa: BLE001 - pickle raises many kinds (TypeError, PicklingError...)
        raise UnserializableSessionStateError(
            _UNSERIALIZABLE.format(type=type(value), key=key)
        ) from exc
