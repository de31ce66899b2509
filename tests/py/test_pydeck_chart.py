"""st.pydeck_chart: pydeck's Deck JSON in the element, the empty map, PydeckState selections."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pydeck")


def only(at, kind):
    (element,) = at.get(kind)
    return element


def texts(at):
    return [t.value for t in at.text]


DECK = """
import pydeck as pdk
points = [{"name": "a", "lat": 37.76, "lon": -122.4}, {"name": "b", "lat": 37.8, "lon": -122.45}]
layer = pdk.Layer("ScatterplotLayer", data=points, id="pts", get_position="[lon, lat]",
                  get_radius=200, get_fill_color=[255, 0, 0], pickable=True)
deck = pdk.Deck(layers=[layer], initial_view_state=pdk.ViewState(latitude=37.78,
                longitude=-122.42, zoom=11), map_style=None, tooltip={"text": "{name}"})
"""


def test_deck_json_and_tooltip_travel_in_the_element(make_app):
    app = "import streamlit as st\n" + DECK
    at = make_app(app + "r = st.pydeck_chart(deck, height=320)\nst.text(type(r).__name__)\n").run()
    chart = only(at, "pydeck_chart")
    spec = json.loads(chart.props["spec"])
    (layer,) = spec["layers"]
    assert layer["@@type"] == "ScatterplotLayer" and layer["id"] == "pts"
    assert layer["getPosition"] == "@@=[lon, lat]" and layer["pickable"] is True
    assert layer["data"][1] == {"name": "b", "lat": 37.8, "lon": -122.45}
    assert spec["initialViewState"] == {"latitude": 37.78, "longitude": -122.42, "zoom": 11}
    assert spec["views"] == [{"@@type": "MapView", "controller": True}]
    assert "mapStyle" not in spec  # map_style=None: the UI follows the app theme
    assert json.loads(chart.props["tooltip"]) == {"text": "{name}"}
    assert {k: chart.props[k] for k in ("width", "height", "selection_mode", "selectable")} == {
        "width": "stretch",
        "height": 320,
        "selection_mode": "single-object",
        "selectable": False,
    }
    assert chart.id is None and texts(at) == ["DeltaGenerator"]


def test_none_is_an_empty_world_map_and_default_style_is_kept(make_app):
    at = make_app(
        """
        import pydeck as pdk
        import streamlit as st
        st.pydeck_chart()
        st.pydeck_chart(pdk.Deck(), width=300, use_container_width=True, alt="World")
        """
    ).run()
    empty, default = at.get("pydeck_chart")
    assert json.loads(empty.props["spec"]) == {
        "initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}
    }
    assert empty.props["tooltip"] is None and empty.props["height"] == 500
    # pydeck's own default map_style is Carto's dark-matter.
    assert "dark-matter" in json.loads(default.props["spec"])["mapStyle"]
    assert (default.props["width"], default.props["alt"]) == ("stretch", "World")


def test_st_write_draws_a_deck(make_app):
    at = make_app("import streamlit as st\n" + DECK + "st.write(deck)\n").run()
    assert json.loads(only(at, "pydeck_chart").props["spec"])["layers"][0]["id"] == "pts"
    assert not at.warning


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ("on_select='yes'", "on_select"),
        ("selection_mode='points'", "Invalid selection mode"),
        ("width='content'", "Invalid width"),
        ("height=-1", "Invalid height"),
    ],
)
def test_argument_errors(make_app, args, message):
    at = make_app(f"import streamlit as st\nst.pydeck_chart({args})").run()
    assert at.exception and message in at.exception[0].message


def test_a_non_deck_is_an_error(make_app):
    at = make_app("import streamlit as st\nst.pydeck_chart({'layers': []})").run()
    assert at.exception and "pydeck.Deck" in at.exception[0].message


SELECT_APP = (
    "import streamlit as st\n"
    + DECK
    + """
def changed():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
event = st.pydeck_chart(deck, key="map", on_select=ON_SELECT, selection_mode="multi-object")
st.text(repr(event.selection.indices))
st.text(repr(event["selection"]["objects"]))
st.text(repr(st.session_state.map.selection.indices))
st.text(repr(st.session_state.get("calls", 0)))
"""
)

PICKED = {"indices": {"pts": [1]}, "objects": {"pts": [{"name": "b", "lat": 37.8, "lon": -122.45}]}}


@pytest.mark.parametrize("on_select", ['"rerun"', "changed"])
def test_selection_state_reaches_the_script(make_app, on_select):
    at = make_app(SELECT_APP.replace("ON_SELECT", on_select)).run()
    chart = only(at, "pydeck_chart")
    assert chart.props["selectable"] is True and chart.id is not None
    assert chart.props["selection_mode"] == "multi-object"
    assert texts(at) == ["{}", "{}", "{}", "0"]
    at._set_pending(chart.id, {"selection": PICKED})
    at.run()
    calls = "1" if on_select == "changed" else "0"
    assert texts(at) == ["{'pts': [1]}", repr(PICKED["objects"]), "{'pts': [1]}", calls]
    # The selection travels back so the UI keeps it (and its highlight) after the rerun.
    assert only(at, "pydeck_chart").props["value"] == {"selection": PICKED}


def test_selection_is_read_only_in_session_state(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.map = {"selection": {}}
        st.pydeck_chart(key="map", on_select="rerun")
        """
    ).run()
    assert at.exception and "map" in at.exception[0].message


def test_with_a_key_the_selection_survives_new_data(make_app):
    at = make_app(
        """
        import pydeck as pdk
        import streamlit as st
        n = st.session_state.get("n", 1)
        layer = pdk.Layer("ScatterplotLayer", data=[{"lat": n, "lon": n}], id="p",
                          get_position="[lon, lat]", pickable=True)
        event = st.pydeck_chart(pdk.Deck(layers=[layer]), key="k", on_select="rerun")
        st.text(repr(event.selection.indices))
        st.session_state.n = n + 1
        """
    ).run()
    chart = only(at, "pydeck_chart")
    at._set_pending(chart.id, {"selection": {"indices": {"p": [0]}, "objects": {"p": [{}]}}})
    at.run()
    assert texts(at) == ["{'p': [0]}"]
    at.run()  # the deck changed, the key did not
    assert texts(at) == ["{'p': [0]}"] and only(at, "pydeck_chart").id == chart.id
