/** st.time_input: a typed time or one picked from the `step` list. */
import { useId } from "preact/hooks";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { TimeField } from "../widgets/time-field";
import { useWidgetValue } from "../widgets/useWidgetValue";
import { FieldError, emptyProblem, useFieldCheck } from "../widgets/validation";
import type { ElementRenderer } from "./types";

export const time_input: ElementRenderer<"time_input"> = ({ node }) => {
  const { props } = node;
  const [value, , commit] = useWidgetValue<string | null>(node.id, props.value);
  const id = useId();
  // required: clearing the time is not committed, and a form waits for a time.
  const check = useFieldCheck(() => emptyProblem(value, props.required));
  const guarded = (v: string | null) => {
    if (props.required && v === null) return void check.run();
    check.clear();
    commit(v);
  };
  return (
    <WidgetFrame testId="stTimeInput" chrome={props} labelFor={id}>
      <TimeField
        id={id}
        testId="stTimeInputField"
        value={value}
        step={props.step}
        format={props.format}
        disabled={props.disabled}
        ariaLabel={plainLabel(props)}
        onCommit={guarded}
      />
      <FieldError check={check} />
    </WidgetFrame>
  );
};
