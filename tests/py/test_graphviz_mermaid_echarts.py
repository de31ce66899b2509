"""st.graphviz_chart, st.mermaid_chart, st.echarts_chart and st.bokeh_chart's message."""

from __future__ import annotations

import json

import pytest

from wasmlit.elements.echarts_options import options_json


def only(at, kind):
    (element,) = at.get(kind)
    return element


# -- graphviz ---------------------------------------------------------------------------


def test_graphviz_dot_string_with_defaults(make_app):
    at = make_app(
        """
        import streamlit as st
        st.graphviz_chart("digraph { run -> stop }")
        """
    ).run()
    assert only(at, "graphviz_chart").props == {
        "spec": "digraph { run -> stop }",
        "engine": "dot",
        "width": "content",
        "height": "content",
        "alt": None,
    }


def test_graphviz_objects_send_their_source_and_engine(make_app):
    at = make_app(
        """
        import graphviz
        import streamlit as st
        g = graphviz.Digraph()
        g.edge("run", "intr")
        st.graphviz_chart(g)
        st.graphviz_chart(graphviz.Graph(engine="neato", body=["a -- b"]))
        st.graphviz_chart(graphviz.Source("digraph { x -> y }"))
        """
    ).run()
    digraph, graph, source = (e.props for e in at.get("graphviz_chart"))
    assert digraph["spec"].startswith("digraph {") and "run -> intr" in digraph["spec"]
    assert digraph["engine"] == "dot"
    assert graph["engine"] == "neato" and "a -- b" in graph["spec"]
    assert source["spec"].strip() == "digraph { x -> y }"


@pytest.mark.parametrize(
    ("args", "width", "height"),
    [
        ("use_container_width=True", "stretch", "content"),
        ("use_container_width=False, width='stretch'", "content", "content"),
        ("width='stretch', height=300", "stretch", 300),
        ("width=250, height='stretch'", 250, "stretch"),
    ],
)
def test_graphviz_width_and_height(make_app, args, width, height):
    at = make_app(f'import streamlit as st\nst.graphviz_chart("graph {{ a }}", {args})').run()
    props = only(at, "graphviz_chart").props
    assert (props["width"], props["height"]) == (width, height)


def test_graphviz_alt_and_errors(make_app):
    at = make_app(
        """
        import streamlit as st
        st.graphviz_chart("graph { a }", alt="  Two states  ")
        st.graphviz_chart("graph { a }", alt="   ")
        st.graphviz_chart(42)
        """
    ).run()
    named, blank = at.get("graphviz_chart")
    assert named.props["alt"] == "Two states" and blank.props["alt"] is None
    assert "Unhandled type for graphviz chart" in at.exception[0].message


def test_graphviz_invalid_height_raises(make_app):
    at = make_app('import streamlit as st\nst.graphviz_chart("graph { a }", height=-1)').run()
    assert "Invalid height" in at.exception[0].message


# -- mermaid ----------------------------------------------------------------------------


def test_mermaid_body_is_dedented_and_width_checked(make_app):
    at = make_app(
        '''
        import streamlit as st
        st.mermaid_chart("""
            graph LR
                A[Start] --> B{Decision}
        """, alt="Flow")
        st.mermaid_chart("graph TD; a-->b", width="content")
        st.mermaid_chart("graph TD; a-->b", width=0)
        '''
    ).run()
    first, second = at.get("mermaid_chart")
    assert first.props == {
        "body": "graph LR\n    A[Start] --> B{Decision}",
        "width": "stretch",
        "alt": "Flow",
    }
    assert second.props["width"] == "content"
    assert "Invalid width" in at.exception[0].message


def test_mermaid_rejects_non_text(make_app):
    at = make_app("import streamlit as st\nst.mermaid_chart(['graph LR'])").run()
    assert "expects the diagram definition as a str" in at.exception[0].message


# -- echarts options ----------------------------------------------------------------------

BAR = {
    "xAxis": {"type": "category", "data": ["A", "B", "C"]},
    "yAxis": {"type": "value"},
    "series": [{"type": "bar", "data": [5, 20, 36]}],
}


