/**
 * st.pydeck_chart in real Chromium (WebGL 2 through SwiftShader, no extra
 * flags) with real Pyodide and the offline pydeck wheel: a ScatterplotLayer
 * draws into the element's canvas, a point sits under the pixel pydeck's view
 * puts it at, hovering shows the tooltip, and clicks with on_select="rerun"
 * reach the script as PydeckState (one object; shift adds; empty space clears).
 * Carto's tile server is answered by the test with one PNG so no request
 * leaves the machine, and the test checks which tiles were asked for. An H3
 * and a great-circle layer come from the extra chunk (@deck.gl/geo-layers)
 * without fetching anything else; an unknown `@@type` is named in an alert
 * while the deck's other layers draw.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { eventually, openApp, rerunAfter, type AppUnderTest } from "./harness.ts";

const APP = `import pydeck as pdk
import streamlit as st

points = [
    {"name": "west", "lat": 37.78, "lon": -122.46},
    {"name": "middle", "lat": 37.78, "lon": -122.42},
    {"name": "east", "lat": 37.78, "lon": -122.38},
]
layer = pdk.Layer("ScatterplotLayer", data=points, id="pts", get_position="[lon, lat]",
                  get_radius=300, radius_min_pixels=12, get_fill_color=[255, 0, 0], pickable=True)
deck = pdk.Deck(layers=[layer], map_style=None, tooltip={"text": "{name}"},
                initial_view_state=pdk.ViewState(latitude=37.78, longitude=-122.42, zoom=11))
event = st.pydeck_chart(deck, on_select="rerun", key="map", height=400)
st.text(f"selected: {event.selection.indices}")
st.text(f"names: {[o['name'] for o in event.selection.objects.get('pts', [])]}")
st.text(f"pydeck {pdk.__version__}")
# Streamlit's own example layer: an aggregation layer from @deck.gl/aggregation-layers.
cloud = [{"lat": 37.78 + (i % 7) * 0.001, "lon": -122.42 + (i // 7) * 0.001} for i in range(49)]
hexes = pdk.Layer("HexagonLayer", data=cloud, id="hex", get_position="[lon, lat]", radius=400,
                  elevation_scale=4, extruded=True, pickable=True)
st.pydeck_chart(pdk.Deck(layers=[hexes], map_style="dark", initial_view_state=pdk.ViewState(
    latitude=37.783, longitude=-122.417, zoom=12)), height=300)
# Geo layers from the extra chunk: h3-js in the bundle, no worker or CDN.
h3 = pdk.Layer("H3HexagonLayer", data=[{"hex": "8928308280fffff", "n": 5}], id="h3", get_hexagon="hex",
               get_fill_color=[0, 120, 255], pickable=True)
arc = pdk.Layer("GreatCircleLayer", data=[{"from": [-122.45, 37.75], "to": [-122.35, 37.80]}], id="arc",
                get_source_position="from", get_target_position="to", get_width=8, width_min_pixels=8,
                get_source_color=[0, 200, 0], get_target_color=[0, 200, 0], pickable=True)
st.pydeck_chart(pdk.Deck(layers=[h3, arc], map_style=None, initial_view_state=pdk.ViewState(
    latitude=37.7767, longitude=-122.4185, zoom=13)), height=300)
foo = pdk.Layer("FooLayer", data=[], id="foo")
dot = pdk.Layer("ScatterplotLayer", data=[{"lat": 37.78, "lon": -122.42}], id="dot", get_position="[lon, lat]",
                get_radius=300, radius_min_pixels=12, pickable=True)
st.pydeck_chart(pdk.Deck(layers=[foo, dot], map_style=None, initial_view_state=pdk.ViewState(
    latitude=37.78, longitude=-122.42, zoom=11)), height=300)
`;

// A 1x1 grey PNG stands in for every Carto tile.
const TILE = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==",
  "base64",
);

/** Every request leaving the machine that is not a Carto tile (there should be none). */
function answerTiles(urls: string[], elsewhere: string[]): (page: Page) => Promise<void> {
  return async (page) => {
    page.on("request", (request) => {
      const { hostname } = new URL(request.url());
      if (request.url().startsWith("http") && !["localhost", "127.0.0.1"].includes(hostname) && !hostname.endsWith("cartocdn.com")) {
        elsewhere.push(request.url());
      }
    });
    await page.route(/basemaps\.cartocdn\.com/, async (route) => {
      urls.push(route.request().url());
      await route.fulfill({ status: 200, contentType: "image/png", body: TILE });
    });
  };
}

