/** st.radio: answers with the chosen index. */
import { useId } from "preact/hooks";
import { Markdown } from "../markdown/Markdown";
import { WidgetFrame } from "../widgets/chrome";
import { useWidgetValue } from "../widgets/useWidgetValue";
import type { ElementRenderer } from "./types";

export const radio: ElementRenderer<"radio"> = ({ node }) => {
  const { props } = node;
  const [index, , commit] = useWidgetValue(node.id, props.index);
  const groupId = useId();
  return (
    <WidgetFrame testId="stRadio" chrome={props} labelId={`${groupId}-label`}>
      <div
        role="radiogroup"
        aria-labelledby={`${groupId}-label`}
        class={`radio-group${props.horizontal ? " horizontal" : ""}`}
      >
        {props.options.map((option, i) => {
          const caption = props.captions[i];
          return (
            <label key={i} class={`radio-option${i === index ? " checked" : ""}`} data-baseweb="radio">
              <input
                type="radio"
                class="visually-hidden"
                name={groupId}
                value={String(i)}
                checked={i === index}
                disabled={props.disabled}
                onChange={() => commit(i)}
              />
              <span class="radio-dot" aria-hidden="true" />
              <span class="radio-text">
                <Markdown inline body={option} />
                {caption ? <Markdown inline body={caption} testId="stCaptionContainer" class="radio-caption" /> : null}
              </span>
            </label>
          );
        })}
      </div>
    </WidgetFrame>
  );
};
