"""st.pydeck_chart: a pydeck ``Deck``, drawn by deck.gl in the browser.

The deck travels as pydeck's own JSON (``Deck.to_json()``: layers as
``{"@@type": "ScatterplotLayer", ...}``, accessors as ``"@@=expr"``), which the
UI turns into deck.gl objects with @deck.gl/json. The tooltip is not part of
that JSON, so it travels beside it. ``pydeck_obj=None`` is an empty world map.

With ``on_select="rerun"`` (or a callable) the chart is a widget whose value is
Streamlit's ``PydeckState``: picked objects per layer id, from layers that set
``id`` and ``pickable=True``::

    event = st.pydeck_chart(deck, on_select="rerun", key="map")
    event.selection.indices     # {"points": [3]}
    event.selection.objects     # {"points": [{"lat": ..., "lon": ...}]}
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import AnyJson, Arr, Bool, Enum, Int, Map, Obj, Optional, Str, Union
from wasmlit.runtime.attribute_dict import AttributeDict, attribute_tree
from wasmlit.runtime.selection_widget import selection_chart, selections_on
from wasmlit.runtime.util import check_height

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SELECTION_MODES = ("single-object", "multi-object")

# Streamlit's empty chart: the whole world, no layers, the theme's basemap.
EMPTY_MAP = {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}}

SELECTION = Obj({"indices": Map(Arr(Int())), "objects": Map(Arr(AnyJson()))})

SPEC = element(
    "pydeck_chart",
    {
        "spec": Str(),  # pydeck's Deck JSON (layers, views, initialViewState, mapStyle)
        "tooltip": Optional(Str()),  # pydeck's tooltip (True or {"html"|"text", "style"}) as JSON
        "width": WIDTH,
        "height": Union(Enum("stretch"), Int()),
        "selection_mode": Enum(*SELECTION_MODES),
        "selectable": Bool(),  # on_select is not "ignore": clicks pick objects
        "alt": Optional(Str()),
        # The current selection (None before any): the UI keeps it across reruns.
        "value": Optional(Obj({"selection": SELECTION})),
    },
    widget_value=Optional(Obj({"selection": SELECTION})),
    doc="A pydeck (deck.gl) map; a widget when on_select is on.",
)


def empty_state() -> dict[str, Any]:
    return {"selection": {"indices": {}, "objects": {}}}


def pydeck_state(wire: Any) -> AttributeDict:
    """The wire value (None before any selection) as a PydeckState."""
    state = empty_state()
    selection = wire.get("selection") if isinstance(wire, dict) else None
    if isinstance(selection, dict):
        for name in ("indices", "objects"):
            if isinstance(selection.get(name), dict):
                state["selection"][name] = selection[name]
    result = attribute_tree(state)
    assert isinstance(result, AttributeDict)
    return result


def deck_json(pydeck_obj: Any) -> str:
    """The deck's JSON text; Streamlit's empty map for None."""
    if pydeck_obj is None:
        return json.dumps(EMPTY_MAP)
    to_json = getattr(pydeck_obj, "to_json", None)
    if not callable(to_json):
        raise StreamlitAPIException(
            f"st.pydeck_chart expects a pydeck.Deck, got {type(pydeck_obj).__name__}."
        )
    # Round-trip so the text is compact and the UI gets plain JSON whatever pydeck emits.
    return json.dumps(json.loads(to_json()), separators=(",", ":"))


def tooltip_json(pydeck_obj: Any) -> str | None:
    """pydeck keeps the tooltip out of to_json(); None when it is off."""
    tooltip = getattr(pydeck_obj, "_tooltip", None) if pydeck_obj is not None else None
    if not tooltip:
        return None
    return json.dumps(tooltip, default=str)


def _check_mode(selection_mode: Any) -> str:
    if selection_mode not in SELECTION_MODES:
        raise StreamlitAPIException(
            f"Invalid selection mode: {selection_mode}. Valid options are: {list(SELECTION_MODES)}"
        )
    return str(selection_mode)


def _height(height: Any) -> str | int:
    if height == "stretch":
        return "stretch"
    pixels = check_height(height)
    return 500 if pixels is None else pixels


def _width(width: Any, use_container_width: Any) -> str | int:
    """``width`` after the deprecated ``use_container_width`` (True: stretch)."""
    if use_container_width is True:
        return "stretch"
    return check_width(width, allow_content=False)


def pydeck_chart(
    dg: DeltaGenerator,
    pydeck_obj: Any = None,
    *,
    width: Any = "stretch",
    use_container_width: bool | None = None,
    height: Any = 500,
    selection_mode: Any = "single-object",
    on_select: Any = "ignore",
    key: Any = None,
    alt: Any = None,
) -> Any:
    """st.pydeck_chart: returns the element, or the PydeckState when selections are on."""
    selectable = selections_on(on_select)
    mode = _check_mode(selection_mode)
    spec = deck_json(pydeck_obj)
    props = {
        "spec": spec,
        "tooltip": tooltip_json(pydeck_obj),
        "width": _width(width, use_container_width),
        "height": _height(height),
        "selection_mode": mode,
        "selectable": selectable,
        "alt": None if alt is None else str(alt),
        "value": None,
    }
    return selection_chart(
        dg,
        "pydeck_chart",
        props,
        key=key,
        on_select=on_select,
        # Without a key a new deck is a new widget; with one, only the mode is, so
        # data updates keep the selection (as in Streamlit).
        identity={
            "spec": hashlib.sha1(spec.encode("utf-8")).hexdigest(),
            "selection_mode": mode,
            "width": props["width"],
            "height": props["height"],
        },
        key_identity=("selection_mode",),
        deserialize=pydeck_state,
    )
