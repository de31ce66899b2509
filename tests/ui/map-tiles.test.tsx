/**
 * st.map's tiles: which XYZ tiles cover a view at a centre and zoom, where each
 * goes in pixels (also at fractional zooms), their URLs and where the template
 * comes from; and the tile layer showing only loaded tiles.
 */
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import {
  CARTO_ATTRIBUTION,
  CARTO_DARK,
  CARTO_LIGHT,
  coveringTiles,
  tileSource,
  tileUrl,
  tileZoom,
  worldPoint,
  type MapView,
  type Tile,
} from "../../ui/src/charts/map-tiles";
import { MapTiles } from "../../ui/src/charts/map-tiles-layer";

/** The pixel of [lon, lat] in the view, as the tiles place it: its tile's corner plus the offset inside. */
function pixelOf(tiles: Tile[], lon: number, lat: number): [number, number] {
  const tile = tiles[0]!;
  const n = 2 ** tile.z;
  const [wx, wy] = worldPoint(lon, lat);
  const [x, y] = [wx * n, wy * n];
  const hit = tiles.find((t) => t.x === Math.floor(x) && t.y === Math.floor(y));
  if (!hit) throw new Error(`no tile under ${lon}, ${lat}`);
  return [hit.left + (x - hit.x) * hit.size, hit.top + (y - hit.y) * hit.size];
}

/** d3.geoMercator as st.map's spec sets it up: scale 512·2^z/2π, centre in the middle. */
function projected(view: MapView, lon: number, lat: number): [number, number] {
  const s = (512 * 2 ** view.zoom) / (2 * Math.PI);
  const merc = (la: number) => Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360));
  const rad = (d: number) => (d * Math.PI) / 180;
  return [
    view.width / 2 + s * (rad(lon) - rad(view.center[0])),
    view.height / 2 - s * (merc(lat) - merc(view.center[1])),
  ];
}

describe("tile math", () => {
  it("puts the world in a unit square, clamped at Web Mercator's latitude limit", () => {
    expect(worldPoint(0, 0)).toEqual([0.5, 0.5]);
    const [x, y] = worldPoint(-180, 89);
    expect(x).toBe(0);
    expect(y).toBeCloseTo(0, 9);
    expect(worldPoint(180, -89)[1]).toBeCloseTo(1, 9);
  });

  it("draws 256-px tiles at zoom z + 1, rounding fractional zooms, within 0..20", () => {
    expect([tileZoom(0), tileZoom(12), tileZoom(11.4), tileZoom(11.6), tileZoom(-3), tileZoom(24)]).toEqual([
      1, 13, 12, 13, 0, 20,
    ]);
  });

  it("covers the whole world at zoom 0 with the four tiles of zoom 1", () => {
    const tiles = coveringTiles({ center: [0, 0], zoom: 0, width: 512, height: 512 });
    expect(tiles.map((t) => [t.z, t.x, t.y, t.left, t.top, t.size])).toEqual([
      [1, 0, 0, 0, 0, 256],
      [1, 1, 0, 256, 0, 256],
      [1, 0, 1, 0, 256, 256],
      [1, 1, 1, 256, 256, 256],
    ]);
  });

  it("draws no tiles outside the world (no wrapping)", () => {
    const tiles = coveringTiles({ center: [0, 0], zoom: 0, width: 1000, height: 600 });
    expect(tiles.map((t) => `${t.x}/${t.y}`)).toEqual(["0/0", "1/0", "0/1", "1/1"]);
    expect(tiles[0]!.left).toBe(244);
    expect(tiles[0]!.top).toBe(44);
  });

  it("covers the view exactly and places points where the Mercator projection draws them", () => {
    for (const zoom of [12, 11.5, 10.3, 3.7, 21.2]) {
      const view: MapView = { center: [13.4, 52.51], zoom, width: 701, height: 500 };
      const tiles = coveringTiles(view);
      const size = (512 * 2 ** zoom) / 2 ** tileZoom(zoom);
      expect(tiles.every((t) => Math.abs(t.size - size) < 1e-9)).toBe(true);
      // Every pixel of the view is under a tile, and every tile touches the view.
      expect(Math.min(...tiles.map((t) => t.left))).toBeLessThanOrEqual(0);
      expect(Math.min(...tiles.map((t) => t.top))).toBeLessThanOrEqual(0);
      expect(Math.max(...tiles.map((t) => t.left + t.size))).toBeGreaterThanOrEqual(view.width);
      expect(Math.max(...tiles.map((t) => t.top + t.size))).toBeGreaterThanOrEqual(view.height);
      expect(tiles.every((t) => t.left < view.width && t.top < view.height && t.left + t.size > 0)).toBe(true);
      for (const [lon, lat] of [view.center, [13.41, 52.52], [13.39, 52.5]] as [number, number][]) {
        const [ex, ey] = projected(view, lon, lat);
        if (ex < 0 || ey < 0 || ex > view.width || ey > view.height) continue;
        const [px, py] = pixelOf(tiles, lon, lat);
        expect(px).toBeCloseTo(ex, 6);
        expect(py).toBeCloseTo(ey, 6);
      }
    }
  });

  it("scales tiles at fractional zoom: zoom 11.5 draws zoom-13 tiles 181 px wide", () => {
    const tiles = coveringTiles({ center: [0, 0], zoom: 11.5, width: 400, height: 300 });
    expect(tiles[0]!.z).toBe(13);
    expect(tiles[0]!.size).toBeCloseTo(256 / Math.SQRT2, 9);
    // The centre of the world is the corner of four tiles, at the middle of the view.
    const corner = tiles.find((t) => t.x === 4096 && t.y === 4096)!;
    expect([corner.left, corner.top]).toEqual([200, 150]);
  });

  it("draws nothing for an empty view", () => {
    expect(coveringTiles({ center: [0, 0], zoom: 3, width: 0, height: 300 })).toEqual([]);
  });
});

