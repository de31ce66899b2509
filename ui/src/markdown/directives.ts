/**
 * Streamlit's Markdown directives as `marked` extensions:
 *
 *   :red[text]  :blue-background[text]  :green-badge[text]  :small[text]  :shimmer[text]
 *   :color[text]{foreground="#d50000" background="rgb(0,100,200)"}
 *   :material/home:   :smile:   $x^2$   $$ (block, fences on their own lines) $$
 *
 * Directive contents are Markdown themselves (`:red[**bold**]`). Emoji and
 * math only emit placeholders here; render.ts fills them once the lazily
 * loaded gemoji table and KaTeX are in (extras.ts).
 */
import type { TokenizerAndRendererExtension } from "marked";
import { materialIconHtml } from "../material";
import { emojiOrRequest } from "./extras";

const PALETTE = ["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "rainbow", "primary"];
const BADGE_PALETTE = PALETTE.filter((c) => c !== "rainbow");

/** Private-use characters around a math index: they survive marked and DOMPurify untouched. */
export const MATH_OPEN = "\uE000";
export const MATH_CLOSE = "\uE001";

type RenderState = { math: { tex: string; display: boolean }[]; emojiPending: boolean };
let state: RenderState = { math: [], emojiPending: false };

/** Per-render bookkeeping of math and pending emoji (renders are synchronous, never nested). */
export const mathState = {
  begin(): RenderState {
    state = { math: [], emojiPending: false };
    return state;
  },
  end(): void {
    state = { math: [], emojiPending: false };
  },
};

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Index of the "]" closing the "[" at `open` (nested brackets and escapes honoured), or -1. */
function closingBracket(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return i;
  }
  return -1;
}

// Custom colours are written into a style attribute: accept only plain colour syntax.
const CSS_COLOR =
  /^(?:[a-z]+|#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|(?:rgba?|hsla?)\(\s*-?[\d.]+(?:deg|%)?\s*(?:,\s*-?[\d.]+%?\s*){2,3}\))$/i;

function customColorStyle(attrs: string): string | null {
  const style: string[] = [];
  for (const [, name, value] of attrs.matchAll(/(foreground|background)\s*=\s*"([^"]*)"/g)) {
    if (!value || !CSS_COLOR.test(value.trim())) return null;
    style.push(`${name === "foreground" ? "color" : "background-color"}: ${value.trim()}`);
  }
  return style.join("; ");
}

type Directive = { kind: "fg" | "bg" | "badge" | "small" | "shimmer" | "custom"; color: string };

function directiveOf(name: string, suffix: string | undefined): Directive | null {
  if (!suffix && name === "small") return { kind: "small", color: "" };
  if (!suffix && name === "shimmer") return { kind: "shimmer", color: "" };
  if (!suffix && name === "color") return { kind: "custom", color: "" };
  const color = name === "grey" ? "gray" : name;
  if (!suffix && PALETTE.includes(name)) return { kind: "fg", color };
  if (suffix === "-background" && PALETTE.includes(name)) return { kind: "bg", color };
  if (suffix === "-badge" && BADGE_PALETTE.includes(name)) return { kind: "badge", color };
  return null;
}

