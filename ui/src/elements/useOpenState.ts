/**
 * Open/selected state of an expander, popover or tabs: local to the UI, and
 * reported to Python only when the block carries a widget id (on_change set).
 * A different value from Python (Session State, a new default) wins.
 */
import { useRef, useState } from "preact/hooks";
import type { JsonValue } from "../protocol/generated";
import { useWidgetHost } from "../widgets/context";

export function useOpenState<T extends JsonValue>(widgetId: string | null, prop: T): [T, (v: T) => void] {
  const { send } = useWidgetHost();
  const memory = useRef({ prop, value: prop });
  const [, rerender] = useState(0);
  if (memory.current.prop !== prop) memory.current = { prop, value: prop };
  const set = (v: T) => {
    if (v === memory.current.value) return;
    memory.current = { ...memory.current, value: v };
    rerender((n) => n + 1);
    if (widgetId !== null) send({ id: widgetId, value: v });
  };
  return [memory.current.value, set];
}
