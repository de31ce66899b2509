/** st.number_input: commits on Enter, blur or a step button; clamps to min/max. */
import { useId, useState } from "preact/hooks";
import { Minus, Plus, UserIcon } from "../icons";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { useWidgetHost } from "../widgets/context";
import { clampNumber, formatNumber, parseNumber, stepNumber } from "../widgets/number";
import { useWidgetValue } from "../widgets/useWidgetValue";
import { FieldError, emptyProblem, useFieldCheck } from "../widgets/validation";
import type { ElementRenderer } from "./types";

export const number_input: ElementRenderer<"number_input"> = ({ node }) => {
  const { props } = node;
  const [value, , commitValue] = useWidgetValue(node.id, props.value);
  const { submitForm } = useWidgetHost();
  const fmt = (v: number | null) => formatNumber(v, props.format, props.step, props.data_type);
  // The text being typed; null means "show the committed value".
  const [draft, setDraft] = useState<{ text: string; base: number | null } | null>(null);
  const [focused, setFocused] = useState(false);
  const id = useId();
  // required: a form cannot be submitted while the value is empty (None).
  const check = useFieldCheck(() => emptyProblem(value, props.required));
  const editing = draft !== null && draft.base === value;
  const text = editing ? draft.text : fmt(value);

  const commit = (next: number | null) => {
    setDraft(null);
    if (next !== null) check.clear();
    commitValue(next === null ? null : clampNumber(next, props));
  };
  const commitText = () => {
    if (!editing) return;
    const parsed = parseNumber(draft.text, props.data_type);
    // An empty or unparsable entry reverts, unless the widget may be empty.
    if (parsed === null) return draft.text.trim() === "" && value === null ? setDraft(null) : commit(value);
    commit(parsed);
  };
  const step = (delta: number) => {
    const base = (editing ? parseNumber(draft.text, props.data_type) : value) ?? props.min ?? 0;
    commit(stepNumber(base, delta, props.step));
  };
  const atMin = value !== null && props.min !== null && value <= props.min;
  const atMax = value !== null && props.max !== null && value >= props.max;
  return (
    <WidgetFrame testId="stNumberInput" chrome={props} labelFor={id}>
      <div data-testid="stNumberInputContainer" class={`input-box number-box${focused ? " focused" : ""}`}>
        {props.icon ? (
          <span class="input-icon">
            <UserIcon icon={props.icon} testId="stNumberInputIcon" />
          </span>
        ) : null}
        <input
          id={id}
          data-testid="stNumberInputField"
          type="text"
          inputMode={props.data_type === "int" ? "numeric" : "decimal"}
          value={text}
          placeholder={props.placeholder ?? undefined}
          disabled={props.disabled}
          aria-label={plainLabel(props)}
          onInput={(e) => setDraft({ text: e.currentTarget.value, base: value })}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              commitText();
              submitForm?.(); // inside a form with enter_to_submit
            }
            else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
              e.preventDefault();
              step(e.key === "ArrowUp" ? 1 : -1);
            }
          }}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            commitText();
          }}
        />
        <div class="step-buttons">
          <button
            type="button"
            data-testid="stNumberInputStepDown"
            aria-label="Decrement"
            disabled={props.disabled || atMin}
            onClick={() => step(-1)}
          >
            <Minus size={14} />
          </button>
          <button
            type="button"
            data-testid="stNumberInputStepUp"
            aria-label="Increment"
            disabled={props.disabled || atMax}
            onClick={() => step(1)}
          >
            <Plus size={14} />
          </button>
        </div>
      </div>
      {focused && editing ? (
        <div data-testid="InputInstructions" class="input-instructions">
          {submitForm ? "Press Enter to submit form" : "Press Enter to apply"}
        </div>
      ) : null}
      <FieldError check={check} />
    </WidgetFrame>
  );
};
