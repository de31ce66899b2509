/**
 * st.pydeck_chart's renderer (a lazy chunk): pydeck's Deck JSON becomes
 * deck.gl layers and views through @deck.gl/json, drawn over Carto raster
 * tiles when the browser is online (offline: the layers on the app's
 * background). Clicks pick objects for the selection widget (deck-config.ts).
 * Without WebGL 2 the element says so instead of drawing. Decks naming a geo
 * or mesh layer or another view wait for the extra chunk (deck-extra.ts);
 * `@@type`s neither chunk has are named in an alert over the map, which still
 * draws the rest. The Deck instance is on the map holder as `wasmlitDeck`, for tests.
 */
import { Deck, MapView, type Layer, type PickingInfo } from "@deck.gl/core";
import { TileLayer } from "./deck-tile-layer";
import { BitmapLayer } from "@deck.gl/layers";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { ElementRenderer } from "../elements/types";
import type { JsonValue, PydeckChartProps } from "../protocol/generated";
import { useWidgetHost } from "../widgets/context";
import {
  ATTRIBUTION,
  basemapFor,
  classPlan,
  deckTypes,
  isEmpty,
  nextSelection,
  parseDeck,
  tileUrl,
  tooltipFor,
  unknownMessage,
  type Basemap,
  type PydeckSelection,
} from "./deck-config";
import { BASE_TYPES, convertDeck, loadExtraClasses, type Classes } from "./deck-convert";
import { readHostTheme } from "./host-theme";

/** WebGL 2 is what deck.gl 9 draws with; asked once of a throwaway canvas. */
let webgl: boolean | null = null;
function hasWebGL2(): boolean {
  if (webgl === null) {
    try {
      webgl = document.createElement("canvas").getContext("webgl2") !== null;
    } catch {
      webgl = false;
    }
  }
  return webgl;
}

function basemapLayer(basemap: Basemap): Layer {
  return new TileLayer({
    id: `wasmlit-basemap-${basemap}`,
    getTileData: async ({ index, signal }) => {
      const response = await fetch(tileUrl(basemap, index.x, index.y, index.z), { signal });
      if (!response.ok) return null;
      return createImageBitmap(await response.blob());
    },
    minZoom: 0,
    maxZoom: 19,
    tileSize: 256,
    onTileError: () => undefined, // a missing tile leaves a gap, not an error
    renderSubLayers: (props) => {
      const [[west = 0, south = 0], [east = 0, north = 0]] = props.tile.boundingBox;
      return new BitmapLayer({ id: props.id, image: props.data as ImageBitmap | null, bounds: [west, south, east, north] });
    },
  });
}

/** The selected object of each layer drawn highlighted (deck.gl highlights one per layer). */
function withHighlights(shown: unknown[], value: PydeckSelection | null): unknown[] {
  if (!value) return shown;
  return shown.map((layer) => {
    if (!isLayer(layer)) return layer;
    const picked = value.selection.indices[layer.id];
    const last = picked?.[picked.length - 1];
    return last === undefined ? layer : layer.clone({ highlightedObjectIndex: last });
  });
}

function isLayer(value: unknown): value is Layer {
  return value !== null && typeof value === "object" && typeof (value as Layer).clone === "function" && typeof (value as Layer).id === "string";
}

type Value = PydeckChartProps["value"];

