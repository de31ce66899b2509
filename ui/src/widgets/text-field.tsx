/**
 * The editing logic text_input and text_area share: a local draft that
 * commits on blur or the commit key, with Streamlit's instructions line.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { useWidgetValue } from "./useWidgetValue";
import { textProblem, useFieldCheck, type FieldCheck } from "./validation";

export type TextField = {
  text: string;
  dirty: boolean;
  focused: boolean;
  onInput: (e: { currentTarget: { value: string } }) => void;
  onFocus: () => void;
  onBlur: () => void;
  commit: () => void;
  check: FieldCheck;
};

export type TextRules = {
  required?: boolean;
  /** `validate`: a JavaScript regular expression and its message. */
  pattern?: string | null;
  message?: string | null;
  /** `live`: commit after this pause in typing (ms); null commits on Enter/blur only. */
  liveMs?: number | null;
};

export function useTextField(id: string | null, prop: string | null, rules: TextRules = {}): TextField {
  const [value, setLocal, commitValue] = useWidgetValue<string | null>(id, prop);
  const [focused, setFocused] = useState(false);
  const text = value ?? "";
  const dirty = text !== (prop ?? "") ;
  const check = useFieldCheck(() => textProblem(value, rules.required ?? false, rules.pattern, rules.message));
  const latest = useRef(value);
  latest.current = value;
  const commitText = (current: string | null) => {
    // null stays null until the user actually types something.
    if (current === null || (prop === null && current === "")) return;
    // In a form the checks run on submit; outside, a failing value is not sent.
    if (!check.inForm && !check.run()) return;
    commitValue(current);
  };
  const commit = () => commitText(latest.current);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => stopTimer, []);
  const live = rules.liveMs ?? null;
  return {
    text,
    dirty,
    focused,
    onInput: (e) => {
      const typed = e.currentTarget.value;
      setLocal(typed);
      if (check.error) check.clear();
      // live: commit after a pause (a form still waits for its submit button).
      if (live === null || check.inForm) return;
      stopTimer();
      timer.current = setTimeout(() => {
        timer.current = null;
        commitText(latest.current);
      }, live);
    },
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      stopTimer();
      commit();
    },
    commit: () => {
      stopTimer();
      commit();
    },
    check,
  };
}

/** "Press Enter to apply" while dirty, and the character count when limited. */
export function InputInstructions({ field, hint, maxChars }: { field: TextField; hint: string; maxChars: number | null }) {
  if (field.check.error) return null; // the error message takes the line
  if (!field.focused) return null;
  const count = maxChars !== null ? `${field.text.length}/${maxChars}` : "";
  if (!field.dirty && !count) return null;
  return (
    <div data-testid="InputInstructions" class="input-instructions">
      {field.dirty ? <span>{hint}</span> : null}
      {count ? <span class="char-count">{count}</span> : null}
    </div>
  );
}
