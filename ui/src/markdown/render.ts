/**
 * Markdown to sanitized HTML: GitHub-flavoured via `marked` plus Streamlit's
 * directives (directives.ts), then DOMPurify. This is the only HTML string
 * the UI ever inserts.
 *
 *   renderMarkdown("**hi** <b>x</b>")                      // tags shown as text
 *   renderMarkdown("<b>x</b>", { allowHtml: true })        // bold, still sanitized
 *   renderMarkdown("$x^2$ :smile:")                        // KaTeX and emoji once loaded (extras.ts)
 *
 * Math is rendered by KaTeX *after* sanitizing: the Markdown holds a
 * placeholder that the KaTeX output replaces, so DOMPurify never sees (and
 * never mangles) KaTeX's MathML, and nothing from the body reaches the DOM
 * unsanitized (KaTeX escapes its input and runs with `trust: false`).
 */
import DOMPurify from "dompurify";
import { Marked, type MarkedExtension } from "marked";
import { directives, MATH_CLOSE, MATH_OPEN, mathState, slugify, typography } from "./directives";
import { katexOrRequest } from "./extras";

export { slugify } from "./directives";

export type MarkdownOptions = {
  inline?: boolean;
  allowHtml?: boolean;
  /** Link icons on headings inside the Markdown (st.markdown's `anchors`); ids are always set. */
  anchors?: boolean;
};

/** What a render still waits for: Markdown re-renders when these arrive. */
export type RenderResult = { html: string; pending: boolean };

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

// Widget labels and other inline text: only these survive; other tags are
// unwrapped to their text, as Streamlit does with unsupported label Markdown.
const INLINE_TAGS = ["a", "b", "br", "code", "del", "em", "i", "img", "s", "small", "span", "strong", "sub", "sup"];

const LINK_ICON =
  '<svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" ' +
  'stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">' +
  '<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1"></path>' +
  '<path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"></path></svg>';

// Set for the duration of one (synchronous) render.
let renderAnchors = true;

function makeMarked(allowHtml: boolean): Marked {
  const extension: MarkedExtension = {
    gfm: true,
    breaks: false,
    extensions: directives,
    renderer: {
      // "<- -> -- >= ..." become arrows and dashes, as in Streamlit (not in code).
      text(token) {
        if (("tokens" in token && token.tokens) || ("escaped" in token && token.escaped)) return false;
        return escapeHtml(typography(token.text));
      },
      // Headings inside Markdown get an id (for #links) and, unless anchors=False, a link icon.
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        const slug = headingSlug(tokens.map((t) => t.raw).join(""));
        const link =
          renderAnchors && slug
            ? `<span data-testid="stHeaderActionElements" class="heading-actions"><a href="#${slug}" aria-label="Link to this heading">${LINK_ICON}</a></span>`
            : "";
        return `<h${depth} id="${slug}">${inner}${link}</h${depth}>\n`;
      },
      ...(allowHtml ? {} : { html: ({ text }: { text: string }) => escapeHtml(text) }),
    },
  };
  return new Marked(extension);
}

const safeMarked = makeMarked(false);
const htmlMarked = makeMarked(true);

// CSS that could run script in some engine (javascript: URLs, IE's expression()).
const SCRIPTED_CSS = /javascript:|vbscript:|expression\s*\(/i;

/** `text` without whitespace, control characters and CSS escapes' backslashes. */
function withoutBlanks(text: string): string {
  return Array.from(text)
    .filter((c) => c.charCodeAt(0) > 0x20 && c !== "\\")
    .join("");
}

let hooked = false;
/** DOMPurify hooks shared by every sanitizer of app HTML (Markdown, st.html). */
export function installHooks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook("uponSanitizeAttribute", (_node, data) => {
    if (data.attrName === "style" && SCRIPTED_CSS.test(withoutBlanks(data.attrValue))) data.keepAttr = false;
  });
  // Links open in a new tab like Streamlit's; in-page anchors stay.
  DOMPurify.addHook("afterSanitizeAttributes", (node) => {
    if (node.tagName === "A" && !(node.getAttribute("href") ?? "#").startsWith("#")) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
  });
}

const PLACEHOLDER = new RegExp(`${MATH_OPEN}(\\d+)${MATH_CLOSE}`, "g");
const PRIVATE_MARKS = new RegExp(`[${MATH_OPEN}${MATH_CLOSE}]`, "g");

/** Sanitized HTML for `text`, and whether KaTeX or emoji it needs are still loading. */
export function renderMarkdownResult(text: string, options: MarkdownOptions = {}): RenderResult {
  // Without a working DOMPurify, sanitize() returns its input: show text instead.
  if (!DOMPurify.isSupported) return { html: escapeHtml(text), pending: false };
  installHooks();
  const marked = options.allowHtml ? htmlMarked : safeMarked;
  const state = mathState.begin();
  renderAnchors = options.anchors ?? true;
  // The placeholder marks are private-use characters: a body cannot forge one.
  const source = text.replace(PRIVATE_MARKS, "");
  let html: string;
  try {
    html = options.inline
      ? (marked.parseInline(source, { async: false }) as string)
      : (marked.parse(source, { async: false }) as string);
  } finally {
    mathState.end();
  }
  const clean = DOMPurify.sanitize(html, {
    // A leading <style> (a common unsafe_allow_html idiom) is otherwise dropped.
    FORCE_BODY: true,
    ADD_ATTR: ["target"],
    ...(options.inline && !options.allowHtml ? { ALLOWED_TAGS: INLINE_TAGS, KEEP_CONTENT: true } : {}),
  });
  let pending = state.emojiPending;
  if (state.math.length === 0) return { html: clean, pending };
  const katex = katexOrRequest();
  if (!katex) pending = true;
  const withMath = clean.replace(PLACEHOLDER, (_, index: string) => {
    const math = state.math[Number(index)];
    if (!math) return "";
    if (!katex) return `<span class="st-math-pending">${escapeHtml(math.tex)}</span>`;
    return katex.renderToString(math.tex, { displayMode: math.display, throwOnError: false, trust: false, strict: false });
  });
  return { html: withMath, pending };
}

/** Sanitized HTML for `text`. Scripts, event handlers and javascript: URLs never survive. */
export function renderMarkdown(text: string, options: MarkdownOptions = {}): string {
  return renderMarkdownResult(text, options).html;
}

/** The anchor of a heading written as inline Markdown (emoji shortcodes, like emoji, add nothing). */
export function headingSlug(markdown: string): string {
  return slugify(markdownToText(markdown).replace(/:[a-z0-9_+-]+:/g, " "));
}

/** Plain text of inline Markdown, e.g. for anchor slugs and aria labels. */
export function markdownToText(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/:[a-z]+(?:-background|-badge)?\[([^\]]*)\](?:\{[^}]*\})?/g, "$1")
    .replace(/:material\/[a-z0-9_]+:/g, "")
    .replace(/[*_~`#>]/g, "")
    .trim();
}
