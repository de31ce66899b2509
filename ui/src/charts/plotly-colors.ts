/**
 * theme="streamlit" for trace colours written in Python. plotly express gives
 * each trace its colour from the figure template's colorway, in order
 * (marker.color "#636efa", then "#EF553B", ...), so swapping the template
 * alone leaves them in Plotly's colours. A trace colour equal to the
 * colorway's i-th colour came from the template: it becomes the app's i-th
 * categorical colour. Any other colour (set by the user) is kept.
 *
 *   const data = themedTraces(figure.data, figure.layout, props.theme, categoryColors(host));
 */
type Obj = Record<string, unknown>;

function isRecord(value: unknown): value is Obj {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The colorway of the figure's own template (what plotly express picked colours from). */
export function templateColorway(layout: Obj): string[] {
  const template = layout.template;
  const colorway = isRecord(template) && isRecord(template.layout) ? template.layout.colorway : undefined;
  return Array.isArray(colorway) ? colorway.filter((c): c is string => typeof c === "string") : [];
}

/** template colour (lower case) -> app colour, position for position. */
function colorMap(colorway: readonly string[], palette: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  colorway.forEach((color, i) => {
    const key = color.trim().toLowerCase();
    const next = palette[i % palette.length];
    if (next !== undefined && !map.has(key)) map.set(key, next);
  });
  return map;
}

/** A copy of `holder` with its `field` recoloured, when that is a template colour. */
function recolor(holder: unknown, field: string, map: Map<string, string>): unknown {
  if (!isRecord(holder)) return holder;
  const color = holder[field];
  const next = typeof color === "string" ? map.get(color.trim().toLowerCase()) : undefined;
  return next === undefined ? holder : { ...holder, [field]: next };
}

/**
 * The traces with template colours in marker.color, line.color and fillcolor
 * replaced by the app's palette; the data unchanged for theme=None, a figure
 * without a template colorway or an empty palette.
 */
export function themedTraces(data: unknown[], layout: Obj, mode: "streamlit" | null, palette: readonly string[]): unknown[] {
  if (mode !== "streamlit" || palette.length === 0) return data;
  const map = colorMap(templateColorway(layout), palette);
  if (map.size === 0) return data;
  return data.map((trace) => {
    if (!isRecord(trace)) return trace;
    const out: Obj = { ...(recolor(trace, "fillcolor", map) as Obj) };
    if (isRecord(out.marker)) out.marker = recolor(out.marker, "color", map);
    if (isRecord(out.line)) out.line = recolor(out.line, "color", map);
    return out;
  });
}
