/** st.status: an expander whose icon shows the task's state (spinner, check, error). */
import { useEffect, useState } from "preact/hooks";
import type { StatusBlockProps } from "../protocol/generated";
import { CheckIcon, UserIcon } from "../icons";
import { Markdown } from "../markdown/Markdown";
import { keyClass, type BlockRenderer } from "./types";
import { widthStyle } from "./width";

function StateIcon({ state }: { state: StatusBlockProps["state"] }) {
  if (state === "running") {
    return <span data-testid="stExpanderIconSpinner" class="spinner-icon status-icon" role="img" aria-label="Running" />;
  }
  if (state === "complete") {
    return (
      <span data-testid="stExpanderIconCheck" class="status-state-icon status-complete" role="img" aria-label="Complete">
        <CheckIcon />
      </span>
    );
  }
  return (
    <span data-testid="stExpanderIconError" class="status-state-icon status-error" role="img" aria-label="Error">
      <UserIcon icon=":material/error:" />
    </span>
  );
}

export const status: BlockRenderer<"status"> = ({ node, children }) => {
  const { props } = node;
  const [open, setOpen] = useState(props.expanded ?? false);
  // An update with `expanded` set opens or closes it; None leaves the user's choice.
  useEffect(() => {
    if (props.expanded !== null) setOpen(props.expanded);
  }, [props.expanded]);
  return (
    <div
      data-testid="stExpander"
      data-state={props.state}
      class={`stExpander status-container ${keyClass(node.key)}${props.type === "compact" ? " compact" : ""}`.trim()}
      style={widthStyle(props.width)}
    >
      <details open={open}>
        <summary
          onClick={(e) => {
            e.preventDefault();
            setOpen(!open);
          }}
        >
          <StateIcon state={props.state} />
          <span class="expander-label"><Markdown inline body={props.label} /></span>
          <span class="expander-chevron status-chevron" aria-hidden="true">{open ? "▾" : "▸"}</span>
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
