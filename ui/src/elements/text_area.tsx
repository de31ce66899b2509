/** st.text_area: commits on blur or Ctrl/Cmd+Enter. */
import { useId } from "preact/hooks";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { InputInstructions, useTextField } from "../widgets/text-field";
import { FieldError, checkAria } from "../widgets/validation";
import type { ElementRenderer } from "./types";

export const text_area: ElementRenderer<"text_area"> = ({ node }) => {
  const { props } = node;
  const field = useTextField(node.id, props.value, { required: props.required });
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
          {...checkAria(field.check, props.required)}
          rows={props.height === "content" ? Math.max(3, field.text.split("\n").length) : undefined}
          style={heightStyle(props.height)}
          onInput={field.onInput}
          onFocus={field.onFocus}
          onBlur={field.onBlur}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) field.commit();
          }}
        />
      </div>
      <FieldError check={field.check} />
      <InputInstructions field={field} hint="Press Ctrl+Enter to apply" maxChars={props.max_chars} />
    </WidgetFrame>
  );
};

/** A fixed pixel height, the container's height ("stretch"), or rows that follow the text ("content"). */
function heightStyle(height: number | "content" | "stretch" | null) {
  if (typeof height === "number") return { height: `${height}px` };
  if (height === "stretch") return { height: "100%" };
  if (height === "content") return { minHeight: "0", resize: "none" as const };
  return undefined;
}
