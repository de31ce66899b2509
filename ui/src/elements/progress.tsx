/** st.progress: a 0-100 bar with optional Markdown text. */
import { Markdown } from "../markdown/Markdown";
import type { ElementRenderer } from "./types";

export const progress: ElementRenderer<"progress"> = ({ node: { props } }) => {
  const value = Math.min(100, Math.max(0, props.value));
  return (
    <div data-testid="stProgress" class="stProgress">
      {props.text ? <Markdown body={props.text} class="progress-text" /> : null}
      <div
        role="progressbar"
        class="progress-track"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-label={props.text ?? undefined}
      >
        <div class="progress-fill" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
};
