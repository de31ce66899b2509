"""The Vega-Lite spec of st.map: points on a Web-Mercator projection, sized in metres.

Streamlit draws st.map with deck.gl over Carto basemap tiles. Here the points
are a Vega-Lite layer on a Mercator projection centred and zoomed as Streamlit
would (the same zoom levels: at zoom z the world is 512 * 2**z pixels wide).
Circle radii are metres converted to pixels at that zoom, at least 3 pixels,
as with Streamlit's ``radiusMinPixels``.

The UI (ui/src/charts/map-tiles*.ts*) draws raster tiles under the
transparent chart, from ``usermeta["wasmlit_map"]`` (centre, zoom and the
app's ``wasmlit.mapTiles`` option, if any): Carto's light or dark basemap by
default, a URL template of the app's choice, or none. Without tiles (offline,
failed loads, ``"none"``) a faint graticule (lines of latitude and longitude)
stays for orientation; the UI hides it through the ``wasmlit_graticule``
parameter once a tile has loaded.

Example::

    chart = map_chart(pd.DataFrame({"lat": [52.5], "lon": [13.4]}), zoom=10)
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from wasmlit.charts.builtin import BuiltChart
from wasmlit.charts.colors import is_color_like, to_css_color
from wasmlit.charts.errors import StreamlitInvalidColorError
from wasmlit.errors import StreamlitAPIException

if TYPE_CHECKING:
    import pandas as pd

LATITUDE_NAMES = ("lat", "latitude", "LAT", "LATITUDE")
LONGITUDE_NAMES = ("lon", "longitude", "LON", "LONGITUDE", "lng", "LNG")
DEFAULT_COLOR = (200, 30, 0, 160)
DEFAULT_SIZE = 100  # metres
DEFAULT_ZOOM = 12
MIN_RADIUS_PX = 3
EARTH_CIRCUMFERENCE_M = 40_075_016.686
TILE_PX = 512  # deck.gl's world width at zoom 0
# The UI sets this parameter to 0 once map tiles show, hiding the graticule.
GRATICULE_PARAM = "wasmlit_graticule"
GRATICULE_OPACITY = 0.25
# The key of the map's centre, zoom and tile options in the spec's usermeta.
MAP_META = "wasmlit_map"
# Degrees of longitude that fit at each zoom level, from 0 to 20.
ZOOM_LEVELS = [
    360, 180, 90, 45, 22.5, 11.25, 5.625, 2.813, 1.406, 0.703, 0.352, 0.176,
    0.088, 0.044, 0.022, 0.011, 0.005, 0.003, 0.001, 0.0005, 0.00025,
]  # fmt: skip


def zoom_for(distance: float) -> int:
    """The zoom level at which ``distance`` degrees fit (12 for a single point)."""
    for level in range(len(ZOOM_LEVELS) - 1):
        if ZOOM_LEVELS[level + 1] < distance <= ZOOM_LEVELS[level]:
            return level
    return DEFAULT_ZOOM


def _coordinate(df: pd.DataFrame, what: str, user: Any, names: tuple[str, ...]) -> Any:
    if isinstance(user, str) and user in df.columns:
        name: Any = user
    else:  # as Streamlit: an unknown name falls back to the usual names
        found = [n for n in names if n in df.columns]
        if not found:
            allowed = ", ".join(map(repr, sorted(names)))
            existing = ", ".join(map(repr, list(df.columns)))
            raise StreamlitAPIException(
                f"Map data must contain a {what} column named: {allowed}. "
                f"Existing columns: {existing}"
            )
        name = found[0]
    if any(df[name].isna().array):
        raise StreamlitAPIException(
            f"Column {name} is not allowed to contain null values, such as NaN, NaT, or None."
        )
    return name


def _colors(df: pd.DataFrame, color: Any) -> tuple[Any, dict[str, Any]]:
    """(per-row CSS colours or None, the colour encoding)."""
    if isinstance(color, str) and color in df.columns:
        column = df[color]
        if not len(column) or not is_color_like(column.iloc[0]):
            raise StreamlitAPIException(
                f'Column "{color}" does not appear to contain valid colors.'
            )
        return column.map(to_css_color).reset_index(drop=True), {
            "field": "color",
            "type": "nominal",
            "scale": None,  # the values are colours
            "legend": None,
        }
    value = DEFAULT_COLOR if color is None else color
    if not is_color_like(value):
        raise StreamlitInvalidColorError(color)
    return None, {"value": to_css_color(value)}


def _pixels_per_metre(latitude: float, zoom: float) -> float:
    metres_per_px = EARTH_CIRCUMFERENCE_M * math.cos(math.radians(latitude)) / (TILE_PX * 2**zoom)
    return 1 / max(metres_per_px, 1e-9)


def _areas(radii_m: Any, latitudes: Any, zoom: float) -> list[float]:
    """Vega circle sizes (areas in px²) for radii in metres."""
    sizes = []
    for radius, lat in zip(radii_m, latitudes, strict=True):
        px = max(float(radius) * _pixels_per_metre(float(lat), zoom), MIN_RADIUS_PX)
        sizes.append(math.pi * px * px)
    return sizes


def _graticule(center: tuple[float, float], zoom: float) -> dict[str, Any]:
    """Faint lines of latitude/longitude around the view, for orientation without tiles."""
    span = min(360.0 / 2**zoom * 2, 360.0)
    step = 10 ** math.floor(math.log10(max(span / 4, 1e-5)))
    lon, lat = center
    extent = [
        [max(lon - span, -180), max(lat - span, -85)],
        [min(lon + span, 180), min(lat + span, 85)],
    ]
    return {
        "data": {"graticule": {"step": [step, step], "extent": extent}},
        "mark": {
            "type": "geoshape",
            "filled": False,
            "strokeWidth": 0.5,
            "opacity": {"expr": f"{GRATICULE_OPACITY} * {GRATICULE_PARAM}"},
        },
    }


def _map_spec(
    layers: list[dict[str, Any]],
    center: tuple[float, float],
    zoom: float,
    tiles: str | None,
    attribution: str | None,
) -> dict[str, Any]:
    meta: dict[str, Any] = {"center": [float(center[0]), float(center[1])], "zoom": float(zoom)}
    if tiles is not None:
        meta["tiles"] = tiles
    if attribution is not None:
        meta["attribution"] = attribution
    return {
        "params": [{"name": GRATICULE_PARAM, "value": 1}],
        "layer": layers,
        "projection": _projection(center, zoom),
        "usermeta": {MAP_META: meta},
    }


def map_chart(
    data: Any,
    *,
    latitude: str | None = None,
    longitude: str | None = None,
    color: Any = None,
    size: Any = None,
    zoom: float | None = None,
    tiles: str | None = None,
    attribution: str | None = None,
) -> BuiltChart:
    """The spec and data of st.map (see the module docstring).

    ``tiles``/``attribution``: the app's tile URL template ("none": no tiles)
    and its attribution text; None leaves the choice to the page and the UI.
    """
    import pandas as pd

    from wasmlit.data import to_pandas

    df = pd.DataFrame() if data is None else to_pandas(data)
    if df.empty:
        center, level = (0.0, 0.0), 1.0 if zoom is None else zoom
        spec = _map_spec([_graticule(center, level)], center, level, tiles, attribution)
        return BuiltChart(spec, pd.DataFrame({"lat": [], "lon": []}))
    lat_name = _coordinate(df, "latitude", latitude, LATITUDE_NAMES)
    lon_name = _coordinate(df, "longitude", longitude, LONGITUDE_NAMES)
    lat = df[lat_name].astype(float).reset_index(drop=True)
    lon = df[lon_name].astype(float).reset_index(drop=True)
    center = ((lon.min() + lon.max()) / 2, (lat.min() + lat.max()) / 2)
    if zoom is None:
        zoom = zoom_for(max(lat.max() - lat.min(), lon.max() - lon.min()))
    frame = pd.DataFrame({"lat": lat, "lon": lon})
    size_title = None
    if isinstance(size, str) and size in df.columns:
        radii = df[size].reset_index(drop=True)
        size_title = str(size)
        frame["radius"] = radii
    elif size is None or (isinstance(size, int | float) and not isinstance(size, bool)):
        radii = pd.Series([DEFAULT_SIZE if size is None else size] * len(df))
    else:
        raise StreamlitAPIException(f"This does not look like a valid size: {size!r}")
    frame["size"] = _areas(radii, lat, float(zoom))
    colors, color_enc = _colors(df, color)
    if colors is not None:
        frame["color"] = colors
    tooltip = [
        {"field": "lat", "type": "quantitative", "title": str(lat_name)},
        {"field": "lon", "type": "quantitative", "title": str(lon_name)},
    ]
    if size_title is not None:
        tooltip.append({"field": "radius", "type": "quantitative", "title": size_title})
    points = {
        "mark": {"type": "circle", "opacity": 1},
        "encoding": {
            "longitude": {"field": "lon", "type": "quantitative"},
            "latitude": {"field": "lat", "type": "quantitative"},
            "size": {"field": "size", "type": "quantitative", "scale": None, "legend": None},
            "color": color_enc,
            "tooltip": tooltip,
        },
    }
    layers = [_graticule(center, float(zoom)), points]
    spec = _map_spec(layers, center, float(zoom), tiles, attribution)
    return BuiltChart(spec, frame)


def _projection(center: tuple[float, float], zoom: float) -> dict[str, Any]:
    # d3's mercator draws the world 2πs pixels wide for scale s.
    return {
        "type": "mercator",
        "center": [float(center[0]), float(center[1])],
        "scale": TILE_PX * 2**zoom / (2 * math.pi),
    }