/** `name` spans of a message as <code>. */
function withCode(message: string) {
  return message.split("`").map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

export const render: ElementRenderer<"pydeck_chart"> = ({ node }) => {
  const { props, id } = node;
  const { send } = useWidgetHost();
  const ref = useRef<HTMLDivElement>(null);
  const deckRef = useRef<Deck | null>(null);
  const [failure, setFailure] = useState<string | null>(hasWebGL2() ? null : "no-webgl");
  const spec = useMemo(() => parseDeck(props.spec), [props.spec]);
  const tooltip = useMemo(() => (props.tooltip === null ? null : (JSON.parse(props.tooltip) as unknown)), [props.tooltip]);
  const plan = useMemo(() => classPlan(deckTypes(spec), BASE_TYPES), [spec]);
  const [extra, setExtra] = useState<Classes | null>(null);
  useEffect(() => {
    if (!plan.extra || extra) return;
    loadExtraClasses().then(setExtra, (error: unknown) => setFailure(`deck.gl's extra layers did not load: ${String(error)}`));
  }, [plan.extra, extra]);
  const converted = useMemo(() => {
    if (plan.extra && !extra) return null; // drawn once the extra chunk is here
    try {
      return convertDeck(spec, plan.extra ? extra : null);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [spec, plan.extra, extra]);
  const valueRef = useRef<Value>(props.value);
  valueRef.current = props.value;
  const live = useRef({ mode: props.selection_mode, selectable: props.selectable, id, tooltip, send });
  live.current = { mode: props.selection_mode, selectable: props.selectable, id, tooltip, send };

  // One Deck per element; its props follow the spec below. It waits for the
  // extra chunk: a Deck drawn before its views and view state are set fails.
  const ready = converted !== null;
  useEffect(() => {
    const element = ref.current;
    if (!element || failure || !ready) return undefined;
    let deck: Deck;
    try {
      deck = new Deck({
        parent: element,
        width: "100%",
        height: "100%",
        controller: true,
        onError: (error: Error) => setFailure(error.message || "deck.gl failed"),
        getTooltip: (info: PickingInfo) => tooltipFor(live.current.tooltip, info.object),
        onClick: (info: PickingInfo, event: { srcEvent?: { shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean } }) => {
          const { selectable, mode, id: widgetId, send: post } = live.current;
          if (!selectable || widgetId === null) return;
          const current = valueRef.current as PydeckSelection | null;
          const picked = info.picked && info.layer ? { layerId: info.layer.id, index: info.index, object: info.object as unknown } : null;
          if (!picked && isEmpty(current)) return;
          const src = event.srcEvent ?? {};
          const value = nextSelection(current, picked, mode, Boolean(src.shiftKey || src.ctrlKey || src.metaKey));
          valueRef.current = value as unknown as Value;
          post({ id: widgetId, value: value as unknown as JsonValue });
        },
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return undefined;
    }
    deckRef.current = deck;
    Object.defineProperty(element, "wasmlitDeck", { value: deck, configurable: true });
    return () => {
      deck.finalize();
      deckRef.current = null;
      delete (element as { wasmlitDeck?: unknown }).wasmlitDeck;
    };
  }, [failure, ready]);

  const selectionKey = JSON.stringify(props.value?.selection.indices ?? null);
  useEffect(() => {
    const deck = deckRef.current;
    if (!deck || !converted || "error" in converted) return;
    const dark = readHostTheme(ref.current).dark;
    const online = typeof navigator === "undefined" || navigator.onLine;
    const own = Array.isArray(converted.layers) ? (converted.layers as unknown[]) : [];
    const shown = props.selectable ? withHighlights(own, props.value) : own;
    const views = Array.isArray(converted.views) && converted.views.length ? converted.views : [new MapView({ controller: true })];
    // The converted JSON is untyped: deck.gl validates these props itself.
    deck.setProps({
      initialViewState: (converted.initialViewState ?? spec.initialViewState ?? {}) as never,
      views: views as never,
      layers: [online ? basemapLayer(basemapFor(spec.mapStyle, dark)) : null, ...shown] as Layer[],
    });
    // selectionKey stands for props.value: only the selected indices change the drawing.
  }, [converted, spec, props.selectable, selectionKey, failure]);

  const height = typeof props.height === "number" ? `${props.height}px` : "100%";
  const style = { width: "100%", height, minHeight: props.height === "stretch" ? "400px" : undefined, position: "relative" as const };
  const problem = failure === "no-webgl" ? "This map needs WebGL 2, which this browser does not offer (it may be turned off)." : failure;
  const convertError = converted && "error" in converted ? `This deck could not be read: ${String(converted.error)}` : null;
  if (problem || convertError) {
    return (
      <div data-testid="stDeckGlJsonChart" class="stDeckGlJsonChart" style={style}>
        <div role="alert" class="stAlert stDeckGlJsonChart-error" style={{ padding: "1rem" }}>
          {problem ?? convertError}
        </div>
      </div>
    );
  }
  const online = typeof navigator === "undefined" || navigator.onLine;
  const note = unknownMessage(plan.unknown);
  return (
    <div data-testid="stDeckGlJsonChart" class="stDeckGlJsonChart" role="img" aria-label={props.alt ?? "Map"} style={style}>
      <div ref={ref} style={{ position: "absolute", inset: "0" }} />
      {note ? (
        <div role="alert" class="stAlert stDeckGlJsonChart-unknown" style={{ position: "absolute", top: "0", left: "0", right: "0", zIndex: 1, padding: "0.5rem 1rem", background: "rgba(255, 244, 229, 0.92)", color: "#7a4a00" }}>
          {withCode(note)}
        </div>
      ) : null}
      {online ? (
        <div class="stDeckGlJsonChart-attribution" style={{ position: "absolute", right: "2px", bottom: "2px", fontSize: "10px", padding: "0 4px", background: "rgba(255,255,255,0.7)", color: "#333" }}>
          {ATTRIBUTION}
        </div>
      ) : null}
    </div>
  );
};
