/**
 * Vega-Lite config for theme="streamlit", from the app's CSS variables
 * (readHostTheme), so charts follow the light or dark theme of the app.
 *
 *   embed(el, spec, { config: vegaConfig(readHostTheme(el)) });
 */
import type { HostTheme } from "./host-theme";

// Streamlit's categorical chart colours, light and dark.
const LIGHT_CATEGORIES = [
  "#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d",
  "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5",
];
const DARK_CATEGORIES = [
  "#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1",
  "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5",
];

export function categoryColors(theme: HostTheme): string[] {
  return theme.dark ? DARK_CATEGORIES : LIGHT_CATEGORIES;
}

export function vegaConfig(theme: HostTheme): Record<string, unknown> {
  const categories = categoryColors(theme);
  const text = { font: theme.font, color: theme.text };
  const axis = {
    labelFont: theme.font,
    titleFont: theme.font,
    labelColor: theme.textMuted,
    titleColor: theme.text,
    titleFontWeight: "normal",
    labelFontSize: 12,
    titleFontSize: 12,
    gridColor: theme.borderLight,
    domainColor: theme.border,
    tickColor: theme.border,
    labelPadding: 6,
    titlePadding: 12,
  };
  return {
    background: "transparent",
    font: theme.font,
    padding: { left: 4, right: 4, top: 8, bottom: 4 },
    view: { stroke: "transparent", continuousHeight: 350, continuousWidth: 400 },
    mark: { color: categories[0] },
    arc: { stroke: theme.bg },
    axis,
    legend: {
      labelFont: theme.font,
      titleFont: theme.font,
      labelColor: theme.text,
      titleColor: theme.text,
      titleFontWeight: "normal",
      labelFontSize: 12,
      titleFontSize: 12,
    },
    header: { labelColor: theme.text, titleColor: theme.text, labelFont: theme.font, titleFont: theme.font },
    title: { ...text, fontSize: 16, fontWeight: 600, anchor: "start" },
    text,
    range: { category: categories, ramp: [categories[1], categories[0]] },
  };
}
