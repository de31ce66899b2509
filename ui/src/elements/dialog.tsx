/**
 * st.dialog: a modal over the app. Focus moves into it and Tab cycles inside;
 * Escape, the close button and a click on the backdrop dismiss it when it is
 * dismissible. Dismissing hides it at once; with `widget_id` (on_dismiss
 * "rerun" or a callable) it also sends a trigger, and the app reruns. A later
 * run that opens it again (a new `instance`) shows it again.
 */
import type { JSX } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { UserIcon } from "../icons";
import { Markdown } from "../markdown/Markdown";
import { useWidgetHost } from "../widgets/context";
import { keyClass, type BlockRenderer } from "./types";

const WIDTHS = { small: 500, medium: 750, large: 1280 } as const;
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

let counter = 0;

/** Elements Tab can reach inside `panel`, in order (hidden ones left out). */
export function focusables(panel: HTMLElement): HTMLElement[] {
  return [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.closest("[hidden]") && el.getAttribute("aria-hidden") !== "true",
  );
}

/** The focused element, seen through shadow roots. */
function activeIn(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

export const dialog: BlockRenderer<"dialog"> = ({ node, children }) => {
  const { props } = node;
  const { send } = useWidgetHost();
  const [dismissed, setDismissed] = useState<number | null>(null);
  const open = dismissed !== props.instance;
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useRef(`wasmlit-dialog-title-${++counter}`).current;

  // Focus goes in when it opens and back where it was when it closes.
  useLayoutEffect(() => {
    const el = panel.current;
    if (!open || el === null) return;
    const before = activeIn(el);
    const firstField = () => focusables(el).find((f) => !f.classList.contains("dialog-close"));
    (firstField() ?? el).focus();
    // The body's elements can arrive in later frames than the dialog itself:
    // until the user moves focus, move it onto the first field when one appears.
    const late = new MutationObserver(() => {
      const field = firstField();
      if (field === undefined) return;
      if (activeIn(el) === el) field.focus();
      late.disconnect();
    });
    if (firstField() === undefined) late.observe(el, { childList: true, subtree: true });
    return () => {
      late.disconnect();
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, [open, props.instance]);

  if (!open) return null;

  const dismiss = () => {
    if (!props.dismissible) return;
    setDismissed(props.instance);
    if (props.widget_id !== null) send({ id: props.widget_id, value: true, trigger: true });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      dismiss();
      return;
    }
    if (e.key !== "Tab" || panel.current === null) return;
    // The focus trap: Tab and Shift+Tab wrap around inside the dialog.
    const items = focusables(panel.current);
    const first = items[0];
    const last = items[items.length - 1];
    const current = activeIn(panel.current);
    if (first === undefined || last === undefined) {
      e.preventDefault();
      return;
    }
    if (e.shiftKey && (current === first || current === panel.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && current === last) {
      e.preventDefault();
      first.focus();
    }
  };

  // Focus that leaves the panel anyway (a click on the backdrop) is pulled back.
  const onFocusOut = (e: FocusEvent) => {
    const next = e.relatedTarget as Node | null;
    if (panel.current && next !== null && !panel.current.contains(next)) panel.current.focus();
  };

  const width = typeof props.width === "number" ? props.width : WIDTHS[props.width];
  const style: JSX.CSSProperties = props.position === "center" ? { width: `${width}px` } : { width: `${Math.min(width, 750)}px` };
  return (
    <div
      class={`stDialogBackdrop position-${props.position}`}
      data-testid="stDialogBackdrop"
      onPointerDown={(e) => {
        if (e.target === e.currentTarget) {
          e.preventDefault(); // keep focus inside the dialog
          dismiss();
        }
      }}
    >
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-testid="stDialog"
        class={`stDialog ${keyClass(node.key)}`.trim()}
        style={style}
        onKeyDown={onKeyDown}
        onFocusOut={onFocusOut}
      >
        <div class="dialog-header">
          <div id={titleId} class="dialog-title" data-testid="stDialogTitle">
            {props.icon ? <UserIcon icon={props.icon} testId="stDialogIcon" /> : null}
            <Markdown inline body={props.title} />
          </div>
          {props.dismissible ? (
            <button type="button" class="dialog-close" aria-label="Close" data-testid="stDialogCloseButton" onClick={dismiss}>
              <span aria-hidden="true">×</span>
            </button>
          ) : null}
        </div>
        <div data-testid="stVerticalBlock" class="stVerticalBlock dialog-body">
          {children}
        </div>
      </div>
    </div>
  );
};
