/** st.datetime_input: a date field with its calendar next to a time field. */
import { useId } from "preact/hooks";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { DateField } from "../widgets/date-field";
import { timeToSeconds } from "../widgets/dates";
import { TimeField } from "../widgets/time-field";
import { useWidgetValue } from "../widgets/useWidgetValue";
import { FieldError, emptyProblem, useFieldCheck } from "../widgets/validation";
import type { ElementRenderer } from "./types";

export const datetime_input: ElementRenderer<"datetime_input"> = ({ node }) => {
  const { props } = node;
  const [value, , commit] = useWidgetValue<string | null>(node.id, props.value);
  const id = useId();
  // required: a form waits until a date and time are chosen.
  const check = useFieldCheck(() => emptyProblem(value, props.required));
  const date = value?.slice(0, 10) ?? null;
  const time = value?.slice(11) ?? null;
  const label = plainLabel(props);
  // Keep the combination inside [min, max]: the time may be what crosses a bound.
  const send = (d: string, t: string) => {
    const iso = `${d}T${t}`;
    check.clear();
    const key = (s: string) => `${s.slice(0, 10)}T${String(timeToSeconds(s.slice(11))).padStart(5, "0")}`;
    commit(key(iso) < key(props.min) ? props.min : key(iso) > key(props.max) ? props.max : iso);
  };
  return (
    <WidgetFrame testId="stDateTimeInput" chrome={props} labelFor={id}>
      <div class="datetime-fields">
        <DateField
          id={id}
          value={date === null ? [] : [date]}
          isRange={false}
          min={props.min.slice(0, 10)}
          max={props.max.slice(0, 10)}
          format={props.format}
          disabled={props.disabled}
          ariaLabel={`${label} date`}
          onLocal={() => undefined}
          onCommit={(dates) => dates[0] && send(dates[0], time ?? "00:00")}
        />
        <TimeField
          id={`${id}-time`}
          testId="stDateTimeInputTime"
          value={time}
          step={props.step}
          format="24h"
          disabled={props.disabled}
          ariaLabel={`${label} time`}
          onCommit={(t) => send(date ?? props.min.slice(0, 10), t)}
        />
      </div>
      <FieldError check={check} />
    </WidgetFrame>
  );
};
