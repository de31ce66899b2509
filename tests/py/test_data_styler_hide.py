"""pandas ``Styler.hide()`` in st.dataframe, st.table and st.data_editor, through AppTest."""

from __future__ import annotations

from collections.abc import Callable

from wasmlit.protocol.messages import check_message
from wasmlit.testing.v1 import AppTest

MakeApp = Callable[[str], AppTest]

FRAME = """
import streamlit as st, pandas as pd
df = pd.DataFrame(
    {"a": [1, 2, 3], "b": ["x", "y", "z"], "c": [0.5, 1.5, 2.5]},
    index=pd.Index(["r1", "r2", "r3"], name="id"),
)
styled = df.style.format("{:.1f}", subset=["c"]).highlight_max(subset=["a"], color="red")
"""


def run(make_app: MakeApp, body: str) -> AppTest:
    at = make_app(FRAME + body).run(timeout=30)  # the first run imports pandas.io.formats.style
    assert not at.exception
    for message in at.messages:  # what the UI receives still follows the schema
        check_message(message)
    return at


def test_hiding_the_index_is_hide_index(make_app: MakeApp) -> None:
    at = run(make_app, "st.dataframe(styled.hide(axis='index'))\nst.table(styled)")
    assert at.dataframe[0].hide_index is True
    assert at.dataframe[0].value["a"].tolist() == [1, 2, 3]  # every row is still there
    assert at.table[0].hide_index is True  # the same Styler object, hidden above


def test_an_explicit_hide_index_wins_over_the_styler(make_app: MakeApp) -> None:
    at = run(make_app, "st.dataframe(styled.hide(), hide_index=False)")
    assert at.dataframe[0].hide_index is False


def test_unhidden_styler_leaves_hide_index_unset(make_app: MakeApp) -> None:
    at = run(make_app, "st.dataframe(styled)")
    assert at.dataframe[0].hide_index is None
    assert list(at.dataframe[0].value.columns) == ["a", "b", "c"]


def test_hidden_rows_and_columns_are_not_shown(make_app: MakeApp) -> None:
    at = run(
        make_app,
        "s = styled.hide(['r2'], axis='index').hide(['b'], axis='columns')\n"
        "st.dataframe(s)\nst.table(s)",
    )
    for element in (at.dataframe[0], at.table[0]):
        assert element.hide_index is None  # only some rows are hidden, not the index
        assert element.value.to_dict("list") == {"a": [1, 3], "c": [0.5, 2.5]}
        assert list(element.value.index) == ["r1", "r3"]
        styles = element.styles
        assert styles is not None
        # Display text and CSS follow the shown cells (c0 = a, c1 = c).
        assert styles["display"].to_dict("list") == {
            "_index": ["r1", "r3"],
            "c0": ["1", "3"],
            "c1": ["0.5", "2.5"],
        }
        assert styles["css"]["c0"].tolist() == [None, "background-color: red"]
    names = [c["name"] for c in at.dataframe[0].props["columns"]]
    assert names == ["id", "a", "c"]


def test_hiding_the_column_headers_hides_st_tables_header(make_app: MakeApp) -> None:
    at = run(
        make_app,
        "st.table(styled.hide(axis='columns'))\nst.table(df.style, hide_header=False)",
    )
    assert at.table[0].props["hide_header"] is True
    assert list(at.table[0].value.columns) == ["a", "b", "c"]  # the data is all there
    assert at.table[1].props["hide_header"] is False


def test_hidden_levels_of_a_multiindex_leave_the_index_text(make_app: MakeApp) -> None:
    at = run(
        make_app,
        "m = pd.DataFrame({'v': [1, 2]}, index=pd.MultiIndex.from_tuples([('x', 1), ('y', 2)]))\n"
        "st.dataframe(m.style.hide(axis='index', level=0))",
    )
    element = at.dataframe[0]
    assert element.hide_index is None
    assert element.styles is not None
    assert element.styles["display"]["_index"].tolist() == ["1", "2"]


def test_data_editor_keeps_hidden_rows_and_returns_them(make_app: MakeApp) -> None:
    at = run(
        make_app,
        "out = st.data_editor(styled.hide(['r2'], axis='index').hide(axis='index'))\n"
        "st.markdown(f'rows: {len(out)}')",
    )
    editor = at.data_editor[0]
    assert editor.props["hide_index"] is True
    assert len(editor.value.index) == 3
    assert at.markdown[0].value == "rows: 3"
