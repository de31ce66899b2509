/**
 * Raster map tiles under st.map: which XYZ tiles cover the chart, where each
 * goes in pixels, and their URLs. Pure functions (tested in tests/ui/map-tiles.test.ts).
 *
 * st.map uses Streamlit's zoom: at zoom z the world is 512 * 2**z pixels wide,
 * which is standard 256-pixel tiles at zoom z + 1. A fractional zoom uses the
 * nearest whole tile zoom and scales the tiles to fit.
 *
 *   const tiles = coveringTiles({ center: [13.4, 52.5], zoom: 11.5, width: 640, height: 500 });
 *   const src = tileUrl(CARTO_LIGHT, tiles[0]);
 */

export const WORLD_PX = 512; // the world's width at zoom 0, as in deck.gl
export const MAX_TILE_ZOOM = 20; // Carto's (and most XYZ servers') deepest level
export const MAX_TILES = 256; // a guard against absurd viewports
const MAX_LAT = 85.0511287798; // Web Mercator's square world

export const CARTO_LIGHT = "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}.png";
export const CARTO_DARK = "https://{s}.basemaps.cartocdn.com/dark_all/{z}/{x}/{y}.png";
export const CARTO_ATTRIBUTION = "© OpenStreetMap contributors © CARTO";
const SUBDOMAINS = "abcd";

export type MapView = {
  /** [longitude, latitude] of the chart's centre. */
  center: [number, number];
  /** Streamlit's zoom (world 512 * 2**zoom px wide). */
  zoom: number;
  /** The plot area in CSS pixels. */
  width: number;
  height: number;
};

export type Tile = {
  z: number;
  x: number;
  y: number;
  /** Top-left corner in plot-area pixels, and the (square) size in pixels. */
  left: number;
  top: number;
  size: number;
};

/** A [lon, lat] as a fraction of the Web Mercator world: [0, 0] top-left, [1, 1] bottom-right. */
export function worldPoint(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  const y = 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
  return [(lon + 180) / 360, y];
}

/** The whole tile zoom drawn for a Streamlit zoom: nearest to zoom + 1, within 0..MAX_TILE_ZOOM. */
export function tileZoom(zoom: number): number {
  return Math.max(0, Math.min(MAX_TILE_ZOOM, Math.round(zoom + 1)));
}

/** The tiles that cover the view, row by row; none outside the world (no wrapping). */
export function coveringTiles(view: MapView): Tile[] {
  const { width, height } = view;
  if (!(width > 0 && height > 0) || !Number.isFinite(view.zoom)) return [];
  const worldPx = WORLD_PX * 2 ** view.zoom;
  const z = tileZoom(view.zoom);
  const count = 2 ** z;
  const size = worldPx / count;
  const [cx, cy] = worldPoint(view.center[0], view.center[1]);
  // The plot area's top-left corner in world pixels (the centre is its middle).
  const originX = cx * worldPx - width / 2;
  const originY = cy * worldPx - height / 2;
  const first = (px: number) => Math.max(0, Math.floor(px / size));
  const last = (px: number) => Math.min(count - 1, Math.ceil(px / size) - 1);
  const [x0, x1] = [first(originX), last(originX + width)];
  const [y0, y1] = [first(originY), last(originY + height)];
  if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_TILES) return [];
  const tiles: Tile[] = [];
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      tiles.push({ z, x, y, left: x * size - originX, top: y * size - originY, size });
    }
  }
  return tiles;
}

/**
 * A tile's URL from a template with {z}, {x}, {y}, {s} (a subdomain, a-d,
 * spread over tiles) and {r} ("@2x" on high-density screens, else "").
 */
export function tileUrl(template: string, tile: Tile, pixelRatio = 1): string {
  const sub = SUBDOMAINS[(tile.x + tile.y) % SUBDOMAINS.length] ?? "a";
  return template
    .replaceAll("{z}", String(tile.z))
    .replaceAll("{x}", String(tile.x))
    .replaceAll("{y}", String(tile.y))
    .replaceAll("{s}", sub)
    .replaceAll("{r}", pixelRatio > 1 ? "@2x" : "");
}

export type TileSource = { template: string; attribution: string } | null;

/**
 * The tiles to draw: the page's `map-tiles` attribute, else the app's
 * `wasmlit.mapTiles` option, else Carto's light or dark basemap; "none" (or an
 * empty value) means no tiles. A custom template shows its own attribution
 * (the page's `map-tiles-attribution`, else the app's option), Carto's shows Carto's.
 */
export function tileSource(
  page: { tiles: string | null; attribution: string | null },
  app: { tiles?: unknown; attribution?: unknown },
  dark: boolean,
): TileSource {
  const text = (v: unknown) => (typeof v === "string" ? v.trim() : null);
  const template = page.tiles !== null ? page.tiles.trim() : text(app.tiles);
  if (template === null) return { template: dark ? CARTO_DARK : CARTO_LIGHT, attribution: CARTO_ATTRIBUTION };
  if (template === "" || template.toLowerCase() === "none") return null;
  const own = page.attribution ?? text(app.attribution);
  const carto = template.includes("basemaps.cartocdn.com") ? CARTO_ATTRIBUTION : "";
  return { template, attribution: own ?? carto };
}
