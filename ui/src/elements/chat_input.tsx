/**
 * st.chat_input: Enter sends (a one-run trigger) and clears the box;
 * Shift+Enter inserts a newline. The box grows with its text.
 */
import { useId, useState } from "preact/hooks";
import { SendIcon } from "../icons";
import { useWidgetHost } from "../widgets/context";
import type { ElementRenderer } from "./types";

const MAX_ROWS = 8;

export const chat_input: ElementRenderer<"chat_input"> = ({ node }) => {
  const { props, id } = node;
  const { send } = useWidgetHost();
  const [text, setText] = useState("");
  const inputId = useId();
  const canSend = !props.disabled && text.trim() !== "";
  const submit = () => {
    if (!canSend || id === null) return;
    send({ id, value: text, trigger: true });
    setText("");
  };
  const rows = Math.min(MAX_ROWS, text.split("\n").length);
  return (
    <div data-testid="stChatInput" class={`stChatInput${props.disabled ? " disabled" : ""}`}>
      <div class="chat-input-box">
        <textarea
          id={inputId}
          data-testid="stChatInputTextArea"
          rows={rows}
          value={text}
          placeholder={props.placeholder}
          aria-label={props.placeholder}
          maxLength={props.max_chars ?? undefined}
          disabled={props.disabled}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              submit();
            }
          }}
        />
        <button
          type="button"
          data-testid="stChatInputSubmitButton"
          class="chat-input-send"
          aria-label="Send message"
          disabled={!canSend}
          onClick={submit}
        >
          <SendIcon size={18} />
        </button>
      </div>
      {props.max_chars !== null && text.length > 0 ? (
        <div data-testid="InputInstructions" class="input-instructions">
          {`${text.length}/${props.max_chars}`}
        </div>
      ) : null}
    </div>
  );
};
