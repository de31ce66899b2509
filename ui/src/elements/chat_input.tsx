/**
 * st.chat_input: Enter sends (a one-run trigger) and clears the box;
 * Shift+Enter inserts a newline. The box grows with its text from its
 * minimum height (one line, or `height` pixels; "stretch" fills a container
 * with a fixed height). Text set through Session State fills the box.
 * submit_mode="disable": after sending, the box stays disabled until the
 * run that the message started has finished.
 *
 * With accept_file, an attach button (or files dropped on the box) adds
 * files: they upload at once and show as chips, removable until sent. Send
 * is possible with text, files or both (not while a file is uploading); the
 * value is then `{text, files}` instead of the text alone.
 *
 * With accept_audio, a microphone button records a voice message
 * (./chat_audio.tsx); finishing the recording uploads the WAV and sends it at
 * once as `{text, files, audio}` with whatever text and files are in the box.
 */
import { useEffect, useId, useState } from "preact/hooks";
import type { JSX } from "preact";
import { PaperclipIcon, SendIcon } from "../icons";
import type { FileRef } from "../app/controller";
import { CAPTURE_ERROR_MESSAGES } from "../media/audio-capture";
import { useWidgetHost } from "../widgets/context";
import { FileItem, type FileItemIds } from "../widgets/fileItem";
import { useFileList, useFilePicker } from "../widgets/useFiles";
import { useRunning } from "../widgets/running";
import { ChatMicControls, useChatRecorder } from "./chat_audio";
import type { ElementRenderer } from "./types";

const MAX_ROWS = 8;

const CHIP_IDS: FileItemIds = {
  item: "stChatInputFile",
  name: "stChatInputFileName",
  data: "stChatInputFileData",
  error: "stChatInputFileErrorMessage",
  remove: "stChatInputDeleteBtn",
};

function boxStyle(height: "content" | "stretch" | number): JSX.CSSProperties | undefined {
  if (typeof height === "number") return { minHeight: `${height}px` };
  return height === "stretch" ? { height: "100%" } : undefined;
}

/**
 * Disabled from a submission until the run it started has ended. `runTag`
 * changes with every run that renders the widget, so a run that began and
 * ended between two renders still counts as started.
 */
function useAwaitingRun(enabled: boolean, runTag: number): [boolean, () => void] {
  const running = useRunning();
  const [sentAt, setSentAt] = useState<number | null>(null);
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (sentAt === null) return;
    if (!started && (running || runTag !== sentAt)) setStarted(true);
    else if (started && !running) setSentAt(null);
  }, [running, runTag, sentAt, started]);
  const awaiting = enabled && sentAt !== null;
  return [
    awaiting,
    () => {
      setSentAt(runTag);
      setStarted(running);
    },
  ];
}

export const chat_input: ElementRenderer<"chat_input"> = ({ node }) => {
  const { props, id } = node;
  const { send } = useWidgetHost();
  const [text, setText] = useState("");
  const [awaiting, startAwaiting] = useAwaitingRun(props.submit_mode === "disable", props.fill_run);
  const inputId = useId();
  useEffect(() => {
    if (props.fill !== null) setText(props.fill);
  }, [props.fill, props.fill_run]);
  const disabled = props.disabled || awaiting;
  const takesFiles = props.accept_file !== "none";
  const structured = takesFiles || props.accept_audio;
  const fileMode = props.accept_file === "none" ? "single" : props.accept_file;
  const files = useFileList({ mode: fileMode, types: props.file_type, maxMb: props.max_upload_size });
  const picker = useFilePicker({
    mode: fileMode,
    types: props.file_type,
    disabled: disabled || !takesFiles,
    onFiles: (picked) => void files.add(picked),
  });
  const refs = files.entries.flatMap((e) => (e.ref === null ? [] : [e.ref]));
  const canSend = !disabled && !files.uploading && (text.trim() !== "" || refs.length > 0);
  const deliver = (audio: FileRef | null) => {
    if (id === null) return;
    const value = structured ? { text, files: refs, ...(audio !== null ? { audio } : {}) } : text;
    send({ id, value, trigger: true });
    setText("");
    files.reset([]);
    startAwaiting();
  };
  const submit = () => {
    if (canSend) deliver(null);
  };
  const mic = useChatRecorder({ sampleRate: props.audio_sample_rate, onRecorded: (ref) => deliver(ref) });
  const rows = Math.min(MAX_ROWS, text.split("\n").length);
  const stretch = props.height === "stretch";
  return (
    <div
      data-testid="stChatInput"
      class={`stChatInput${disabled ? " disabled" : ""}${stretch ? " height-stretch" : ""}${picker.dragging ? " dragging" : ""}`}
      {...(takesFiles ? picker.dropProps : {})}
    >
      {files.entries.length > 0 ? (
        <ul data-testid="stChatUploadedFiles" class="chat-files" aria-label="Attached files">
          {files.entries.map((entry) => (
            <FileItem key={entry.key} entry={entry} ids={CHIP_IDS} className="chat-file" disabled={disabled} onRemove={files.remove} />
          ))}
        </ul>
      ) : null}
      <div class="chat-input-box" style={boxStyle(props.height)}>
        {takesFiles ? (
          <>
            <input data-testid="stChatInputFileInput" aria-label="Attach files" {...picker.inputProps} />
            <button
              type="button"
              data-testid="stChatInputFileUploadButton"
              class="chat-input-attach"
              aria-label={props.accept_file === "directory" ? "Attach a folder" : "Attach files"}
              disabled={disabled}
              onClick={picker.open}
            >
              <PaperclipIcon size={18} />
            </button>
          </>
        ) : null}
        <textarea
          id={inputId}
          data-testid="stChatInputTextArea"
          rows={rows}
          value={text}
          placeholder={props.placeholder}
          aria-label={props.placeholder}
          maxLength={props.max_chars ?? undefined}
          disabled={disabled}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              submit();
            }
          }}
        />
        {props.accept_audio ? <ChatMicControls mic={mic} disabled={disabled} /> : null}
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
      {props.accept_audio && mic.error !== null ? (
        <div data-testid="stChatInputAudioError" class="chat-audio-error" role="alert">
          {CAPTURE_ERROR_MESSAGES[mic.error]}
        </div>
      ) : null}
      {props.max_chars !== null && text.length > 0 ? (
        <div data-testid="InputInstructions" class="input-instructions">
          {`${text.length}/${props.max_chars}`}
        </div>
      ) : null}
    </div>
  );
};
