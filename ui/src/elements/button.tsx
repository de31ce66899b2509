/** st.button and st.form_submit_button (a button carrying `form_id`): a click is a one-run trigger. */
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
  // Streamlit's test ids: stFormSubmitButton / stBaseButton-primaryFormSubmit for submit buttons.
  const submit = props.form_id !== undefined && props.form_id !== null;
  const testId = submit ? "stFormSubmitButton" : "stButton";
  return (
    <div data-testid={testId} class={`${testId}${props.use_container_width ? " full-width" : ""}`}>
      <button
        type="button"
        data-testid={`stBaseButton-${props.type}${submit ? "FormSubmit" : ""}`}
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