def test_options_from_dict_json_text_and_pyecharts_like_objects():
    class FakePyecharts:
        width = "900px"

        def dump_options(self) -> str:
            return json.dumps(BAR)

    assert json.loads(options_json(BAR)) == BAR
    assert json.loads(options_json(json.dumps(BAR))) == BAR
    assert json.loads(options_json(FakePyecharts())) == BAR


def test_options_leave_the_users_dict_alone_and_convert_dataframes():
    import numpy as np
    import pandas as pd

    frame = pd.DataFrame(
        {
            "day": pd.to_datetime(["2024-01-01", "2024-01-02"]),
            "sales": [1.5, None],
            "wait": pd.to_timedelta([1, 2], unit="s"),
        }
    )
    option = {"dataset": {"source": frame}, "series": [{"type": "line", "data": np.arange(3)}]}
    sent = json.loads(options_json(option))
    assert option["dataset"]["source"] is frame  # not modified
    assert sent["dataset"]["dimensions"] == ["day", "sales", "wait"]
    first, second = sent["dataset"]["source"]
    assert first["day"].startswith("2024-01-01T00:00:00") and first["wait"] == 1000
    assert second["sales"] is None and second["wait"] == 2000
    assert sent["series"][0]["data"] == [0, 1, 2]


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ('{"tooltip": {"formatter": function (p) { return p; }}}', "JavaScript callbacks"),
        ("{not json", "not JSON-compatible"),
        ({"series": [{"data": [float("nan")]}]}, "not JSON-compatible"),
        ({"series": [{"data": [object()]}]}, "not JSON-compatible"),
        ("[1, 2]", "must be a JSON object"),
        (42, "Invalid spec type"),
    ],
)
def test_options_errors(spec, message):
    from wasmlit.errors import StreamlitAPIException

    with pytest.raises(StreamlitAPIException, match=message):
        options_json(spec)


# -- echarts element ----------------------------------------------------------------------


def test_echarts_display_only_props(make_app):
    at = make_app(
        """
        import streamlit as st
        option = {"series": [{"type": "bar", "data": [1, 2]}]}
        r = st.echarts_chart(option, key="plain")
        st.write(type(r).__name__)
        st.echarts_chart(option, width="content", height="stretch", theme=None, renderer="svg")
        """
    ).run()
    plain, svg = at.get("echarts_chart")
    assert plain.props == {
        "spec": '{"series": [{"type": "bar", "data": [1, 2]}]}',
        "theme": "streamlit",
        "renderer": "canvas",
        "width": "stretch",
        "height": 400,  # "content": ECharts options have no size, Streamlit uses 400 px
        "selectable": False,
        "alt": None,
        "value": None,
    }
    assert plain.id is None and plain.key == "plain"
    assert at.markdown[0].value == "DeltaGenerator"
    assert (svg.props["width"], svg.props["height"]) == (700, "stretch")
    assert (svg.props["theme"], svg.props["renderer"]) == (None, "svg")


def test_echarts_content_size_of_a_pyecharts_chart(make_app):
    at = make_app(
        """
        import json
        import streamlit as st
        class Chart:
            width = "900px"
            height = 500
            def dump_options(self):
                return json.dumps({"series": []})
        st.echarts_chart(Chart(), width="content")
        """
    ).run()
    props = only(at, "echarts_chart").props
    assert (props["width"], props["height"]) == (900, 500)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ("theme='dark'", 'theme="dark"'),
        ("renderer='webgl'", 'renderer="webgl"'),
        ("on_select='yes'", "on_select"),
        ("width='wide'", "Invalid width"),
    ],
)
def test_echarts_argument_errors(make_app, args, message):
    at = make_app(f"import streamlit as st\nst.echarts_chart({{'series': []}}, {args})").run()
    assert message in at.exception[0].message


