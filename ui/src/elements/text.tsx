/** st.text: preformatted, never Markdown. */
import { HelpIcon } from "../widgets/chrome";
import type { ElementRenderer } from "./types";

export const text: ElementRenderer<"text"> = ({ node: { props } }) => (
  <div
    data-testid="stText"
    class={`stText${props.wrap ? "" : " no-wrap"}`}
    style={props.text_alignment === "left" ? undefined : { textAlign: props.text_alignment }}
  >
    <span class="text-body">{props.body}</span>
    {props.help ? <HelpIcon text={props.help} /> : null}
  </div>
);
