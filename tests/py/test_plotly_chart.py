"""st.plotly_chart through AppTest: figure JSON, props, selection state and errors."""

from __future__ import annotations

import json

import pytest

from wasmlit.elements import plotly_figure
from wasmlit.elements.plotly_figure import figure_json

SELECTED = {
    "selection": {
        "points": [{"curve_number": 0, "point_index": 1, "x": 2, "y": 5}],
        "point_indices": [1],
        "box": [{"xref": "x", "yref": "y", "x": [1.5, 2.5], "y": [4, 6]}],
        "lasso": [],
    }
}


def chart(at, index: int = 0):
    return at.get("plotly_chart")[index]


def test_plotly_figure_becomes_plotly_json_and_default_props(make_app):
    at = make_app(
        """
        import plotly.graph_objects as go
        import streamlit as st
        fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[4, 5, 6], mode="markers"))
        fig.update_layout(height=300, title="Points")
        result = st.plotly_chart(fig)
        st.text(type(result).__name__)
        """
    ).run()
    assert not at.exception
    props = chart(at).props
    figure = json.loads(props["figure"])
    assert figure["data"][0]["type"] == "scatter" and figure["data"][0]["y"] == [4, 5, 6]
    assert figure["layout"]["height"] == 300 and figure["layout"]["title"]["text"] == "Points"
    assert {k: v for k, v in props.items() if k != "figure"} == {
        "config": "{}",
        "theme": "streamlit",
        "width": "stretch",
        "height": "content",
        "selection_mode": ["points", "box", "lasso"],
        "selectable": False,
        "alt": None,
    }
    assert chart(at).id is None  # on_select="ignore": not a widget
    assert at.text[0].value == "DeltaGenerator"


def test_numpy_data_and_plotly_express(make_app):
    at = make_app(
        """
        import numpy as np
        import pandas as pd
        import plotly.express as px
        import streamlit as st
        df = pd.DataFrame({"a": np.arange(4), "b": np.array([1.5, 2.5, 3.5, 4.5])})
        st.plotly_chart(px.scatter(df, x="a", y="b"))
        """
    ).run()
    assert not at.exception
    trace = json.loads(chart(at).props["figure"])["data"][0]
    assert trace["type"] == "scatter" and trace["mode"] == "markers"


def test_options_reach_the_props(make_app):
    at = make_app(
        """
        import streamlit as st
        fig = {"data": [{"type": "bar", "y": [1, 3, 2]}], "layout": {"title": {"text": "Bars"}}}
        st.plotly_chart(fig, theme=None, width="content", height=250,
                        config={"displayModeBar": False}, alt="Three bars", key="bars")
        st.plotly_chart(fig, use_container_width=False, height="stretch", key="other")
        st.plotly_chart(fig, True, width="content", key="third")
        """
    ).run()
    first, second, third = at.get("plotly_chart")
    assert first.key == "bars" and first.props["theme"] is None
    assert first.props["width"] == "content" and first.props["height"] == 250
    assert json.loads(first.props["config"]) == {"displayModeBar": False}
    assert first.props["alt"] == "Three bars"
    assert (second.props["width"], second.props["height"]) == ("content", "stretch")
    assert third.props["width"] == "stretch"


def test_selection_state_reaches_the_script_and_session_state(make_app):
    at = make_app(
        """
        import streamlit as st
        fig = {"data": [{"type": "scatter", "x": [1, 2, 3], "y": [4, 5, 6], "mode": "markers"}]}
        event = st.plotly_chart(fig, on_select="rerun", selection_mode=("box", "points"), key="p")
        st.text(repr(event.selection.point_indices))
        st.text(repr(st.session_state.p["selection"]["box"]))
        st.text(type(event).__name__)
        """
    ).run()
    element = chart(at)
    assert element.props["selectable"] is True
    assert element.props["selection_mode"] == ["points", "box"]  # Streamlit's order
    assert element.id is not None and element.key == "p"
    assert at.text.values == ["[]", "[]", "AttributeDict"]
    at._set_pending(element.id, SELECTED)
    at.run()
    assert at.text.values[0] == "[1]"
    assert "'xref': 'x'" in at.text.values[1]


def test_attribute_access_on_points(make_app):
    at = make_app(
        """
        import streamlit as st
        event = st.plotly_chart({"data": [{"y": [1, 5]}]}, on_select="rerun")
        points = event.selection.points
        st.text(points[0].y if points else "none")
        """
    ).run()
    assert at.text.values == ["none"]
    at._set_pending(chart(at).id, SELECTED)
    at.run()
    assert at.text.values == ["5"]