SELECT_APP = """
import streamlit as st
option = {"xAxis": {"type": "category", "data": ["A", "B"]}, "yAxis": {},
          "series": [{"type": "bar", "data": [3, 4]}]}
def changed():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
event = st.echarts_chart(option, key="sales", on_select=ON_SELECT)
st.text(repr(event.selection.point_indices))
st.text(repr(event["selection"]["points"]))
st.text(repr((event.selection.box, event.selection.lasso)))
st.text(repr(st.session_state.sales.selection.point_indices))
st.text(repr(st.session_state.get("calls", 0)))
"""

POINT = {
    "component_type": "series",
    "series_type": "bar",
    "series_index": 0,
    "series_name": "series0",
    "data_index": 1,
    "name": "B",
    "value": 4,
    "data": 4,
}


def texts(at):
    return [t.value for t in at.text]


@pytest.mark.parametrize("on_select", ['"rerun"', "changed"])
def test_echarts_selection_state_reaches_the_script(make_app, on_select):
    at = make_app(SELECT_APP.replace("ON_SELECT", on_select)).run()
    chart = only(at, "echarts_chart")
    assert chart.props["selectable"] is True and chart.id is not None
    assert texts(at) == ["[]", "[]", "([], [])", "[]", "0"]
    selection = {"points": [POINT], "point_indices": [1], "box": [], "lasso": []}
    at._set_pending(chart.id, {"selection": selection})
    at.run()
    calls = "1" if on_select == "changed" else "0"
    assert texts(at) == ["[1]", repr([POINT]), "([], [])", "[1]", calls]


def test_echarts_selection_travels_back_as_the_value_prop(make_app):
    # The UI draws these items selected again after the rerun.
    at = make_app(SELECT_APP.replace("ON_SELECT", '"rerun"')).run()
    chart = only(at, "echarts_chart")
    assert chart.props["value"] is None
    selection = {"points": [POINT], "point_indices": [1], "box": [], "lasso": []}
    at._set_pending(chart.id, {"selection": selection})
    at.run()
    assert only(at, "echarts_chart").props["value"] == {"selection": selection}


def test_echarts_selection_is_read_only_in_session_state(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.sales = {"selection": {}}
        st.echarts_chart({"series": []}, key="sales", on_select="rerun")
        """
    ).run()
    assert at.exception and "sales" in at.exception[0].message


def test_echarts_with_a_key_keeps_its_selection_when_the_data_changes(make_app):
    at = make_app(
        """
        import streamlit as st
        n = st.session_state.get("n", 1)
        event = st.echarts_chart({"series": [{"type": "bar", "data": [n]}]}, key="c",
                                 on_select="rerun")
        st.text(repr(event.selection.point_indices))
        st.session_state.n = n + 1
        """
    ).run()
    chart = only(at, "echarts_chart")
    selection = {"points": [], "point_indices": [0], "box": [], "lasso": []}
    at._set_pending(chart.id, {"selection": selection})
    at.run()
    assert texts(at) == ["[0]"]
    at.run()  # the spec changed (n = 3), the key did not
    assert texts(at) == ["[0]"] and only(at, "echarts_chart").id == chart.id


def test_echarts_without_a_key_resets_when_the_data_changes(make_app):
    at = make_app(
        """
        import streamlit as st
        n = st.session_state.get("n", 1)
        event = st.echarts_chart({"series": [{"type": "bar", "data": [n]}]}, on_select="rerun")
        st.text(repr(event.selection.point_indices))
        st.session_state.n = n + 1
        """
    ).run()
    chart = only(at, "echarts_chart")
    selection = {"points": [], "point_indices": [0], "box": [], "lasso": []}
    at._set_pending(chart.id, {"selection": selection})
    at.run()  # the selection arrives for the old chart; this run draws a new one
    assert only(at, "echarts_chart").id != chart.id
    assert texts(at) == ["[]"]


# -- bokeh --------------------------------------------------------------------------------


def test_bokeh_chart_says_it_was_removed_and_what_to_do(make_app):
    at = make_app("import streamlit as st\nst.write('before')\nst.bokeh_chart(None)").run()
    assert at.markdown.values == ["before"]
    message = at.exception[0].value
    assert "st.bokeh_chart was removed in Streamlit 1.52" in message
    assert "streamlit-bokeh" in message
