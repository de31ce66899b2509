/**
 * The glue between st.map's Vega chart and its tile layer (map-tiles-layer.tsx):
 * the map's centre and zoom from the spec's usermeta (py/wasmlit/charts/map.py),
 * the tile source from the page and the app, the plot area's place in the
 * chart box, and the graticule parameter the chart hides under loaded tiles.
 *
 *   const meta = mapMeta(spec);                       // null for other charts
 *   const layer = mapLayer(meta, box, chartEl, view); // tile source + plot area
 */
import type { Result } from "vega-embed";
import type { Spec } from "./vega-spec";
import { readHostTheme } from "./host-theme";
import { tileSource, type MapView, type TileSource } from "./map-tiles";

type View = Result["view"];

export const GRATICULE_PARAM = "wasmlit_graticule";

export type MapMeta = {
  center: [number, number];
  zoom: number;
  tiles?: unknown;
  attribution?: unknown;
};

export type MapLayer = { source: NonNullable<TileSource>; view: MapView; left: number; top: number };

export function mapMeta(spec: Spec): MapMeta | null {
  const meta = (spec.usermeta as Record<string, unknown> | undefined)?.wasmlit_map as Partial<MapMeta> | undefined;
  const center = meta?.center;
  if (!meta || !Array.isArray(center) || center.length !== 2 || typeof meta.zoom !== "number") return null;
  return { ...meta, center: [Number(center[0]), Number(center[1])], zoom: meta.zoom };
}

/** The page's tile attributes, from the <wasmlit-app> whose shadow root holds `el`. */
function pageAttributes(el: Element): { tiles: string | null; attribution: string | null } {
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : null;
  return {
    tiles: host?.getAttribute("map-tiles") ?? null,
    attribution: host?.getAttribute("map-tiles-attribution") ?? null,
  };
}

/** Where the tiles go: the plot area inside `box` (the tiles' positioned parent), or null for no tiles. */
export function mapLayer(meta: MapMeta, box: HTMLElement, chart: HTMLElement, view: View): MapLayer | null {
  const source = tileSource(pageAttributes(box), meta, readHostTheme(box).dark);
  const surface = chart.querySelector("svg, canvas");
  if (!source || !surface) return null;
  const outer = box.getBoundingClientRect();
  const inner = surface.getBoundingClientRect();
  // The plot area starts after the padding, then the autosize origin.
  const [x, y] = view.origin();
  const padding = view.padding();
  const pad = typeof padding === "number" ? { left: padding, top: padding } : padding;
  return {
    source,
    view: { center: meta.center, zoom: meta.zoom, width: view.width(), height: view.height() },
    left: inner.left - outer.left + (pad.left ?? 0) + x,
    top: inner.top - outer.top + (pad.top ?? 0) + y,
  };
}

export function sameLayer(a: MapLayer | null, b: MapLayer | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Show the graticule only while no tile is visible. */
export function showGraticule(view: View, show: boolean): void {
  try {
    if (view.signal(GRATICULE_PARAM) !== (show ? 1 : 0)) void view.signal(GRATICULE_PARAM, show ? 1 : 0).runAsync();
  } catch {
    // A spec without the parameter (an older core): nothing to hide.
  }
}
