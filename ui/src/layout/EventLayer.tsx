/**
 * The event root (path[0] == 2): toasts, balloons and snow. The tree prunes
 * these nodes when their run completes, but a toast must stay for its
 * duration, so this layer keeps its own list: each element the tree shows is
 * added (keyed by run and index, so a later run's toast at the same index is
 * a new toast), updated in place while the tree updates it, and removed only
 * when the element reports it is finished.
 */
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { elementRenderer } from "../elements";
import { EventDoneContext } from "../elements/event";
import type { ElementNode } from "../protocol/generated";
import type { Children } from "../tree";

export type EventItem = { key: string; node: ElementNode };

/** Add or update the items for the tree's event slots; `finished` holds removed items' last nodes. */
export function mergeEvents(
  items: readonly EventItem[],
  slots: Children,
  finished: ReadonlyMap<string, ElementNode>,
): readonly EventItem[] {
  let out: EventItem[] | null = null;
  slots.forEach((slot, index) => {
    if (slot === null || slot.kind !== "element") return;
    const key = `${slot.runId}:${index}`;
    // A finished item comes back only when a later delta rewrote it.
    if (finished.get(key) === slot.node) return;
    const at = (out ?? items).findIndex((item) => item.key === key);
    if (at >= 0 && (out ?? items)[at]!.node === slot.node) return;
    out ??= items.slice();
    if (at >= 0) out[at] = { key, node: slot.node };
    else out.push({ key, node: slot.node });
  });
  return out ?? items;
}

export function EventLayer({ slots }: { slots: Children }) {
  const [items, setItems] = useState<readonly EventItem[]>([]);
  const finished = useRef(new Map<string, ElementNode>());
  useEffect(() => setItems((prev) => mergeEvents(prev, slots, finished.current)), [slots]);
  const finish = useCallback((key: string) => {
    setItems((prev) => {
      // Remember the node as it is now, so only a later rewrite brings it back.
      const item = prev.find((i) => i.key === key);
      if (item) finished.current.set(key, item.node);
      return prev.filter((i) => i.key !== key);
    });
  }, []);
  const toasts = items.filter((i) => i.node.type === "toast");
  const others = items.filter((i) => i.node.type !== "toast");
  if (items.length === 0) return null;
  const render = (item: EventItem) => {
    const Renderer = elementRenderer(item.node);
    return (
      <EventDoneContext.Provider key={item.key} value={() => finish(item.key)}>
        <Renderer node={item.node} />
      </EventDoneContext.Provider>
    );
  };
  return (
    <div data-testid="stEvent" class="stEvent">
      {others.map(render)}
      {toasts.length > 0 ? (
        <div data-testid="stToastContainer" class="stToastContainer">
          {toasts.map(render)}
        </div>
      ) : null}
    </div>
  );
}
