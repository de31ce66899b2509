"""st.data_editor: edit-state semantics, config enforcement, return types and AppTest."""

from __future__ import annotations

import datetime

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from wasmlit.data import column_config as cc
from wasmlit.data import to_pandas, wire_table
from wasmlit.data.column_config import resolve_column_config
from wasmlit.data.edit_state import EditRules, apply_edits, parse_state, state_to_wire


def edit(frame, state, config=None, *, num_rows="dynamic", disabled=False):
    columns = wire_table(to_pandas(frame)).columns
    resolved = resolve_column_config(config or {}, frame, columns)
    rules = EditRules(resolved, disabled, num_rows)
    return apply_edits(frame, parse_state(state), columns, rules)


# -- the edit state ------------------------------------------------------------------
def test_state_round_trip_uses_int_rows_in_python_and_str_on_the_wire():
    state = {"edited_rows": {0: {"a": datetime.date(2024, 1, 2)}}, "deleted_rows": [2, 1, 2]}
    wire = state_to_wire(state)
    assert wire == {
        "edited_rows": {"0": {"a": "2024-01-02"}},
        "added_rows": [],
        "deleted_rows": [1, 2],
    }
    assert parse_state(wire)["edited_rows"] == {0: {"a": "2024-01-02"}}
    with pytest.raises(ValueError):
        parse_state({"edited_rows": {"x": {}}})
    with pytest.raises(ValueError):
        parse_state({"edited_rows": {"0": 5}})


# -- edits per dtype -----------------------------------------------------------------
def test_edits_cast_to_each_column_dtype():
    frame = pd.DataFrame(
        {
            "i": [1, 2],
            "f": [1.5, 2.5],
            "b": [True, False],
            "s": ["x", "y"],
            "ts": pd.to_datetime(["2024-01-01", "2024-01-02"]),
            "tz": pd.to_datetime(["2024-01-01", "2024-01-02"]).tz_localize("Europe/Paris"),
            "d": [datetime.date(2024, 1, 1), datetime.date(2024, 1, 2)],
            "t": [datetime.time(1, 0), datetime.time(2, 0)],
            "l": [["a"], ["b"]],
        }
    )
    state = {
        "edited_rows": {
            "1": {
                "i": 7, "f": 3, "b": True, "s": 42, "ts": "2025-05-06T07:08:09",
                "tz": "2025-05-06T07:08:09Z", "d": "2025-05-06", "t": "13:14:15", "l": ["c", "d"],
            }
        }
    }  # fmt: skip
    out = edit(frame, state)
    row = out.iloc[1]
    assert row["i"] == 7 and out["i"].dtype == "int64"
    assert row["f"] == 3.0 and out["f"].dtype == "float64"
    assert bool(row["b"]) is True and row["s"] == "42"
    assert row["ts"] == pd.Timestamp("2025-05-06 07:08:09")
    assert row["tz"] == pd.Timestamp("2025-05-06 09:08:09", tz="Europe/Paris")
    assert row["d"] == datetime.date(2025, 5, 6) and row["t"] == datetime.time(13, 14, 15)
    assert row["l"] == ["c", "d"]
    assert frame.loc[1, "i"] == 2  # the input is never modified


def test_null_in_an_int_column_widens_to_float_and_index_edits():
    frame = pd.DataFrame({"i": [1, 2]}, index=["a", "b"])
    out = edit(frame, {"edited_rows": {0: {"i": None, "_index": "z"}}})
    assert np.isnan(out.iloc[0]["i"]) and out["i"].dtype == "float64"
    assert list(out.index) == ["z", "b"]


# -- added and deleted rows ----------------------------------------------------------
def test_added_rows_use_defaults_and_continue_a_range_index():
    frame = pd.DataFrame({"name": ["a", "b"], "n": [1, 2], "ok": [True, False]})
    config = {"n": cc.NumberColumn(default=9), "ok": cc.CheckboxColumn(default=True)}
    out = edit(frame, {"added_rows": [{"name": "c"}, {"name": "d", "n": 4}]}, config)
    assert out.to_dict("list") == {
        "name": ["a", "b", "c", "d"],
        "n": [1, 2, 9, 4],
        "ok": [True, False, True, True],
    }
    assert isinstance(out.index, pd.RangeIndex) and out["n"].dtype == "int64"


def test_added_rows_take_index_values_and_skip_rows_without_one():
    frame = pd.DataFrame({"v": [1.0]}, index=pd.Index(["x"], name="key"))
    out = edit(frame, {"added_rows": [{"_index": "y", "v": 2}, {"v": 3}]})
    assert list(out.index) == ["x", "y"] and out.index.name == "key"
    assert list(out["v"]) == [1.0, 2.0]


