/**
 * st.pydeck_chart's pure parts, kept out of the renderer so they test without
 * WebGL: the basemap pydeck's map_style asks for (as Carto raster tiles), the
 * tooltip text pydeck describes, and clicks -> Streamlit's PydeckState
 * (`{selection: {indices: {layerId: [i]}, objects: {layerId: [obj]}}}`).
 */

export type DeckSpec = Record<string, unknown>;
export type Picked = { layerId: string | null; index: number; object: unknown };
export type PydeckSelection = {
  selection: { indices: Record<string, number[]>; objects: Record<string, unknown[]> };
};

export function parseDeck(spec: string): DeckSpec {
  const value = JSON.parse(spec) as unknown;
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as DeckSpec) : {};
}

/** Carto's raster styles; pydeck names its vector styles after the same maps. */
export type Basemap = "light_all" | "dark_all" | "rastertiles/voyager";

export const ATTRIBUTION = "© OpenStreetMap contributors © CARTO";

/**
 * The raster basemap for pydeck's `mapStyle` (a style URL or null): Carto's
 * dark-matter, positron and voyager by name; none (map_style=None) or anything
 * else follows the app's theme, as Streamlit does.
 */
export function basemapFor(mapStyle: unknown, dark: boolean): Basemap {
  const style = typeof mapStyle === "string" ? mapStyle.toLowerCase() : "";
  if (style.includes("dark")) return "dark_all";
  if (style.includes("positron") || style.includes("light")) return "light_all";
  if (style.includes("voyager") || style.includes("road")) return "rastertiles/voyager";
  return dark ? "dark_all" : "light_all";
}

/** One tile's URL, spread over Carto's subdomains a-d. */
export function tileUrl(basemap: Basemap, x: number, y: number, z: number): string {
  const sub = "abcd"[Math.abs(x + y) % 4] ?? "a";
  return `https://${sub}.basemaps.cartocdn.com/${basemap}/${z}/${x}/${y}.png`;
}

/** `{field}` placeholders filled from the picked object (pydeck's tooltip templates). */
export function fillTemplate(template: string, object: unknown): string {
  const record = object !== null && typeof object === "object" ? (object as Record<string, unknown>) : {};
  const properties = record.properties !== null && typeof record.properties === "object" ? (record.properties as Record<string, unknown>) : {};
  return template.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const value = name in record ? record[name] : name in properties ? properties[name] : undefined;
    if (value === undefined) return whole;
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  });
}

export type TooltipContent = { text?: string; html?: string; style?: Record<string, string> };

/**
 * deck.gl's getTooltip result for pydeck's tooltip (`true`: the object as
 * JSON; `{html|text, style}`: a template); null where nothing was picked.
 */
export function tooltipFor(tooltip: unknown, object: unknown): TooltipContent | null {
  if (object === null || object === undefined || !tooltip) return null;
  if (tooltip === true) return { text: JSON.stringify(object, null, 1) };
  if (typeof tooltip !== "object") return null;
  const spec = tooltip as { html?: unknown; text?: unknown; style?: unknown };
  const style = spec.style && typeof spec.style === "object" ? (spec.style as Record<string, string>) : undefined;
  if (typeof spec.html === "string") return { html: fillTemplate(spec.html, object), style };
  if (typeof spec.text === "string") return { text: fillTemplate(spec.text, object), style };
  return null;
}

export function emptySelection(): PydeckSelection {
  return { selection: { indices: {}, objects: {} } };
}

