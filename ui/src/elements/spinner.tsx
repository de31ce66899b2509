/** st.spinner: elapsed time is counted here, so it advances while Python is busy. */
import { useEffect, useState } from "preact/hooks";
import { Markdown } from "../markdown/Markdown";
import type { ElementRenderer } from "./types";

function useElapsed(active: boolean): number {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, [active]);
  return (now - start) / 1000;
}

export const spinner: ElementRenderer<"spinner"> = ({ node: { props } }) => {
  const elapsed = useElapsed(props.show_time);
  return (
    <div data-testid="stSpinner" class="stSpinner" role="status">
      <span class="spinner-icon" aria-hidden="true" />
      <Markdown inline body={props.text} />
      {props.show_time ? (
        <span data-testid="stSpinnerTimer" class="spinner-time">
          ({elapsed.toFixed(1)} seconds)
        </span>
      ) : null}
    </div>
  );
};
