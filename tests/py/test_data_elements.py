"""st.dataframe and st.table through AppTest: inputs, props, selections, errors, st.write."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from wasmlit.data.selection import DataframeState
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.messages import check_message
from wasmlit.testing.v1 import AppTest

MakeApp = Callable[[str], AppTest]


def run(make_app: MakeApp, source: str) -> AppTest:
    at = make_app(source).run()
    for message in at.messages:  # everything the UI would receive follows the schema
        check_message(message)
    return at


IMPORTS = "import streamlit as st, numpy as np, pandas as pd, pyarrow as pa"

# -- inputs ----------------------------------------------------------------------------

INPUTS = {
    "dataframe": (
        "pd.DataFrame({'a': [1, 2], 'b': ['x', 'y']})",
        pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}),
    ),
    "series": ("pd.Series([1.5, 2.5], name='s')", pd.DataFrame({"s": [1.5, 2.5]})),
    "styler": ("pd.DataFrame({'a': [1, 2]}).style", pd.DataFrame({"a": [1, 2]})),
    "index": ("pd.Index(['p', 'q'], name='i')", pd.DataFrame({"i": ["p", "q"]})),
    "numpy 1-d": ("np.array([3, 4])", pd.DataFrame({"0": [3, 4]})),
    "numpy 2-d": ("np.array([[1, 2], [3, 4]])", pd.DataFrame({"0": [1, 3], "1": [2, 4]})),
    "dict of lists": ("{'a': [1, 2]}", pd.DataFrame({"a": [1, 2]})),
    "key-value dict": ("{'k': 1, 'l': 2}", pd.DataFrame({"value": [1, 2]}, index=["k", "l"])),
    "list of records": ("[{'a': 1}, {'a': 2}]", pd.DataFrame({"a": [1, 2]})),
    "list of rows": ("[[1, 'x'], [2, 'y']]", pd.DataFrame({"0": [1, 2], "1": ["x", "y"]})),
    "list of values": ("[5, 6]", pd.DataFrame({"0": [5, 6]})),
    "tuple": ("(5, 6)", pd.DataFrame({"0": [5, 6]})),
    "set": ("{5}", pd.DataFrame({"0": [5]})),
    "pyarrow table": ("pa.table({'a': [1, 2]})", pd.DataFrame({"a": [1, 2]})),
    "pyarrow array": ("pa.array(['u', None])", pd.DataFrame({"0": ["u", None]})),
    "none": ("None", pd.DataFrame()),
}


@pytest.mark.parametrize("name", sorted(INPUTS))
@pytest.mark.parametrize("command", ["dataframe", "table"])
def test_every_input_type_shows_its_data(make_app: MakeApp, command: str, name: str) -> None:
    source, expected = INPUTS[name]
    at = run(
        make_app,
        f"{IMPORTS}\nst.{command}({source})\n",
    )
    elements = at.dataframe if command == "dataframe" else at.table
    assert len(elements) == 1
    pd.testing.assert_frame_equal(
        elements[0].value,
        expected,
        check_dtype=False,
        check_index_type=False,
        check_column_type=False,
    )


def test_polars_like_and_interchange_objects(make_app: MakeApp) -> None:
    at = run(
        make_app,
        """
        import streamlit as st, pandas as pd
        class Frame:
            def to_pandas(self):
                return pd.DataFrame({"z": [9]})
        class Interchange:
            def __dataframe__(self, nan_as_null=False, allow_copy=True):
                return pd.DataFrame({"w": [1, 2]}).__dataframe__()
        st.dataframe(Frame())
        st.dataframe(Interchange())
        """,
    )
    assert at.dataframe[0].value["z"].tolist() == [9]
    assert at.dataframe[1].value["w"].tolist() == [1, 2]


def test_value_keeps_index_labels_and_types(make_app: MakeApp) -> None:
    at = run(
        make_app,
        """
        import streamlit as st, pandas as pd
        when = pd.to_datetime(["2024-01-02"]).tz_localize("UTC")
        n = pd.array([None], dtype="Int64")
        df = pd.DataFrame({"when": when, "n": n}, index=pd.Index(["r1"], name="row"))
        st.dataframe(df)
        """,
    )
    value = at.dataframe[0].value
    assert value.index.tolist() == ["r1"] and value.index.name == "row"
    assert str(value["when"].dtype) == "datetime64[ns, UTC]"
    assert value["n"].isna().all()


# -- props -------------------------------------------------------------------------------


def test_default_props(make_app: MakeApp) -> None:
    at = run(make_app, "import streamlit as st\nst.dataframe({'a': [1]})\n")
    props = at.dataframe[0].props
    assert {k: v for k, v in props.items() if k not in ("data", "columns")} == {
        "styles": None,
        "column_config": {},
        "column_order": None,
        "hide_index": None,
        "height": "auto",
        "width": "stretch",
        "row_height": None,
        "placeholder": None,
        "alt": None,
        "button_columns": {},
        "selection_mode": [],
        "selectable": False,
        "value": None,
    }
    assert props["columns"] == [
        {"field": "_index", "name": "", "index": True, "dtype": "int64"},
        {"field": "c0", "name": "a", "index": False, "dtype": "int64"},
    ]


def test_layout_and_display_options(make_app: MakeApp) -> None:
    at = run(
        make_app,
        """
        import streamlit as st
        data = {"a": [1], "b": [2], "c": [3]}
        st.dataframe(data, 300, 200, hide_index=True, column_order=["c", "a", "missing"],
                     row_height=40, placeholder="-", alt="Numbers")
        st.dataframe(data, use_container_width=False, height="stretch")
        st.dataframe(data, width="content", use_container_width=True)
        """,
    )
    first, second, third = (d.props for d in at.dataframe)
    assert (first["width"], first["height"], first["hide_index"]) == (300, 200, True)
    assert first["column_order"] == ["c2", "c0"]  # names -> fields; unknown names skipped
    assert (first["row_height"], first["placeholder"], first["alt"]) == (40, "-", "Numbers")
    assert (second["width"], second["height"]) == ("content", "stretch")
    assert third["width"] == "stretch"


def test_table_props(make_app: MakeApp) -> None:
    at = run(
        make_app,
        """
        import streamlit as st
        st.table({"a": [1]})
        st.table({"a": [1]}, border="horizontal", width=200, height=300, hide_index=True,
                 hide_header=True, alt="T")
        """,
    )
    plain, custom = (t.props for t in at.table)
    assert (plain["border"], plain["width"], plain["height"], plain["hide_header"]) == (
        True,
        "stretch",
        "content",
        None,
    )
    assert (custom["border"], custom["width"], custom["height"]) == ("horizontal", 200, 300)
    assert (custom["hide_index"], custom["hide_header"], custom["alt"]) == (True, True, "T")
    assert at.table[1].border == "horizontal"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.dataframe(df, height=-1)", "Invalid height value"),
        ("st.dataframe(df, height='tall')", "Invalid height value"),
        ("st.dataframe(df, width=0)", "Invalid width value"),
        ("st.dataframe(df, on_select='clicked')", "only 'ignore', 'rerun', or a callable"),
        (
            "st.dataframe(df, on_select='rerun', selection_mode='single')",
            "Invalid selection mode: single",
        ),
        (
            "st.dataframe(df, on_select='rerun', selection_mode=['single-row', 'multi-row'])",
            "Only one of `single-row` or `multi-row`",
        ),
        (
            "st.dataframe(df, on_select='rerun', selection_mode=['single-cell', 'multi-cell'])",
            "Only one of `single-cell` or `multi-cell`",
        ),
        (
            "st.dataframe(df, on_select='rerun', selection_default={'selection': {'rows': [5]}})",
            "Invalid row 5",
        ),
        (
            "st.dataframe(df, on_select='rerun', selection_default={'columns': ['zz']})",
            "Invalid column 'zz'",
        ),
        ("st.dataframe(df, row_height=0)", "Invalid row_height"),
        ("st.dataframe(df, hide_index='yes')", "`hide_index` parameter must be of type bool"),
        ("st.dataframe(np.zeros((2, 2, 2)))", "3-dimensional"),
        ("st.table(df, border='vertical')", "Invalid border value"),
        ("st.table(df, height='auto')", "Invalid height value"),
        ("st.dataframe({'a': [1, 2], 'b': [1]})", "Unable to convert object"),
    ],
)
def test_invalid_arguments_raise_streamlits_errors(
    make_app: MakeApp, call: str, message: str
) -> None:
    at = run(make_app, f"import streamlit as st, numpy as np\ndf = {{'a': [1, 2]}}\n{call}\n")
    assert len(at.exception) == 1
    assert message in at.exception[0].value


# -- selections ----------------------------------------------------------------------------

SELECT_APP = """
import streamlit as st, pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
calls = st.session_state.setdefault("calls", [])
event = st.dataframe(df, key="grid", on_select=lambda: calls.append(len(calls)),
                     selection_mode=["multi-row", "multi-column", "single-cell"])