describe("pydeck_chart", () => {
  let t: AppUnderTest;
  const tiles: string[] = [];
  const elsewhere: string[] = [];
  before(async () => {
    t = await openApp({ "app.py": APP }, { beforeLoad: answerTiles(tiles, elsewhere) });
  });
  after(async () => {
    await t?.close();
  });

  const texts = () => t.app.locator('[data-testid="stText"]').allInnerTexts();
  const chart = () => t.app.locator('[data-testid="stDeckGlJsonChart"]').first();

  /** Where deck.gl draws each point (CSS pixels in the canvas), once it can pick them there. */
  async function pointPixels(): Promise<[number, number][]> {
    let pixels: [number, number][] | null = null;
    const read = async () => {
      pixels = await chart()
        .locator("div")
        .first()
        .evaluate((el) => {
          type Viewport = { project(xy: number[]): number[] };
          type Deck = {
            getViewports(): Viewport[];
            pickObject(o: { x: number; y: number; radius: number }): { layer?: { id: string }; index: number } | null;
          };
          const deck = (el as HTMLElement & { wasmlitDeck?: Deck }).wasmlitDeck;
          const viewport = deck?.getViewports()[0];
          if (!deck || !viewport) return null;
          const out = [-122.46, -122.42, -122.38].map((lon) => viewport.project([lon, 37.78]) as [number, number]);
          const picked = out.map(([x, y]) => deck.pickObject({ x, y, radius: 1 }));
          return picked.every((p, i) => p?.layer?.id === "pts" && p.index === i) ? out : null;
        });
      return pixels !== null;
    };
    await eventually(read, true, 60_000);
    assert.ok(pixels);
    return pixels;
  }

  /** The scatter layer's highlightedObjectIndex as deck.gl has it now. */
  const highlighted = () =>
    chart()
      .locator("div")
      .first()
      .evaluate((el) => {
        type Deck = { props: { layers: { id: string; props: { highlightedObjectIndex?: number | null } }[] } };
        const deck = (el as HTMLElement & { wasmlitDeck?: Deck }).wasmlitDeck;
        return deck?.props.layers.find((layer) => layer?.id === "pts")?.props.highlightedObjectIndex ?? null;
      });

  async function clickAt([x, y]: [number, number], modifiers: "Shift"[] = []): Promise<void> {
    const box = await chart().boundingBox();
    assert.ok(box);
    for (const key of modifiers) await t.page.keyboard.down(key);
    await rerunAfter(t.app, () => t.page.mouse.click(box.x + x, box.y + y));
    for (const key of modifiers) await t.page.keyboard.up(key);
  }

  test("the offline pydeck wheel imports and the layer draws into a WebGL canvas", async () => {
    assert.ok((await texts()).includes("pydeck 0.9.1"));
    const canvas = chart().locator("canvas");
    await canvas.first().waitFor({ timeout: 60_000 });
    const box = await chart().boundingBox();
    assert.ok(box && Math.round(box.height) === 400, `height ${box?.height}`);
    const webgl = await canvas.first().evaluate((c: HTMLCanvasElement) => c.getContext("webgl2") !== null);
    assert.ok(webgl, "deck.gl's canvas has a WebGL 2 context");
    const [west, middle, east] = await pointPixels();
    // The view is centred on the middle point; the others sit left and right of it.
    assert.ok(west && middle && east);
    assert.ok(Math.abs(middle[0] - box.width / 2) < 2 && Math.abs(middle[1] - box.height / 2) < 2, `middle at ${middle}`);
    assert.ok(west[0] < middle[0] && middle[0] < east[0]);
  });

  test("the basemap asks Carto for raster tiles: light for map_style=None in a light app, dark for 'dark'", async () => {
    const light = /^https:\/\/[a-d]\.basemaps\.cartocdn\.com\/light_all\/\d+\/\d+\/\d+\.png$/;
    const dark = /^https:\/\/[a-d]\.basemaps\.cartocdn\.com\/dark_all\/\d+\/\d+\/\d+\.png$/;
    const seen = () => [tiles.some((u) => light.test(u)), tiles.some((u) => dark.test(u))];
    await eventually(async () => seen(), [true, true], 30_000);
    assert.ok(tiles.every((u) => light.test(u) || dark.test(u)), tiles.slice(0, 3).join(" "));
    assert.match(await chart().innerText(), /OpenStreetMap contributors © CARTO/);
  });

  test("a HexagonLayer aggregates the points into a pickable column", async () => {
    const hex = t.app.locator('[data-testid="stDeckGlJsonChart"]').nth(1).locator("div").first();
    const picked = () =>
      hex.evaluate((el) => {
        type Deck = {
          getViewports(): { project(xy: number[]): number[] }[];
          pickObject(o: { x: number; y: number; radius: number }): { layer?: { id: string }; object?: { count?: number } } | null;
        };
        const deck = (el as HTMLElement & { wasmlitDeck?: Deck }).wasmlitDeck;
        const [x = 0, y = 0] = deck?.getViewports()[0]?.project([-122.417, 37.783]) ?? [];
        const info = deck?.pickObject({ x, y, radius: 4 });
        return info?.layer?.id === "hex" && (info.object?.count ?? 0) > 0;
      });
    await eventually(picked, true, 60_000);
  });

  /** The layer id deck.gl picks within `radius` px of a [lon, lat] in the nth chart, or null. */
  const pickAt = (nth: number, lonLat: [number, number], radius = 2) =>
    t.app
      .locator('[data-testid="stDeckGlJsonChart"]')
      .nth(nth)
      .locator("div")
      .first()
      .evaluate((el, [at, r]) => {
        type Deck = {
          getViewports(): { project(xy: number[]): number[] }[];
          pickObject(o: { x: number; y: number; radius: number }): { layer?: { id: string } } | null;
        };
        const deck = (el as HTMLElement & { wasmlitDeck?: Deck }).wasmlitDeck;
        const viewport = deck?.getViewports()[0];
        if (!deck || !viewport) return null;
        const [x = 0, y = 0] = viewport.project(at);
        return deck.pickObject({ x, y, radius: r })?.layer?.id ?? null;
      }, [lonLat, radius] as const);

  test("H3HexagonLayer and GreatCircleLayer (extra chunk) draw pickable objects, fetching nothing else", async () => {
    await eventually(() => pickAt(2, [-122.41846, 37.7767]), "h3", 60_000); // the hexagon's centre
    // Near the arc's middle: deck.gl draws the great circle a few pixels off the straight line.
    await eventually(() => pickAt(2, [-122.4, 37.775], 16), "arc", 30_000);
    assert.deepEqual(elsewhere, []);
  });

  test("an unknown @@type is named in an alert while the other layers draw", async () => {
    const unknown = t.app.locator('[data-testid="stDeckGlJsonChart"]').nth(3);
    const alert = unknown.locator('[role="alert"]');
    await eventually(async () => (await alert.count()) && (await alert.innerText()).trim(), "pydeck layer FooLayer is not available in wasmlit; the rest of the deck is drawn without it.", 30_000);
    assert.equal(await alert.locator("code").innerText(), "FooLayer");
    await eventually(() => pickAt(3, [-122.42, 37.78]), "dot", 60_000);
  });

  test("hovering a point shows pydeck's tooltip", async () => {
    const [, middle] = await pointPixels();
    const box = await chart().boundingBox();
    assert.ok(box && middle);
    await t.page.mouse.move(box.x + middle[0], box.y + middle[1]);
    const tooltip = chart().locator(".deck-tooltip");
    await eventually(async () => (await tooltip.isVisible()) && (await tooltip.innerText()).trim(), "middle", 10_000);
  });

  test("clicks select points through on_select='rerun'; shift adds; empty space clears", async () => {
    assert.ok((await texts()).includes("selected: {}"));
    const [west, middle, east] = await pointPixels();
    assert.ok(west && middle && east);
    await clickAt(middle);
    await eventually(async () => (await texts()).slice(0, 2), ["selected: {'pts': [1]}", "names: ['middle']"]);
    await clickAt(east, ["Shift"]);
    await eventually(async () => (await texts()).slice(0, 2), ["selected: {'pts': [1, 2]}", "names: ['middle', 'east']"]);
    await clickAt(west); // a plain click: that point alone
    await eventually(async () => (await texts()).slice(0, 2), ["selected: {'pts': [0]}", "names: ['west']"]);
    // After the rerun the selected point is drawn highlighted.
    await eventually(highlighted, 0);
    await clickAt([10, 10]); // nothing there
    await eventually(async () => (await texts()).slice(0, 2), ["selected: {}", "names: []"]);
  });
});
