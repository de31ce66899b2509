/**
 * st.echarts_chart's renderer: Apache ECharts (a lazy chunk) on a canvas or
 * SVG, themed from the app's CSS variables when theme="streamlit". With
 * selections on, clicks and brushes become the widget value (echarts-selection.ts)
 * and the selected items are drawn in ECharts' select state (echarts-highlight.ts).
 * The chart instance is on the canvas holder as `wasmlitChart`, for tests.
 */
import * as echarts from "echarts";
import { useEffect, useMemo, useRef } from "preact/hooks";
import type { ElementRenderer } from "../elements/types";
import type { EchartsChartProps, JsonValue } from "../protocol/generated";
import { useWidgetHost } from "../widgets/context";
import { showSelection, wantedSelection, withSelectedMode } from "./echarts-highlight";
import { brushSelection, clickedPoint, emptySelection, pointSelection, sameItem, type BrushBatch, type Point } from "./echarts-selection";
import { streamlitTheme } from "./echarts-theme";
import { readHostTheme } from "./host-theme";

type Option = Record<string, unknown>;

function parseOption(spec: string): Option {
  const value = JSON.parse(spec) as unknown;
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Option) : {};
}

/** The option's own title text, for an accessible name when there is no alt. */
function titleOf(option: Option): string | null {
  const title = Array.isArray(option.title) ? (option.title[0] as unknown) : option.title;
  const text = title && typeof title === "object" ? (title as { text?: unknown }).text : undefined;
  return typeof text === "string" && text ? text : null;
}

type Value = EchartsChartProps["value"];

/** The one clicked item of a selection (clicking it again clears), else null. */
function clickedItem(value: Value): Point | null {
  const selection = value?.selection;
  if (!selection || selection.points.length !== 1 || selection.box.length || selection.lasso.length) return null;
  const point = selection.points[0] as Point | undefined;
  return point && typeof point.data_index === "number" ? point : null;
}

/** Show `value` as the chart's selected items once ECharts has handled the current event. */
function showLater(chart: echarts.ECharts, value: Value): void {
  window.setTimeout(() => showSelection(chart, wantedSelection(value)), 0);
}

export const render: ElementRenderer<"echarts_chart"> = ({ node }) => {
  const { props, id } = node;
  const { send } = useWidgetHost();
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const option = useMemo(() => parseOption(props.spec), [props.spec]);
  const shown = useMemo(() => (props.selectable ? withSelectedMode(option) : option), [option, props.selectable]);
  const valueRef = useRef<Value>(props.value);
  valueRef.current = props.value;
  const wantedKey = JSON.stringify([...wantedSelection(props.value)]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const theme = props.theme === "streamlit" ? streamlitTheme(readHostTheme(element)) : undefined;
    const chart = echarts.init(element, theme, { renderer: props.renderer });
    chartRef.current = chart;
    Object.defineProperty(element, "wasmlitChart", { value: chart, configurable: true });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
      delete (element as { wasmlitChart?: unknown }).wasmlitChart;
    };
  }, [props.renderer, props.theme]);

  useEffect(() => {
    chartRef.current?.setOption(shown, { notMerge: true });
  }, [shown, props.renderer, props.theme]);

  // After every draw and rerun: the widget value's items are the selected ones.
  useEffect(() => {
    const chart = chartRef.current;
    if (chart && props.selectable) showSelection(chart, wantedSelection(valueRef.current));
  }, [shown, wantedKey, props.selectable, props.renderer, props.theme]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || !props.selectable || id === null) return undefined;
    let selected: Point | null = clickedItem(valueRef.current);
    let brushed: BrushBatch | null = null;
    const commit = (value: ReturnType<typeof emptySelection>) => {
      send({ id, value: value as unknown as JsonValue });
      showLater(chart, value as unknown as Value);
    };
    const onClick = (params: unknown) => {
      const point = clickedPoint(params as Record<string, unknown>);
      if (!point) return;
      const again = sameItem(point, selected);
      selected = again ? null : point;
      commit(again ? emptySelection() : pointSelection(point));
    };
    // A click on the empty plot area clears a point selection.
    const onBlank = (event: { target?: unknown }) => {
      if (event.target || !selected) return;
      selected = null;
      commit(emptySelection());
    };
    const onBrushed = (params: unknown) => {
      brushed = ((params as { batch?: BrushBatch[] }).batch ?? [])[0] ?? null;
    };
    const onBrushEnd = () => {
      selected = null;
      commit(brushed ? brushSelection(brushed) : emptySelection());
    };
    chart.on("click", onClick);
    chart.getZr().on("click", onBlank);
    chart.on("brushselected", onBrushed);
    chart.on("brushEnd", onBrushEnd);
    return () => {
      if (chart.isDisposed()) return;
      chart.off("click", onClick);
      chart.getZr().off("click", onBlank);
      chart.off("brushselected", onBrushed);
      chart.off("brushEnd", onBrushEnd);
    };
  }, [props.selectable, id, props.renderer, props.theme, send]);

  const height = typeof props.height === "number" ? `${props.height}px` : "100%";
  return (
    <div
      data-testid="stEChartsChart"
      class="stEChartsChart"
      role="img"
      aria-label={props.alt ?? titleOf(option) ?? "ECharts chart"}
      style={{ width: "100%", height, minHeight: props.height === "stretch" ? "400px" : undefined }}
    >
      <div ref={ref} class="echarts-canvas" style={{ width: "100%", height: "100%" }} />
    </div>
  );
};
