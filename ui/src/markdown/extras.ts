/**
 * The lazily loaded parts of Markdown: KaTeX (math) and the gemoji table
 * (`:smile:` shortcodes). Neither is on first paint: rendering requests them
 * the first time a body needs them, and Markdown re-renders when they arrive.
 *
 *   const katex = katexOrRequest();    // null until loaded; starts the load
 *   onExtrasLoaded(() => rerender());  // called once per finished load
 *
 * KaTeX's stylesheet (copied by scripts/build.mjs to fonts/katex/) is fetched
 * once: its @font-face rules go to a <style> in document.head (Chromium
 * ignores @font-face inside a shadow root; a document font is usable in it),
 * the remaining rules to each shadow root that shows math (`adoptKatexCss`).
 */
import type katexModule from "katex";
import { fontsBaseUrl } from "../material";

type Katex = typeof katexModule;

let katex: Katex | null = null;
let katexPending: Promise<void> | null = null;
let emoji: Map<string, string> | null = null;
let emojiPending: Promise<void> | null = null;
const listeners = new Set<() => void>();
/** Counts finished loads, so a component can tell one finished before it subscribed. */
let generation = 0;

function notify(): void {
  generation += 1;
  for (const listener of [...listeners]) listener();
}

/** How many loads have finished so far (compare before and after subscribing). */
export function extrasGeneration(): number {
  return generation;
}

/** Call `listener` whenever KaTeX or the emoji table finishes loading; returns the unsubscribe. */
export function onExtrasLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** KaTeX if loaded; otherwise null, and the load (module and stylesheet) is started. */
export function katexOrRequest(): Katex | null {
  if (katex) return katex;
  katexPending ??= import("katex").then(
    (mod) => {
      katex = mod.default;
      void loadKatexCss();
      notify();
    },
    () => undefined, // math stays as its source text
  );
  return null;
}

/** Shortcode name -> emoji if loaded; otherwise null, and the load is started. */
export function emojiOrRequest(): Map<string, string> | null {
  if (emoji) return emoji;
  emojiPending ??= import("gemoji").then(
    ({ gemoji }) => {
      const table = new Map<string, string>();
      for (const entry of gemoji) for (const name of entry.names) table.set(name, entry.emoji);
      emoji = table;
      notify();
    },
    () => undefined, // shortcodes stay as text
  );
  return null;
}

/** Resolves once every load started so far has settled (tests and callers that render strings). */
export async function extrasSettled(): Promise<void> {
  await Promise.all([katexPending, emojiPending]);
}

const KATEX_CSS_PATH = "katex/katex.min.css";
let shadowCss: string | null = null;
let cssPending: Promise<void> | null = null;
const waitingRoots = new Set<ShadowRoot>();
const styledRoots = new WeakSet<Node>();

function loadKatexCss(): Promise<void> {
  cssPending ??= (async () => {
    if (typeof document === "undefined" || typeof fetch === "undefined") return;
    const base = new URL(KATEX_CSS_PATH, fontsBaseUrl());
    const response = await fetch(base);
    if (!response.ok) return;
    const css = await response.text();
    const faces = css.match(/@font-face\s*\{[^}]*\}/g) ?? [];
    const style = document.createElement("style");
    style.dataset.wasmlit = "katex-fonts";
    // Only the woff2 sources ship; make their URLs absolute for the document.
    style.textContent = faces
      .map((face) =>
        face.replace(/src:[^;}]*/, (src) => {
          const woff2 = /url\(([^)]+\.woff2)\)/.exec(src)?.[1];
          return woff2 ? `src:url("${new URL(woff2, base).href}") format("woff2")` : src;
        }),
      )
      .join("\n");
    document.head.appendChild(style);
    shadowCss = css.replace(/@font-face\s*\{[^}]*\}/g, "");
    for (const root of waitingRoots) attachCss(root);
    waitingRoots.clear();
  })().catch(() => undefined); // without the stylesheet KaTeX's MathML still reads correctly
  return cssPending;
}

function attachCss(root: ShadowRoot): void {
  if (styledRoots.has(root) || shadowCss === null) return;
  styledRoots.add(root);
  if ("adoptedStyleSheets" in root && typeof CSSStyleSheet !== "undefined" && "replaceSync" in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(shadowCss);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement("style");
  style.textContent = shadowCss;
  root.appendChild(style);
}

/** Give the shadow root holding `node` KaTeX's layout rules (once per root, when the CSS is in). */
export function adoptKatexCss(node: Node): void {
  const root = node.getRootNode();
  if (typeof ShadowRoot === "undefined" || !(root instanceof ShadowRoot)) return;
  if (shadowCss === null) {
    waitingRoots.add(root);
    void loadKatexCss();
    return;
  }
  attachCss(root);
}
