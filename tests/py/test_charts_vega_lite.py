"""st.vega_lite_chart and st.altair_chart: specs, Arrow datasets, selections, errors."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest

from wasmlit.charts.selections import parse_selection_mode, selection_params, stable_names
from wasmlit.errors import StreamlitAPIException

SPEC = {"mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}}}


def element(at: Any, index: int = 0) -> Any:
    return at.get("vega_lite_chart")[index]


def decoded(props: dict[str, Any]) -> dict[str, pd.DataFrame]:
    return {
        d["name"]: pa.ipc.open_stream(d["data"]).read_all().to_pandas() for d in props["datasets"]
    }


def test_data_and_spec_become_the_source_dataset(make_app):
    at = make_app(
        """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a b": ["x", "y"], "v": [1, 2]})
        st.vega_lite_chart(df, {"mark": "bar", "encoding": {"x": {"field": "a b"}}}, height=250)
        """
    ).run()
    assert not at.exception
    props = element(at).props
    spec = json.loads(props["spec"])
    assert spec["data"] == {"name": "source"} and spec["mark"] == "bar"
    assert decoded(props)["source"].to_dict("list") == {"a b": ["x", "y"], "v": [1, 2]}
    assert (props["width"], props["height"], props["theme"]) == ("stretch", 250, "streamlit")
    assert element(at).id is None


def test_spec_only_values_and_named_datasets(make_app):
    at = make_app(
        """
        import streamlit as st
        st.vega_lite_chart({"data": {"values": [{"a": 1}]}, "mark": "point"})
        st.vega_lite_chart(None, {
            "datasets": {"t": [{"a": 1, "b": "u"}, {"a": 2, "b": "v"}],
                         "geo": [{"type": "Feature", "geometry": {"type": "Point"}}]},
            "data": {"name": "t"}, "mark": "bar", "facet": {"row": {"field": "b"}}},
            theme=None)
        """
    ).run()
    assert not at.exception
    inline = element(at, 0).props
    assert json.loads(inline["spec"])["data"] == {"values": [{"a": 1}]}
    assert inline["datasets"] == []
    named = element(at, 1).props
    spec = json.loads(named["spec"])
    assert decoded(named)["t"].to_dict("list") == {"a": [1, 2], "b": ["u", "v"]}
    assert list(spec["datasets"]) == ["geo"]  # nested rows stay inline JSON
    assert named["width"] == "content" and named["theme"] is None  # a facet chart


def test_vega_lite_chart_errors(make_app):
    for call, words in (
        ("st.vega_lite_chart(None, {})", "non-empty spec"),
        ("st.vega_lite_chart({'mark': 'bar'}, {'mark': 'bar'})", "both data and spec"),
        ("st.vega_lite_chart(None, {'mark': 'bar'}, theme='dark')", 'theme="dark"'),
        ("st.vega_lite_chart(None, {'mark': 'bar'}, on_select='rerun')", "does not have any"),
        ("st.vega_lite_chart(None, {'mark': 'bar'}, on_select='x')", "only 'ignore'"),
    ):
        at = make_app(f"import streamlit as st\n{call}\n").run()
        assert at.exception and words in at.exception[0].value, call


def test_selection_params_found_in_layers_and_renumbered():
    spec = {
        "layer": [
            {"params": [{"name": "param_7", "select": "interval"}], "mark": "point"},
            {"params": [{"name": "hover", "select": {"type": "point"}}, {"name": "k", "value": 1}]},
        ],
        "hconcat": [{"params": [{"name": "param_9", "select": "point", "views": ["view_3"]}]}],
    }
    assert selection_params(spec) == ["param_7", "hover", "param_9"]
    renamed = json.loads(stable_names(json.dumps(spec)))
    assert selection_params(renamed) == ["param_1", "hover", "param_2"]
    assert renamed["hconcat"][0]["params"][0]["views"] == ["view_1"]
    assert parse_selection_mode(None, ["a", "b"]) == ["a", "b"]
    assert parse_selection_mode("b", ["a", "b"]) == ["b"]
    with pytest.raises(StreamlitAPIException, match="'c' is not defined"):
        parse_selection_mode(["c"], ["a", "b"])


def test_vega_lite_selection_state_in_script_and_session_state(make_app):
    at = make_app(
        """
        import streamlit as st
        spec = {"mark": "point", "data": {"values": [{"a": 1}, {"a": 2}]},
                "encoding": {"x": {"field": "a", "type": "quantitative"}},
                "params": [{"name": "pick", "select": {"type": "point", "fields": ["a"]}},
                           {"name": "brush", "select": "interval"}]}
        event = st.vega_lite_chart(spec=spec, on_select="rerun", selection_mode="pick", key="c")
        st.text(repr(event.selection.pick))
        st.text(repr(st.session_state.c["selection"]))
        """
    ).run()
    assert not at.exception
    chart = element(at)
    assert chart.props["selectable"] is True and chart.props["selection_params"] == ["pick"]
    assert chart.key == "c" and chart.id is not None
    assert at.text.values == ["{}", "{'pick': {}}"]
    at._set_pending(chart.id, {"selection": {"pick": [{"a": 2}]}})
    at.run()
    assert at.text.values == ["[{'a': 2}]", "{'pick': [{'a': 2}]}"]


def test_callback_sees_the_selection(make_app):
    at = make_app(
        """
        import streamlit as st
        def seen():
            st.session_state.log = st.session_state.c.selection.brush
        spec = {"mark": "point", "params": [{"name": "brush", "select": "interval"}]}
        st.vega_lite_chart(spec, on_select=seen, key="c")
        st.text(repr(st.session_state.get("log")))
        """
    ).run()
    at._set_pending(element(at).id, {"selection": {"brush": {"a": [1, 2]}}})
    at.run()
    assert at.text.values == ["{'a': [1, 2]}"]


def test_altair_chart_moves_dataframes_into_arrow(make_app):
    at = make_app(
        """
        import altair as alt
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a.b": [1, 2, 3], "when": pd.date_range("2024-01-01", periods=3)})
        result = st.altair_chart(alt.Chart(df).mark_line().encode(x="when:T", y="a\\\\.b:Q"))
        st.text(type(result).__name__)
        """
    ).run()
    assert not at.exception
    props = element(at).props
    spec = json.loads(props["spec"])
    assert "$schema" not in spec and spec["data"] == {"name": "data-0"}
    frame = decoded(props)["data-0"]
    assert frame["a.b"].tolist() == [1, 2, 3]
    assert str(frame["when"].dtype).startswith("datetime64")
    assert "datasets" not in spec  # no rows in the JSON
    assert at.text.values == ["DeltaGenerator"]


def test_altair_selection_names_are_stable_across_reruns(make_app):
    at = make_app(
        """
        import altair as alt
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"x": [1, 2], "y": [3, 4], "k": ["u", "v"]})
        point = alt.selection_point(fields=["k"])
        chart = alt.Chart(df).mark_circle().encode(x="x", y="y").add_params(point)
        event = st.altair_chart(chart, on_select="rerun")
        st.write(event.selection)
        """
    ).run()
    assert not at.exception
    chart = element(at)
    assert chart.props["selection_params"] == ["param_1"]
    first_id = chart.id
    at._set_pending(chart.id, {"selection": {"param_1": [{"k": "v"}]}})
    at.run()
    assert element(at).id == first_id  # Altair's counter moved on, the id did not
    assert element(at).props["selection_params"] == ["param_1"]
    assert json.loads(at.json[0].value) == {"param_1": [{"k": "v"}]}


def test_altair_errors_and_width_modes(make_app):
    at = make_app(
        """
        import altair as alt
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"x": [1], "y": [2]})
        base = alt.Chart(df).mark_point().encode(x="x", y="y")
        st.altair_chart(base | base)
        st.altair_chart(base, use_container_width=False, height=120)
        st.altair_chart(base, on_select="rerun")
        """
    ).run()
    assert element(at, 0).props["width"] == "content"  # concatenated views keep their size
    assert (element(at, 1).props["width"], element(at, 1).props["height"]) == ("content", 120)
    assert at.exception and "does not have any selections" in at.exception[0].value


def test_st_write_draws_an_altair_chart(make_app):
    at = make_app(
        """
        import altair as alt
        import pandas as pd
        import streamlit as st
        st.write(alt.Chart(pd.DataFrame({"x": [1, 2]})).mark_bar().encode(x="x:O"))
        """
    ).run()
    assert not at.exception
    spec = json.loads(element(at).props["spec"])
    assert spec["mark"] == {"type": "bar"} and spec["data"] == {"name": "data-0"}
