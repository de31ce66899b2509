/**
 * theme="streamlit" for Plotly's continuous colour scales. The app's scales go
 * into the template (layout.colorscale and the per-trace-type defaults), which
 * covers go figures that name no scale. plotly express however copies the
 * template's sequential scale into layout.coloraxis.colorscale, so the figure
 * carries Plotly's scale as if the user chose it: a scale equal to one of the
 * figure's own template scales (Plasma in Plotly's templates) came from the
 * template and becomes the app's; any other scale was the user's and is kept.
 *
 *   const scales = streamlitScales(theme);
 *   const layout = themedColorAxes(figure.layout, scales);   // coloraxis, coloraxis2, ...
 *   const data = themedTraceScales(figure.data, figure.layout, scales);
 */
import type { HostTheme } from "./host-theme";
import { divergingColors, sequentialColors } from "./vega-theme";

type Obj = Record<string, unknown>;
export type Scale = Array<[number, string]>;
export type Scales = { sequential: Scale; sequentialminus: Scale; diverging: Scale };

function isRecord(value: unknown): value is Obj {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Colours spread evenly over 0..1, as plotly wants a colorscale. */
export function evenScale(colors: readonly string[]): Scale {
  const last = Math.max(colors.length - 1, 1);
  return colors.map((color, i) => [i / last, color]);
}

export function streamlitScales(theme: HostTheme): Scales {
  const sequential = evenScale(sequentialColors(theme));
  return { sequential, sequentialminus: sequential, diverging: evenScale(divergingColors(theme)) };
}

/** A colorscale as a comparable string ("0.0000:#0d0887|..."); null when it is not a [[pos, colour], ...] list. */
function scaleKey(scale: unknown): string | null {
  if (!Array.isArray(scale) || scale.length === 0) return null;
  const parts: string[] = [];
  for (const stop of scale) {
    if (!Array.isArray(stop) || typeof stop[0] !== "number" || typeof stop[1] !== "string") return null;
    parts.push(`${stop[0].toFixed(4)}:${stop[1].trim().toLowerCase().replace(/\s+/g, "")}`);
  }
  return parts.join("|");
}

/** The figure's template scales (by key) -> the app's scale of the same role. */
function scaleMap(layout: Obj, scales: Scales): Map<string, Scale> {
  const map = new Map<string, Scale>();
  const template = layout.template;
  const own = isRecord(template) && isRecord(template.layout) ? template.layout.colorscale : undefined;
  if (!isRecord(own)) return map;
  // sequential first: Plotly's templates use one scale for both sequential roles.
  for (const role of ["sequential", "sequentialminus", "diverging"] as const) {
    const key = scaleKey(own[role]);
    if (key !== null && !map.has(key)) map.set(key, scales[role]);
  }
  return map;
}

/** A copy of `holder` with its `field` scale swapped, when that scale came from the template. */
function swap(holder: unknown, field: string, map: Map<string, Scale>): unknown {
  if (!isRecord(holder)) return holder;
  const key = scaleKey(holder[field]);
  const next = key === null ? undefined : map.get(key);
  return next === undefined ? holder : { ...holder, [field]: next };
}

/** layout.coloraxis, coloraxis2, ... with template scales replaced by the app's. */
export function themedColorAxes(layout: Obj, scales: Scales): Obj {
  const map = scaleMap(layout, scales);
  if (map.size === 0) return layout;
  const out: Obj = { ...layout };
  for (const key of Object.keys(out)) {
    if (/^coloraxis\d*$/.test(key)) out[key] = swap(out[key], "colorscale", map);
  }
  return out;
}

/** Trace scales (colorscale, marker.colorscale, line.colorscale) equal to a template scale become the app's. */
export function themedTraceScales(data: unknown[], layout: Obj, scales: Scales): unknown[] {
  const map = scaleMap(layout, scales);
  if (map.size === 0) return data;
  return data.map((trace) => {
    if (!isRecord(trace)) return trace;
    const out = { ...(swap(trace, "colorscale", map) as Obj) };
    if (isRecord(out.marker)) out.marker = swap(out.marker, "colorscale", map);
    if (isRecord(out.line)) out.line = swap(out.line, "colorscale", map);
    return out;
  });
}

/** Template defaults: go figures without a scale, and autocolorscale (numeric marker colours), use these. */
export function templateScales(scales: Scales): { layout: Obj; data: Obj } {
  const trace = [{ colorscale: scales.sequential }];
  const data: Obj = {};
  for (const type of ["heatmap", "histogram2d", "histogram2dcontour", "contour", "surface"]) data[type] = trace;
  return {
    layout: { colorscale: { sequential: scales.sequential, sequentialminus: scales.sequentialminus, diverging: scales.diverging } },
    data,
  };
}
