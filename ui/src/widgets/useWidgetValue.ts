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

/** `sent`: values committed here whose echo from Python has not arrived yet, oldest first. */
export type Memory<T> = { prop: T; local: T; committed: T; sent: T[] };

/**
 * The memory after Python sent `prop`, a value different from the last one.
 * A new value from Python wins over any in-flight edit, except when it is the
 * echo of the user's own earlier commit: a run started for an older value
 * (a long run cut short by the newer one, or one that was already going)
 * must not undo a newer commit, or text typed since, that Python has not
 * seen yet.
 */
const MAX_SENT = 32;

export function withProp<T>(memory: Memory<T>, prop: T): Memory<T> {
  const echoed = memory.sent.findIndex((v) => sameValue(v, prop));
  if (echoed === -1) return { prop, local: prop, committed: prop, sent: [] };
  const sent = memory.sent.slice(echoed + 1);
  if (sent.length > 0) return { ...memory, prop, sent }; // a newer commit is on its way
  const editing = !sameValue(memory.local, memory.committed);
  return { prop, local: editing ? memory.local : prop, committed: prop, sent };
}

export function useWidgetValue<T extends JsonValue>(
  id: string | null,
  prop: T,
): [value: T, setLocal: (v: T) => void, commit: (v: T) => void] {
  const { send } = useWidgetHost();
  const memory = useRef<Memory<T>>({ prop, local: prop, committed: prop, sent: [] });
  const [, rerender] = useState(0);
  if (!sameValue(memory.current.prop, prop)) memory.current = withProp(memory.current, prop);
  const setLocal = useCallback((v: T) => {
    memory.current = { ...memory.current, local: v };
    rerender((n) => n + 1);
  }, []);
  const commit = useCallback(
    (v: T) => {
      const changed = !sameValue(v, memory.current.committed);
      // Bounded: echoes of values merged away by the worker never come.
      const sent = changed && id !== null ? [...memory.current.sent, v].slice(-MAX_SENT) : memory.current.sent;
      memory.current = { ...memory.current, local: v, committed: v, sent };
      rerender((n) => n + 1);
      if (changed && id !== null) send({ id, value: v });
    },
    [id, send],
  );
  return [memory.current.local, setLocal, commit];
}
