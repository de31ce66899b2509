/** st.text_input: commits on Enter or blur, like Streamlit. */
import { useId } from "preact/hooks";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { InputInstructions, useTextField } from "../widgets/text-field";
import type { ElementRenderer } from "./types";

export const text_input: ElementRenderer<"text_input"> = ({ node }) => {
  const { props } = node;
  const field = useTextField(node.id, props.value);
  const id = useId();
  return (
    <WidgetFrame testId="stTextInput" chrome={props} labelFor={id}>
      <div data-testid="stTextInputRootElement" class={`input-box${field.focused ? " focused" : ""}`}>
        <input
          id={id}
          type={props.type === "password" ? "password" : "text"}
          value={field.text}
          placeholder={props.placeholder ?? undefined}
          maxLength={props.max_chars ?? undefined}
          autocomplete={props.autocomplete ?? (props.type === "password" ? "new-password" : "off")}
          disabled={props.disabled}
          aria-label={plainLabel(props)}
          onInput={field.onInput}
          onFocus={field.onFocus}
          onBlur={field.onBlur}
          onKeyDown={(e) => e.key === "Enter" && field.commit()}
        />
      </div>
      <InputInstructions field={field} hint="Press Enter to apply" maxChars={props.max_chars} />
    </WidgetFrame>
  );
};
