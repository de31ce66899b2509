/**
 * st.tabs: a role=tablist of buttons over the `tab` blocks (the panels).
 * Arrow keys, Home and End move between tabs (automatic activation).
 */
import { useLayoutEffect, useRef } from "preact/hooks";
import { Markdown } from "../markdown/Markdown";
import { keyClass, type BlockRenderer } from "./types";
import { useOpenState } from "./useOpenState";
import { widthStyle } from "./width";

let counter = 0;

export const tabs: BlockRenderer<"tabs"> = ({ node, children }) => {
  const { props } = node;
  const count = props.labels.length;
  const [selected, setSelected] = useOpenState(props.widget_id, Math.min(props.index, count - 1));
  const prefix = useRef(`wasmlit-tabs-${++counter}`).current;
  const list = useRef<HTMLDivElement>(null);
  const panels = useRef<HTMLDivElement>(null);

  // The panels are the `tab` blocks rendered as children, in label order: show
  // the selected one and link each to its tab for screen readers.
  useLayoutEffect(() => {
    const items = panels.current ? Array.from(panels.current.children) : [];
    items.forEach((panel, i) => {
      (panel as HTMLElement).hidden = i !== selected;
      panel.id = `${prefix}-panel-${i}`;
      panel.setAttribute("aria-labelledby", `${prefix}-tab-${i}`);
    });
  });

  const select = (i: number, focus: boolean) => {
    setSelected(i);
    if (focus) list.current?.querySelectorAll<HTMLElement>("[role=tab]")[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: selected + 1, ArrowLeft: selected - 1, Home: 0, End: count - 1 };
    const target = moves[e.key];
    if (target === undefined) return;
    e.preventDefault();
    select((target + count) % count, true);
  };

  return (
    <div data-testid="stTabs" class={`stTabs ${keyClass(node.key)}`.trim()} style={widthStyle(props.width)}>
      <div ref={list} role="tablist" class="tab-list" onKeyDown={onKeyDown}>
        {props.labels.map((label, i) => (
          <button
            key={i}
            type="button"
            role="tab"
            id={`${prefix}-tab-${i}`}
            data-testid="stTab"
            class={`tab${i === selected ? " selected" : ""}`}
            aria-selected={i === selected ? "true" : "false"}
            aria-controls={`${prefix}-panel-${i}`}
            tabIndex={i === selected ? 0 : -1}
            onClick={() => select(i, false)}
          >
            <Markdown inline body={label} />
          </button>
        ))}
      </div>
      <div
        ref={panels}
        class={`tab-panels${props.height !== null ? " scrolling" : ""}`}
        style={props.height !== null ? { height: `${props.height}px` } : undefined}
      >
        {children}
      </div>
    </div>
  );
};
