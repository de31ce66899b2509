/**
 * `required` and `validate`, checked in the browser as Streamlit does: an
 * invalid commit is not sent (no rerun) and the field shows the message.
 * Inside a form the checks run when a submit button is clicked instead; a
 * failing field aborts the whole submission.
 *
 *   const check = useFieldCheck(() => textProblem(text, props.required, regex, message));
 *   if (!check.run()) return;   // blocked: error shown
 *   <FieldError check={check} />
 */
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { useWidgetHost } from "./context";

export const REQUIRED_MESSAGE = "This field is required";
export const INVALID_MESSAGE = "Please enter a valid value.";

/** Why a text value may not be committed, or null when it may. */
export function textProblem(
  value: string | null,
  required: boolean,
  pattern: string | null = null,
  message: string | null = null,
): string | null {
  if (value === null || value === "") return required ? REQUIRED_MESSAGE : null;
  if (required && value.trim() === "") return REQUIRED_MESSAGE;
  if (pattern) {
    let re: RegExp;
    try {
      re = new RegExp(pattern, "u");
    } catch {
      return message ?? INVALID_MESSAGE; // an unusable pattern accepts nothing
    }
    if (!re.test(value)) return message ?? INVALID_MESSAGE;
  }
  return null;
}

/** Why a selection may not be committed: empty (null or []) while required. */
export function emptyProblem(value: unknown, required: boolean): string | null {
  const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0);
  return required && empty ? REQUIRED_MESSAGE : null;
}

export type FieldCheck = {
  error: string | null;
  errorId: string;
  inForm: boolean;
  /** Check now: shows or clears the error; true when the value may go. */
  run: () => boolean;
  clear: () => void;
};

export function useFieldCheck(problem: () => string | null): FieldCheck {
  const { registerGate } = useWidgetHost();
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const latest = useRef(problem);
  latest.current = problem;
  const run = () => {
    const found = latest.current();
    setError(found);
    return found === null;
  };
  // The form asks every field when a submit button is clicked.
  useEffect(() => registerGate?.(() => run()), [registerGate]);
  return { error, errorId, inForm: registerGate !== undefined, run, clear: () => setError(null) };
}

/** The message under an invalid field, announced to screen readers. */
export function FieldError({ check }: { check: FieldCheck }) {
  return (
    <div id={check.errorId} role="alert" data-testid="stWidgetValidationError" class="field-error">
      {check.error ?? ""}
    </div>
  );
}

/** aria attributes for the control of a checked field. */
export function checkAria(check: FieldCheck, required: boolean) {
  return {
    "aria-required": required ? ("true" as const) : undefined,
    "aria-invalid": check.error ? ("true" as const) : undefined,
    "aria-describedby": check.error ? check.errorId : undefined,
  };
}
