/**
 * Selected items of st.echarts_chart drawn in ECharts' own "select" state, so
 * a clicked bar or brushed points stay highlighted, also after the rerun
 * (the selection comes back as the element's `value`).
 *
 *   chart.setOption(withSelectedMode(option));
 *   showSelection(chart, wantedSelection(props.value));
 */
type Option = Record<string, unknown>;

/** Data indices to show selected, per series index. */
export type Wanted = Map<number, number[]>;

/**
 * The option with `selectedMode: "multiple"` on each series that has none:
 * ECharts only selects items of series with a selectedMode. A mode the
 * option sets itself is kept.
 */
export function withSelectedMode(option: Option): Option {
  const mark = (series: unknown): unknown =>
    series !== null && typeof series === "object" && !Array.isArray(series) && !("selectedMode" in series)
      ? { ...(series as Option), selectedMode: "multiple" }
      : series;
  const { series } = option;
  if (Array.isArray(series)) return { ...option, series: series.map(mark) };
  if (series && typeof series === "object") return { ...option, series: mark(series) };
  return option;
}

/** The items of a widget value (EChartsState, or null) grouped by series. */
export function wantedSelection(value: unknown): Wanted {
  const wanted: Wanted = new Map();
  const points = (value as { selection?: { points?: unknown } } | null)?.selection?.points;
  if (!Array.isArray(points)) return wanted;
  for (const point of points) {
    const { series_index: series, data_index: index } = (point ?? {}) as { series_index?: unknown; data_index?: unknown };
    if (typeof index !== "number") continue;
    const key = typeof series === "number" ? series : 0;
    const list = wanted.get(key) ?? [];
    if (!list.includes(index)) list.push(index);
    wanted.set(key, list);
  }
  return wanted;
}

type SeriesModel = { seriesIndex: number; getSelectedDataIndices(): number[] };
type GlobalModel = { eachSeries(visit: (series: SeriesModel) => void): void };
type Chart = {
  dispatchAction(payload: { type: string } & Record<string, unknown>): void;
  isDisposed(): boolean;
};

/** ECharts' model, where the select state lives (getModel is private in ECharts' types). */
function modelOf(chart: Chart): GlobalModel | undefined {
  return (chart as unknown as { getModel?: () => GlobalModel | undefined }).getModel?.();
}

/**
 * Make the chart's selected items exactly `wanted`: unselect the others
 * (ECharts toggles an item on click by itself), then select the wanted ones.
 */
export function showSelection(chart: Chart, wanted: Wanted): void {
  if (chart.isDisposed()) return;
  modelOf(chart)?.eachSeries((series) => {
    const keep = wanted.get(series.seriesIndex) ?? [];
    const drop = series.getSelectedDataIndices().filter((index) => !keep.includes(index));
    if (drop.length) chart.dispatchAction({ type: "unselect", seriesIndex: series.seriesIndex, dataIndex: drop });
  });
  for (const [seriesIndex, dataIndex] of wanted) {
    if (dataIndex.length) chart.dispatchAction({ type: "select", seriesIndex, dataIndex });
  }
}

/** The items the chart shows selected now, per series (for tests and checks). */
export function shownSelection(chart: Chart): Wanted {
  const shown: Wanted = new Map();
  modelOf(chart)?.eachSeries((series) => {
    const indices = series.getSelectedDataIndices();
    if (indices.length) shown.set(series.seriesIndex, [...indices].sort((a, b) => a - b));
  });
  return shown;
}
