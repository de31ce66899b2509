/** st.feedback: thumbs, faces or stars; answers with the chosen index or null. */
import { rovingKeyDown, tabStop } from "../widgets/roving";
import { useWidgetValue } from "../widgets/useWidgetValue";
import type { ElementRenderer } from "./types";

type Choice = { glyph: string; name: string; value: number };

// Display order; thumbs up (value 1) comes first, as in Streamlit.
const CHOICES: Record<"thumbs" | "faces" | "stars", Choice[]> = {
  thumbs: [
    { glyph: "👍", name: "Thumbs up", value: 1 },
    { glyph: "👎", name: "Thumbs down", value: 0 },
  ],
  faces: ["😞", "🙁", "😐", "🙂", "😀"].map((glyph, value) => ({
    glyph,
    value,
    name: ["Very unhappy", "Unhappy", "Neutral", "Happy", "Very happy"][value] ?? "",
  })),
  stars: [0, 1, 2, 3, 4].map((value) => ({ glyph: "★", value, name: `${value + 1} star${value ? "s" : ""}` })),
};

export const feedback: ElementRenderer<"feedback"> = ({ node }) => {
  const { props } = node;
  const [value, , commit] = useWidgetValue(node.id, props.value);
  const choices = CHOICES[props.sentiment];
  const selected = value === null ? [] : [choices.findIndex((c) => c.value === value)];
  const isStars = props.sentiment === "stars";
  return (
    <div data-testid="stFeedback" class={`stFeedback feedback-${props.sentiment}`}>
      <div role="group" aria-label="Feedback" class="feedback-group" onKeyDown={rovingKeyDown}>
        {choices.map((c, i) => {
          const on = value === c.value;
          // Stars light up to the chosen one.
          const lit = isStars ? value !== null && c.value <= value : on;
          return (
            <button
              key={c.value}
              type="button"
              data-roving
              data-testid={`stBaseButton-borderless${on ? "Active" : ""}`}
              class={`feedback-button${lit ? " lit" : ""}`}
              aria-label={c.name}
              aria-pressed={on}
              tabIndex={tabStop(i, selected)}
              disabled={props.disabled}
              onClick={() => commit(on ? null : c.value)}
            >
              <span aria-hidden="true">{c.glyph}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
};
