/**
 * st.plotly_chart's renderer: plotly.js (a lazy chunk) sized to its element
 * container, themed from the app's CSS variables when theme="streamlit" (layout
 * template, the trace colours and colour scales plotly express took from Plotly's). With
 * selections on, plotly_selected / plotly_deselect / plotly_click become the
 * widget value (PlotlyState, see plotly-figure.ts). The plot is purged on unmount.
 */
import Plotly from "plotly.js-dist-min";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { ElementRenderer } from "../elements/types";
import type { JsonValue, PlotlyChartProps } from "../protocol/generated";
import { useWidgetHost } from "../widgets/context";
import { readHostTheme } from "./host-theme";
import { themedTraces } from "./plotly-colors";
import { streamlitScales, themedTraceScales } from "./plotly-scales";
import {
  chartConfig,
  clickState,
  interactiveLayout,
  naturalSize,
  parseFigure,
  selectionState,
  themedLayout,
  type PlotlyState,
} from "./plotly-figure";
import { categoryColors } from "./vega-theme";

type GraphDiv = HTMLDivElement & {
  on?: (event: string, handler: (data: unknown) => void) => void;
  removeAllListeners?: (event: string) => void;
};
type Size = { width: number; height: number };

/**
 * plotly.js puts its CSS (modebar, cursors, hover) into document.head, which
 * does not reach inside the app's shadow root: copy those rules next to the plot.
 */
function adoptPlotlyStyles(element: Element): void {
  const root = element.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  const rules: string[] = [];
  for (const style of document.head.querySelectorAll<HTMLStyleElement>('style[id^="plotly.js-style"]')) {
    for (const rule of Array.from(style.sheet?.cssRules ?? [])) rules.push(rule.cssText);
  }
  let target = root.querySelector<HTMLStyleElement>("style[data-plotly-styles]");
  if (!target) {
    target = document.createElement("style");
    target.setAttribute("data-plotly-styles", "");
    root.appendChild(target);
  }
  const text = rules.join("\n");
  if (target.textContent !== text) target.textContent = text;
}

type Props = PlotlyChartProps;
type StateOf = (modes: Props["selection_mode"]) => PlotlyState | null;

/** plotly.js events -> PlotlyState: selected (box, lasso, clicked points), cleared, treemap clicks. */
function attachSelection(plot: GraphDiv, commit: (state: StateOf) => void): void {
  plot.on?.("plotly_selected", (event) => commit((modes) => selectionState(event as never, modes)));
  plot.on?.("plotly_deselect", () => commit((modes) => selectionState(null, modes)));
  plot.on?.("plotly_click", (event) => commit(() => clickState(event as never)));
}

function titleOf(layout: Record<string, unknown>): string | null {
  const title = layout.title;
  const text = typeof title === "string" ? title : title && typeof title === "object" ? (title as { text?: unknown }).text : null;
  return typeof text === "string" && text ? text : null;
}

export const render: ElementRenderer<"plotly_chart"> = ({ node }) => {
  const { props, id } = node;
  const { send } = useWidgetHost();
  const boxRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<GraphDiv>(null);
  const [measured, setMeasured] = useState<Size | null>(null);
  const drawn = useRef<{ key: string; size: Size } | null>(null);
  const lastSent = useRef<string | null>(null);
  const attached = useRef(false);
  const live = useRef({ props, id, send });
  live.current = { props, id, send };

  // Reads the latest props: the listeners are attached once, on the first draw.
  const commit = (state: StateOf) => {
    const { props: p, id: widgetId, send: sendValue } = live.current;
    const value = state(p.selection_mode);
    if (!value || !p.selectable || widgetId === null) return;
    const text = JSON.stringify(value);
    if (text === lastSent.current) return;
    lastSent.current = text;
    sendValue({ id: widgetId, value: value as unknown as JsonValue });
  };

  const figure = useMemo(() => parseFigure(props.figure), [props.figure]);
  const natural = naturalSize(figure.layout);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return undefined;
    const measure = () => {
      const next = { width: Math.round(box.clientWidth), height: Math.round(box.clientHeight) };
      setMeasured((prev) => (prev && prev.width === next.width && prev.height === next.height ? prev : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const size: Size | null =
    measured && measured.width > 0
      ? {
          width: measured.width,
          height: props.height === "stretch" && measured.height > 0 ? measured.height : typeof props.height === "number" ? props.height : natural.height,
        }
      : null;

  useEffect(() => {
    const plot = plotRef.current;
    if (!plot || !size) return;
    const key = JSON.stringify([props.figure, props.config, props.theme, props.selectable, props.selection_mode]);
    const last = drawn.current;
    if (last && last.key === key) {
      // Same figure: only resize, which keeps the user's zoom and drawn selections.
      if (last.size.width !== size.width || last.size.height !== size.height) {
        drawn.current = { key, size };
        void Plotly.relayout(plot, { width: size.width, height: size.height });
      }
      return;
    }
    drawn.current = { key, size };
    const host = readHostTheme(plot);
    const layout = interactiveLayout(
      themedLayout({ ...figure.layout, width: size.width, height: size.height }, props.theme, host),
      props.selectable,
      props.selection_mode,
    );
    const traces = themedTraces(figure.data, figure.layout, props.theme, categoryColors(host));
    const data = props.theme === "streamlit" ? themedTraceScales(traces, figure.layout, streamlitScales(host)) : traces;
    const config = chartConfig(props.config, props.selectable, props.selection_mode);
    const frames = figure.frames;
    void Plotly.react(plot, { data, layout, config, ...(frames ? { frames } : {}) } as never).then(() => {
      adoptPlotlyStyles(plot);
      if (!attached.current) {
        attached.current = true;
        attachSelection(plot, (state) => commit(state));
      }
    });
  });

  // Purge on unmount: plotly.js keeps listeners and WebGL contexts otherwise.
  useEffect(() => {
    const plot = plotRef.current;
    return () => {
      if (plot) Plotly.purge(plot);
    };
  }, []);

  const fixedWidth = props.width === "content" ? { width: `${natural.width}px`, maxWidth: "100%" } : { width: "100%" };
  const height =
    props.height === "stretch" ? "100%" : `${typeof props.height === "number" ? props.height : natural.height}px`;
  return (
    <div
      ref={boxRef}
      data-testid="stPlotlyChart"
      class="stPlotlyChart"
      role="figure"
      aria-label={props.alt ?? titleOf(figure.layout) ?? "Plotly chart"}
      style={{ ...fixedWidth, height }}
    >
      <div ref={plotRef} class="plotly-graph" />
    </div>
  );
};
