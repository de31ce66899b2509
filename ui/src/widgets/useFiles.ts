/**
 * The file-picking machinery shared by st.file_uploader and st.chat_input.
 *
 * `useFileList` holds the files a widget shows: each is uploading, uploaded
 * (with its FileRef) or refused (with a message). Accepted files are sent to
 * the worker at once through the host's `upload` (a transferred buffer, read
 * with Blob.arrayBuffer, so even a large file never blocks the page); once a
 * pick has finished uploading, `onChange` gets the references of every
 * uploaded file. `useFilePicker` is the hidden `<input type=file>` and the
 * drop target that feed it.
 *
 *   const list = useFileList({ mode, types, maxMb, onChange: (refs) => send(...) });
 *   const picker = useFilePicker({ mode, types, disabled, onFiles: list.add });
 *   <div {...picker.dropProps}><input {...picker.inputProps} /> ... </div>
 */
import type { InputHTMLAttributes, JSX } from "preact";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { FileRef } from "../app/controller";
import { useWidgetHost } from "./context";
import { acceptAttribute, checkFile, fileAllowed, fileName } from "./fileRules";

/** "single": a new pick replaces the file; "multiple"/"directory": picks add up. */
export type FileMode = "single" | "multiple" | "directory";

export type FileEntry = {
  key: string;
  name: string;
  size: number;
  ref: FileRef | null; // null while uploading, or when refused
  error: string | null;
};

type ListOptions = {
  mode: FileMode;
  types: readonly string[];
  maxMb: number;
  /** Called after each change once no upload of it is pending. */
  onChange?: (refs: FileRef[]) => void;
};

let entryCounter = 0;
const nextKey = () => `file-${++entryCounter}`;

export function entriesOf(refs: readonly FileRef[]): FileEntry[] {
  return refs.map((ref) => ({ key: ref.file_id, name: ref.name, size: ref.size, ref, error: null }));
}

const isUploading = (e: FileEntry) => e.ref === null && e.error === null;

export function refsOf(entries: readonly FileEntry[]): FileRef[] {
  return entries.flatMap((e) => (e.ref === null ? [] : [e.ref]));
}

export function useFileList({ mode, types, maxMb, onChange }: ListOptions) {
  const { upload } = useWidgetHost();
  const entries = useRef<FileEntry[]>([]);
  const [, rerender] = useState(0);
  const latest = useRef({ onChange, upload });
  latest.current = { onChange, upload };

  const set = useCallback((next: FileEntry[]) => {
    entries.current = next;
    rerender((n) => n + 1);
  }, []);

  /** Report the value, unless another pick is still uploading (its end reports it). */
  const notify = useCallback(() => {
    if (!entries.current.some(isUploading)) latest.current.onChange?.(refsOf(entries.current));
  }, []);

  const add = useCallback(
    async (files: File[]) => {
      // A directory pick keeps only matching files, silently (they were never offered).
      const picked = (mode === "directory" ? files.filter((f) => fileAllowed(fileName(f), f.type, types)) : files)
        .slice(0, mode === "single" ? 1 : undefined);
      if (picked.length === 0) return;
      const fresh = picked.map((file) => {
        const name = fileName(file);
        return { file, entry: { key: nextKey(), name, size: file.size, ref: null, error: checkFile(file, name, types, maxMb) } };
      });
      set(mode === "single" ? fresh.map((f) => f.entry) : [...entries.current, ...fresh.map((f) => f.entry)]);
      const pending = fresh.filter((f) => f.entry.error === null);
      const doUpload = latest.current.upload;
      if (pending.length === 0 || !doUpload) {
        if (pending.length > 0) {
          set(entries.current.map((e) => (pending.some((p) => p.entry.key === e.key) ? { ...e, error: "Uploads are not available here." } : e)));
        }
        notify();
        return;
      }
      const results = await Promise.all(
        pending.map(async ({ file, entry }) => {
          try {
            return { key: entry.key, ref: await doUpload(file, entry.name), error: null };
          } catch (err) {
            return { key: entry.key, ref: null, error: `Upload failed: ${String(err)}` };
          }
        }),
      );
      // Entries removed while uploading stay removed.
      set(
        entries.current.map((e) => {
          const r = results.find((x) => x.key === e.key);
          return r ? { ...e, ref: r.ref, error: r.error } : e;
        }),
      );
      notify();
    },
    [mode, types, maxMb, set, notify],
  );

  const remove = useCallback(
    (key: string) => {
      const removed = entries.current.find((e) => e.key === key);
      set(entries.current.filter((e) => e.key !== key));
      // Only an uploaded file changes the value; a refused or uploading one just goes.
      if (removed?.ref) notify();
    },
    [set, notify],
  );

  /** Show these files (the value Python sent), forgetting refused ones. */
  const reset = useCallback((refs: readonly FileRef[]) => set(entriesOf(refs)), [set]);

  const list = entries.current;
  return { entries: list, add, remove, reset, uploading: list.some(isUploading) };
}

type PickerOptions = {
  mode: FileMode;
  types: readonly string[];
  disabled: boolean;
  onFiles: (files: File[]) => void;
};

/** A hidden file input plus drag-and-drop handlers for the element that hosts it. */
export function useFilePicker({ mode, types, disabled, onFiles }: PickerOptions) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    if (disabled) setDragging(false);
  }, [disabled]);

  const open = () => {
    if (!disabled) inputRef.current?.click();
  };

  // `webkitdirectory` is not in Preact's JSX types; the DOM property exists in every engine we target.
  const inputProps: InputHTMLAttributes<HTMLInputElement> & { webkitdirectory?: boolean } = {
    ref: inputRef,
    type: "file",
    tabIndex: -1,
    class: "visually-hidden",
    accept: mode === "directory" ? undefined : acceptAttribute(types),
    multiple: mode !== "single",
    disabled,
    onChange: (e) => {
      const input = e.currentTarget;
      const files = Array.from(input.files ?? []);
      input.value = ""; // picking the same file again must fire change again
      if (files.length > 0) onFiles(files);
    },
    ...(mode === "directory" ? { webkitdirectory: true } : {}),
  };

  type DragHandler = (e: JSX.TargetedDragEvent<HTMLElement>) => void;
  const dropProps: Record<"onDragEnter" | "onDragOver" | "onDragLeave" | "onDrop", DragHandler> = {
    onDragEnter: (e) => {
      if (disabled) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragOver: (e) => {
      if (disabled) return;
      e.preventDefault(); // allows the drop
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    },
    onDragLeave: (e) => {
      const to = e.relatedTarget as Node | null;
      if (!to || !(e.currentTarget as Node).contains(to)) setDragging(false);
    },
    onDrop: (e) => {
      if (disabled) return;
      e.preventDefault();
      setDragging(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length > 0) onFiles(files);
    },
  };

  return { inputProps, dropProps, dragging, open };
}