st.text(repr(event.selection.rows) + repr(event.selection.columns) + repr(event.selection.cells))
st.text(repr(st.session_state.grid == event))
"""


def test_selection_state_starts_empty_and_follows_the_ui(make_app: MakeApp) -> None:
    at = run(make_app, SELECT_APP)
    grid = at.dataframe[0]
    assert grid.props["selectable"] is True
    assert grid.props["selection_mode"] == ["multi-row", "multi-column", "single-cell"]
    assert grid.props["value"] == {"selection": {"rows": [], "columns": [], "cells": []}}
    assert at.text[0].value == "[][][]"
    grid.set_selection(rows=[2, 0], columns=["b"], cells=[(1, "a")]).run()
    assert at.text[0].value == "[2, 0]['b'][(1, 'a')]"
    assert at.text[1].value == "True"
    assert at.session_state.calls == [0]  # the callable on_select ran once
    state = at.dataframe[0].selection
    assert isinstance(state, DataframeState)
    assert state.selection.rows == [2, 0] and state["selection"]["columns"] == ["b"]
    assert at.dataframe[0].props["value"]["selection"]["cells"] == [[1, "a"]]
    at.run()  # no change: no callback, the selection stays
    assert at.session_state.calls == [0]
    assert at.text[0].value == "[2, 0]['b'][(1, 'a')]"


def test_on_select_rerun_without_a_key_and_with_a_default(make_app: MakeApp) -> None:
    at = run(
        make_app,
        """
        import streamlit as st
        event = st.dataframe({"a": [1, 2]}, on_select="rerun", selection_mode="single-row",
                             selection_default={"selection": {"rows": [1]}})
        st.text(str(event.selection.rows))
        """,
    )
    assert at.text[0].value == "[1]"
    at.dataframe[0].select_rows([0]).run()
    assert at.text[0].value == "[0]"


def test_a_selection_cannot_be_set_through_session_state(make_app: MakeApp) -> None:
    at = make_app(
        """
        import streamlit as st
        st.session_state.grid = {"selection": {"rows": [0], "columns": [], "cells": []}}
        st.dataframe({"a": [1]}, key="grid", on_select="rerun")
        """
    ).run()
    assert len(at.exception) == 1
    assert "grid" in at.exception[0].value


def test_selection_resets_when_the_data_shrinks(make_app: MakeApp) -> None:
    at = run(
        make_app,
        """
        import streamlit as st
        n = st.session_state.get("n", 3)
        event = st.dataframe({"a": list(range(n))}, key="g", on_select="rerun")
        st.text(str(event.selection.rows))
        """,
    )
    at.dataframe[0].select_rows([2]).run()
    assert at.text[0].value == "[2]"
    at.session_state.n = 1
    at.run()
    assert at.text[0].value == "[]"


def test_ignore_returns_a_delta_generator_that_can_be_replaced(make_app: MakeApp) -> None:
    at = run(
        make_app,
        """
        import streamlit as st
        slot = st.dataframe({"a": [1]})
        slot.text("replaced")
        """,
    )
    assert len(at.dataframe) == 0
    assert at.text[0].value == "replaced"


def test_two_identical_selectable_dataframes_need_keys(make_app: MakeApp) -> None:
    at = make_app(
        """
        import streamlit as st
        st.dataframe({"a": [1]}, on_select="rerun")
        st.dataframe({"a": [1]}, on_select="rerun")
        """
    ).run()
    assert len(at.exception) == 1
    assert "DuplicateWidgetID" in at.exception[0].type_name or "multiple" in at.exception[0].value


# -- column_config, Styler, st.write -------------------------------------------------------


def test_column_config_goes_through_the_resolver_keyed_by_field(make_app: MakeApp) -> None:
    pytest.importorskip("wasmlit.data.column_config")
    at = run(
        make_app,
        """
        import streamlit as st
        st.dataframe({"a": [1], "b": [2]}, column_config={"b": "Bee"})
        """,
    )
    assert at.dataframe[0].props["column_config"]["c1"]["label"] == "Bee"


def test_styler_sends_display_text_and_css_per_cell(make_app: MakeApp) -> None:
    at = run(
        make_app,
        """
        import streamlit as st, pandas as pd
        df = pd.DataFrame({"x": [1.0, 2.5], "y": ["a", "b"]}, index=["r", "s"])
        styler = (df.style.format("{:.2f} €", subset=["x"])
                  .map(lambda v: "background-color: yellow" if v > 2 else "", subset=["x"])
                  .set_properties(subset=["y"], color="red"))
        st.dataframe(styler)
        st.table(styler)
        """,
    )
    for element in (at.dataframe[0], at.table[0]):
        styles = element.styles
        assert styles is not None
        assert styles["display"].to_dict("list") == {
            "_index": ["r", "s"],
            "c0": ["1.00 €", "2.50 €"],
            "c1": ["a", "b"],
        }
        assert styles["css"]["c0"].tolist() == [None, "background-color: yellow"]
        assert styles["css"]["c1"].tolist() == ["color: red", "color: red"]
        assert element.value["x"].tolist() == [1.0, 2.5]  # the data itself is unformatted


def test_styler_background_gradient_colours_every_cell(make_app: MakeApp) -> None:
    at = run(
        make_app,
        """
        import streamlit as st, pandas as pd
        st.dataframe(pd.DataFrame({"v": [1, 2, 3]}).style.highlight_max(color="green"))
        """,
    )
    css = at.dataframe[0].styles["css"]["c0"].tolist()
    assert css == [None, None, "background-color: green"]
    assert at.dataframe[0].styles["display"]["c0"].tolist() == ["1", "2", "3"]


WRITE_INPUTS = {
    "DataFrame": "pd.DataFrame({'a': [1]})",
    "Series": "pd.Series([1], name='a')",
    "Styler": "pd.DataFrame({'a': [1]}).style",
    "numpy": "np.array([1])",
    "Index": "pd.Index([1], name='a')",
    "pyarrow Table": "pa.table({'a': [1]})",
    "interchange": "Interchange()",
    "to_pandas": "ToPandas()",
    "pandas array": "pd.array([1], dtype='Int64')",
    "pyarrow Array": "pa.array([1])",
}


@pytest.mark.parametrize("name", sorted(WRITE_INPUTS))
def test_st_write_shows_data_as_a_dataframe(make_app: MakeApp, name: str) -> None:
    at = run(
        make_app,
        f"""
