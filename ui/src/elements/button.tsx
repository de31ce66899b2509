/** st.button and st.form_submit_button (a button carrying `form_id`): a click is a one-run trigger. */
import { ButtonContent, fillsContainer } from "../widgets/buttonContent";
import { HelpIcon } from "../widgets/chrome";
import { useWidgetHost } from "../widgets/context";
import { ariaShortcut, useShortcut } from "../widgets/shortcut";
import { useRef } from "preact/hooks";
import type { ElementRenderer } from "./types";

export const button: ElementRenderer<"button"> = ({ node }) => {
  const { props, id } = node;
  const { send } = useWidgetHost();
  const click = () => {
    if (id !== null && !props.disabled) send({ id, value: true, trigger: true });
  };
  // Streamlit's test ids: stFormSubmitButton / stBaseButton-primaryFormSubmit for submit buttons.
  const ref = useRef<HTMLButtonElement>(null);
  useShortcut(props.shortcut, () => ref.current?.click());
  const submit = props.form_id !== undefined && props.form_id !== null;
  const testId = submit ? "stFormSubmitButton" : "stButton";
  return (
    <div data-testid={testId} class={`${testId}${fillsContainer(props.width) ? " full-width" : ""}`}>
      <button
        type="button"
        data-testid={`stBaseButton-${props.type}${submit ? "FormSubmit" : ""}`}
        {...{ kind: props.type }}
        class={`st-button st-button-${props.type}`}
        ref={ref}
        aria-keyshortcuts={ariaShortcut(props.shortcut)}
        disabled={props.disabled}
        onClick={click}
      >
        <ButtonContent icon={props.icon} iconPosition={props.icon_position} label={props.label} wrap={props.wrap} />
      </button>
      {props.help ? <HelpIcon text={props.help} /> : null}
    </div>
  );
};
