/**
 * `:material/name:` icons drawn with Google's Material Symbols Rounded font,
 * as Streamlit does: the icon is the name itself, turned into a glyph by the
 * font's ligatures. The woff2 (about 560 KB) ships beside wasmlit.js in
 * fonts/ and is loaded only when the first icon renders, so apps without
 * icons never fetch it and it is never part of first paint.
 *
 *   materialName(":material/home:")  // "home"
 *   ensureMaterialFont()              // registers the @font-face on document, once
 *
 * The face is added to `document.fonts`: Chrome ignores @font-face rules
 * declared inside a shadow root, but a document font is usable in it.
 */
export const MATERIAL_FONT_FAMILY = "Material Symbols Rounded";

/** Path of the font relative to wasmlit.js (scripts/build.mjs copies it there). */
export const MATERIAL_FONT_PATH = "./fonts/material-symbols-rounded.woff2";

// index.ts sets this from the entry bundle's URL: this module may end up in a
// lazily loaded chunk whose own import.meta.url is one folder deeper.
let fontUrl: string | null = null;
let registered: FontFace | null = null;

/** The name inside `:material/name:`, or null when `icon` is not one. */
export function materialName(icon: string): string | null {
  return /^:material\/([a-z0-9_]+):$/.exec(icon)?.[1] ?? null;
}

/** Where the font is fetched from (absolute URL); set by the bundle entry point. */
export function setMaterialFontUrl(url: string): void {
  fontUrl = url;
}

function resolvedFontUrl(): string {
  return fontUrl ?? new URL(MATERIAL_FONT_PATH, import.meta.url).href;
}

/** The fonts/ folder beside wasmlit.js (other lazily loaded fonts, e.g. KaTeX's, live under it). */
export function fontsBaseUrl(): string {
  return new URL("./", resolvedFontUrl()).href;
}

/**
 * Register the Material Symbols face on `document`, the first time only, and
 * start loading it. Returns the face, or null where FontFace does not exist
 * (jsdom, very old browsers): icons then keep their reserved blank box.
 */
export function ensureMaterialFont(): FontFace | null {
  if (registered !== null) return registered;
  if (typeof FontFace === "undefined" || typeof document === "undefined" || !document.fonts) return null;
  // "block": a short invisible period instead of flashing the icon's name as text.
  const face = new FontFace(MATERIAL_FONT_FAMILY, `url("${resolvedFontUrl()}") format("woff2")`, {
    style: "normal",
    weight: "400",
    display: "block",
  });
  document.fonts.add(face);
  // A failed load leaves the clipped, hidden fallback box; nothing else to do.
  face.load().catch(() => undefined);
  registered = face;
  return face;
}

/** Forget the registered face (tests only). */
export function resetMaterialFontForTests(): void {
  if (registered !== null && typeof document !== "undefined") document.fonts?.delete(registered);
  registered = null;
  fontUrl = null;
}

/** The HTML of one icon, for Markdown rendered to a string (the name is [a-z0-9_]+). */
export function materialIconHtml(name: string): string {
  ensureMaterialFont();
  return `<span class="material-icon" title="${name}" aria-hidden="true" translate="no">${name}</span>`;
}
