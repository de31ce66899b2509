/** st.date_input: one date or a range, typed in the app's format or picked in a calendar. */
import { useId } from "preact/hooks";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { DateField } from "../widgets/date-field";
import { useWidgetValue } from "../widgets/useWidgetValue";
import { FieldError, emptyProblem, useFieldCheck } from "../widgets/validation";
import type { ElementRenderer } from "./types";

export const date_input: ElementRenderer<"date_input"> = ({ node }) => {
  const { props } = node;
  const [value, setLocal, commit] = useWidgetValue<string[]>(node.id, props.value);
  const id = useId();
  // required: no empty date (or incomplete range) is committed, and a form waits for one.
  const empty = (v: string[]) => v.length === 0 || (props.is_range && v.length < 2);
  const check = useFieldCheck(() => emptyProblem(empty(value) ? null : value, props.required));
  const guarded = (v: string[]) => {
    if (props.required && empty(v)) return void check.run();
    check.clear();
    commit(v);
  };
  return (
    <WidgetFrame testId="stDateInput" chrome={props} labelFor={id}>
      <DateField
        id={id}
        value={value}
        isRange={props.is_range}
        min={props.min}
        max={props.max}
        format={props.format}
        disabled={props.disabled}
        ariaLabel={plainLabel(props)}
        onLocal={setLocal}
        onCommit={guarded}
      />
      <FieldError check={check} />
    </WidgetFrame>
  );
};