describe("tile URLs and sources", () => {
  const tile: Tile = { z: 13, x: 4401, y: 2686, left: 0, top: 0, size: 256 };

  it("fills {z}/{x}/{y}, a subdomain for {s} and @2x for {r} on dense screens", () => {
    expect(tileUrl(CARTO_LIGHT, tile)).toBe("https://d.basemaps.cartocdn.com/light_all/13/4401/2686.png");
    expect(tileUrl("/t/{z}/{x}/{y}{r}.png", tile, 2)).toBe("/t/13/4401/2686@2x.png");
    expect(tileUrl("/t/{z}/{x}/{y}{r}.png", tile, 1)).toBe("/t/13/4401/2686.png");
  });

  it("uses Carto light or dark by default, the app's option, and the page's attribute first", () => {
    const none = { tiles: null, attribution: null };
    expect(tileSource(none, {}, false)).toEqual({ template: CARTO_LIGHT, attribution: CARTO_ATTRIBUTION });
    expect(tileSource(none, {}, true)).toEqual({ template: CARTO_DARK, attribution: CARTO_ATTRIBUTION });
    expect(tileSource(none, { tiles: "none" }, false)).toBeNull();
    expect(tileSource(none, { tiles: "/a/{z}/{x}/{y}.png", attribution: "© A" }, false)).toEqual({
      template: "/a/{z}/{x}/{y}.png",
      attribution: "© A",
    });
    const page = { tiles: "/p/{z}/{x}/{y}.png", attribution: null };
    expect(tileSource(page, { tiles: "/a/{z}/{x}/{y}.png" }, false)).toEqual({ template: page.tiles, attribution: "" });
    expect(tileSource({ tiles: "None", attribution: null }, { tiles: "/a/{z}.png" }, false)).toBeNull();
  });
});

describe("the tile layer", () => {
  let root: HTMLDivElement | null = null;
  afterEach(() => {
    if (root) act(() => render(null, root!));
    root?.remove();
    root = null;
  });

  it("shows a tile only once it has loaded, then the attribution, and reports it", () => {
    root = document.createElement("div");
    document.body.appendChild(root);
    const shown: boolean[] = [];
    const source = { template: "/t/{z}/{x}/{y}.png", attribution: "© test" };
    const view: MapView = { center: [0, 0], zoom: 0, width: 512, height: 512 };
    act(() => {
      render(<MapTiles source={source} view={view} left={5} top={8} onShown={(s) => shown.push(s)} />, root!);
    });
    const layer = root.querySelector<HTMLElement>('[data-testid="stMapTiles"]')!;
    expect([layer.style.left, layer.style.top, layer.style.width]).toEqual(["5px", "8px", "512px"]);
    const imgs = [...root.querySelectorAll("img")];
    expect(imgs.map((img) => img.getAttribute("src"))).toEqual(["/t/1/0/0.png", "/t/1/1/0.png", "/t/1/0/1.png", "/t/1/1/1.png"]);
    expect(imgs.every((img) => img.style.visibility === "hidden")).toBe(true);
    expect(root.textContent).not.toContain("© test");
    expect(shown.at(-1)).toBe(false);
    act(() => {
      imgs[1]!.dispatchEvent(new Event("load"));
    });
    expect(imgs[1]!.style.visibility).toBe("visible");
    expect(imgs[1]!.style.left).toBe("256px");
    expect(imgs[0]!.style.visibility).toBe("hidden");
    expect(root.textContent).toContain("© test");
    expect(shown.at(-1)).toBe(true);
  });
});
