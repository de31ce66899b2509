/** st.link_button: an <a> styled as a button, opening its URL in a new tab. */
import { UserIcon } from "../icons";
import { Markdown } from "../markdown/Markdown";
import { HelpIcon } from "../widgets/chrome";
import { useWidgetHost } from "../widgets/context";
import type { ElementRenderer } from "./types";
import { widthStyle } from "./width";

export const link_button: ElementRenderer<"link_button"> = ({ node }) => {
  const { props, id } = node;
  const { send } = useWidgetHost();
  const click = () => {
    if (!props.disabled && props.on_click === "rerun" && id !== null) send({ id, value: true, trigger: true });
  };
  return (
    <div data-testid="stLinkButton" class={`stLinkButton stButton${props.width === "stretch" ? " full-width" : ""}`} style={widthStyle(props.width)}>
      <a
        data-testid={`stBaseLinkButton-${props.type}`}
        {...{ kind: props.type }}
        class={`st-button st-button-${props.type} st-link-button${props.disabled ? " disabled" : ""}`}
        // A disabled link has no href, so it is neither followed nor focusable.
        href={props.disabled ? undefined : props.url}
        target="_blank"
        rel="noopener noreferrer"
        aria-disabled={props.disabled ? "true" : undefined}
        onClick={click}
      >
        {props.icon ? <UserIcon icon={props.icon} /> : null}
        <Markdown inline body={props.label} />
      </a>
      {props.help ? <HelpIcon text={props.help} /> : null}
    </div>
  );
};
