"""st.data_editor's edit state and how it is applied to the input DataFrame.

The state is Streamlit's documented shape::

    {"edited_rows": {0: {"price": 2.5}}, "added_rows": [{"_index": "x", "name": "a"}],
     "deleted_rows": [3]}

Row numbers are positions in the input data, values are keyed by column name
(``"_index"`` for the index) and arrive as JSON (dates and times as ISO
strings). :func:`apply_edits` applies edited cells, then added rows, then
deleted rows (Streamlit's order) to a copy, casting each value to its
column's dtype.

Division of labour: the UI refuses input that breaks the column config
(``required``, ``min_value``/``max_value``, ``max_chars``, ``validate``,
``options``, disabled and read-only columns, ``num_rows``). Python checks the
same rules again and silently ignores a value (or an added row) that breaks
them, so a stale or hand-made edit state (AppTest, Session State) can never
produce data the UI would not.
"""

from __future__ import annotations

import contextlib
import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wasmlit.data.cell_values import cast_value, column_kind

if TYPE_CHECKING:
    import pandas as pd

# Column types Streamlit never edits.
READ_ONLY_TYPES = frozenset(
    {
        "image",
        "audio",
        "video",
        "json",
        "line_chart",
        "bar_chart",
        "area_chart",
        "progress",
        "button",
    }
)


def empty_state() -> dict[str, Any]:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def parse_state(wire: Any) -> dict[str, Any]:
    """Wire JSON -> the Python edit state (int row keys); ValueError when malformed."""
    if wire is None:
        return empty_state()
    if not isinstance(wire, Mapping):
        raise ValueError(f"edit state must be an object, got {wire!r}")
    edited = wire.get("edited_rows") or {}
    added = wire.get("added_rows") or []
    deleted = wire.get("deleted_rows") or []
    if not isinstance(edited, Mapping) or not isinstance(added, list | tuple):
        raise ValueError(f"malformed edit state {wire!r}")
    rows: dict[int, dict[str, Any]] = {}
    for row, changes in edited.items():
        if not isinstance(changes, Mapping):
            raise ValueError(f"edited row {row!r} must map column names to values")
        rows[int(row)] = {str(k): v for k, v in changes.items()}
    if any(not isinstance(r, Mapping) for r in added):
        raise ValueError("added rows must be objects")
    return {
        "edited_rows": rows,
        "added_rows": [{str(k): v for k, v in r.items()} for r in added],
        "deleted_rows": sorted({int(r) for r in deleted}),
    }


def state_to_wire(state: Any) -> dict[str, Any]:
    """The Python edit state (or a partial one, e.g. from AppTest) as wire JSON."""
    from wasmlit.data.column_wire import json_value

    parsed = parse_state(state)
    return {
        "edited_rows": {
            str(row): {k: json_value(v) for k, v in changes.items()}
            for row, changes in parsed["edited_rows"].items()
        },
        "added_rows": [{k: json_value(v) for k, v in r.items()} for r in parsed["added_rows"]],
        "deleted_rows": parsed["deleted_rows"],
    }


@dataclass(frozen=True)
class EditRules:
    """What the editor allows: per-field wire config, disabled fields, ``num_rows``."""

    config: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    disabled: bool | frozenset[str] = False  # True: the whole editor
    num_rows: str = "fixed"

    def editable(self, name: str) -> bool:
        if self.disabled is True:
            return False
        cfg = self.config.get(name, {})
        if cfg.get("disabled") is True:
            return False
        kind = (cfg.get("type_config") or {}).get("type")
        return kind not in READ_ONLY_TYPES and name not in (self.disabled or frozenset())


