/**
 * st.form: its widgets' changes stay here (pending) until a submit button of
 * the form is clicked; then they go with the click in ONE rerun. The widgets
 * themselves are unchanged: they talk to this form's WidgetHost instead of
 * the app's.
 */
import { useMemo, useRef, useState } from "preact/hooks";
import type { WidgetUpdate } from "../app/controller";
import { WidgetContext, useWidgetHost, type WidgetHost } from "../widgets/context";
import { keyClass, type BlockRenderer } from "./types";
import { widthStyle } from "./width";

const SUBMIT_SELECTOR = '[data-testid="stFormSubmitButton"] button';

export const form: BlockRenderer<"form"> = ({ node, children }) => {
  const { props } = node;
  const parent = useWidgetHost();
  const root = useRef<HTMLDivElement>(null);
  const pending = useRef(new Map<string, WidgetUpdate>());
  // required / validate checks of the form's fields (widgets/validation.tsx).
  const gates = useRef(new Set<() => boolean>());
  // Bumped on a clear_on_submit submission: remounting the widgets drops
  // their local edits even when Python's default equals the old value.
  const [epoch, setEpoch] = useState(0);
  const latest = useRef(props);
  latest.current = props;

  const host = useMemo<WidgetHost>(
    () => ({
      send: (update) => {
        if (!update.trigger) {
          pending.current.set(update.id, update);
          return;
        }
        // Every gate runs, so each failing field shows its message; then abort.
        const verdicts = [...gates.current].map((gate) => gate());
        if (verdicts.includes(false)) return;
        const batch = [...pending.current.values(), update];
        pending.current.clear();
        if (parent.sendAll) parent.sendAll(batch);
        else batch.forEach(parent.send);
        if (latest.current.clear_on_submit) setEpoch((n) => n + 1);
      },
      submitForm: props.enter_to_submit
        ? // The first submit button, as Streamlit; a disabled one ignores the click.
          () => root.current?.querySelector<HTMLButtonElement>(SUBMIT_SELECTOR)?.click()
        : undefined,
      registerGate: (gate) => {
        gates.current.add(gate);
        return () => gates.current.delete(gate);
      },
      // Files go to the worker at once; only the widget's value waits for submit.
      upload: parent.upload,
    }),
    [parent, props.enter_to_submit],
  );

  const cls = `stForm ${keyClass(node.key)}${props.border ? " bordered" : ""}${props.height !== null ? " scrolling" : ""}`;
  return (
    <div
      ref={root}
      data-testid="stForm"
      class={cls.replace(/\s+/g, " ").trim()}
      style={{ ...widthStyle(props.width), ...(props.height !== null ? { height: `${props.height}px` } : {}) }}
    >
      <WidgetContext.Provider value={host}>
        <div data-testid="stVerticalBlock" class="stVerticalBlock" key={epoch}>
          {children}
        </div>
      </WidgetContext.Provider>
    </div>
  );
};
