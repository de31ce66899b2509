/**
 * The spec vega-embed draws: the element's spec with its datasets, sized for
 * the element's width/height modes, and selection signal values as
 * Streamlit's VegaLiteState.
 *
 *   const spec = sizedSpec(parse(props.spec), rows, { width: 640, height: "content" });
 */
import type { Row } from "./vega-data";

export type Spec = Record<string, unknown>;
export const DEFAULT_HEIGHT = 350;
/** Above this many rows in all datasets, canvas (SVG costs one DOM node per mark). */
export const SVG_ROW_LIMIT = 10_000;

const MULTI_VIEW = ["facet", "hconcat", "vconcat", "concat", "repeat"];

export function isMultiView(spec: Spec): boolean {
  const encoding = (spec.encoding ?? {}) as Record<string, unknown>;
  return MULTI_VIEW.some((k) => k in spec) || ["row", "column", "facet"].some((k) => k in encoding);
}

export type Size = {
  /** The element's measured width in pixels, or null for the spec's own width ("content"). */
  width: number | null;
  /** Pixels, or "content" for the spec's own height (a default for single views). */
  height: number | "content";
};

export function sizedSpec(spec: Spec, datasets: Record<string, Row[]>, size: Size): Spec {
  const own = (spec.datasets ?? {}) as Record<string, unknown>;
  const out: Spec = { ...spec, datasets: { ...own, ...datasets } };
  if (isMultiView(spec)) return out; // each view keeps its own size
  if (size.width !== null) out.width = size.width;
  if (typeof size.height === "number") out.height = size.height;
  else if (spec.height === undefined) out.height = DEFAULT_HEIGHT;
  // The whole chart (axes, legend) fits the size, as Streamlit's charts do.
  out.autosize = { type: "fit", contains: "padding", ...(spec.autosize as object | undefined) };
  return out;
}

export function rowCount(datasets: Record<string, Row[]>): number {
  return Object.values(datasets).reduce((n, rows) => n + rows.length, 0);
}

/**
 * A selection signal's value as Streamlit reports it: the list of selected
 * points' fields for a point selection, {field: [min, max]} for an interval,
 * {} when empty. Dates become ISO strings through JSON.
 */
export function selectionValue(value: unknown): unknown {
  let out = value ?? {};
  if (typeof out === "object" && out !== null && "vlPoint" in out) {
    const point = (out as { vlPoint?: { or?: unknown } }).vlPoint;
    if (point && typeof point === "object" && "or" in point) out = point.or ?? [];
  }
  return JSON.parse(JSON.stringify(out)) as unknown;
}
