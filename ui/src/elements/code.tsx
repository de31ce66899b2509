/**
 * st.code: a code block with a copy button, optional line numbers and
 * wrapping. Plain text first; the highlighted version replaces it once
 * highlight.js and the language's grammar have loaded (ui/src/code).
 * `height`: "content" sizes to the code, "stretch" fills a sized parent,
 * pixels scroll.
 */
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { useHighlightedLines } from "../code/highlight";
import { CheckIcon, CopyIcon } from "../icons";
import type { ElementRenderer } from "./types";

export function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(text).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    });
  };
  return (
    <button type="button" data-testid="stCodeCopyButton" class="code-copy" title="Copy to clipboard" onClick={copy}>
      {copied ? <CheckIcon size={14} /> : <CopyIcon size={14} />}
    </button>
  );
}

function heightStyle(height: "content" | "stretch" | number): JSX.CSSProperties | undefined {
  if (typeof height === "number") return { height: `${height}px` };
  return height === "stretch" ? { height: "100%" } : undefined;
}

/** One line of code: highlighted HTML (sanitized spans) or plain text. */
function Line({ html, text }: { html: string | undefined; text: string }) {
  return html === undefined ? <>{text}</> : <span class="code-text" dangerouslySetInnerHTML={{ __html: html }} />;
}

export const code: ElementRenderer<"code"> = ({ node: { props } }) => {
  const body = props.body.replace(/\n$/, "");
  const highlighted = useHighlightedLines(body, props.language);
  const lang = props.language ? `language-${props.language}${highlighted ? " hljs" : ""}` : undefined;
  const lines = body.split("\n");
  let content;
  if (props.line_numbers) {
    content = lines.map((line, i) => (
      <span class="code-line" key={i}>
        <span class="line-number" aria-hidden="true">
          {i + 1}
        </span>
        <Line html={highlighted?.[i]} text={line} />
        {"\n"}
      </span>
    ));
  } else if (highlighted) {
    content = <span class="code-text" dangerouslySetInnerHTML={{ __html: highlighted.join("\n") }} />;
  } else {
    content = body;
  }
  const sized = props.height !== "content";
  return (
    <div data-testid="stCode" class={`stCode${sized ? " sized" : ""}`} style={heightStyle(props.height)}>
      <pre class={props.wrap_lines ? "wrap" : undefined}>
        <code class={lang}>{content}</code>
      </pre>
      <CopyButton text={body} />
    </div>
  );
};
