"""st.map's tile options: the spec's usermeta for the UI's tile layer, the graticule
parameter, the app's ``wasmlit.mapTiles`` option and the CLI's ``--map-tiles`` flag."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from wasmlit.charts.map import GRATICULE_PARAM, MAP_META, map_chart
from wasmlit.cli.main import main
from wasmlit.cli.site import index_html
from wasmlit.runtime.session import AppSession

POINTS = pd.DataFrame({"lat": [52.5, 52.52], "lon": [13.4, 13.42]})


def test_spec_carries_centre_zoom_and_a_graticule_parameter():
    spec = map_chart(POINTS, zoom=11.5).spec
    assert spec["usermeta"][MAP_META] == {"center": pytest.approx([13.41, 52.51]), "zoom": 11.5}
    assert spec["params"] == [{"name": GRATICULE_PARAM, "value": 1}]
    graticule = spec["layer"][0]["mark"]
    assert graticule["type"] == "geoshape"
    assert graticule["opacity"] == {"expr": f"0.25 * {GRATICULE_PARAM}"}
    # The UI draws tiles with the same centre and zoom as the projection.
    assert spec["projection"]["center"] == spec["usermeta"][MAP_META]["center"]


def test_tiles_and_attribution_pass_through():
    meta = map_chart(POINTS, tiles="/t/{z}/{x}/{y}.png", attribution="© me").spec["usermeta"]
    assert meta[MAP_META]["tiles"] == "/t/{z}/{x}/{y}.png"
    assert meta[MAP_META]["attribution"] == "© me"
    assert map_chart(None, tiles="none").spec["usermeta"][MAP_META]["tiles"] == "none"


def test_app_option_reaches_the_spec(tmp_path: Path):
    script = tmp_path / "app.py"
    script.write_text(
        "import pandas as pd\nimport streamlit as st\n"
        "st.map(pd.DataFrame({'lat': [1.0], 'lon': [2.0]}))\n"
        "st.text(st.get_option('wasmlit.mapTiles'))\n"
    )
    messages: list[dict] = []
    options = {"wasmlit.mapTiles": "none", "wasmlit.mapTilesAttribution": "x"}
    AppSession(str(script), messages.append, options=options).rerun()
    nodes = [m["node"] for m in messages if m["type"] == "delta"]
    spec = json.loads(next(n for n in nodes if n.get("type") == "vega_lite_chart")["props"]["spec"])
    assert spec["usermeta"][MAP_META]["tiles"] == "none"
    assert spec["usermeta"][MAP_META]["attribution"] == "x"
    assert any(n.get("props", {}).get("body") == "none" for n in nodes)


def test_page_attributes():
    page = index_html(title="t", pyodide_url="/p/", map_tiles="/t/{z}/{x}/{y}.png?a=1&b=2")
    assert 'map-tiles="/t/{z}/{x}/{y}.png?a=1&amp;b=2"' in page
    assert "map-tiles-attribution" not in page
    assert "map-tiles" not in index_html(title="t", pyodide_url="/p/")


def test_build_flags_write_the_page_attributes(tmp_path: Path):
    if not (Path(__file__).parents[2] / "py" / "wasmlit" / "static" / "wasmlit.js").is_file():
        pytest.skip("UI bundles not built")
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\n")
    out = tmp_path / "out"
    flags = ["--map-tiles", "none", "--map-tiles-attribution", "© A & B"]
    main(["build", str(script), "--out", str(out), "--pyodide-url", "/py/", *flags])
    page = (out / "index.html").read_text()
    assert 'map-tiles="none"' in page
    assert 'map-tiles-attribution="© A &amp; B"' in page


def test_run_server_page_has_the_attribute(tmp_path: Path):
    if not (Path(__file__).parents[2] / "py" / "wasmlit" / "static" / "wasmlit.js").is_file():
        pytest.skip("UI bundles not built")
    from wasmlit.cli.server import DevApp

    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\n")
    app = DevApp(script, pyodide_url="/py/", map_tiles="/t/{z}/{x}/{y}.png")
    try:
        assert 'map-tiles="/t/{z}/{x}/{y}.png"' in app.page().decode()
    finally:
        app.close()
