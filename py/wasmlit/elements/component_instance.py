"""A bidirectional custom component (``components.v1.declare_component``).

The element carries what the UI needs to show the component's frame and
talk to it (see ``docs/components.md``): the component's ``url``, or the
content hash of its ``path`` folder (the folder's files travel with the
element only the first time a session shows that hash; the UI keeps them in
Cache Storage for a service worker to serve), its JSON arguments and its
dataframe arguments as Arrow tables.

The widget value arrives as ``{"data_type": "json" | "bytes" | "dataframe",
"value": ...}``: JSON as is, bytes as an ArrayBuffer, a dataframe as Arrow
IPC bytes (one table) or ``{data, index, columns}`` tables as
streamlit-component-lib's ``ArrowTable`` serializes them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import AnyJson, Arr, Binary, Enum, Int, Map, Obj, Optional, Str, Union
from wasmlit.runtime.context import current
from wasmlit.runtime.widgets import Callback, widget

if TYPE_CHECKING:
    from wasmlit.components.custom import CustomComponent
    from wasmlit.runtime.delta_generator import DeltaGenerator

FILE = Obj({"path": Str(), "data": Binary()})  # "/"-separated, relative to the folder
# One dataframe argument, in the three tables the component lib's ArrowTable reads.
DATAFRAME_ARG = Obj({"key": Str(), "data": Binary(), "index": Binary(), "columns": Binary()})

SPEC = element(
    "component_instance",
    {
        "name": Str(),  # the component's full name ("module.name")
        "url": Optional(Str()),  # declare_component(url=...)
        "files_id": Optional(Str()),  # a content hash of the path= folder's files
        # declare_component(path=...): the folder's files, only the first time this
        # session shows this files_id (the UI keeps them by files_id); else null.
        "files": Optional(Arr(FILE)),
        "args": Map(AnyJson()),  # the named JSON arguments
        "dfs": Arr(DATAFRAME_ARG),  # the dataframe arguments
        "tab_index": Optional(Int()),
    },
    widget_value=Optional(
        Obj({"data_type": Enum("json", "bytes", "dataframe"), "value": Union(AnyJson(), Binary())})
    ),
    doc="A custom component's frame; its value is what the component sent.",
)


@dataclass(frozen=True)
class _Held:
    """A Python-side value (the default, or one set through Session State)."""

    value: Any


def _serialize(value: Any) -> Any:
    return _Held(value)


def _deserialize(wire: Any) -> Any:
    if isinstance(wire, _Held):
        return wire.value
    if wire is None:
        return None
    kind, value = wire["data_type"], wire["value"]
    if kind == "dataframe":
        return _dataframe(value)
    if kind == "bytes":
        return bytes(value)
    return value


def _table(data: bytes) -> Any:
    import pyarrow as pa

    return pa.ipc.open_stream(pa.py_buffer(data)).read_all().to_pandas()


def _dataframe(value: Any) -> Any:
    """Arrow bytes, or the lib's ``{data, index, columns}``, as a pandas DataFrame."""
    if isinstance(value, bytes | bytearray):
        return _table(bytes(value))
    frame = _table(value["data"])
    if value.get("index"):
        index = _table(value["index"])
        if len(index.columns) and len(index) == len(frame):
            frame.index = index.iloc[:, 0].to_list()
    if value.get("columns"):
        columns = _table(value["columns"])
        if len(columns.columns) and len(columns) == len(frame.columns):
            frame.columns = columns.iloc[:, 0].to_list()
    return frame


def _is_dataframe(value: Any) -> bool:
    module = type(value).__module__
    return module.startswith(("pandas", "pyarrow", "polars", "numpy"))


def _dataframe_arg(key: str, value: Any) -> dict[str, Any]:
    """The data, index and column labels of a dataframe argument as three Arrow tables."""
    import pandas as pd

    from wasmlit.data.convert import to_pandas
    from wasmlit.data.wire import arrow_ipc

    frame = to_pandas(value)
    positional = frame.set_axis([str(i) for i in range(len(frame.columns))], axis=1)
    index = pd.DataFrame({"0": frame.index.to_list()})
    columns = pd.DataFrame({"0": [str(c) for c in frame.columns]})
    return {
        "key": key,
        "data": bytes(arrow_ipc(positional.reset_index(drop=True))),
        "index": bytes(arrow_ipc(index)),
        "columns": bytes(arrow_ipc(columns)),
    }


def _split_args(kwargs: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]], str]:
    """(JSON args, dataframe args, the JSON text for the widget id)."""
    json_args: dict[str, Any] = {}
    dfs: list[dict[str, Any]] = []
    for name, value in kwargs.items():
        if _is_dataframe(value):
            dfs.append(_dataframe_arg(name, value))
        else:
            json_args[name] = value
    try:
        text = json.dumps(json_args, sort_keys=True)
    except (TypeError, ValueError) as err:
        raise StreamlitAPIException(f"Could not convert component args to JSON: {err}") from err
    return json.loads(text), dfs, text


def component_instance(
    dg: DeltaGenerator,
    component: CustomComponent,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    *,
    default: Any,
    key: Any,
    on_change: Any,
    tab_index: Any,
) -> Any:
    """Show ``component`` with ``kwargs``; returns its value (``default`` until it sends one)."""
    if args:
        raise StreamlitAPIException(f"Argument '{args[0]}' needs a label")
    if tab_index is not None and (
        isinstance(tab_index, bool) or not isinstance(tab_index, int) or tab_index < -1
    ):
        raise StreamlitAPIException(
            f"tab_index must be None, -1, or a non-negative integer, got {tab_index!r}."
        )
    json_args, dfs, json_text = _split_args(kwargs)
    files_id, files = component.folder_files()
    # Several MB of JS per build: each session is sent a folder once.
    sent = current().component_files_sent
    send_files = files_id is not None and files_id not in sent
    identity = {
        "name": component.name,
        "url": component.url,
        "json_args": json_text,
        "dfs": [d["key"] for d in dfs],
    }
    props = {
        "name": component.name,
        "url": component.url,
        "files_id": files_id,
        "files": files if send_files else None,
        "args": json_args,
        "dfs": dfs,
        "tab_index": tab_index,
    }
    value = widget(
        dg,
        "component_instance",
        key=key,
        identity=identity,
        key_identity=("name",),
        default=default,
        serialize=_serialize,
        deserialize=_deserialize,
        props=lambda _wire: props,
        callback=Callback.of(on_change),
    )
    if send_files and files_id is not None:  # marked only once the delta went out
        sent.add(files_id)
    return value
