/**
 * The app's theme as chart libraries need it, read from the host's CSS custom
 * properties (ui/src/styles/theme.ts) at render time, so a chart drawn in a
 * dark app is dark too.
 *
 *   const theme = readHostTheme(element);   // { text, bg, font, dark, ... }
 */
export type HostTheme = {
  text: string;
  textMuted: string;
  bg: string;
  bgSecondary: string;
  border: string;
  borderLight: string;
  primary: string;
  font: string;
  dark: boolean;
};

const DEFAULTS: Omit<HostTheme, "dark"> = {
  text: "#31333f",
  textMuted: "rgba(49, 51, 63, 0.6)",
  bg: "#ffffff",
  bgSecondary: "#f0f2f6",
  border: "rgba(49, 51, 63, 0.2)",
  borderLight: "rgba(49, 51, 63, 0.1)",
  primary: "#ff4b4b",
  font: "sans-serif",
};

/** Relative luminance of "#rgb", "#rrggbb" or "rgb(a)(r, g, b...)"; null if unreadable. */
export function luminance(color: string): number | null {
  let rgb: number[] | null = null;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex?.[1]) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join("") : hex[1];
    rgb = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  } else {
    const fn = /^rgba?\(([^)]+)\)$/i.exec(color.trim());
    if (fn?.[1]) rgb = fn[1].split(/[\s,/]+/).slice(0, 3).map(Number);
  }
  if (!rgb || rgb.length < 3 || rgb.some((v) => Number.isNaN(v))) return null;
  const [r = 0, g = 0, b = 0] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function readHostTheme(element: Element | null): HostTheme {
  const style = element ? getComputedStyle(element) : null;
  const read = (name: string, fallback: string) => style?.getPropertyValue(name).trim() || fallback;
  const theme = {
    text: read("--st-text", DEFAULTS.text),
    textMuted: read("--st-text-muted", DEFAULTS.textMuted),
    bg: read("--st-bg", DEFAULTS.bg),
    bgSecondary: read("--st-bg-secondary", DEFAULTS.bgSecondary),
    border: read("--st-border", DEFAULTS.border),
    borderLight: read("--st-border-light", DEFAULTS.borderLight),
    primary: read("--st-primary", DEFAULTS.primary),
    font: read("--st-font", DEFAULTS.font),
  };
  return { ...theme, dark: (luminance(theme.bg) ?? 1) < 0.2 };
}
