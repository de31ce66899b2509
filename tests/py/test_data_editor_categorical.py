"""st.data_editor with pandas categorical columns: a selectbox of the categories, dtype kept."""

from __future__ import annotations

import pandas as pd

from wasmlit.data import column_config as cc
from wasmlit.data import to_pandas, wire_table
from wasmlit.data.column_config import resolve_column_config
from wasmlit.data.edit_state import EditRules, apply_edits, parse_state

SIZES = ["S", "M", "L", "XL"]  # "XL" is never used: it must still be an option


def sized() -> pd.DataFrame:
    return pd.DataFrame(
        {"size": pd.Categorical(["M", "S", None], categories=SIZES), "n": [1, 2, 3]}
    )


def resolved(frame: pd.DataFrame, config: dict | None = None) -> dict:
    return resolve_column_config(config or {}, frame, wire_table(to_pandas(frame)).columns)


def edit(frame: pd.DataFrame, state: dict, config: dict | None = None) -> pd.DataFrame:
    columns = wire_table(to_pandas(frame)).columns
    rules = EditRules(resolved(frame, config), False, "dynamic")
    return apply_edits(frame, parse_state(state), columns, rules)


# -- the wire config -------------------------------------------------------------------
def test_a_categorical_column_is_a_selectbox_of_every_category_in_order():
    config = resolved(sized())
    assert config == {
        "c0": {
            "type_config": {"type": "selectbox", "options": SIZES, "option_labels": SIZES},
        }
    }


def test_numeric_categories_and_a_categorical_index_get_options_too():
    frame = pd.DataFrame(
        {"level": pd.Categorical([3, 1], categories=[1, 2, 3])},
        index=pd.CategoricalIndex(["a", "b"], categories=["b", "a"]),
    )
    config = resolved(frame)
    assert config["c0"]["type_config"]["options"] == [1, 2, 3]
    assert config["c0"]["type_config"]["option_labels"] == ["1", "2", "3"]
    assert config["_index"]["type_config"]["options"] == ["b", "a"]


def test_user_config_merges_and_an_explicit_type_or_options_win():
    label_only = resolved(sized(), {"size": cc.SelectboxColumn("Size", required=True)})
    assert label_only["c0"]["label"] == "Size" and label_only["c0"]["required"] is True
    assert label_only["c0"]["type_config"]["options"] == SIZES
    as_text = resolved(sized(), {"size": cc.TextColumn()})
    assert as_text["c0"]["type_config"] == {"type": "text"}
    narrowed = resolved(sized(), {"size": cc.SelectboxColumn(options=["S", "M"])})
    assert narrowed["c0"]["type_config"]["options"] == ["S", "M"]
    assert resolved(pd.DataFrame({"a": ["x"]})) == {}  # no categoricals, no config


# -- applying edits ----------------------------------------------------------------------
def test_edits_and_added_rows_keep_the_categorical_dtype():
    out = edit(
        sized(),
        {
            "edited_rows": {0: {"size": "XL"}, 1: {"size": None}, 2: {"size": "L"}},
            "added_rows": [{"size": "S", "n": 4}],
        },
    )
    assert isinstance(out["size"].dtype, pd.CategoricalDtype)
    assert list(out["size"].cat.categories) == SIZES
    assert out["size"].tolist()[0] == "XL" and pd.isna(out["size"].tolist()[1])
    assert out["size"].tolist()[2:] == ["L", "S"]
    assert out["n"].tolist() == [1, 2, 3, 4]


def test_a_value_outside_the_categories_is_ignored_even_without_options():
    state = {"edited_rows": {0: {"size": "XXL"}}, "added_rows": [{"size": "huge", "n": 9}]}
    out = edit(sized(), state)
    assert out["size"].tolist()[:2] == ["M", "S"] and len(out) == 3
    # A TextColumn drops the options, yet the categorical still refuses new values.
    out = edit(sized(), state, {"size": cc.TextColumn()})
    assert out["size"].tolist()[0] == "M" and len(out) == 3
    assert list(out["size"].cat.categories) == SIZES


def test_numeric_categories_cast_the_json_value():
    frame = pd.DataFrame({"level": pd.Categorical([3.0, 1.0], categories=[1.0, 2.0, 3.0])})
    out = edit(frame, {"edited_rows": {0: {"level": 2}}})
    assert out["level"].tolist() == [2.0, 1.0]
    assert isinstance(out["level"].dtype, pd.CategoricalDtype)


# -- through AppTest -----------------------------------------------------------------------
APP = """
import pandas as pd
import streamlit as st

df = pd.DataFrame(
    {"size": pd.Categorical(["M", "S"], categories=["S", "M", "L", "XL"]), "n": [1, 2]}
)
out = st.data_editor(df, key="ed", num_rows="dynamic")
st.text(repr(out["size"].tolist()))
st.text(str(out["size"].dtype) + " " + repr(list(out["size"].cat.categories)))
"""


def test_apptest_edit_returns_a_categorical_with_the_new_value(make_app):
    at = make_app(APP).run()
    editor = at.data_editor[0]
    assert editor.column_config["c0"]["type_config"]["options"] == ["S", "M", "L", "XL"]
    editor.edit_cell(1, "size", "XL").add_row({"size": "L", "n": 3}).run()
    assert not at.exception
    assert at.text[0].value == "['M', 'XL', 'L']"
    assert at.text[1].value == "category ['S', 'M', 'L', 'XL']"
    value = at.data_editor[0].value
    assert isinstance(value["size"].dtype, pd.CategoricalDtype)
    assert value["size"].tolist() == ["M", "XL", "L"]


def test_apptest_value_outside_the_categories_changes_nothing(make_app):
    at = make_app(APP).run()
    at.data_editor[0].edit_cell(0, "size", "XXL").run()
    assert not at.exception
    assert at.text[0].value == "['M', 'S']"
