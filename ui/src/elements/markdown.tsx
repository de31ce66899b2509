/** st.markdown and st.caption (variant "caption"). */
import { Markdown } from "../markdown/Markdown";
import { HelpIcon } from "../widgets/chrome";
import type { ElementRenderer } from "./types";

export const markdown: ElementRenderer<"markdown"> = ({ node: { props } }) => {
  const caption = props.variant === "caption";
  return (
    <div data-testid={caption ? "stCaption" : "stMarkdown"} class={`${caption ? "stCaption" : "stMarkdown"}${props.wrap ? "" : " no-wrap"}`}>
      <Markdown
        body={props.body}
        allowHtml={props.unsafe_allow_html}
        testId={caption ? "stCaptionContainer" : "stMarkdownContainer"}
      />
      {props.help ? <HelpIcon text={props.help} /> : null}
    </div>
  );
};
