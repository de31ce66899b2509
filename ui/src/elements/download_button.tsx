/** st.download_button: saves the file on the main thread; a callable `data` waits for Python. */
import { useEffect, useRef } from "preact/hooks";
import { ButtonContent, fillsContainer } from "../widgets/buttonContent";
import { HelpIcon } from "../widgets/chrome";
import { useWidgetHost } from "../widgets/context";
import { ariaShortcut, useShortcut } from "../widgets/shortcut";
import { saveFile } from "./download";
import type { ElementRenderer } from "./types";

export const download_button: ElementRenderer<"download_button"> = ({ node }) => {
  const { props, id } = node;
  const { send } = useWidgetHost();
  // Set when a click of a deferred button waits for the run that produces the bytes.
  const pending = useRef(false);
  const ref = useRef<HTMLButtonElement>(null);
  useShortcut(props.shortcut, () => ref.current?.click());

  useEffect(() => {
    if (pending.current && props.data !== null) {
      pending.current = false;
      saveFile(props.data, props.file_name, props.mime);
    }
  }, [props.data, props.file_name, props.mime]);

  const click = () => {
    if (props.disabled) return;
    if (props.data !== null && !props.deferred) {
      saveFile(props.data, props.file_name, props.mime);
      if (props.on_click === "ignore") return;
    } else {
      pending.current = true;
    }
    if (id !== null) send({ id, value: true, trigger: true });
  };
  return (
    <div data-testid="stDownloadButton" class={`stDownloadButton stButton${fillsContainer(props.width) ? " full-width" : ""}`}>
      <button
        type="button"
        data-testid={`stBaseButton-${props.type}`}
        {...{ kind: props.type }}
        class={`st-button st-button-${props.type}`}
        ref={ref}
        aria-keyshortcuts={ariaShortcut(props.shortcut)}
        disabled={props.disabled}
        onClick={click}
      >
        <ButtonContent icon={props.icon} iconPosition={props.icon_position} label={props.label} wrap={props.wrap} />
      </button>
      {props.help ? <HelpIcon text={props.help} /> : null}
    </div>
  );
};
