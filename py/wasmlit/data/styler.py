"""A pandas Styler -> the frame it shows, per-cell display text and CSS (Contract B).

pandas computes everything: ``_compute()`` runs the user's ``apply``/``map``
functions into ``ctx`` (cell CSS) and ``ctx_index`` (index CSS), and the
formatters set with ``format()`` / ``format_index()`` live in
``_display_funcs`` / ``_display_funcs_index``. We only collect them, so a
cell shows exactly what ``Styler.to_html()`` would print.

``hide()`` is honoured as ``to_html()`` honours it: rows and columns hidden
with a ``subset`` are left out, a hidden index (every level) becomes
``hide_index``, hidden column headers ``hide_header`` (st.table), and hidden
levels of a MultiIndex are left out of the index text.

The two style tables have the wire table's fields (``_index``, ``c0``, ...),
every value a string; null means "no CSS" or (never, for display) "no text".

Example::

    shown = styled_grid(df.style.format("{:.1f}").hide(["b"], axis="columns"))
    shown.frame                                  # df without column b
    shown.styles["display"], shown.styles["css"]  # Arrow IPC bytes
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class StyledGrid:
    """What a Styler shows: its data without hidden rows/columns, and its styles."""

    frame: pd.DataFrame
    styles: dict[str, bytes | bytearray]
    hide_index: bool | None  # True when hide(axis="index") hid every index level
    hide_header: bool | None  # True when hide(axis="columns") hid the column headers


def _css(declarations: list[tuple[str, Any]] | None) -> str | None:
    """[("background-color", "red"), ...] -> "background-color: red; ..."."""
    if not declarations:
        return None
    return "; ".join(f"{prop}: {value}" for prop, value in declarations)


def _hidden(flags: Any) -> list[bool]:
    """``hide_index_`` / ``hide_columns_``: one flag per level (a bool in old pandas)."""
    return [bool(f) for f in flags] if isinstance(flags, list | tuple) else [bool(flags)]


def styled_grid(styler: Any, *, drop_hidden: bool = True) -> StyledGrid:
    """The shown frame and ``styles`` prop of ``styler``.

    With ``drop_hidden=False`` (st.data_editor, which returns every row) hidden
    rows and columns stay; the index is still hidden if the Styler hides it.
    """
    frame = styler.data
    rows, cols = range(frame.shape[0]), range(frame.shape[1])
    if drop_hidden:
        hidden_rows = set(getattr(styler, "hidden_rows", []))
        hidden_cols = set(getattr(styler, "hidden_columns", []))
        rows = [i for i in rows if i not in hidden_rows]  # type: ignore[assignment]
        cols = [j for j in cols if j not in hidden_cols]  # type: ignore[assignment]
    index_levels = _hidden(getattr(styler, "hide_index_", [False]))
    header_levels = _hidden(getattr(styler, "hide_columns_", [False]))
    whole = len(rows) == frame.shape[0] and len(cols) == frame.shape[1]
    return StyledGrid(
        frame=frame if whole else frame.iloc[list(rows), list(cols)],
        styles=styler_tables(styler, list(rows), list(cols)),
        hide_index=True if all(index_levels) else None,
        hide_header=True if all(header_levels) else None,
    )


def styler_tables(
    styler: Any, rows: list[int] | None = None, cols: list[int] | None = None
) -> dict[str, bytes | bytearray]:
    """The ``styles`` of ``styler`` for the given row and column positions (default all)."""
    import pandas as pd

    from wasmlit.data.wire import arrow_ipc

    styler._compute()  # fills ctx / ctx_index from the queued apply/map calls
    frame = styler.data
    rows = list(range(frame.shape[0])) if rows is None else rows
    cols = list(range(frame.shape[1])) if cols is None else cols
    hidden = _hidden(getattr(styler, "hide_index_", [False]))
    levels = [lv for lv in range(frame.index.nlevels) if all(hidden) or not hidden[lv]]
    display: dict[str, list[str | None]] = {"_index": []}
    css: dict[str, list[str | None]] = {"_index": []}
    for i in rows:
        key = frame.index[i]
        parts = key if isinstance(key, tuple) else (key,)
        texts = [str(styler._display_funcs_index[(i, lv)](parts[lv])) for lv in levels]
        display["_index"].append(" / ".join(texts))
        index_css = [d for lv in levels for d in styler.ctx_index.get((i, lv), [])]
        css["_index"].append(_css(index_css))
    for position, j in enumerate(cols):
        field = f"c{position}"
        display[field] = [str(styler._display_funcs[(i, j)](frame.iat[i, j])) for i in rows]
        css[field] = [_css(styler.ctx.get((i, j))) for i in rows]
    tables = {"display": display, "css": css}
    return {name: arrow_ipc(pd.DataFrame(values, dtype=object)) for name, values in tables.items()}
