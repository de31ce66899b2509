/**
 * Syntax highlighting for st.code, off the first paint: highlight.js's core
 * and each grammar load on first use (separate chunks), then stay cached.
 *
 *   const lines = useHighlightedLines(body, "python");  // null until loaded / plain text
 *
 * highlight.js escapes the code; its output is still passed through
 * DOMPurify allowing only `<span class>`, then split into lines (spans that
 * cross a line break are closed and reopened) so line numbers and wrapping
 * work per line.
 */
import DOMPurify from "dompurify";
import { useEffect, useState } from "preact/hooks";
import { GRAMMARS, grammarName } from "./languages";

type HljsCore = {
  registerLanguage(name: string, grammar: unknown): void;
  getLanguage(name: string): unknown;
  highlight(code: string, options: { language: string; ignoreIllegals: boolean }): { value: string };
};

let core: Promise<HljsCore> | null = null;
const loaded = new Map<string, Promise<HljsCore>>();

function loadCore(): Promise<HljsCore> {
  core ??= import("highlight.js/lib/core").then((m) => m.default as unknown as HljsCore);
  return core;
}

/** highlight.js with `name` registered (loaded once per page). */
export function loadGrammar(name: string): Promise<HljsCore> {
  let ready = loaded.get(name);
  if (ready === undefined) {
    const grammar = GRAMMARS[name];
    if (grammar === undefined) return Promise.reject(new Error(`no grammar ${name}`));
    ready = Promise.all([loadCore(), grammar()]).then(([hljs, mod]) => {
      if (!hljs.getLanguage(name)) hljs.registerLanguage(name, mod.default);
      return hljs;
    });
    loaded.set(name, ready);
  }
  return ready;
}

/**
 * Highlighted HTML cut into one string per line. Only `<span class="...">`,
 * `</span>` and escaped text occur in the input, so a tag scan is exact.
 */
export function splitLines(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let line = "";
  for (const part of html.split(/(<span[^>]*>|<\/span>|\n)/)) {
    if (part === "") continue;
    if (part === "\n") {
      lines.push(line + "</span>".repeat(open.length));
      line = open.join("");
    } else {
      if (part.startsWith("<span")) open.push(part);
      else if (part === "</span>") open.pop();
      line += part;
    }
  }
  lines.push(line);
  return lines;
}

export function highlightLines(hljs: HljsCore, body: string, name: string): string[] {
  const html = hljs.highlight(body, { language: name, ignoreIllegals: true }).value;
  const clean = DOMPurify.sanitize(html, { ALLOWED_TAGS: ["span"], ALLOWED_ATTR: ["class"] });
  return splitLines(clean);
}

/** Per-line highlighted HTML for `body`, or null while loading / for plain text. */
export function useHighlightedLines(body: string, language: string | null): string[] | null {
  const name = grammarName(language);
  const [result, setResult] = useState<{ key: string; lines: string[] } | null>(null);
  const key = `${name ?? ""}\u0000${body}`;
  useEffect(() => {
    if (name === null) return undefined;
    let live = true;
    loadGrammar(name)
      .then((hljs) => {
        if (live) setResult({ key, lines: highlightLines(hljs, body, name) });
      })
      .catch(() => undefined); // plain text stays
    return () => {
      live = false;
    };
  }, [key, name, body]);
  return result !== null && result.key === key ? result.lines : null;
}
