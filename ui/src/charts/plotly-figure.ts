/**
 * Pure pieces of st.plotly_chart, kept free of plotly.js so they are cheap to
 * test: the figure and config from their JSON props, the "streamlit" theme as
 * a plotly template built from the app's CSS variables, how selections are
 * switched on, and plotly.js selection events turned into Streamlit's
 * PlotlyState.
 *
 *   const figure = parseFigure(props.figure);
 *   const layout = interactiveLayout(themedLayout(figure.layout, props.theme, theme), props);
 */
import type { HostTheme } from "./host-theme";
import { streamlitScales, templateScales, themedColorAxes } from "./plotly-scales";
import { categoryColors } from "./vega-theme";

export type Mode = "points" | "box" | "lasso";
export type Layout = Record<string, unknown>;
export type Figure = { data: unknown[]; layout: Layout; frames: unknown[] | undefined };

/** plotly.js's own defaults when the figure has no size. */
export const DEFAULT_WIDTH = 700;
export const DEFAULT_HEIGHT = 450;


function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function parseFigure(text: string): Figure {
  const value = JSON.parse(text) as unknown;
  const figure = isRecord(value) ? value : {};
  return {
    data: Array.isArray(figure.data) ? figure.data : [],
    layout: isRecord(figure.layout) ? { ...figure.layout } : {},
    frames: Array.isArray(figure.frames) ? figure.frames : undefined,
  };
}

/** The figure's own size (layout.width/height), or plotly.js's defaults. */
export function naturalSize(layout: Layout): { width: number; height: number } {
  const width = typeof layout.width === "number" ? layout.width : DEFAULT_WIDTH;
  const height = typeof layout.height === "number" ? layout.height : DEFAULT_HEIGHT;
  return { width, height };
}

/** A plotly template with the app's fonts and colours; the figure's own layout still wins. */
export function streamlitTemplate(theme: HostTheme): Layout {
  const axis = {
    gridcolor: theme.borderLight,
    linecolor: theme.border,
    zerolinecolor: theme.border,
    tickcolor: theme.border,
    automargin: true,
    title: { font: { color: theme.textMuted } },
  };
  const scales = templateScales(streamlitScales(theme));
  return {
    data: scales.data,
    layout: {
      ...scales.layout,
      font: { family: theme.font, color: theme.text, size: 12 },
      paper_bgcolor: "rgba(0,0,0,0)",
      plot_bgcolor: "rgba(0,0,0,0)",
      colorway: categoryColors(theme),
      title: { font: { color: theme.text } },
      xaxis: axis,
      yaxis: axis,
      legend: { font: { color: theme.text } },
      hoverlabel: { bgcolor: theme.bg, bordercolor: theme.border, font: { color: theme.text, family: theme.font } },
      polar: { bgcolor: "rgba(0,0,0,0)", angularaxis: axis, radialaxis: axis },
      geo: { bgcolor: "rgba(0,0,0,0)" },
      modebar: { bgcolor: "rgba(0,0,0,0)", color: theme.textMuted, activecolor: theme.text },
      scene: { xaxis: axis, yaxis: axis, zaxis: axis },
    },
  };
}

/**
 * theme="streamlit" swaps the figure's template (Plotly's default) for the
 * app's, and colour axes plotly express filled from the old template's scale
 * take the app's scale (see plotly-scales.ts).
 */
export function themedLayout(layout: Layout, mode: "streamlit" | null, theme: HostTheme): Layout {
  if (mode !== "streamlit") return layout;
  return { ...themedColorAxes(layout, streamlitScales(theme)), template: streamlitTemplate(theme) };
}

/** Selections on: clicks select points, a drag draws a box or lasso (unless the figure chose). */
export function interactiveLayout(layout: Layout, selectable: boolean, modes: readonly Mode[]): Layout {
  if (!selectable) return layout;
  const out: Layout = { ...layout, clickmode: modes.includes("points") ? "event+select" : "event" };
  out.hovermode ??= "closest";
  if (out.dragmode === undefined) {
    if (modes.includes("box")) out.dragmode = "select";
    else if (modes.includes("lasso")) out.dragmode = "lasso";
  }
  return out;
}

