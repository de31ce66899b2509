/**
 * The "streamlit" ECharts theme, built from the app's CSS variables: text and
 * fonts of the app, a transparent background, quiet axes and Streamlit's
 * categorical palette (its light or dark order).
 *
 *   echarts.init(el, streamlitTheme(readHostTheme(el)), { renderer: "canvas" })
 */
import type { HostTheme } from "./host-theme";

const LIGHT_PALETTE = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"];
const DARK_PALETTE = ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"];

export function streamlitTheme(host: HostTheme): Record<string, unknown> {
  const axis = {
    axisLine: { lineStyle: { color: host.border } },
    axisTick: { lineStyle: { color: host.border } },
    axisLabel: { color: host.textMuted },
    splitLine: { lineStyle: { color: host.borderLight } },
    nameTextStyle: { color: host.textMuted },
  };
  return {
    color: host.dark ? DARK_PALETTE : LIGHT_PALETTE,
    backgroundColor: "transparent",
    textStyle: { color: host.text, fontFamily: host.font },
    title: { textStyle: { color: host.text }, subtextStyle: { color: host.textMuted } },
    legend: { textStyle: { color: host.text } },
    tooltip: { backgroundColor: host.bg, borderColor: host.border, textStyle: { color: host.text } },
    categoryAxis: axis,
    valueAxis: axis,
    logAxis: axis,
    timeAxis: axis,
  };
}
