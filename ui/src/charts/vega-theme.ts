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

// Streamlit's sequential scale (its blue ramp, light to dark; dark to light in
// a dark app so low values sink into the background) and its diverging scale
// (red through pale to blue), ten colours each.
const LIGHT_SEQUENTIAL = [
  "#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff",
  "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280",
];
const DARK_SEQUENTIAL = [...LIGHT_SEQUENTIAL].reverse();
const DIVERGING = [
  "#7d353b", "#bd4043", "#ff4b4b", "#ff8c8c", "#ffc7c7",
  "#a6dcff", "#60b4ff", "#1c83e1", "#0054a3", "#004280",
];

export function categoryColors(theme: HostTheme): string[] {
  return theme.dark ? DARK_CATEGORIES : LIGHT_CATEGORIES;
}

/** Colours of continuous scales (low to high), for Vega-Lite ramps and Plotly colorscales. */
export function sequentialColors(theme: HostTheme): string[] {
  return theme.dark ? DARK_SEQUENTIAL : LIGHT_SEQUENTIAL;
}

export function divergingColors(_theme: HostTheme): string[] {
  return DIVERGING;
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
    range: {
      category: categories,
      ramp: sequentialColors(theme),
      heatmap: sequentialColors(theme),
      diverging: divergingColors(theme),
    },
  };
}
