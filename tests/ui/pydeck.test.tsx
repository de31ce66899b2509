/**
 * st.pydeck_chart without a GPU: pydeck JSON through the real @deck.gl/json
 * converter, the Carto basemap choice, tooltips, click -> PydeckState, and the
 * element's message where WebGL is missing (jsdom has no WebGL).
 */
import { MapView } from "@deck.gl/core";
import { ScatterplotLayer } from "@deck.gl/layers";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  EXTRA_TYPES,
  basemapFor,
  classPlan,
  deckTypes,
  emptySelection,
  fillTemplate,
  isEmpty,
  nextSelection,
  parseDeck,
  tileUrl,
  tooltipFor,
  unknownMessage,
} from "../../ui/src/charts/deck-config";
import { BASE_TYPES, CLASSES, convertDeck, loadExtraClasses } from "../../ui/src/charts/deck-convert";
import { render as PydeckChart } from "../../ui/src/charts/deck-impl";
import { el } from "./fixtures";

afterEach(() => {
  document.body.innerHTML = "";
  vi.restoreAllMocks();
});

// What pydeck 0.9.1's Deck.to_json() gives for one ScatterplotLayer.
const PYDECK_JSON = JSON.stringify({
  initialViewState: { latitude: 37.78, longitude: -122.42, zoom: 11 },
  layers: [
    {
      "@@type": "ScatterplotLayer",
      data: [{ name: "a", lat: 37.76, lon: -122.4 }],
      getPosition: "@@=[lon, lat]",
      getRadius: 200,
      id: "pts",
      pickable: true,
    },
  ],
  mapProvider: "carto",
  views: [{ "@@type": "MapView", controller: true }],
});

describe("pydeck JSON -> deck.gl", () => {
  it("makes real layers, accessors and views", () => {
    const out = convertDeck(parseDeck(PYDECK_JSON));
    const [layer] = out.layers as ScatterplotLayer[];
    expect(layer).toBeInstanceOf(ScatterplotLayer);
    expect(layer?.id).toBe("pts");
    const getPosition = layer?.props.getPosition as (d: unknown) => unknown;
    expect(getPosition({ lon: 1.5, lat: 2.5 })).toEqual([1.5, 2.5]);
    expect((out.views as unknown[])[0]).toBeInstanceOf(MapView);
    expect(out.initialViewState).toEqual({ latitude: 37.78, longitude: -122.42, zoom: 11 });
  });

  it("knows the core and aggregation layers and the basemap's TileLayer by name", () => {
    const names = ["ScatterplotLayer", "PathLayer", "GeoJsonLayer", "TextLayer", "ColumnLayer", "HexagonLayer", "HeatmapLayer", "TileLayer", "MapView"];
    for (const name of names) {
      expect(typeof CLASSES[name], name).toBe("function");
    }
    expect(parseDeck("[1]")).toEqual({});
  });
});

describe("the extra chunk (geo and mesh layers, other views)", () => {
  const h3 = {
    layers: [
      { "@@type": "H3HexagonLayer", id: "hex", data: [{ hex: "8928308280fffff" }], getHexagon: "@@=hex" },
      { "@@type": "ScatterplotLayer", id: "pts", data: [] },
      { "@@type": "FooLayer", id: "foo", subLayer: { "@@type": "BarLayer" } },
    ],
    views: [{ "@@type": "OrbitView" }],
  };

  it("scans every @@type, nested ones too, once each", () => {
    expect(deckTypes(h3)).toEqual(["H3HexagonLayer", "ScatterplotLayer", "FooLayer", "BarLayer", "OrbitView"]);
    expect(deckTypes(parseDeck(PYDECK_JSON))).toEqual(["ScatterplotLayer", "MapView"]);
    expect(deckTypes(null)).toEqual([]);
  });

  it("loads the extra chunk only when a deck names one of its classes", () => {
    expect(classPlan(deckTypes(parseDeck(PYDECK_JSON)), BASE_TYPES)).toEqual({ extra: false, unknown: [] });
    expect(classPlan(["TileLayer", "MapView"], BASE_TYPES)).toEqual({ extra: false, unknown: [] }); // TileLayer is in the base chunk
    expect(classPlan(["GreatCircleLayer"], BASE_TYPES)).toEqual({ extra: true, unknown: [] });
    expect(classPlan(deckTypes(h3), BASE_TYPES)).toEqual({ extra: true, unknown: ["FooLayer", "BarLayer"] });
    expect(classPlan(["FooLayer"], BASE_TYPES)).toEqual({ extra: false, unknown: ["FooLayer"] });
  });

  it("holds exactly the classes EXTRA_TYPES names, with loaders that need no CDN worker", async () => {
    const extra = await loadExtraClasses();
    expect(Object.keys(extra).sort()).toEqual([...EXTRA_TYPES].sort());
    for (const name of EXTRA_TYPES) expect(typeof extra[name], name).toBe("function");
    for (const name of ["MVTLayer", "TerrainLayer"]) {
      const layer = extra[name] as unknown as { layerName: string; defaultProps: { loaders: { parse?: unknown }[] } };
      expect(layer.layerName).toBe(name);
      expect(typeof layer.defaultProps.loaders[0]?.parse, name).toBe("function"); // parses here, not in a worker from unpkg
    }
  });

  it("converts geo layers and views once loaded; unknown classes are dropped", async () => {
    const extra = await loadExtraClasses();
    const out = convertDeck(h3, extra);
    const shown = (out.layers as ({ id: string; constructor: { layerName: string } } | null)[]).filter(Boolean);
    expect(shown.map((l) => [l?.id, l?.constructor.layerName])).toEqual([
      ["hex", "H3HexagonLayer"],
      ["pts", "ScatterplotLayer"],
    ]);
    expect((out.views as { constructor: { name: string } }[])[0]?.constructor.name).toBe("OrbitView");
  });

  it("names what is missing", () => {
    expect(unknownMessage([])).toBeNull();
    expect(unknownMessage(["FooLayer"])).toBe("pydeck layer `FooLayer` is not available in wasmlit; the rest of the deck is drawn without it.");
    expect(unknownMessage(["AView", "BView"])).toMatch(/^pydeck views `AView`, `BView` are not available in wasmlit/);
    expect(unknownMessage(["FooLayer", "Bar"])).toMatch(/^pydeck classes `FooLayer`, `Bar` are/);
  });
});

