/** Sanitized Markdown as a Preact element: the one place HTML is inserted. */
import { useMemo } from "preact/hooks";
import { renderMarkdown } from "./render";

type Props = {
  body: string;
  inline?: boolean;
  allowHtml?: boolean;
  testId?: string;
  class?: string;
};

export function Markdown({ body, inline = false, allowHtml = false, testId = "stMarkdownContainer", class: cls }: Props) {
  const html = useMemo(() => renderMarkdown(body, { inline, allowHtml }), [body, inline, allowHtml]);
  const Tag = inline ? "span" : "div";
  return (
    <Tag
      data-testid={testId}
      class={cls ? `${cls} stMarkdownContainer` : "stMarkdownContainer"}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
