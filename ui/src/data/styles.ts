/**
 * pandas Styler output for grid and table cells (Contract B `styles`): each
 * cell's display text and CSS declarations, read from two Arrow tables with
 * the wire table's fields.
 *
 *   const styler = createStyler(tableFromIPC(display), tableFromIPC(css));
 *   styler.displayText(0, "c1")   // "1.5" (what Styler.format printed)
 *   styler.cellStyle(0, "c1")     // { backgroundColor: "yellow" } for <td style={...}>
 *
 * CSS never reaches the DOM as a string: declarations are parsed, filtered
 * and handed to Preact as a style object, which sets them one property at a
 * time (CSSOM), so a value cannot escape its declaration.
 */
import type { CellStyler } from "./types";

/** What we read from an apache-arrow Table (structural, so this module does not import Arrow). */
export interface ArrowTableLike {
  getChild(name: string): { get(row: number): unknown } | null;
}

export type StyleObject = Record<string, string>;

const PROPERTY = /^-{0,2}[a-zA-Z][a-zA-Z0-9-]*$/;
// Values that could load or run something, or break out of a declaration.
const UNSAFE_VALUE = /javascript:|vbscript:|expression\s*\(|url\s*\(|@import|[<>{}\\]/i;

/** "background-color: red; color: #fff" -> [["background-color", "red"], ["color", "#fff"]], unsafe ones dropped. */
export function parseDeclarations(css: string): [string, string][] {
  const out: [string, string][] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  const parts: string[] = [];
  // Split on ";" outside quotes and parentheses (e.g. rgb(…) or font names).
  for (let i = 0; i < css.length; i++) {
    const c = css[i]!;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(") depth += 1;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === ";" && depth === 0) {
      parts.push(css.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(css.slice(start));
  for (const part of parts) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!\s*important\s*$/i, "")
      .trim();
    if (!PROPERTY.test(property) || value === "" || UNSAFE_VALUE.test(value)) continue;
    out.push([property, value]);
  }
  return out;
}

/** Preact's style keys: camelCase properties; custom and vendor ones (leading "-") kept for setProperty. */
function styleKey(property: string): string {
  return property.startsWith("-") ? property : property.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

const cache = new Map<string, StyleObject | undefined>();

/** A Preact style object for CSS declarations (cached: Stylers repeat the same few strings). */
export function styleObject(css: string | null | undefined): StyleObject | undefined {
  if (!css) return undefined;
  if (cache.has(css)) return cache.get(css);
  const declarations = parseDeclarations(css);
  const style = declarations.length === 0 ? undefined : Object.fromEntries(declarations.map(([p, v]) => [styleKey(p), v]));
  if (cache.size > 5000) cache.clear();
  cache.set(css, style);
  return style;
}

function reader(table: ArrowTableLike | null) {
  const columns = new Map<string, { get(row: number): unknown } | null>();
  return (row: number, field: string): string | null => {
    if (table === null) return null;
    if (!columns.has(field)) columns.set(field, table.getChild(field));
    const value = columns.get(field)?.get(row);
    return typeof value === "string" ? value : null;
  };
}

/** The Styler of a grid or table; `display`/`css` are the decoded Arrow tables (either may be absent). */
export function createStyler(display: ArrowTableLike | null, css: ArrowTableLike | null): CellStyler {
  const text = reader(display);
  const declarations = reader(css);
  return {
    displayText: (row, field) => text(row, field),
    cellStyle: (row, field) => styleObject(declarations(row, field)),
  };
}

/** A styler that styles nothing (no Styler passed). */
export const NO_STYLES: CellStyler = { displayText: () => null, cellStyle: () => undefined };
