/**
 * The editing logic text_input and text_area share: a local draft that
 * commits on blur or the commit key, with Streamlit's instructions line.
 */
import { useState } from "preact/hooks";
import { useWidgetValue } from "./useWidgetValue";

export type TextField = {
  text: string;
  dirty: boolean;
  focused: boolean;
  onInput: (e: { currentTarget: { value: string } }) => void;
  onFocus: () => void;
  onBlur: () => void;
  commit: () => void;
};

export function useTextField(id: string | null, prop: string | null): TextField {
  const [value, setLocal, commitValue] = useWidgetValue<string | null>(id, prop);
  const [focused, setFocused] = useState(false);
  const text = value ?? "";
  const dirty = text !== (prop ?? "") ;
  const commit = () => {
    // null stays null until the user actually types something.
    if (value === null || (prop === null && value === "")) return;
    commitValue(value);
  };
  return {
    text,
    dirty,
    focused,
    onInput: (e) => setLocal(e.currentTarget.value),
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      commit();
    },
    commit,
  };
}

/** "Press Enter to apply" while dirty, and the character count when limited. */
export function InputInstructions({ field, hint, maxChars }: { field: TextField; hint: string; maxChars: number | null }) {
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
