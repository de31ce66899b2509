/**
 * st.file_uploader: a dropzone (drop files, or "Browse files") above the list
 * of files. Accepted files upload at once; when a pick has finished, the
 * widget sends the references of every uploaded file. Refused files (wrong
 * type, too big) stay in the list with their reason and are never sent;
 * the other files stay. A directory pick (mode "directory") keeps only the
 * files matching `type`, named by their path inside the folder.
 */
import { useEffect, useId, useRef } from "preact/hooks";
import type { FileRef } from "../app/controller";
import { UploadIcon } from "../icons";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { useWidgetHost } from "../widgets/context";
import { FileItem, type FileItemIds } from "../widgets/fileItem";
import { limitText } from "../widgets/fileRules";
import { useFileList, useFilePicker } from "../widgets/useFiles";
import type { ElementRenderer } from "./types";

const ROW_IDS: FileItemIds = {
  item: "stFileUploaderFile",
  name: "stFileUploaderFileName",
  data: "stFileUploaderFileData",
  error: "stFileUploaderFileErrorMessage",
  remove: "stFileUploaderDeleteBtn",
};

const sameRefs = (a: readonly FileRef[], b: readonly FileRef[]) =>
  a.length === b.length && a.every((r, i) => r.file_id === b[i]?.file_id);

export const file_uploader: ElementRenderer<"file_uploader"> = ({ node }) => {
  const { props, id } = node;
  const { send } = useWidgetHost();
  const inputId = useId();
  // The value last sent or received: a new value from Python replaces the list.
  const committed = useRef<FileRef[]>(props.value);
  const files = useFileList({
    mode: props.mode,
    types: props.type,
    maxMb: props.max_upload_size,
    onChange: (refs) => {
      if (sameRefs(refs, committed.current) || id === null) return;
      committed.current = refs;
      send({ id, value: refs });
    },
  });
  // Python's value replaces the list only when it changed and is not what this widget sent
  // (a form's pending pick survives other reruns; refused files stay beside the sent ones).
  const lastProp = useRef<FileRef[] | null>(null);
  useEffect(() => {
    if (lastProp.current !== null && sameRefs(props.value, lastProp.current)) return;
    const first = lastProp.current === null;
    lastProp.current = props.value;
    if (first || !sameRefs(props.value, committed.current)) {
      committed.current = props.value;
      files.reset(props.value);
    }
  }, [props.value]);
  const picker = useFilePicker({
    mode: props.mode,
    types: props.type,
    disabled: props.disabled,
    onFiles: (picked) => void files.add(picked),
  });
  const many = props.mode !== "single";
  const what = props.mode === "directory" ? "a folder" : many ? "files" : "file";
  return (
    <WidgetFrame testId="stFileUploader" chrome={props} labelFor={inputId}>
      <section
        data-testid="stFileUploaderDropzone"
        class={`file-dropzone${picker.dragging ? " dragging" : ""}${props.disabled ? " disabled" : ""}`}
        aria-label={`${plainLabel(props)}: drop ${what} here`}
        {...picker.dropProps}
      >
        <input id={inputId} data-testid="stFileUploaderDropzoneInput" {...picker.inputProps} />
        <span class="file-dropzone-icon">
          <UploadIcon size={28} />
        </span>
        <div data-testid="stFileUploaderDropzoneInstructions" class="file-dropzone-text">
          <span>{`Drag and drop ${what} here`}</span>
          <small>{limitText(props.type, props.max_upload_size)}</small>
        </div>
        <button type="button" data-testid="stBaseButton-secondary" class="file-browse" disabled={props.disabled} onClick={picker.open}>
          {props.mode === "directory" ? "Browse folders" : "Browse files"}
        </button>
      </section>
      {files.entries.length > 0 ? (
        <ul class="file-list" aria-label={`${plainLabel(props)}: files`}>
          {files.entries.map((entry) => (
            <FileItem key={entry.key} entry={entry} ids={ROW_IDS} className="file-row" disabled={props.disabled} onRemove={files.remove} />
          ))}
        </ul>
      ) : null}
    </WidgetFrame>
  );
};