/** JSON-safe copy of a picked object (deck.gl data may hold typed arrays or undefined). */
function plain(value: unknown): unknown {
  if (value === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch {
    return null;
  }
}

function isSelected(state: PydeckSelection, layerId: string, index: number): boolean {
  return (state.selection.indices[layerId] ?? []).includes(index);
}

/**
 * The selection after a click. Nothing picked (empty map, or a layer without
 * an id): cleared. Single mode without shift/ctrl/meta: the object alone, or
 * cleared when it was the only one selected. Multi mode or a modifier: the
 * object is added, or removed when already selected.
 */
export function nextSelection(
  current: PydeckSelection | null,
  picked: Picked | null,
  mode: "single-object" | "multi-object",
  modifier: boolean,
): PydeckSelection {
  const state = current ?? emptySelection();
  if (!picked || picked.layerId === null || picked.index < 0) return emptySelection();
  const { layerId, index } = picked;
  const was = isSelected(state, layerId, index);
  if (mode === "single-object" && !modifier) {
    const count = Object.values(state.selection.indices).reduce((n, list) => n + list.length, 0);
    if (was && count === 1) return emptySelection();
    return { selection: { indices: { [layerId]: [index] }, objects: { [layerId]: [plain(picked.object)] } } };
  }
  const next: PydeckSelection = {
    selection: { indices: { ...state.selection.indices }, objects: { ...state.selection.objects } },
  };
  const indices = [...(next.selection.indices[layerId] ?? [])];
  const objects = [...(next.selection.objects[layerId] ?? [])];
  if (was) {
    const at = indices.indexOf(index);
    indices.splice(at, 1);
    objects.splice(at, 1);
  } else {
    indices.push(index);
    objects.push(plain(picked.object));
  }
  if (indices.length) {
    next.selection.indices[layerId] = indices;
    next.selection.objects[layerId] = objects;
  } else {
    delete next.selection.indices[layerId];
    delete next.selection.objects[layerId];
  }
  return next;
}

/** Whether a selection has no objects (clicking empty space then changes nothing). */
export function isEmpty(state: PydeckSelection | null): boolean {
  return !state || Object.values(state.selection.indices).every((list) => list.length === 0);
}

/**
 * The classes of the lazy extra chunk (deck-extra.ts): @deck.gl/geo-layers,
 * @deck.gl/mesh-layers and the views other than MapView. Listed here so a deck
 * is checked before that chunk loads; a test keeps the list and the chunk equal.
 */
export const EXTRA_TYPES: readonly string[] = [
  "A5Layer",
  "GeohashLayer",
  "GreatCircleLayer",
  "H3ClusterLayer",
  "H3HexagonLayer",
  "MVTLayer",
  "QuadkeyLayer",
  "S2Layer",
  "TerrainLayer",
  "Tile3DLayer",
  "TripsLayer",
  "WMSLayer",
  "_WMSLayer",
  "ScenegraphLayer",
  "SimpleMeshLayer",
  "FirstPersonView",
  "GlobeView",
  "_GlobeView",
  "OrbitView",
  "OrthographicView",
];

/** Every `@@type` the deck names (layers, views, anything nested), in first-seen order. */
export function deckTypes(spec: unknown): string[] {
  const seen = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value !== null && typeof value === "object") {
      const type = (value as Record<string, unknown>)["@@type"];
      if (typeof type === "string") seen.add(type);
      Object.values(value).forEach(visit);
    }
  };
  visit(spec);
  return [...seen];
}

export type ClassPlan = { extra: boolean; unknown: string[] };

/** Whether the deck needs the extra chunk, and the types neither chunk has. */
export function classPlan(types: readonly string[], base: ReadonlySet<string>): ClassPlan {
  const extras = new Set(EXTRA_TYPES);
  return {
    extra: types.some((type) => !base.has(type) && extras.has(type)),
    unknown: types.filter((type) => !base.has(type) && !extras.has(type)),
  };
}

/** The element's note for classes @deck.gl/json would drop silently (backticks mark names). */
export function unknownMessage(unknown: readonly string[]): string | null {
  if (!unknown.length) return null;
  const kind = unknown.every((t) => t.endsWith("View")) ? "view" : unknown.every((t) => t.endsWith("Layer")) ? "layer" : "class";
  const names = unknown.map((t) => `\`${t}\``).join(", ");
  const plural = unknown.length > 1;
  return `pydeck ${kind}${plural ? (kind === "class" ? "es" : "s") : ""} ${names} ${plural ? "are" : "is"} not available in wasmlit; the rest of the deck is drawn without ${plural ? "them" : "it"}.`;
}
