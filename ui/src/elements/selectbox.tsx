/**
 * st.selectbox: answers with the chosen index; index null shows the placeholder.
 * With accept_new_options the answer may be typed text (a string) instead.
 */
import { useId } from "preact/hooks";
import { UserIcon } from "../icons";
import { Combobox } from "../widgets/combobox";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { useWidgetValue } from "../widgets/useWidgetValue";
import { FieldError, emptyProblem, useFieldCheck } from "../widgets/validation";
import type { ElementRenderer } from "./types";

export const selectbox: ElementRenderer<"selectbox"> = ({ node }) => {
  const { props } = node;
  const [value, , commit] = useWidgetValue<number | string | null>(node.id, props.new_value ?? props.index);
  const id = useId();
  const index = typeof value === "number" ? value : null;
  const display = typeof value === "string" ? value : index === null ? "" : (props.options[index] ?? "");
  const empty = props.options.length === 0;
  // required: a form cannot be submitted while nothing is chosen.
  const check = useFieldCheck(() => emptyProblem(value, props.required));
  return (
    <WidgetFrame testId="stSelectbox" chrome={props} labelFor={id}>
      <Combobox
        id={id}
        options={props.options}
        display={display}
        placeholder={empty && !props.accept_new_options ? "No options to select." : props.placeholder}
        disabled={props.disabled || (empty && !props.accept_new_options)}
        ariaLabel={`Selected ${display || "nothing"}. ${plainLabel(props)}`}
        current={index}
        filterMode={props.filter_mode}
        before={
          props.icon ? (
            <span class="input-icon">
              <UserIcon icon={props.icon} testId="stSelectboxIcon" />
            </span>
          ) : undefined
        }
        onCreate={props.accept_new_options ? commit : undefined}
        onPick={(i) => {
          check.clear();
          commit(i);
        }}
      />
      <FieldError check={check} />
    </WidgetFrame>
  );
};
