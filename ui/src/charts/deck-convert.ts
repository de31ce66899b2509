/**
 * pydeck's Deck JSON -> deck.gl objects with @deck.gl/json: `@@type` names a
 * class below, `@@=expr` strings become accessor functions. The catalogue is
 * the core layers (Scatterplot, Path, GeoJson, Text, Icon, ...), the
 * aggregation layers (Hexagon, Heatmap, Grid, ScreenGrid, Contour), MapView
 * and the TileLayer the basemap uses.
 *
 *   const { layers, views, initialViewState } = convertDeck(parseDeck(props.spec));
 */
import * as aggregation from "@deck.gl/aggregation-layers";
import { MapView } from "@deck.gl/core";
import { TileLayer } from "@deck.gl/geo-layers";
import { JSONConfiguration, JSONConverter } from "@deck.gl/json";
import * as layers from "@deck.gl/layers";

type Classes = Record<string, new (props: Record<string, unknown>) => unknown>;

export const CLASSES: Classes = Object.fromEntries(
  Object.entries({ ...layers, ...aggregation, MapView, TileLayer }).filter(([name, value]) => typeof value === "function" && /^[A-Z]/.test(name)),
) as Classes;

let converter: JSONConverter | null = null;

/** The converted deck props (`layers`, `views`, `initialViewState`, ... as deck.gl objects). */
export function convertDeck(spec: Record<string, unknown>): Record<string, unknown> {
  converter ??= new JSONConverter({ configuration: new JSONConfiguration({ classes: CLASSES }), onJSONChange: () => undefined });
  const result = converter.convert(spec) as unknown;
  return result !== null && typeof result === "object" ? (result as Record<string, unknown>) : {};
}
