"""st.data_editor: an editable grid; returns the edited data in the input's type.

The widget value is Streamlit's edit state (``edited_rows``, ``added_rows``,
``deleted_rows``, see :mod:`wasmlit.data.edit_state`); ``st.session_state[key]``
holds it and cannot be set by the script. The widget id includes a hash of
the data, so edits made to one table are never applied to different data.

Example::

    edited = st.data_editor(df, num_rows="dynamic", disabled=["id"], key="ed")
    st.session_state.ed   # {"edited_rows": {0: {"price": 2.0}}, "added_rows": [], ...}
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from wasmlit.data.button_columns import register_button_columns
from wasmlit.data.edit_state import (
    EditRules,
    apply_edits,
    empty_state,
    parse_state,
    state_to_wire,
)
from wasmlit.data.grid_props import GRID_PROPS, GridData, column_fields, grid_data, grid_props
from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import AnyJson, Arr, Bool, Enum, Int, Map, Obj, Str, Union
from wasmlit.runtime.widgets import Callback, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

NUM_ROWS = ("fixed", "dynamic", "add", "delete")

# The edit state on the wire: row positions as object keys, values as JSON.
EDIT_STATE = Obj(
    {
        "edited_rows": Map(Map(AnyJson())),
        "added_rows": Arr(Map(AnyJson())),
        "deleted_rows": Arr(Int()),
    }
)

SPEC = element(
    "data_editor",
    {
        **GRID_PROPS,
        "num_rows": Enum(*NUM_ROWS),
        "disabled": Union(Bool(), Arr(Str())),  # everything, or these fields
        "value": EDIT_STATE,  # the current edit state, so the UI shows what the script sees
    },
    widget_value=EDIT_STATE,
    doc="An editable grid; its value is the edit state, the script gets the edited data.",
)

# Configured column types that cannot edit a column holding values of this kind.
_INCOMPATIBLE: dict[str, frozenset[str]] = {
    "number": frozenset({"bool", "date", "time", "datetime", "pydatetime", "list"}),
    "checkbox": frozenset({"float", "date", "time", "datetime", "pydatetime", "list"}),
    "text": frozenset({"date", "time", "datetime", "pydatetime", "list"}),
    "link": frozenset({"date", "time", "datetime", "pydatetime", "list"}),
    "markdown": frozenset({"date", "time", "datetime", "pydatetime", "list"}),
    "date": frozenset({"int", "float", "bool", "list", "time"}),
    "time": frozenset({"int", "float", "bool", "list", "date"}),
    "datetime": frozenset({"int", "float", "bool", "list"}),
}


def _check_num_rows(num_rows: Any) -> str:
    if num_rows not in NUM_ROWS:
        raise StreamlitAPIException(
            f"Invalid `num_rows` value: {num_rows!r}. Supported values: 'fixed', 'dynamic', "
            "'add', 'delete'."
        )
    return str(num_rows)


def _callback(on_change: Any, args: Any, kwargs: Any) -> Callback:
    if on_change is None or on_change == "rerun":
        return Callback.of(None)
    if not callable(on_change):
        raise StreamlitAPIException(
            f"The `on_change` parameter must be 'rerun', None or a callable, not {on_change!r}."
        )
    return Callback.of(on_change, args, kwargs)


def _check_column_names(grid: GridData) -> None:
    """Streamlit's rules: unique column names, and ``_index`` is reserved for the index."""
    labels = list(grid.frame.columns)
    duplicated = sorted({str(x) for x in labels if labels.count(x) > 1})
    if duplicated:
        raise StreamlitAPIException(
            "All column names are required to be unique for usage with data editor. "
            f"The following column names are duplicated: {duplicated}. "
            "Please rename the duplicated columns in the provided data."
        )
    if "_index" in [str(x) for x in labels]:
        raise StreamlitAPIException(
            "The column name '_index' is reserved for the index column and can't be used for "
            "data columns. Please rename the column in the provided data."
        )


