/**
 * pydeck's Deck JSON -> deck.gl objects with @deck.gl/json: `@@type` names a
 * class below, `@@=expr` strings become accessor functions. The catalogue is
 * the core layers (Scatterplot, Path, GeoJson, Text, Icon, ...), the
 * aggregation layers (Hexagon, Heatmap, Grid, ScreenGrid, Contour), MapView
 * and the TileLayer the basemap uses; decks naming a geo or mesh layer or
 * another view load deck-extra.ts first (loadExtraClasses).
 *
 *   const { layers, views, initialViewState } = convertDeck(parseDeck(props.spec), extra);
 */
import * as aggregation from "@deck.gl/aggregation-layers";
import { COORDINATE_SYSTEM, MapView } from "@deck.gl/core";
import { TileLayer } from "./deck-tile-layer";
import { JSONConfiguration, JSONConverter } from "@deck.gl/json";
import * as layers from "@deck.gl/layers";

export type Classes = Record<string, new (props: Record<string, unknown>) => unknown>;

export const CLASSES: Classes = Object.fromEntries(
  Object.entries({ ...layers, ...aggregation, MapView, TileLayer }).filter(([name, value]) => typeof value === "function" && /^[A-Z]/.test(name)),
) as Classes;

export const BASE_TYPES: ReadonlySet<string> = new Set(Object.keys(CLASSES));

let extraPromise: Promise<Classes> | null = null;

/** The geo/mesh layers and other views (a lazy chunk, fetched once). */
export function loadExtraClasses(): Promise<Classes> {
  extraPromise ??= import("./deck-extra").then((m) => m.EXTRA_CLASSES);
  return extraPromise;
}

const converters = new Map<Classes | null, JSONConverter>();

/** The converted deck props (`layers`, `views`, `initialViewState`, ... as deck.gl objects). */
export function convertDeck(spec: Record<string, unknown>, extra: Classes | null = null): Record<string, unknown> {
  let converter = converters.get(extra);
  if (!converter) {
    const classes = extra ? { ...CLASSES, ...extra } : CLASSES;
    // pydeck writes coordinate systems as "@@#COORDINATE_SYSTEM.METER_OFFSETS".
    const configuration = new JSONConfiguration({ classes, enumerations: { COORDINATE_SYSTEM } });
    converter = new JSONConverter({ configuration, onJSONChange: () => undefined });
    converters.set(extra, converter);
  }
  const result = converter.convert(spec) as unknown;
  return result !== null && typeof result === "object" ? (result as Record<string, unknown>) : {};
}