/** `:red[..]`, `:blue-background[..]`, `:green-badge[..]`, `:small[..]`, `:shimmer[..]`, `:color[..]{..}`. */
const directive: TokenizerAndRendererExtension = {
  name: "stDirective",
  level: "inline",
  start: (src) => src.match(/:[a-z]+(?:-background|-badge)?\[/)?.index,
  tokenizer(src) {
    const head = /^:([a-z]+)(-background|-badge)?\[/.exec(src);
    if (!head) return undefined;
    const found = directiveOf(head[1] ?? "", head[2]);
    if (!found) return undefined;
    const open = head[0].length - 1;
    const close = closingBracket(src, open);
    if (close < 0) return undefined;
    let raw = src.slice(0, close + 1);
    let style = "";
    if (found.kind === "custom") {
      const attrs = /^\{([^}]*)\}/.exec(src.slice(close + 1));
      const css = attrs ? customColorStyle(attrs[1] ?? "") : null;
      if (attrs === null || css === null) return undefined;
      raw += attrs[0];
      style = css;
    }
    return {
      type: "stDirective",
      raw,
      kind: found.kind,
      color: found.color,
      style,
      tokens: this.lexer.inlineTokens(src.slice(open + 1, close)),
    };
  },
  renderer(token) {
    const inner = this.parser.parseInline(token.tokens ?? []);
    const color = String(token.color);
    switch (token.kind) {
      case "fg":
        return `<span class="st-fg-${color}">${inner}</span>`;
      case "bg":
        return `<span class="st-bg-${color}">${inner}</span>`;
      case "badge":
        return `<span data-testid="stMarkdownBadge" class="st-badge st-badge-${color}">${inner}</span>`;
      case "small":
        return `<small class="st-small">${inner}</small>`;
      case "shimmer":
        return `<span class="st-shimmer">${inner}</span>`;
      default:
        return `<span class="st-custom-color" style="${escapeText(String(token.style))}">${inner}</span>`;
    }
  },
};

/** `:material/name:` as a Material Symbols ligature (see material.ts), titled with its name. */
const materialIcon: TokenizerAndRendererExtension = {
  name: "stMaterialIcon",
  level: "inline",
  start: (src) => src.match(/:material\//)?.index,
  tokenizer(src) {
    const match = /^:material\/([a-z0-9_]+):/.exec(src);
    return match ? { type: "stMaterialIcon", raw: match[0], icon: match[1] } : undefined;
  },
  renderer(token) {
    return materialIconHtml(String(token.icon));
  },
};

/** `:smile:` / `:+1:` from GitHub's emoji names; text until the table has loaded. */
const emojiShortcode: TokenizerAndRendererExtension = {
  name: "stEmoji",
  level: "inline",
  start: (src) => src.match(/:[a-z0-9_+-]+:/)?.index,
  tokenizer(src) {
    const match = /^:([a-z0-9_+-]+):/.exec(src);
    if (!match) return undefined;
    const table = emojiOrRequest();
    if (table === null) {
      state.emojiPending = true;
      return { type: "stEmoji", raw: match[0], text: match[0] };
    }
    const emoji = table.get(match[1] ?? "");
    // Unknown names stay text, and their closing colon may still open a shortcode.
    return emoji ? { type: "stEmoji", raw: match[0], text: emoji } : undefined;
  },
  renderer(token) {
    return escapeText(String(token.text));
  },
};

function mathPlaceholder(tex: string, display: boolean): string {
  state.math.push({ tex, display });
  return `${MATH_OPEN}${state.math.length - 1}${MATH_CLOSE}`;
}

/** `$...$` (or `$$...$$`) inside text: closed by a run of as many dollars, like a code span. */
const inlineMath: TokenizerAndRendererExtension = {
  name: "stInlineMath",
  level: "inline",
  start: (src) => {
    const index = src.indexOf("$");
    return index < 0 ? undefined : index;
  },
  tokenizer(src) {
    const match = /^(\$+)(?!\$)([\s\S]*?[^$\\])\1(?!\$)/.exec(src);
    return match ? { type: "stInlineMath", raw: match[0], tex: (match[2] ?? "").trim() } : undefined;
  },
  renderer(token) {
    return mathPlaceholder(String(token.tex), false);
  },
};

/** A display block: `$$` on its own line, the TeX, `$$` on its own line. */
const blockMath: TokenizerAndRendererExtension = {
  name: "stBlockMath",
  level: "block",
  start: (src) => src.match(/^ {0,3}\$\$[ \t]*$/m)?.index,
  tokenizer(src) {
    const match = /^ {0,3}\$\$[ \t]*\n([\s\S]*?)\n? {0,3}\$\$[ \t]*(?:\n+|$)/.exec(src);
    return match ? { type: "stBlockMath", raw: match[0], tex: match[1] ?? "" } : undefined;
  },
  renderer(token) {
    return `<div class="st-math-block">${mathPlaceholder(String(token.tex), true)}</div>\n`;
  },
};

export const directives = [blockMath, directive, materialIcon, emojiShortcode, inlineMath];

const SYMBOLS: [RegExp, string][] = [
  [/<->/g, "\u2194"],
  [/<-/g, "\u2190"],
  [/->/g, "\u2192"],
  [/--/g, "\u2014"],
  [/>=/g, "\u2265"],
  [/<=/g, "\u2264"],
  [/~=/g, "\u2248"],
];

/** Streamlit's typographic replacements: "<- -> <-> -- >= <= ~=" to "← → ↔ — ≥ ≤ ≈". */
export function typography(text: string): string {
  return SYMBOLS.reduce((out, [pattern, symbol]) => out.replace(pattern, symbol), text);
}

/** A small stable hash (FNV-1a), hex: the anchor of a heading with no usable letters. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16);
}

/**
 * Anchor slug of heading text, in the manner of Streamlit's (which uses
 * @sindresorhus/slugify): accents dropped, "&" as "and", camelCase split,
 * lowercase words joined by "-"; a hash when nothing is left.
 */
export function slugify(text: string): string {
  if (!text) return "";
  const slug = text
    .replace(/&/g, " and ")
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/[\s-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || hashText(text);
}
