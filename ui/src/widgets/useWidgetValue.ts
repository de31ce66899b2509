/**
 * A widget's value: Python's `prop`, overridden by the user's local edit
 * until a new node brings a different value.
 *
 *   const [text, setText, commit] = useWidgetValue(node.id, props.value);
 *   <input value={text} onInput={...setText} onBlur={() => commit(text)} />
 */
import { useCallback, useRef, useState } from "preact/hooks";
import type { JsonValue } from "../protocol/generated";
import { useWidgetHost } from "./context";

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  return false;
}

type Memory<T> = { prop: T; local: T; committed: T };

export function useWidgetValue<T extends JsonValue>(
  id: string | null,
  prop: T,
): [value: T, setLocal: (v: T) => void, commit: (v: T) => void] {
  const { send } = useWidgetHost();
  const memory = useRef<Memory<T>>({ prop, local: prop, committed: prop });
  const [, rerender] = useState(0);
  if (!sameValue(memory.current.prop, prop)) {
    // Python sent a different value: it wins over any in-flight edit.
    memory.current = { prop, local: prop, committed: prop };
  }
  const setLocal = useCallback((v: T) => {
    memory.current = { ...memory.current, local: v };
    rerender((n) => n + 1);
  }, []);
  const commit = useCallback(
    (v: T) => {
      const changed = !sameValue(v, memory.current.committed);
      memory.current = { ...memory.current, local: v, committed: v };
      rerender((n) => n + 1);
      if (changed && id !== null) send({ id, value: v });
    },
    [id, send],
  );
  return [memory.current.local, setLocal, commit];
}
