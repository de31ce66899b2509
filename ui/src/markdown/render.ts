/**
 * Markdown to sanitized HTML: GitHub-flavoured via `marked`, then DOMPurify.
 * This is the only HTML string the UI ever inserts.
 *
 *   renderMarkdown("**hi** <b>x</b>")                      // tags shown as text
 *   renderMarkdown("<b>x</b>", { allowHtml: true })        // bold, still sanitized
 */
import DOMPurify from "dompurify";
import { Marked, type MarkedExtension, type TokenizerAndRendererExtension } from "marked";
import { materialIconHtml } from "../material";

export type MarkdownOptions = { inline?: boolean; allowHtml?: boolean };

const COLORS = ["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "rainbow", "primary"];

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Streamlit's `:red[text]` and `:blue-background[text]` colour spans. */
const colorSpan: TokenizerAndRendererExtension = {
  name: "stColor",
  level: "inline",
  start: (src) => src.match(/:[a-z]+(-background)?\[/)?.index,
  tokenizer(src) {
    const match = /^:([a-z]+)(-background)?\[((?:\\.|[^\]\\])*)\]/.exec(src);
    if (!match || !COLORS.includes(match[1] ?? "")) return undefined;
    const color = match[1] === "grey" ? "gray" : (match[1] ?? "");
    return {
      type: "stColor",
      raw: match[0],
      color,
      background: Boolean(match[2]),
      tokens: this.lexer.inlineTokens(match[3] ?? ""),
    };
  },
  renderer(token) {
    const kind = token.background ? "bg" : "fg";
    const inner = this.parser.parseInline(token.tokens ?? []);
    return `<span class="st-${kind}-${String(token.color)}">${inner}</span>`;
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

// Widget labels and other inline text: only these survive; other tags are
// unwrapped to their text, as Streamlit does with unsupported label Markdown.
const INLINE_TAGS = ["a", "b", "br", "code", "del", "em", "i", "img", "s", "span", "strong", "sub", "sup"];

function makeMarked(allowHtml: boolean): Marked {
  const extension: MarkedExtension = { gfm: true, breaks: false, extensions: [colorSpan, materialIcon] };
  if (!allowHtml) {
    // Streamlit escapes HTML in Markdown unless unsafe_allow_html: show it as text.
    extension.renderer = { html: ({ text }) => escapeHtml(text) };
  }
  return new Marked(extension);
}

const safeMarked = makeMarked(false);
const htmlMarked = makeMarked(true);

let hooked = false;
function installHooks(): void {
  if (hooked) return;
  hooked = true;
  // Links open in a new tab like Streamlit's; in-page anchors stay.
  DOMPurify.addHook("afterSanitizeAttributes", (node) => {
    if (node.tagName === "A" && !(node.getAttribute("href") ?? "#").startsWith("#")) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
  });
}

/** Sanitized HTML for `text`. Scripts, event handlers and javascript: URLs never survive. */
export function renderMarkdown(text: string, options: MarkdownOptions = {}): string {
  // Without a working DOMPurify, sanitize() returns its input: show text instead.
  if (!DOMPurify.isSupported) return escapeHtml(text);
  installHooks();
  const marked = options.allowHtml ? htmlMarked : safeMarked;
  const html = options.inline
    ? (marked.parseInline(text, { async: false }) as string)
    : (marked.parse(text, { async: false }) as string);
  return DOMPurify.sanitize(html, {
    // A leading <style> (a common unsafe_allow_html idiom) is otherwise dropped.
    FORCE_BODY: true,
    ADD_ATTR: ["target"],
    ...(options.inline && !options.allowHtml ? { ALLOWED_TAGS: INLINE_TAGS, KEEP_CONTENT: true } : {}),
  });
}

/** Plain text of inline Markdown, e.g. for anchor slugs and aria labels. */
export function markdownToText(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/:[a-z]+(?:-background)?\[([^\]]*)\]/g, "$1")
    .replace(/:material\/[a-z0-9_]+:/g, "")
    .replace(/[*_~`#>]/g, "")
    .trim();
}
