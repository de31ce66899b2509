"""A pandas Styler -> per-cell display text and CSS, as two Arrow tables (Contract B).

pandas computes everything: ``_compute()`` runs the user's ``apply``/``map``
functions into ``ctx`` (cell CSS) and ``ctx_index`` (index CSS), and the
formatters set with ``format()`` / ``format_index()`` live in
``_display_funcs`` / ``_display_funcs_index``. We only collect them, so a
cell shows exactly what ``Styler.to_html()`` would print.

Both tables have the wire table's fields (``_index``, ``c0``, ...), every
value a string; null means "no CSS" or (never, for display) "no text".

Example::

    styles = styler_tables(df.style.format("{:.1f}").background_gradient())
    styles["display"], styles["css"]   # Arrow IPC bytes
"""

from __future__ import annotations

from typing import Any


def _css(declarations: list[tuple[str, Any]] | None) -> str | None:
    """[("background-color", "red"), ...] -> "background-color: red; ..."."""
    if not declarations:
        return None
    return "; ".join(f"{prop}: {value}" for prop, value in declarations)


def styler_tables(styler: Any) -> dict[str, bytes]:
    """The ``styles`` prop of a grid for ``styler`` (its data's shape, index first)."""
    import pandas as pd

    from wasmlit.data.wire import arrow_ipc

    styler._compute()  # fills ctx / ctx_index from the queued apply/map calls
    frame = styler.data
    rows, cols = frame.shape
    levels = frame.index.nlevels
    display: dict[str, list[str | None]] = {"_index": []}
    css: dict[str, list[str | None]] = {"_index": []}
    for i in range(rows):
        key = frame.index[i]
        parts = key if isinstance(key, tuple) else (key,)
        texts = [str(styler._display_funcs_index[(i, lv)](parts[lv])) for lv in range(levels)]
        display["_index"].append(" / ".join(texts))
        index_css = [d for lv in range(levels) for d in styler.ctx_index.get((i, lv), [])]
        css["_index"].append(_css(index_css))
    for j in range(cols):
        field = f"c{j}"
        display[field] = [str(styler._display_funcs[(i, j)](frame.iat[i, j])) for i in range(rows)]
        css[field] = [_css(styler.ctx.get((i, j))) for i in range(rows)]
    as_frame = {name: pd.DataFrame(values, dtype=object) for name, values in _pairs(display, css)}
    return {name: arrow_ipc(table) for name, table in as_frame.items()}


def _pairs(
    display: dict[str, list[str | None]], css: dict[str, list[str | None]]
) -> list[tuple[str, dict[str, list[str | None]]]]:
    return [("display", display), ("css", css)]
