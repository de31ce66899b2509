/** st.markdown, st.caption (variant "caption"), st.latex (variant "latex") and st.badge. */
import { Markdown } from "../markdown/Markdown";
import { HelpIcon } from "../widgets/chrome";
import type { ElementRenderer } from "./types";

export const markdown: ElementRenderer<"markdown"> = ({ node: { props } }) => {
  const caption = props.variant === "caption";
  const kind = caption ? "stCaption" : "stMarkdown";
  const classes = [kind, props.variant === "latex" ? "stLatex" : "", props.wrap ? "" : "no-wrap"].filter(Boolean).join(" ");
  return (
    <div
      data-testid={kind}
      class={classes}
      style={props.text_alignment === "left" ? undefined : { textAlign: props.text_alignment }}
    >
      <Markdown
        body={props.body}
        allowHtml={props.unsafe_allow_html}
        anchors={props.anchors}
        testId={caption ? "stCaptionContainer" : "stMarkdownContainer"}
      />
      {props.help ? <HelpIcon text={props.help} /> : null}
    </div>
  );
};