/** The user's config, without Plotly's logo and without tools for selections that are off. */
export function chartConfig(text: string, selectable: boolean, modes: readonly Mode[]): Record<string, unknown> {
  const parsed = JSON.parse(text) as unknown;
  const config: Record<string, unknown> = { displaylogo: false, ...(isRecord(parsed) ? parsed : {}) };
  const off: string[] = [];
  if (!selectable || !modes.includes("box")) off.push("select2d");
  if (!selectable || !modes.includes("lasso")) off.push("lasso2d");
  const given = Array.isArray(config.modeBarButtonsToRemove) ? (config.modeBarButtonsToRemove as unknown[]) : [];
  config.modeBarButtonsToRemove = [...new Set([...given, ...off])];
  return config;
}

// --- selection events -> PlotlyState ----------------------------------------------

type Range = { xref: string; yref: string; x: number[]; y: number[] };
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type PlotlyState = {
  selection: { points: Array<Record<string, Json>>; point_indices: number[]; box: Range[]; lasso: Range[] };
};

export function emptyState(): PlotlyState {
  return { selection: { points: [], point_indices: [], box: [], lasso: [] } };
}

function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function plain(value: unknown): Json | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) {
    const items = value.map(plain);
    return items.every((v) => v !== undefined) ? (items as Json[]) : undefined;
  }
  return undefined; // objects (the trace, axes, full data) stay out: large and circular
}

/** One selected point: its plain fields in snake_case, plus the trace's legend group. */
export function pointRecord(point: Record<string, unknown>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(point)) {
    const json = plain(value);
    if (json !== undefined) out[snakeCase(key)] = json;
  }
  const trace = point.data;
  if (isRecord(trace) && typeof trace.legendgroup === "string" && trace.legendgroup) {
    out.legendgroup = trace.legendgroup;
  }
  return out;
}

/** "M1,2L3,4L5,6Z" (a lasso outline) as x and y lists. */
export function parseLassoPath(path: string): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  for (const pair of path.replace(/^M/, "").replace(/Z$/, "").split("L")) {
    const [px, py] = pair.split(",").map(Number);
    if (px === undefined || py === undefined || Number.isNaN(px) || Number.isNaN(py)) continue;
    x.push(px);
    y.push(py);
  }
  return { x, y };
}

type SelectionEvent = { points?: unknown[]; selections?: unknown[] } | undefined | null;

/**
 * The state for a plotly_selected event; null when the event is for a kind of
 * selection that is switched off (nothing is sent then).
 */
export function selectionState(event: SelectionEvent, modes: readonly Mode[]): PlotlyState | null {
  const state = emptyState();
  if (!event) return state;
  const indices = new Set<number>();
  for (const raw of event.points ?? []) {
    if (!isRecord(raw)) continue;
    state.selection.points.push(pointRecord(raw));
    if (typeof raw.pointIndex === "number") indices.add(raw.pointIndex);
    if (Array.isArray(raw.pointIndices)) {
      for (const i of raw.pointIndices) if (typeof i === "number") indices.add(i);
    }
  }
  state.selection.point_indices = [...indices];
  for (const shape of event.selections ?? []) {
    if (!isRecord(shape)) continue;
    const refs = { xref: String(shape.xref ?? "x"), yref: String(shape.yref ?? "y") };
    if (shape.type === "rect") {
      const nums = [shape.x0, shape.x1, shape.y0, shape.y1].map(Number);
      state.selection.box.push({ ...refs, x: [nums[0] ?? 0, nums[1] ?? 0], y: [nums[2] ?? 0, nums[3] ?? 0] });
    } else if (shape.type === "path" && typeof shape.path === "string") {
      state.selection.lasso.push({ ...refs, ...parseLassoPath(shape.path) });
    }
  }
  if (state.selection.box.length && !modes.includes("box")) return null;
  if (state.selection.lasso.length && !modes.includes("lasso")) return null;
  return state;
}

/** Treemap and sunburst charts only click: their clicked sector becomes the selection. */
export function clickState(event: { points?: unknown[] } | undefined | null): PlotlyState | null {
  const point = event?.points?.[0];
  if (!isRecord(point) || point.id === undefined || point.parent === undefined) return null;
  const state = emptyState();
  state.selection.points.push(pointRecord(point));
  if (typeof point.pointNumber === "number") state.selection.point_indices.push(point.pointNumber);
  return state;
}