def test_callback_runs_before_the_script(make_app):
    at = make_app(
        """
        import streamlit as st
        def picked():
            st.session_state.log = st.session_state.chart.selection.point_indices
        st.plotly_chart({"data": [{"y": [1, 2]}]}, on_select=picked, key="chart")
        st.text(repr(st.session_state.get("log")))
        """
    ).run()
    assert at.text.values == ["None"]
    at._set_pending(chart(at).id, SELECTED)
    at.run()
    assert at.text.values == ["[1]"]


def test_selection_cannot_be_set_through_session_state(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.p = {"selection": {}}
        st.plotly_chart({"data": [{"y": [1]}]}, on_select="rerun", key="p")
        """
    ).run()
    assert at.exception[0].type_name == "StreamlitValueAssignmentNotAllowedError"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('fig, theme="dark"', 'theme="dark"'),
        ('fig, on_select="maybe"', "only 'ignore', 'rerun', or a callable"),
        ('fig, selection_mode="circle"', "Invalid selection mode: circle"),
        ("fig, selection_mode=[]", "cannot be empty"),
        ("fig, width=-1", "Invalid width"),
        ("fig, height=0", "Invalid height"),
        ("42", "invalid figure"),
    ],
)
def test_errors(make_app, call, message):
    at = make_app(
        f"""
        import streamlit as st
        fig = {{"data": [{{"y": [1]}}]}}
        st.plotly_chart({call})
        """
    ).run()
    assert message in at.exception[0].value


def test_matplotlib_figures_point_to_pyplot(make_app):
    at = make_app(
        """
        import matplotlib
        matplotlib.use("agg")
        import matplotlib.pyplot as plt
        import streamlit as st
        st.plotly_chart(plt.figure())
        """
    ).run()
    assert "st.pyplot" in at.exception[0].value


def test_st_write_routes_plotly_figures_and_trace_lists(make_app):
    at = make_app(
        """
        import plotly.graph_objects as go
        import streamlit as st
        st.write(go.Figure(go.Bar(y=[1, 2])))
        st.write([go.Scatter(y=[3, 4]), go.Scatter(y=[5, 6])])
        """
    ).run()
    first, second = at.get("plotly_chart")
    assert json.loads(first.props["figure"])["data"][0]["type"] == "bar"
    assert [t["y"] for t in json.loads(second.props["figure"])["data"]] == [[3, 4], [5, 6]]
    assert not at.warning


# -- without the plotly package (as in Pyodide before it is installed) ---------------
@pytest.fixture
def no_plotly(monkeypatch):
    monkeypatch.setattr(plotly_figure, "plotly_available", lambda: False)


def test_plain_figure_dict_without_plotly(no_plotly):
    import numpy as np

    figure = json.loads(
        figure_json(
            {
                "data": [{"type": "scatter", "x": np.arange(3), "y": [1.0, float("nan"), 2.0]}],
                "layout": {"height": np.int64(200)},
            }
        )
    )
    assert figure == {
        "data": [{"type": "scatter", "x": [0, 1, 2], "y": [1.0, None, 2.0]}],
        "layout": {"height": 200},
    }


def test_trace_list_and_frames_without_plotly(no_plotly):
    assert json.loads(figure_json([{"y": [1]}])) == {"data": [{"y": [1]}], "layout": {}}
    frames = json.loads(figure_json({"data": [], "frames": [{"name": "a"}]}))
    assert frames == {"data": [], "layout": {}, "frames": [{"name": "a"}]}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"datum": []}, "cannot show a dict"),
        ({"data": [], "extra": 1}, "'extra'"),
        ([1, 2], "each trace must be a dict"),
        ("text", "cannot show a str"),
    ],
)
def test_plain_figure_errors_without_plotly(no_plotly, value, message):
    from wasmlit.errors import StreamlitAPIException

    with pytest.raises(StreamlitAPIException, match=message):
        figure_json(value)


def test_plotly_state_ignores_malformed_parts():
    from wasmlit.elements.plotly_chart import plotly_state

    assert plotly_state(None) == {
        "selection": {"points": [], "point_indices": [], "box": [], "lasso": []}
    }
    state = plotly_state({"selection": {"point_indices": [2], "box": "bad"}})
    assert state.selection.point_indices == [2] and state.selection.box == []
