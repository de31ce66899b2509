/** st.button: a click is a one-run trigger. */
import { UserIcon } from "../icons";
import { Markdown } from "../markdown/Markdown";
import { HelpIcon } from "../widgets/chrome";
import { useWidgetHost } from "../widgets/context";
import type { ElementRenderer } from "./types";

export const button: ElementRenderer<"button"> = ({ node }) => {
  const { props, id } = node;
  const { send } = useWidgetHost();
  const click = () => {
    if (id !== null && !props.disabled) send({ id, value: true, trigger: true });
  };
  return (
    <div data-testid="stButton" class={`stButton${props.use_container_width ? " full-width" : ""}`}>
      <button
        type="button"
        data-testid={`stBaseButton-${props.type}`}
        {...{ kind: props.type }}
        class={`st-button st-button-${props.type}`}
        disabled={props.disabled}
        onClick={click}
      >
        {props.icon ? <UserIcon icon={props.icon} /> : null}
        <Markdown inline body={props.label} />
      </button>
      {props.help ? <HelpIcon text={props.help} /> : null}
    </div>
  );
};
