/** st.code: a code block with a copy button (no highlighter yet). */
import { useState } from "preact/hooks";
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

export const code: ElementRenderer<"code"> = ({ node: { props } }) => {
  const body = props.body.replace(/\n$/, "");
  const lang = props.language ? `language-${props.language}` : undefined;
  const content = props.line_numbers
    ? body.split("\n").map((line, i) => (
        <span class="code-line" key={i}>
          <span class="line-number" aria-hidden="true">
            {i + 1}
          </span>
          {line}
          {"\n"}
        </span>
      ))
    : body;
  return (
    <div data-testid="stCode" class="stCode">
      <pre class={props.wrap_lines ? "wrap" : undefined}>
        <code class={lang}>{content}</code>
      </pre>
      <CopyButton text={body} />
    </div>
  );
};
