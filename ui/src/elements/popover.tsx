/** st.popover: a button opening a floating panel; outside clicks and Escape close it. */
import { useLayoutEffect, useRef } from "preact/hooks";
import { ButtonContent, fillsContainer } from "../widgets/buttonContent";
import { HelpIcon } from "../widgets/chrome";
import { keyClass, type BlockRenderer } from "./types";
import { useOpenState } from "./useOpenState";
import { widthStyle } from "./width";

let counter = 0;

export const popover: BlockRenderer<"popover"> = ({ node, children }) => {
  const { props } = node;
  const [open, setOpen] = useOpenState(props.widget_id, props.open);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useRef(`wasmlit-popover-${++counter}`).current;

  // A layout effect, not useEffect: it must listen from the moment the panel is
  // shown, or an outside click right after opening would be missed.
  useLayoutEffect(() => {
    if (!open) return;
    // composedPath() sees through the shadow root, where event.target would be the host.
    const outside = (e: Event) => {
      if (root.current && !e.composedPath().includes(root.current)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("pointerdown", outside, true);
    document.addEventListener("keydown", escape, true);
    return () => {
      document.removeEventListener("pointerdown", outside, true);
      document.removeEventListener("keydown", escape, true);
    };
  });

  return (
    <div ref={root} data-testid="stPopover" class={`stPopover${props.width === "stretch" ? " full-width" : ""} ${keyClass(node.key)}`.trim()} style={widthStyle(props.width)}>
      <div class={`stButton${fillsContainer(props.width) ? " full-width" : ""}`}>
        <button
          ref={button}
          type="button"
          data-testid={`stBaseButton-${props.type}`}
          {...{ kind: props.type }}
          class={`st-button st-button-${props.type}`}
          disabled={props.disabled}
          aria-haspopup="dialog"
          aria-expanded={open ? "true" : "false"}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <ButtonContent icon={props.icon} label={props.label} wrap={props.wrap} />
          <span class="popover-chevron" aria-hidden="true">{open ? "▴" : "▾"}</span>
        </button>
        {props.help ? <HelpIcon text={props.help} /> : null}
      </div>
      {/* Kept mounted while closed so the widgets inside keep their local state. */}
      <div id={panelId} data-testid="stPopoverBody" class="stPopoverBody" role="dialog" hidden={!open}>
        <div data-testid="stVerticalBlock" class="stVerticalBlock">
          {children}
        </div>
      </div>
    </div>
  );
};
