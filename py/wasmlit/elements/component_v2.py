"""A custom component v2 instance (``st.components.v2``; see ``docs/components-v2.md``).

No iframe: the UI puts the component's HTML and CSS into the app (inside a
shadow root when ``isolate_styles``) and calls the default export of its JS
module with ``{name, key, data, parentElement, setStateValue, setTriggerValue}``.

Two widgets back one instance, as in Streamlit:

- the **state** widget (this element's id): a JSON object of state values,
  kept across runs, and in Session State under the user's ``key``;
- the **trigger** widget (``trigger_id``): a list of ``{event, value}``
  payloads that lasts one run.

Each ``on_<name>_change`` callback runs when the state value ``name``
changed, or when the trigger ``name`` fired.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import (
    BidiComponentInvalidCallbackNameError,
    BidiComponentInvalidDefaultKeyError,
    BidiComponentInvalidIdError,
    BidiComponentUnserializableDataError,
)
from wasmlit.protocol.schema import (
    AnyJson,
    Arr,
    Binary,
    Bool,
    Enum,
    Int,
    Map,
    Obj,
    Optional,
    Str,
    Union,
)
from wasmlit.runtime.context import current
from wasmlit.runtime.util import check_height
from wasmlit.runtime.widgets import Callback, register, to_key

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

EVENT_DELIM = "__"  # Streamlit's delimiter between a component id and its trigger part

SPEC = element(
    "component_v2",
    {
        "name": Str(),  # the name given to st.components.v2.component
        "html": Optional(Str()),
        "css": Optional(Str()),
        "js": Optional(Str()),  # an ES module; its default export is called with the args
        "isolate_styles": Bool(),  # True: mount inside a shadow root
        "data_kind": Enum("none", "json", "bytes", "arrow"),
        "data": AnyJson(),  # the JSON data ("json"), else null
        "data_bytes": Optional(Binary()),  # raw bytes ("bytes") or Arrow IPC ("arrow")
        # Dataframe values of a dict ("json"): Arrow IPC by key; the JSON holds null there.
        "data_frames": Arr(Obj({"key": Str(), "data": Binary()})),
        "state": Map(AnyJson()),  # the state values the script sees (defaults applied)
        "trigger_id": Str(),  # the widget id of the one-run trigger payloads
        "in_form": Bool(),  # triggers are ignored inside st.form, as in Streamlit
        "width": WIDTH,
        "height": Union(Enum("content", "stretch"), Int()),
    },
    widget_value=Map(AnyJson()),
    doc="A components.v2 instance mounted in the page (no iframe); its value is its state.",
)

TRIGGER_VALUE = Optional(AnyJson())  # the trigger widget's wire value: [{event, value}] or null


class ComponentResult(dict[str, Any]):
    """The state and trigger values of one instance, by key and as attributes."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{name}'"
            ) from None

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


def parse_callbacks(kwargs: Mapping[str, Any]) -> dict[str, Callable[[], Any]]:
    """``on_<name>_change`` callables by name; other keywords are ignored (as in Streamlit)."""
    callbacks: dict[str, Callable[[], Any]] = {}
    for kwarg, value in kwargs.items():
        if not callable(value) or not (kwarg.startswith("on_") and kwarg.endswith("_change")):
            continue
        name = kwarg[3:-7]
        if not name or name == "_":
            raise BidiComponentInvalidCallbackNameError(kwarg)
        callbacks[name] = value
    return callbacks


def _is_frame(value: Any) -> bool:
    module = type(value).__module__
    return module.startswith(("pandas", "pyarrow", "polars", "numpy"))


def _arrow(value: Any) -> bytes:
    from wasmlit.data.convert import to_pandas
    from wasmlit.data.wire import arrow_ipc

    return bytes(arrow_ipc(to_pandas(value)))


def serialize_data(data: Any) -> tuple[str, Any, bytes | None, list[dict[str, Any]], str]:
    """(data_kind, JSON data, bytes, dataframes of a dict, identity digest) for the wire."""
    if data is None:
        return "none", None, None, [], ""
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        return "bytes", None, raw, [], hashlib.sha1(raw).hexdigest()
    if not isinstance(data, Mapping | list | tuple) and _is_frame(data):
        raw = _arrow(data)
        return "arrow", None, raw, [], hashlib.sha1(raw).hexdigest()
    frames: list[dict[str, Any]] = []
    if isinstance(data, Mapping) and any(_is_frame(v) for v in data.values()):
        # Streamlit's "mixed" data: dataframe values travel as Arrow, the rest as JSON.
        frames = [{"key": str(k), "data": _arrow(v)} for k, v in data.items() if _is_frame(v)]
        data = {k: (None if _is_frame(v) else v) for k, v in data.items()}
    try:
        text = json.dumps(data, allow_nan=False)
    except (TypeError, ValueError) as err:
        raise BidiComponentUnserializableDataError() from err
    digest = hashlib.sha1(json.dumps(json.loads(text), sort_keys=True).encode())
    for frame in frames:
        digest.update(frame["key"].encode() + hashlib.sha1(frame["data"]).digest())
    return "json", json.loads(text), None, frames, digest.hexdigest()


