/**
 * vega_lite_chart's renderer (a lazy chunk): vega-embed draws the spec with
 * its Arrow datasets decoded to rows (vega-data.ts), sized by a
 * ResizeObserver (vega-spec.ts) and themed from the app's CSS variables when
 * theme="streamlit" (vega-theme.ts). Selection parameters named in
 * `selection_params` send the VegaLiteState as the widget value.
 *
 * Renderer: SVG, so each mark is a DOM node that assistive technology, tests
 * and the browser's find can reach and text stays crisp at any zoom; charts
 * with more than SVG_ROW_LIMIT rows switch to canvas, where one DOM node per
 * mark would be slow.
 *
 * st.map's chart (its spec's usermeta says so) is drawn over raster tiles
 * placed under the plot area (vega-map.ts, map-tiles-layer.tsx).
 */
import embed, { type Result } from "vega-embed";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { ElementRenderer } from "../elements/types";
import type { JsonValue } from "../protocol/generated";
import { useWidgetHost } from "../widgets/context";
import { readHostTheme } from "./host-theme";
import { MapTiles } from "./map-tiles-layer";
import { decodeDatasets } from "./vega-data";
import { mapLayer, mapMeta, sameLayer, showGraticule, type MapLayer } from "./vega-map";
import { isMultiView, rowCount, selectionValue, sizedSpec, SVG_ROW_LIMIT, type Spec } from "./vega-spec";
import { vegaConfig } from "./vega-theme";

const SELECTION_DEBOUNCE_MS = 150;
type Selection = Record<string, unknown>;

function titleText(spec: Spec): string | null {
  const title = spec.title;
  if (typeof title === "string") return title;
  if (title && typeof title === "object" && typeof (title as { text?: unknown }).text === "string") {
    return (title as { text: string }).text;
  }
  return typeof spec.description === "string" ? spec.description : null;
}

export const render: ElementRenderer<"vega_lite_chart"> = ({ node }) => {
  const { props, id } = node;
  const { send } = useWidgetHost();
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<{ width: number; height: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const live = useRef({ props, id, send });
  live.current = { props, id, send };

  const spec = useMemo(() => JSON.parse(props.spec) as Spec, [props.spec]);
  const datasets = useMemo(() => decodeDatasets(props.datasets), [props.datasets]);
  const map = useMemo(() => mapMeta(spec), [spec]);
  const [layer, setLayer] = useState<MapLayer | null>(null);
  const tilesShown = useRef(false);
  const stretchWidth = props.width !== "content" || spec.width === undefined;
  const width = stretchWidth && measured ? measured.width : null;
  const height = typeof props.height === "number" ? props.height : props.height === "stretch" && measured ? measured.height : "content";

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return undefined;
    const measure = () => {
      const next = { width: Math.floor(box.clientWidth), height: Math.floor(box.clientHeight) };
      setMeasured((prev) => (prev && prev.width === next.width && prev.height === next.height ? prev : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // Draw (again) when the spec, data, theme or selection wiring changes.
  const result = useRef<Result | null>(null);
  const ready = stretchWidth ? measured !== null && measured.width > 0 : true;
  useEffect(() => {
    const target = chartRef.current;
    if (!target || !ready) return undefined;
    let cancelled = false;
    const drawn = sizedSpec(spec, datasets, { width, height });
    const config = props.theme === "streamlit" ? vegaConfig(readHostTheme(target)) : {};
    const renderer = rowCount(datasets) > SVG_ROW_LIMIT ? "canvas" : "svg";
    const state: Selection = Object.fromEntries(props.selection_params.map((p) => [p, {}]));
    let lastSent = JSON.stringify(state);
    void embed(target, drawn as never, { mode: "vega-lite", renderer, actions: false, config: config as never })
      .then((embedded) => {
        if (cancelled) {
          embedded.finalize();
          return;
        }
        setError(null);
        result.current = embedded;
        if (map) {
          const place = () => {
            const box = boxRef.current;
            const next = box ? mapLayer(map, box, target, embedded.view) : null;
            setLayer((prev) => (sameLayer(prev, next) ? prev : next));
          };
          place();
          embedded.view.addResizeListener(place);
          showGraticule(embedded.view, !tilesShown.current);
        }
        if (!props.selectable) return;
        for (const param of props.selection_params) {
          let timer: ReturnType<typeof setTimeout> | undefined;
          embedded.view.addSignalListener(param, (_name, value: unknown) => {
            clearTimeout(timer);
            timer = setTimeout(() => {
              state[param] = selectionValue(value);
              const text = JSON.stringify(state);
              const { id: widgetId, send: sendValue } = live.current;
              if (text === lastSent || widgetId === null) return;
              lastSent = text;
              sendValue({ id: widgetId, value: { selection: JSON.parse(text) as JsonValue } });
            }, SELECTION_DEBOUNCE_MS);
          });
        }
      })
      .catch((err: unknown) => {
        if (!cancelled) setError(err instanceof Error ? err.message : String(err));
      });
    return () => {
      cancelled = true;
      result.current?.finalize();
      result.current = null;
    };
    // Size changes are applied below without redrawing (keeps zoom and selections).
  }, [spec, datasets, props.theme, props.selectable, props.selection_params, ready, props.height, map]);

  useEffect(() => {
    const view = result.current?.view;
    if (!view || isMultiView(spec)) return;
    if (width !== null && view.width() !== width) void view.width(width).runAsync();
    if (typeof height === "number" && view.height() !== height) void view.height(height).runAsync();
  }, [width, height, spec]);

  const onTilesShown = (shown: boolean) => {
    tilesShown.current = shown;
    const view = result.current?.view;
    if (view) showGraticule(view, !shown);
  };
  const boxStyle = {
    width: "100%",
    ...(map ? { position: "relative" } : {}),
    ...(props.height === "stretch" ? { height: "100%" } : {}),
    ...(props.width === "content" ? { width: "auto", maxWidth: "100%" } : {}),
  };
  return (
    <div
      ref={boxRef}
      data-testid="stVegaLiteChart"
      class="stVegaLiteChart"
      role="figure"
      aria-label={props.alt ?? titleText(spec) ?? "Chart"}
      style={boxStyle}
    >
      {map && layer && <MapTiles {...layer} onShown={onTilesShown} />}
      <div ref={chartRef} class="stVegaLiteChart-view" style={map ? { position: "relative" } : undefined} />
      {error && (
        <div role="alert" class="stVegaLiteChart-error">
          {error}
        </div>
      )}
    </div>
  );
};
