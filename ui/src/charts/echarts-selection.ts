/**
 * ECharts events -> Streamlit's EChartsState (the widget value of
 * st.echarts_chart with on_select): `{selection: {points, point_indices, box, lasso}}`.
 * A click selects one data item (clicking it again clears); a brush (box or
 * lasso) selects the items inside it.
 */
export type Point = Record<string, unknown> & { series_index: number; data_index: number };
export type EChartsSelection = {
  selection: { points: Point[]; point_indices: number[]; box: Record<string, unknown>[]; lasso: Record<string, unknown>[] };
};

export function emptySelection(): EChartsSelection {
  return { selection: { points: [], point_indices: [], box: [], lasso: [] } };
}

/** JSON-safe copy (ECharts values can hold Dates or undefined). */
function plain(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** The fields of a clicked item, named as Streamlit names them. */
export function clickedPoint(params: Record<string, unknown>): Point | null {
  if (params.componentType !== "series" || typeof params.dataIndex !== "number") return null;
  return {
    component_type: "series",
    series_type: params.seriesType ?? null,
    series_index: typeof params.seriesIndex === "number" ? params.seriesIndex : 0,
    series_name: params.seriesName ?? null,
    data_index: params.dataIndex,
    name: params.name ?? null,
    value: plain(params.value),
    data: plain(params.data),
  };
}

export function pointSelection(point: Point): EChartsSelection {
  const state = emptySelection();
  state.selection.points = [point];
  state.selection.point_indices = [point.data_index];
  return state;
}

export type BrushBatch = {
  areas?: { brushType?: string; range?: unknown; coordRange?: unknown }[];
  selected?: { seriesIndex?: number; dataIndex?: number[] }[];
};

/** A finished brush: items inside it as points; rect/line areas as box, polygons as lasso. */
export function brushSelection(batch: BrushBatch): EChartsSelection {
  const state = emptySelection();
  for (const series of batch.selected ?? []) {
    for (const index of series.dataIndex ?? []) {
      state.selection.points.push({ component_type: "series", series_index: series.seriesIndex ?? 0, data_index: index });
      state.selection.point_indices.push(index);
    }
  }
  for (const area of batch.areas ?? []) {
    const entry = { brush_type: area.brushType ?? null, range: plain(area.range), coord_range: plain(area.coordRange) };
    if (area.brushType === "polygon") state.selection.lasso.push(entry);
    else state.selection.box.push(entry);
  }
  return state;
}

export function sameItem(a: Point | null, b: Point | null): boolean {
  return a !== null && b !== null && a.series_index === b.series_index && a.data_index === b.data_index;
}