def _state_dict(wire: Any) -> dict[str, Any]:
    return dict(wire) if isinstance(wire, Mapping) else {}


def _payloads(wire: Any) -> dict[str, Any]:
    """The trigger payloads as {event: value}; the last payload of an event wins."""
    items = wire if isinstance(wire, list) else [wire] if isinstance(wire, Mapping) else []
    fired: dict[str, Any] = {}
    for item in items:
        if isinstance(item, Mapping) and isinstance(item.get("event"), str):
            fired[item["event"]] = item.get("value")
    return fired


def component_v2(
    dg: DeltaGenerator,
    *,
    name: str,
    html: str | None,
    css: str | None,
    js: str | None,
    isolate_styles: bool,
    key: Any,
    data: Any,
    default: Mapping[str, Any] | None,
    width: Any,
    height: Any,
    callbacks_kwargs: Mapping[str, Any],
) -> ComponentResult:
    """Mount one instance; returns its state values and this run's trigger values."""
    from wasmlit.runtime.forms import form_of

    callbacks = parse_callbacks(callbacks_kwargs)
    defaults = dict(default or {})
    for state_key in defaults:
        if state_key not in callbacks:
            raise BidiComponentInvalidDefaultKeyError(state_key, list(callbacks))
    checked_width = check_width(width, allow_content=True)
    pixels = check_height(height)
    checked_height: str | int = (
        pixels if pixels is not None else ("stretch" if height == "stretch" else "content")
    )
    kind, json_data, raw, frames, digest = serialize_data(data)
    user_key = to_key(key)
    identity = {
        "component_name": name,
        "isolate_styles": isolate_styles,
        "width": checked_width,
        "height": checked_height,
        "default": defaults,
        "data": f"{kind}:{digest}",
    }

    def deserialize_state(wire: Any) -> dict[str, Any]:
        # Attribute access in Session State too (st.session_state.<key>.<name>).
        return ComponentResult({**defaults, **_state_dict(wire)})

    state_id, state, state_wire = register(
        dg,
        "component_v2",
        key=user_key,
        identity=identity,
        default={},
        serialize=_state_dict,
        deserialize=deserialize_state,
        callback=Callback(),  # set below: callbacks are allowed inside forms here
    )
    if EVENT_DELIM in state_id:
        raise BidiComponentInvalidIdError("base", EVENT_DELIM)
    trigger_id, fired_wire, _ = register(
        dg,
        "component_v2",
        key=None,
        identity={"component": state_id, "part": "events"},
        default=None,
        serialize=lambda value: value,
        deserialize=lambda wire: wire,
        callback=Callback(),
        trigger=True,
        settable=False,
        reset=None,
    )
    metas = current().state.metas
    shown = dict(state)  # the values this run shows: a later change is compared with them
    if callbacks:
        metas[state_id].callback = Callback(lambda: _state_changed(state_id, shown, callbacks))
        metas[trigger_id].callback = Callback(lambda: _triggers_fired(trigger_id, callbacks))
    fired = _payloads(fired_wire)
    props = {
        "name": name,
        "html": html,
        "css": css,
        "js": js,
        "isolate_styles": bool(isolate_styles),
        "data_kind": kind,
        "data": json_data,
        "data_bytes": raw,
        "data_frames": frames,
        "state": dict(deserialize_state(state_wire)),
        "trigger_id": trigger_id,
        "in_form": form_of(dg) is not None,
        "width": checked_width,
        "height": checked_height,
    }
    dg._put_element("component_v2", props, id=state_id, key=user_key)
    # The result has every state value and, for each callback name, this run's trigger value.
    result = ComponentResult({**{name: fired.get(name) for name in callbacks}, **state})
    if user_key is not None:
        # Session State shows the triggers fired this run too (Streamlit's flat view).
        state.update({k: v for k, v in fired.items() if k not in state})
    return result


def _state_changed(state_id: str, before: Mapping[str, Any], callbacks: Mapping[str, Any]) -> None:
    after = current().state.widget_value(state_id) or {}
    for name, func in callbacks.items():
        if name in after and (name not in before or before[name] != after[name]):
            func()


def _triggers_fired(trigger_id: str, callbacks: Mapping[str, Any]) -> None:
    fired = _payloads(current().state.wire_value(trigger_id))
    for name, func in callbacks.items():
        if name in fired:
            func()