def test_deleted_rows_are_positions_in_the_input_applied_last():
    frame = pd.DataFrame({"v": [10, 20, 30]})
    state = {"edited_rows": {2: {"v": 33}}, "added_rows": [{"v": 40}], "deleted_rows": [0, 1, 9]}
    out = edit(frame, state)
    assert list(out["v"]) == [33, 40]
    assert list(out.index) == [2, 3]


def test_empty_frame_gets_added_rows():
    frame = pd.DataFrame({"a": pd.Series([], dtype="int64")})
    out = edit(frame, {"added_rows": [{"a": 1}]})
    assert list(out["a"]) == [1] and list(out.index) == [0]


# -- config enforced in Python -------------------------------------------------------
def test_values_breaking_the_config_are_ignored():
    frame = pd.DataFrame(
        {"n": [5, 5], "t": ["ab", "ab"], "s": ["a", "a"], "m": [["x"], ["x"]], "p": [0.1, 0.2]}
    )
    config = {
        "n": cc.NumberColumn(min_value=0, max_value=10, required=True),
        "t": cc.TextColumn(max_chars=3, validate="^[a-z]+$"),
        "s": cc.SelectboxColumn(options=["a", "b"]),
        "m": cc.MultiselectColumn(options=["x", "y"]),
        "p": cc.ProgressColumn(),
    }
    bad = {"0": {"n": 11, "t": "abcd", "s": "c", "m": ["z"], "p": 0.9}, "1": {"n": None, "t": "A1"}}
    out = edit(frame, {"edited_rows": bad}, config)
    assert out.equals(frame)
    good = {"0": {"n": 10, "t": "abc", "s": "b", "m": ["x", "y"]}}
    out = edit(frame, {"edited_rows": good}, config)
    assert out.iloc[0].tolist() == [10, "abc", "b", ["x", "y"], 0.1]


def test_required_column_skips_incomplete_added_rows_and_date_bounds():
    frame = pd.DataFrame({"name": ["a"], "d": [datetime.date(2024, 1, 1)]})
    config = {
        "name": cc.TextColumn(required=True),
        "d": cc.DateColumn(min_value=datetime.date(2024, 1, 1)),
    }
    state = {"added_rows": [{"d": "2024-02-01"}, {"name": "b", "d": "2023-01-01"}]}
    assert len(edit(frame, state, config)) == 1
    out = edit(frame, {"added_rows": [{"name": "c", "d": "2024-03-01"}]}, config)
    assert out.iloc[1].tolist() == ["c", datetime.date(2024, 3, 1)]


def test_disabled_columns_whole_editor_and_num_rows_modes():
    frame = pd.DataFrame({"a": [1], "b": [2]})
    state = {"edited_rows": {0: {"a": 5, "b": 6}}, "added_rows": [{"a": 3}], "deleted_rows": [0]}
    assert edit(frame, state, disabled=frozenset({"c0"}), num_rows="fixed").iloc[0].tolist() == [
        1,
        6,
    ]
    assert edit(frame, state, disabled=True).equals(frame)
    assert list(edit(frame, state, num_rows="add")["a"]) == [5, 3]
    assert len(edit(frame, state, num_rows="delete")) == 0
    assert edit(frame, state, {"a": cc.Column(disabled=True)}, num_rows="fixed").iloc[0, 0] == 1


# -- through AppTest -----------------------------------------------------------------
APP = """
import pandas as pd
import streamlit as st

if "calls" not in st.session_state:
    st.session_state.calls = []

def changed(tag, *, extra):
    st.session_state.calls.append((tag, extra, st.session_state.ed["edited_rows"]))

df = pd.DataFrame({"name": ["a", "b", "c"], "n": [1, 2, 3]})
out = st.data_editor(
    df, key="ed", num_rows="dynamic", on_change=changed, args=("t",), kwargs={"extra": 1},
    column_config={"n": st.column_config.NumberColumn(default=0)},
)
st.text(repr(out.to_dict("list")))
"""


