/** st.toast: a card in the bottom-right stack that closes itself after `duration` seconds. */
import { useEffect, useState } from "preact/hooks";
import { CloseIcon, UserIcon } from "../icons";
import { Markdown } from "../markdown/Markdown";
import { useEventDone } from "./event";
import type { ElementRenderer } from "./types";

export const toast: ElementRenderer<"toast"> = ({ node: { props } }) => {
  const done = useEventDone();
  const [closed, setClosed] = useState(false);
  const close = () => {
    setClosed(true);
    done?.();
  };
  // The countdown restarts when the toast is updated (msg.toast("new text")).
  useEffect(() => {
    setClosed(false);
    if (props.duration === null) return undefined;
    const timer = setTimeout(close, props.duration * 1000);
    return () => clearTimeout(timer);
  }, [props.body, props.icon, props.duration]);
  if (closed) return null;
  return (
    <div data-testid="stToast" class="stToast" role="status" aria-live="polite">
      {props.icon ? <UserIcon icon={props.icon} testId="stToastDynamicIcon" /> : null}
      <div class="toast-body">
        <Markdown body={props.body} />
      </div>
      <button type="button" class="toast-close" data-testid="stToastViewButton" aria-label="Close" onClick={close}>
        <CloseIcon size={14} />
      </button>
    </div>
  );
};
