/** st.text_input: commits on Enter or blur, like Streamlit. */
import { useId, useState } from "preact/hooks";
import { EyeIcon, EyeOffIcon, UserIcon } from "../icons";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { useWidgetHost } from "../widgets/context";
import { InputInstructions, useTextField } from "../widgets/text-field";
import { FieldError, checkAria } from "../widgets/validation";
import type { ElementRenderer } from "./types";

export const text_input: ElementRenderer<"text_input"> = ({ node }) => {
  const { props } = node;
  const field = useTextField(node.id, props.value, {
    required: props.required,
    pattern: props.validate_regex,
    message: props.validate_message,
    liveMs: props.live_ms,
  });
  const { submitForm } = useWidgetHost();
  const id = useId();
  const password = props.type === "password";
  const [revealed, setRevealed] = useState(false);
  return (
    <WidgetFrame testId="stTextInput" chrome={props} labelFor={id}>
      <div data-testid="stTextInputRootElement" class={`input-box${field.focused ? " focused" : ""}`}>
        {props.icon ? (
          <span class="input-icon">
            <UserIcon icon={props.icon} testId="stTextInputIcon" />
          </span>
        ) : null}
        <input
          id={id}
          type={password && !revealed ? "password" : "text"}
          value={field.text}
          placeholder={props.placeholder ?? undefined}
          maxLength={props.max_chars ?? undefined}
          autocomplete={props.autocomplete ?? (props.type === "password" ? "new-password" : "off")}
          disabled={props.disabled}
          aria-label={plainLabel(props)}
          {...checkAria(field.check, props.required)}
          onInput={field.onInput}
          onFocus={field.onFocus}
          onBlur={field.onBlur}
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            field.commit();
            submitForm?.(); // inside a form with enter_to_submit
          }}
        />
        {password ? (
          <button
            type="button"
            class="password-toggle"
            data-testid="stTextInputPasswordToggle"
            aria-label={revealed ? "Hide password" : "Show password"}
            aria-pressed={revealed}
            aria-controls={id}
            disabled={props.disabled}
            onClick={() => setRevealed((r) => !r)}
          >
            {revealed ? <EyeOffIcon size={16} /> : <EyeIcon size={16} />}
          </button>
        ) : null}
      </div>
      <FieldError check={field.check} />
      <InputInstructions field={field} hint={submitForm ? "Press Enter to submit form" : "Press Enter to apply"} maxChars={props.max_chars} />
    </WidgetFrame>
  );
};