def test_apptest_edit_add_delete_session_state_and_on_change(make_app):
    at = make_app(APP).run()
    editor = at.data_editor[0]
    assert editor.value.to_dict("list") == {"name": ["a", "b", "c"], "n": [1, 2, 3]}
    assert at.session_state["ed"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    editor.edit_cell(0, "n", 10).add_row({"name": "d"}).delete_rows([1]).run()
    assert at.text[0].value == repr({"name": ["a", "c", "d"], "n": [10, 3, 0]})
    assert at.data_editor("ed").value.to_dict("list") == {"name": ["a", "c", "d"], "n": [10, 3, 0]}
    assert at.session_state["ed"] == {
        "edited_rows": {0: {"n": 10}},
        "added_rows": [{"name": "d"}],
        "deleted_rows": [1],
    }
    assert at.session_state["calls"] == [("t", 1, {0: {"n": 10}})]
    props = at.data_editor[0].props
    assert props["num_rows"] == "dynamic" and props["disabled"] is False
    assert props["value"]["edited_rows"] == {"0": {"n": 10}}
    at.run()  # no change, no callback; edits persist
    assert len(at.session_state["calls"]) == 1
    assert at.text[0].value == repr({"name": ["a", "c", "d"], "n": [10, 3, 0]})


def test_new_data_resets_the_edits(make_app):
    at = make_app(
        """
        import pandas as pd
        import streamlit as st
        size = st.session_state.get("size", 2)
        out = st.data_editor(pd.DataFrame({"v": list(range(size))}), key="ed")
        st.text(repr(list(out["v"])))
        """
    ).run()
    at.data_editor[0].edit_cell(0, "v", 9).run()
    assert at.text[0].value == "[9, 1]"
    at.session_state["size"] = 3
    at.run()
    assert not at.exception
    assert at.text[0].value == "[0, 1, 2]"
    assert at.session_state["ed"]["edited_rows"] == {}


def test_session_state_cannot_set_a_data_editor(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.ed = {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
        st.data_editor({"a": [1]}, key="ed")
        """
    ).run()
    assert at.exception[0].type_name == "StreamlitValueAssignmentNotAllowedError"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.data_editor(df, num_rows="sometimes")', "Invalid `num_rows` value"),
        ("st.data_editor(df, on_change=5)", "`on_change` parameter"),
        ("st.data_editor(df, disabled=3)", "`disabled` parameter"),
        (
            "st.data_editor(pd.DataFrame([[1, 2]], columns=['x', 'x']))",
            "All column names are required to be unique",
        ),
        ("st.data_editor(pd.DataFrame({'_index': [1]}))", "'_index' is reserved"),
        (
            "st.data_editor(df, column_config={'a': st.column_config.DateColumn()})",
            "configured column type `date` for column `a` is not compatible",
        ),
    ],
)
def test_streamlit_errors(make_app, call, message):
    at = make_app(
        f"import pandas as pd\nimport streamlit as st\ndf = pd.DataFrame({{'a': [1]}})\n{call}\n"
    ).run()
    assert message in at.exception[0].value


def test_an_incompatible_type_is_fine_when_disabled(make_app):
    at = make_app(
        "import pandas as pd\nimport streamlit as st\n"
        "st.data_editor(pd.DataFrame({'a': [1]}), disabled=['a'],"
        " column_config={'a': st.column_config.DateColumn()})\n"
    ).run()
    assert not at.exception
    assert at.data_editor[0].props["disabled"] == ["c0"]


# -- return types --------------------------------------------------------------------
RETURN_CASES = [
    ("pd.DataFrame({'a': [1, 2]})", "DataFrame", "[9, 2]"),
    ("pd.Series([1, 2], name='a')", "Series", "[9, 2]"),
    ("pd.DataFrame({'a': [1, 2]}).style", "DataFrame", "[9, 2]"),
    ("np.array([[1], [2]])", "ndarray", "[[9], [2]]"),
    ("np.array([1, 2])", "ndarray", "[9, 2]"),
    ("[1, 2]", "list", "[9, 2]"),
    ("(1, 2)", "tuple", "(9, 2)"),
    ("[{'a': 1}, {'a': 2}]", "list", "[{'a': 9}, {'a': 2}]"),
    ("{'a': [1, 2]}", "dict", "{'a': [9, 2]}"),
    ("pa.table({'a': [1, 2]})", "Table", "[9, 2]"),
]


@pytest.mark.parametrize(("data", "type_name", "shown"), RETURN_CASES)
def test_returns_the_input_type(make_app, data, type_name, shown):
    at = make_app(
        "import numpy as np\nimport pandas as pd\nimport pyarrow as pa\nimport streamlit as st\n"
        f"out = st.data_editor({data})\n"
        "st.text(type(out).__name__)\n"
        "if isinstance(out, pd.DataFrame):\n    out = list(out.iloc[:, 0])\n"
        "elif isinstance(out, pd.Series | np.ndarray):\n    out = out.tolist()\n"
        "elif isinstance(out, pa.Table):\n    out = out.column(0).to_pylist()\n"
        "st.text(repr(out))\n"
    ).run()
    assert not at.exception
    editor = at.data_editor[0]
    column = editor.props["columns"][1]["name"]
    editor.edit_cell(0, column, 9).run()
    assert [t.value for t in at.text] == [type_name, shown]


def test_pyarrow_round_trip_keeps_the_schema(make_app):
    at = make_app(
        "import pyarrow as pa\nimport streamlit as st\n"
        "out = st.data_editor(pa.table({'a': [1, 2], 'b': ['x', 'y']}))\n"
        "st.text(str(out.schema.types))\n"
    ).run()
    at.data_editor[0].edit_cell(1, "b", "z").run()
    assert at.text[0].value == "[DataType(int64), DataType(string)]"
    assert pa.Table.from_pandas(at.data_editor[0].value.to_pandas()).column(1).to_pylist() == [
        "x",
        "z",
    ]
