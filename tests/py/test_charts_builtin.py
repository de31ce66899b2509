"""st.line_chart / area_chart / bar_chart / scatter_chart / map: Vega-Lite specs and data.

Each chart's dataset is decoded from the Arrow bytes the UI receives (pyarrow
in CPython), so the tests check what the browser would draw.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest

from wasmlit.charts.builtin import builtin_chart
from wasmlit.charts.map import map_chart, zoom_for
from wasmlit.errors import StreamlitAPIException

WIDE = pd.DataFrame({"a": [1, 2, 3], "b": [4.0, 5.0, 6.0]}, index=[10, 20, 30])


def chart_of(at: Any, index: int = 0) -> tuple[dict[str, Any], pd.DataFrame, dict[str, Any]]:
    element = at.get("vega_lite_chart")[index]
    props = element.props
    datasets = {d["name"]: pa.ipc.open_stream(d["data"]).read_all() for d in props["datasets"]}
    frame = datasets["source"].to_pandas()
    return json.loads(props["spec"]), frame, props


def unit(spec: dict[str, Any]) -> dict[str, Any]:
    """The drawn layer: the spec itself or, for line charts, the line layer."""
    return spec["layer"][0] if "layer" in spec else spec


def test_line_chart_melts_wide_data_with_the_index_as_x(make_app):
    at = make_app(
        """
        import pandas as pd
        import streamlit as st
        st.line_chart(pd.DataFrame({"a": [1, 2, 3], "b": [4.0, 5.0, 6.0]}, index=[10, 20, 30]))
        """
    ).run()
    assert not at.exception
    spec, frame, props = chart_of(at)
    assert spec["data"] == {"name": "source"}
    assert frame.to_dict("list") == {
        "x": [10, 20, 30, 10, 20, 30],
        "y": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        "color": ["a", "a", "a", "b", "b", "b"],
    }
    line = unit(spec)
    assert line["mark"] == {"type": "line"}
    enc = line["encoding"]
    assert enc["x"] == {
        "field": "x",
        "type": "quantitative",
        "title": "",
        "axis": {"grid": False, "tickMinStep": 1},
    }
    assert enc["y"]["field"] == "y" and enc["y"]["title"] == ""
    assert enc["color"] == {
        "field": "color",
        "type": "nominal",
        "title": " ",
        "legend": {"titlePadding": 5, "offset": 5, "orient": "bottom"},
    }
    assert [t["title"] for t in enc["tooltip"]] == ["index", "value", "color"]
    assert {k: v for k, v in props.items() if k not in ("spec", "datasets")} == {
        "theme": "streamlit",
        "width": "stretch",
        "height": "content",
        "selection_params": [],
        "selectable": False,
        "alt": None,
    }
    # Hover layers: invisible nearest points plus the highlighted one.
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["line", "point", "point"]


def test_long_data_with_color_column_and_labels():
    df = pd.DataFrame({"day": [1, 2, 1, 2], "sales": [3, 4, 5, 6], "shop": ["N", "N", "S", "S"]})
    chart = builtin_chart(
        "line", df, x="day", y="sales", color="shop", x_label="Day", y_label="Sales"
    )
    assert chart.frame.to_dict("list") == {
        "x": [1, 2, 1, 2],
        "color": ["N", "N", "S", "S"],
        "y": [3, 4, 5, 6],
    }
    enc = unit(chart.spec)["encoding"]
    assert (enc["x"]["title"], enc["y"]["title"]) == ("Day", "Sales")
    assert enc["color"]["title"] == "shop" and enc["color"]["type"] == "nominal"
    assert [t["title"] for t in enc["tooltip"]] == ["day", "sales", "shop"]


def test_column_names_with_spaces_and_dots_are_titles_not_fields():
    df = pd.DataFrame({"time (s)": [0, 1], "v.max": [2, 3], "v[0]": [4, 5]})
    chart = builtin_chart("line", df, x="time (s)", y=["v.max", "v[0]"])
    assert set(chart.frame.columns) == {"x", "y", "color"}
    assert sorted(set(chart.frame["color"])) == ["v.max", "v[0]"]
    enc = unit(chart.spec)["encoding"]
    assert enc["x"]["title"] == "time (s)"
    single = builtin_chart("line", df, x="time (s)", y="v.max")
    assert unit(single.spec)["encoding"]["y"]["title"] == "v.max"


def test_bar_chart_is_ordinal_with_stack_sort_and_horizontal():
    df = pd.DataFrame({"city": ["b", "a", "c"], "n": [2, 3, 1], "m": [1, 1, 1]})
    spec = builtin_chart("bar", df, x="city", y="n").spec
    assert spec["mark"] == {"type": "bar"}
    assert spec["encoding"]["x"]["type"] == "ordinal"
    assert "sort" not in spec["encoding"]["x"]  # sort=True: Vega-Lite's default order

    spec = builtin_chart("bar", df, x="city", y="n", sort="-n").spec
    assert spec["encoding"]["x"]["sort"] == {"field": "sort", "order": "descending"}
    spec = builtin_chart("bar", df, x="city", y="n", sort=False).spec
    assert spec["encoding"]["x"]["sort"] is None

    horizontal = builtin_chart("bar", df, x="city", y="n", horizontal=True, sort="n").spec
    enc = horizontal["encoding"]
    assert enc["y"]["field"] == "x" and enc["y"]["type"] == "ordinal"  # categories on y
    assert enc["x"]["field"] == "y" and enc["x"]["axis"]["grid"] is True
    assert enc["y"]["sort"] == {"field": "sort", "order": "ascending"}

    grouped = builtin_chart("bar", df, x="city", y=["n", "m"], stack=False).spec["encoding"]
    assert grouped["y"]["stack"] is False and grouped["xOffset"] == {"field": "color"}
    layered = builtin_chart("bar", df, x="city", y=["n", "m"], stack="layered").spec["encoding"]
    assert layered["y"]["stack"] is False and layered["opacity"] == {"value": 0.7}
    assert "xOffset" not in layered
    for value in ("normalize", "center", True):
        enc = builtin_chart("bar", df, x="city", y=["n", "m"], stack=value).spec["encoding"]
        assert enc["y"]["stack"] == value
    sideways = builtin_chart("bar", df, x="city", y=["n", "m"], stack=False, horizontal=True)
    assert sideways.spec["encoding"]["yOffset"] == {"field": "color"}
    with pytest.raises(StreamlitAPIException, match="stack"):
        builtin_chart("bar", df, stack="sideways")


def test_bar_chart_on_dates_keeps_a_temporal_axis():
    df = pd.DataFrame({"d": pd.to_datetime(["2024-01-01", "2024-01-02"]), "v": [1, 2]})
    assert builtin_chart("bar", df, x="d", y="v").spec["encoding"]["x"]["type"] == "temporal"


def test_area_chart_stack_and_opacity():
    enc = builtin_chart("area", WIDE, stack="normalize").spec["encoding"]
    assert enc["y"]["stack"] == "normalize" and enc["opacity"] == {"value": 0.7}
    assert builtin_chart("area", WIDE).spec["mark"] == {"type": "area"}
    assert "stack" not in builtin_chart("area", WIDE).spec["encoding"]["y"]


def test_colours_as_values_lists_and_columns():
    one = builtin_chart("line", WIDE, y="a", color="#ffaa00")
    assert unit(one.spec)["encoding"]["color"] == {"value": "#ffaa00"}
    rgba = builtin_chart("bar", WIDE, y="a", color=(255, 0, 0, 0.5))
    assert rgba.spec["encoding"]["color"] == {"value": "rgba(255, 0, 0, 0.5)"}
    both = builtin_chart("line", WIDE, color=["#f00", (0, 0, 255)])
    assert unit(both.spec)["encoding"]["color"]["scale"] == {
        "domain": ["a", "b"],
        "range": ["#f00", "rgb(0, 0, 255)"],
    }
    with pytest.raises(StreamlitAPIException, match="must have the same length"):
        builtin_chart("line", WIDE, color=["#f00"])
    with pytest.raises(StreamlitAPIException, match="same length"):
        builtin_chart("line", WIDE, color="#f00")  # one colour for two series
    with pytest.raises(StreamlitAPIException, match="valid color argument"):
        builtin_chart("line", WIDE, y="a", color="not-a-column")

    df = pd.DataFrame({"x": [1, 2], "y": [3, 4], "c": ["#ff0000", "#0000ff"]})
    enc = builtin_chart("scatter", df, x="x", y="y", color="c").spec["encoding"]
    assert enc["color"]["scale"] == {
        "domain": ["#ff0000", "#0000ff"],
        "range": ["#ff0000", "#0000ff"],
    }
    assert enc["color"]["legend"] is None
    assert [t["field"] for t in enc["tooltip"]] == ["x", "y"]  # colour values are not shown


def test_scatter_size_as_column_or_number():
    df = pd.DataFrame({"x": [1, 2], "y": [3, 4], "big": [10, 40]})
    spec = builtin_chart("scatter", df, x="x", y="y", size="big").spec
    assert spec["mark"] == {"type": "circle"}
    size = spec["encoding"]["size"]
    assert size["field"] == "size" and size["title"] == "big"
    assert builtin_chart("scatter", df, x="x", y="y", size=30).spec["encoding"]["size"] == {
        "value": 30
    }
    assert builtin_chart("scatter", df, x="x", y="y").spec["encoding"]["size"] == {"value": 100}
    with pytest.raises(StreamlitAPIException, match="valid size"):
        builtin_chart("scatter", df, x="x", y="y", size="nope")


def test_unknown_columns_use_streamlits_words():
    for kwargs in ({"x": "nope"}, {"y": "nope"}, {"y": ["a", "nope"]}, {"sort": "-nope"}):
        with pytest.raises(StreamlitAPIException) as info:
            builtin_chart("bar", WIDE, **kwargs)
        assert str(info.value) == (
            'Data does not have a column named `"nope"`. Available columns are `a, b`'
        )


def test_empty_and_list_data():
    empty = builtin_chart("line", None)
    assert empty.frame.empty and "mark" in empty.spec
    listed = builtin_chart("bar", [3, 1, 2])
    assert listed.frame["y"].tolist() == [3, 1, 2] and listed.frame["x"].tolist() == [0, 1, 2]


def test_width_height_and_alt_props(make_app):
    at = make_app(
        """
        import streamlit as st
        st.bar_chart([1, 2], width=300, height=200, alt="Two bars")
        st.area_chart([1, 2], use_container_width=False)
        st.scatter_chart({"x": [1], "y": [2]}, x="x", y="y", height="stretch")
        """
    ).run()
    assert not at.exception
    props = [chart_of(at, i)[2] for i in range(3)]
    assert (props[0]["width"], props[0]["height"], props[0]["alt"]) == (300, 200, "Two bars")
    assert props[1]["width"] == "content"
    assert props[2]["height"] == "stretch"


def test_map_autodetects_columns_and_zooms(make_app):
    at = make_app(
        """
        import pandas as pd
        import streamlit as st
        st.map(pd.DataFrame({"LAT": [52.0, 52.2], "lng": [13.0, 13.4], "r": [50, 500]}),
               size="r", color="#00ff00")
        """
    ).run()
    assert not at.exception
    spec, frame, props = chart_of(at)
    assert (props["width"], props["height"]) == ("stretch", 500)
    assert spec["projection"]["type"] == "mercator"
    assert spec["projection"]["center"] == pytest.approx([13.2, 52.1])
    points = spec["layer"][1]
    assert points["encoding"]["color"] == {"value": "#00ff00"}
    assert frame["lat"].tolist() == [52.0, 52.2] and frame["radius"].tolist() == [50, 500]
    assert frame["size"].iloc[1] > frame["size"].iloc[0]  # metres become bigger circles
    assert [t["title"] for t in points["encoding"]["tooltip"]] == ["LAT", "lng", "r"]


def test_map_zoom_levels_and_errors():
    assert zoom_for(0.3) == 10 and zoom_for(100) == 1 and zoom_for(0) == 12
    chart = map_chart(pd.DataFrame({"lat": [0.0], "lon": [0.0]}), zoom=3)
    assert chart.spec["projection"]["scale"] == pytest.approx(512 * 8 / (2 * 3.141592653589793))
    # The 3-pixel minimum radius: area π·3².
    assert chart.frame["size"].iloc[0] >= 28.2
    with pytest.raises(StreamlitAPIException, match="must contain a latitude column"):
        map_chart(pd.DataFrame({"x": [1.0], "lon": [2.0]}))
    with pytest.raises(StreamlitAPIException, match="not allowed to contain null values"):
        map_chart(pd.DataFrame({"lat": [None, 1.0], "lon": [2.0, 3.0]}))
    with pytest.raises(StreamlitAPIException, match="does not appear to contain valid colors"):
        map_chart(pd.DataFrame({"lat": [1.0], "lon": [2.0], "c": ["big"]}), color="c")
    colored = map_chart(pd.DataFrame({"lat": [1.0], "lon": [2.0], "c": [(255, 0, 0)]}), color="c")
    assert colored.frame["color"].tolist() == ["rgb(255, 0, 0)"]
    assert map_chart(None).frame.empty