def apply_edits(
    frame: pd.DataFrame, state: Mapping[str, Any], columns: list[dict[str, Any]], rules: EditRules
) -> pd.DataFrame:
    """A copy of ``frame`` with ``state`` applied (edits, then additions, then deletions)."""
    import pandas as pd

    result = frame.copy()
    original_rows = len(result.index)
    fields = _fields_by_name(columns)
    for row, changes in sorted(state.get("edited_rows", {}).items()):
        if 0 <= row < original_rows:
            for name, value in changes.items():
                _edit_cell(result, row, name, value, fields, rules)
    if rules.disabled is not True and rules.num_rows in ("dynamic", "add"):
        for added in state.get("added_rows", []):
            result = _add_row(result, added, fields, rules)
    if rules.disabled is not True and rules.num_rows in ("dynamic", "delete"):
        deleted = {r for r in state.get("deleted_rows", []) if 0 <= r < original_rows}
        if deleted:
            keep = [i for i in range(len(result.index)) if i not in deleted]
            result = result.iloc[keep]
    if isinstance(frame.index, pd.RangeIndex) and _is_plain_range(result.index):
        result.index = pd.RangeIndex(len(result.index))  # keep a RangeIndex a RangeIndex
    return result


def _is_plain_range(index: Any) -> bool:
    values = list(index)
    return values == list(range(len(values)))


def _fields_by_name(columns: list[dict[str, Any]]) -> dict[str, tuple[str, int | None]]:
    """Column name -> (field, data position); ``_index`` -> the index (position None)."""
    out: dict[str, tuple[str, int | None]] = {}
    position = 0
    for column in columns:
        if column["index"]:
            out["_index"] = (column["field"], None)
            continue
        out.setdefault(column["name"], (column["field"], position))
        position += 1
    return out


def _checked(value: Any, series: Any, name: str, rules: EditRules) -> tuple[bool, Any]:
    """(ok, cast value): cast to the column's dtype, then checked against its config."""
    cfg = rules.config.get(name, {})
    if value is None:
        return (not cfg.get("required"), None)
    try:
        cast = cast_value(value, column_kind(series), series.dtype)
    except (TypeError, ValueError, OverflowError, ArithmeticError):
        return (False, None)
    return (_satisfies(value, cast, cfg.get("type_config") or {}), cast)


def _satisfies(raw: Any, cast: Any, type_config: Mapping[str, Any]) -> bool:  # noqa: PLR0911
    """Whether a value obeys ``min_value``/``max_value``, ``max_chars``, ``validate``, options."""
    kind = type_config.get("type")
    if kind == "number":
        lo, hi = type_config.get("min_value"), type_config.get("max_value")
        number = float(raw) if isinstance(raw, int | float) else None
        if number is not None and (
            lo is not None and number < lo or hi is not None and number > hi
        ):
            return False
    if kind in ("text", "link", "markdown") and isinstance(raw, str):
        max_chars = type_config.get("max_chars")
        if max_chars is not None and len(raw) > max_chars:
            return False
        pattern = type_config.get("validate")
        if pattern and not _matches(pattern, raw):
            return False
    if kind == "selectbox" and type_config.get("options") is not None:
        return raw in type_config["options"]
    if (
        kind == "multiselect"
        and type_config.get("options") is not None
        and not type_config.get("accept_new_options")
        and isinstance(raw, list)
    ):
        return all(v in type_config["options"] for v in raw)
    if kind in ("date", "time", "datetime"):
        return _within(cast, type_config.get("min_value"), type_config.get("max_value"))
    return True


def _matches(pattern: str, value: str) -> bool:
    """The UI tests JS regexps with ``RegExp.test`` (a search); Python's syntax is close."""
    try:
        return re.search(pattern, value) is not None
    except re.error:
        return True  # a JS-only pattern: the UI has checked it