def _disabled(disabled: Any, columns: list[dict[str, Any]]) -> bool | list[str]:
    if isinstance(disabled, bool):
        return disabled
    if disabled is None:
        return False
    if isinstance(disabled, Iterable):
        return column_fields(columns, disabled)
    raise StreamlitAPIException(
        f"The `disabled` parameter must be a bool or an iterable of column names, not {disabled!r}."
    )


def _check_type_compatibility(grid: GridData, rules: EditRules) -> None:
    """A configured column type must be able to edit the column's values, unless disabled."""
    from wasmlit.data.cell_values import column_kind

    for position, column in enumerate(c for c in grid.table.columns if not c["index"]):
        kind_of_type = (rules.config.get(column["field"], {}).get("type_config") or {}).get("type")
        if kind_of_type is None or not rules.editable(column["field"]):
            continue
        data_kind = column_kind(grid.frame.iloc[:, position])
        if data_kind in _INCOMPATIBLE.get(kind_of_type, frozenset()):
            raise StreamlitAPIException(
                f"The configured column type `{kind_of_type}` for column `{column['name']}` is "
                f"not compatible for editing the underlying data type `{column['dtype']}`.\n\n"
                "You have following options to fix this: 1) choose a compatible type, "
                "2) disable the column, or 3) convert the column into a compatible data type."
            )


def data_editor(
    dg: DeltaGenerator,
    data: Any,
    *,
    width: Any = "stretch",
    height: Any = "auto",
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Mapping[Any, Any] | None = None,
    num_rows: str = "fixed",
    disabled: bool | Iterable[str] = False,
    key: Any = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    alt: str | None = None,
) -> Any:
    """st.data_editor: show ``data`` for editing; returns it with the user's edits applied."""
    from wasmlit.data.convert import from_pandas

    rows_mode = _check_num_rows(num_rows)
    callback = _callback(on_change, args, kwargs)
    grid = grid_data(data, drop_hidden=False)  # a Styler's hidden rows are still returned
    _check_column_names(grid)
    props = grid_props(
        grid,
        width=width,
        height=height,
        use_container_width=use_container_width,
        hide_index=hide_index,
        column_order=column_order,
        column_config=column_config,
        row_height=row_height,
        placeholder=placeholder,
        alt=alt,
    )
    columns = grid.table.columns
    disabled_wire = _disabled(disabled, columns)
    rules = EditRules(
        props["column_config"],
        True if disabled_wire is True else frozenset(disabled_wire or ()),
        rows_mode,
    )
    _check_type_compatibility(grid, rules)
    # Button clicks in added rows are positions past the data: no upper bound.
    props["button_columns"] = register_button_columns(dg, column_config, columns, rows=None)
    props["num_rows"] = rows_mode
    props["disabled"] = disabled_wire
    names = [c["name"] for c in columns if not c["index"]]
    identity = {
        "data": hashlib.sha1(props["data"]).hexdigest(),
        "columns": names,
        "column_config": props["column_config"],
        "column_order": props["column_order"],
        "num_rows": rows_mode,
        "width": props["width"],
        "height": props["height"],
        "row_height": props["row_height"],
        "placeholder": placeholder,
    }
    info: dict[str, Any] = {"columns": names, "rows": len(grid.frame.index)}
    state = widget(
        dg,
        "data_editor",
        key=key,
        identity=identity,
        key_identity=tuple(identity),  # as Streamlit: new data means a new widget, key or not
        default=empty_state(),
        serialize=state_to_wire,
        deserialize=parse_state,
        props=lambda wire: {**props, "value": wire},
        callback=callback,
        settable=False,  # Streamlit: a data editor's state cannot be set via Session State
        info=info,
    )
    edited = apply_edits(grid.frame, state, columns, rules)
    result = from_pandas(edited, grid.fmt, data)
    info["result"] = result  # what AppTest's DataEditor.value reads
    return result