describe("basemap", () => {
  it("follows pydeck's map_style, else the app theme", () => {
    expect(basemapFor("https://basemaps.cartocdn.com/gl/dark-matter-gl-style/style.json", false)).toBe("dark_all");
    expect(basemapFor("https://basemaps.cartocdn.com/gl/positron-gl-style/style.json", true)).toBe("light_all");
    expect(basemapFor("https://basemaps.cartocdn.com/gl/voyager-gl-style/style.json", true)).toBe("rastertiles/voyager");
    expect(basemapFor(undefined, true)).toBe("dark_all");
    expect(basemapFor(null, false)).toBe("light_all");
  });

  it("spreads tiles over Carto's subdomains", () => {
    expect(tileUrl("light_all", 1, 2, 3)).toBe("https://d.basemaps.cartocdn.com/light_all/3/1/2.png");
    expect(tileUrl("dark_all", 0, 0, 0)).toBe("https://a.basemaps.cartocdn.com/dark_all/0/0/0.png");
  });
});

describe("tooltip", () => {
  it("fills {field} from the object or its GeoJSON properties", () => {
    expect(fillTemplate("{name}: {n} {missing}", { name: "a", n: 2 })).toBe("a: 2 {missing}");
    expect(fillTemplate("{kind}", { type: "Feature", properties: { kind: "park" } })).toBe("park");
  });

  it("is text, html or the whole object, and nothing without a pick", () => {
    expect(tooltipFor({ text: "{name}" }, { name: "a" })).toEqual({ text: "a", style: undefined });
    expect(tooltipFor({ html: "<b>{name}</b>", style: { color: "red" } }, { name: "a" })).toEqual({ html: "<b>a</b>", style: { color: "red" } });
    expect(tooltipFor(true, { n: 1 })).toEqual({ text: JSON.stringify({ n: 1 }, null, 1) });
    expect(tooltipFor({ text: "{name}" }, null)).toBeNull();
    expect(tooltipFor(null, { name: "a" })).toBeNull();
  });
});

describe("selection (PydeckState)", () => {
  const a = { layerId: "pts", index: 0, object: { name: "a" } };
  const b = { layerId: "pts", index: 1, object: { name: "b" } };
  const c = { layerId: "other", index: 4, object: { v: undefined } };

  it("single-object: a click selects one object, clicking it again clears", () => {
    const one = nextSelection(null, a, "single-object", false);
    expect(one).toEqual({ selection: { indices: { pts: [0] }, objects: { pts: [{ name: "a" }] } } });
    expect(nextSelection(one, b, "single-object", false).selection.indices).toEqual({ pts: [1] });
    expect(nextSelection(one, a, "single-object", false)).toEqual(emptySelection());
  });

  it("shift/ctrl-click or multi-object adds and removes, per layer", () => {
    let state = nextSelection(null, a, "single-object", false);
    state = nextSelection(state, b, "single-object", true);
    state = nextSelection(state, c, "multi-object", false);
    expect(state.selection.indices).toEqual({ pts: [0, 1], other: [4] });
    expect(state.selection.objects.other).toEqual([{}]); // JSON-safe copy
    state = nextSelection(state, a, "multi-object", false);
    state = nextSelection(state, c, "multi-object", false);
    expect(state).toEqual({ selection: { indices: { pts: [1] }, objects: { pts: [{ name: "b" }] } } });
  });

  it("a click on empty space clears", () => {
    const state = nextSelection(null, a, "multi-object", false);
    expect(nextSelection(state, null, "multi-object", false)).toEqual(emptySelection());
    expect(isEmpty(emptySelection())).toBe(true);
    expect(isEmpty(state)).toBe(false);
  });
});

describe("PydeckChart without WebGL", () => {
  it("says WebGL is missing instead of crashing", async () => {
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
    const host = document.createElement("div");
    document.body.appendChild(host);
    await act(() => render(<PydeckChart node={el("pydeck_chart", { spec: PYDECK_JSON, height: 300 })} />, host));
    const chart = host.querySelector<HTMLElement>('[data-testid="stDeckGlJsonChart"]');
    expect(chart?.style.height).toBe("300px");
    expect(chart?.querySelector('[role="alert"]')?.textContent).toMatch(/WebGL/);
    expect(chart?.querySelector("canvas")).toBeNull();
  });
});
