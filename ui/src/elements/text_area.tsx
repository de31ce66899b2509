/** st.text_area: commits on blur or Ctrl/Cmd+Enter. */
import { useId } from "preact/hooks";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { InputInstructions, useTextField } from "../widgets/text-field";
import type { ElementRenderer } from "./types";

export const text_area: ElementRenderer<"text_area"> = ({ node }) => {
  const { props } = node;
  const field = useTextField(node.id, props.value);
  const id = useId();
  return (
    <WidgetFrame testId="stTextArea" chrome={props} labelFor={id}>
      <div data-testid="stTextAreaRootElement" class={`input-box textarea-box${field.focused ? " focused" : ""}`}>
        <textarea
          id={id}
          value={field.text}
          placeholder={props.placeholder ?? undefined}
          maxLength={props.max_chars ?? undefined}
          disabled={props.disabled}
          aria-label={plainLabel(props)}
          style={props.height !== null ? { height: `${props.height}px` } : undefined}
          onInput={field.onInput}
          onFocus={field.onFocus}
          onBlur={field.onBlur}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) field.commit();
          }}
        />
      </div>
      <InputInstructions field={field} hint="Press Ctrl+Enter to apply" maxChars={props.max_chars} />
    </WidgetFrame>
  );
};
