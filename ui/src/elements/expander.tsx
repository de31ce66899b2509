/** st.expander: a <details>/<summary> toggle whose open state the UI keeps. */
import { UserIcon } from "../icons";
import { Markdown } from "../markdown/Markdown";
import { keyClass, type BlockRenderer } from "./types";
import { useOpenState } from "./useOpenState";
import { widthStyle } from "./width";

export const expander: BlockRenderer<"expander"> = ({ node, children }) => {
  const { props } = node;
  const [open, setOpen] = useOpenState(props.widget_id, props.expanded);
  return (
    <div data-testid="stExpander" class={`stExpander ${keyClass(node.key)}${props.type === "compact" ? " compact" : ""}`.trim()} style={widthStyle(props.width)}>
      <details open={open}>
        <summary
          // The browser's own toggle would fight the controlled state.
          onClick={(e) => {
            e.preventDefault();
            setOpen(!open);
          }}
        >
          <span class="expander-chevron" aria-hidden="true">{open ? "▾" : "▸"}</span>
          {props.icon ? <UserIcon icon={props.icon} testId="stExpanderIcon" /> : null}
          <span class="expander-label"><Markdown inline body={props.label} /></span>
        </summary>
        <div data-testid="stExpanderDetails" class="stExpanderDetails">
          <div data-testid="stVerticalBlock" class="stVerticalBlock">
            {children}
          </div>
        </div>
      </details>
    </div>
  );
};