def _within(value: Any, lo: Any, hi: Any) -> bool:
    def bound(text: Any) -> Any:
        if text is None or isinstance(text, int | float):
            return text
        if isinstance(value, datetime.datetime):
            parsed = datetime.datetime.fromisoformat(text)
            if (parsed.tzinfo is None) != (value.tzinfo is None):
                return None  # naive vs aware: not comparable, the UI decided
            return parsed
        if isinstance(value, datetime.date):
            return datetime.date.fromisoformat(text[:10])
        if isinstance(value, datetime.time):
            return datetime.time.fromisoformat(text)
        return None

    try:
        low, high = bound(lo), bound(hi)
        return not (low is not None and value < low or high is not None and value > high)
    except (TypeError, ValueError):
        return True


def _edit_cell(
    frame: pd.DataFrame,
    row: int,
    name: str,
    value: Any,
    fields: Mapping[str, tuple[str, int | None]],
    rules: EditRules,
) -> None:
    if name not in fields:
        return
    field_name, position = fields[name]
    if not rules.editable(field_name):
        return
    import pandas as pd

    if position is None:  # the index
        ok, cast = _checked(value, pd.Series(frame.index), field_name, rules)
        if ok and cast is not None:
            labels = list(frame.index)
            labels[row] = cast
            frame.index = pd.Index(labels, name=frame.index.name)
        return
    ok, cast = _checked(value, frame.iloc[:, position], field_name, rules)
    if ok:
        _set_cell(frame, row, position, cast)


def _set_cell(frame: pd.DataFrame, row: int, position: int, value: Any) -> None:
    """``frame.iat[row, position] = value``, widening the column first if it cannot hold it."""
    column = frame.iloc[:, position]
    kind = column.dtype.kind
    if value is None and kind in "iub":  # pandas would warn: widen as it used to
        frame.isetitem(position, column.astype("float64" if kind != "b" else object))
    elif isinstance(value, float) and kind in "iu" and not value.is_integer():
        frame.isetitem(position, column.astype("float64"))
    frame.iat[row, position] = value


def _add_row(
    frame: pd.DataFrame,
    added: Mapping[str, Any],
    fields: Mapping[str, tuple[str, int | None]],
    rules: EditRules,
) -> pd.DataFrame:
    """``frame`` with one more row; the row is skipped when a value breaks the config."""
    import pandas as pd

    values: list[Any] = [None] * len(frame.columns)
    for name, (field_name, position) in fields.items():
        if position is None:
            continue
        value = added.get(name, rules.config.get(field_name, {}).get("default"))
        ok, cast = _checked(value, frame.iloc[:, position], field_name, rules)
        if not ok:
            return frame
        values[position] = cast
    index_value = _new_index(frame, added, fields, rules)
    if index_value is _SKIP:
        return frame
    addition = pd.DataFrame([values], columns=frame.columns, index=[index_value], dtype=object)
    for position, dtype in enumerate(frame.dtypes):
        if values[position] is None and dtype.kind in "iub":
            target: Any = "float64" if dtype.kind != "b" else object
        else:
            target = dtype
        with contextlib.suppress(TypeError, ValueError):  # else concat finds a common dtype
            addition.isetitem(position, addition.iloc[:, position].astype(target))
    addition.index.name = frame.index.name
    if not len(frame.index):
        return addition
    return pd.concat([frame, addition])


_SKIP = object()


def _new_index(
    frame: pd.DataFrame,
    added: Mapping[str, Any],
    fields: Mapping[str, tuple[str, int | None]],
    rules: EditRules,
) -> Any:
    """The new row's index: ``_index`` if given, else the next integer of a RangeIndex."""
    import pandas as pd

    if "_index" in added and added["_index"] is not None and "_index" in fields:
        ok, cast = _checked(added["_index"], pd.Series(frame.index), fields["_index"][0], rules)
        return cast if ok else _SKIP
    if isinstance(frame.index, pd.RangeIndex) or (
        len(frame.index) and pd.api.types.is_integer_dtype(frame.index.dtype)
    ):
        return int(frame.index.max()) + 1 if len(frame.index) else 0
    if not len(frame.index):
        return 0
    return _SKIP  # another index type needs a value for the new row (the UI requires it)
