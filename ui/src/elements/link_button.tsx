/** st.link_button: an <a> styled as a button, opening its URL in a new tab. */
import { ButtonContent, fillsContainer } from "../widgets/buttonContent";
import { HelpIcon } from "../widgets/chrome";
import { useWidgetHost } from "../widgets/context";
import { ariaShortcut, useShortcut } from "../widgets/shortcut";
import { useRef } from "preact/hooks";
import type { ElementRenderer } from "./types";

export const link_button: ElementRenderer<"link_button"> = ({ node }) => {
  const { props, id } = node;
  const { send } = useWidgetHost();
  const ref = useRef<HTMLAnchorElement>(null);
  useShortcut(props.shortcut, () => {
    if (!props.disabled) ref.current?.click();
  });
  const click = () => {
    if (!props.disabled && props.on_click === "rerun" && id !== null) send({ id, value: true, trigger: true });
  };
  return (
    <div data-testid="stLinkButton" class={`stLinkButton stButton${fillsContainer(props.width) ? " full-width" : ""}`}>
      <a
        data-testid={`stBaseLinkButton-${props.type}`}
        {...{ kind: props.type }}
        class={`st-button st-button-${props.type} st-link-button${props.disabled ? " disabled" : ""}`}
        // A disabled link has no href, so it is neither followed nor focusable.
        href={props.disabled ? undefined : props.url}
        target="_blank"
        rel="noopener noreferrer"
        aria-disabled={props.disabled ? "true" : undefined}
        ref={ref}
        aria-keyshortcuts={ariaShortcut(props.shortcut)}
        onClick={click}
      >
        <ButtonContent icon={props.icon} iconPosition={props.icon_position} label={props.label} wrap={props.wrap} />
      </a>
      {props.help ? <HelpIcon text={props.help} /> : null}
    </div>
  );
};
