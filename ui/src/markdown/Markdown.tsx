/** Sanitized Markdown as a Preact element: the one place HTML is inserted. */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { adoptKatexCss, extrasGeneration, onExtrasLoaded } from "./extras";
import { renderMarkdownResult } from "./render";

type Props = {
  body: string;
  inline?: boolean;
  allowHtml?: boolean;
  /** Link icons on headings inside the body (st.markdown's `anchors`). */
  anchors?: boolean;
  testId?: string;
  class?: string;
};

/** Scroll to an in-page #anchor: ids live in the shadow root, out of the browser's own reach. */
export function jumpToAnchor(event: MouseEvent, link: Element, slug: string): void {
  const target = (link.getRootNode() as ParentNode).querySelector(`[id="${CSS.escape(slug)}"]`);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ behavior: "smooth", block: "start" });
  history.replaceState(history.state, "", `#${slug}`);
}

function onClick(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.("a[href^='#']");
  const href = link?.getAttribute("href");
  if (!link || !href || href.length < 2) return;
  jumpToAnchor(event, link, decodeURIComponent(href.slice(1)));
}

export function Markdown({ body, inline = false, allowHtml = false, anchors = true, testId = "stMarkdownContainer", class: cls }: Props) {
  // Bumped when KaTeX or the emoji table arrives, so a pending render is redone.
  const [extrasVersion, setExtrasVersion] = useState(0);
  const { html, pending, renderedAt } = useMemo(
    () => ({ ...renderMarkdownResult(body, { inline, allowHtml, anchors }), renderedAt: extrasGeneration() }),
    [body, inline, allowHtml, anchors, extrasVersion],
  );
  useEffect(() => {
    if (!pending) return undefined;
    const bump = () => setExtrasVersion((n) => n + 1);
    const unsubscribe = onExtrasLoaded(bump);
    // A load that finished between render and this effect would otherwise be missed.
    if (extrasGeneration() !== renderedAt) bump();
    return unsubscribe;
  }, [pending, renderedAt]);
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (ref.current && html.includes('class="katex')) adoptKatexCss(ref.current);
  }, [html]);
  const Tag = inline ? "span" : "div";
  return (
    <Tag
      ref={ref as never}
      data-testid={testId}
      class={cls ? `${cls} stMarkdownContainer` : "stMarkdownContainer"}
      onClick={html.includes('href="#') ? onClick : undefined}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