import streamlit as st, numpy as np, pandas as pd, pyarrow as pa
class Interchange:
    def __dataframe__(self, nan_as_null=False, allow_copy=True):
        return pd.DataFrame({{'a': [1]}}).__dataframe__()
class ToPandas:
    def to_pandas(self):
        return pd.DataFrame({{'a': [1]}})
st.write({WRITE_INPUTS[name]})
""",
    )
    assert len(at.dataframe) == 1
    assert at.dataframe[0].value.iloc[:, 0].tolist() == [1]


def test_large_frame_is_sent_without_pyarrow_types_lost() -> None:
    from wasmlit.data.grid_props import grid_data

    frame = pd.DataFrame({"i": np.arange(100_000), "s": [f"r{i}" for i in range(100_000)]})
    table = pa.ipc.open_stream(grid_data(frame).table.data).read_all()
    assert table.num_rows == 100_000
    assert table.schema.names == ["_index", "c0", "c1"]
    assert table.column("c1")[99_999].as_py() == "r99999"


def test_streamlit_api_exception_is_the_error_type() -> None:
    from wasmlit.data.selection import parse_selection_mode

    with pytest.raises(StreamlitAPIException):
        parse_selection_mode(["multi-row", "bogus"])
    assert parse_selection_mode(("multi-column", "multi-row")) == ["multi-row", "multi-column"]
